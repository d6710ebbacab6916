// wiki-embed and the pull request's preview card: an Obsidian embed is an image the card counts. What
// the rule reports on a blog, and what --fix writes, are the fixtures beside this file.
import { describe, expect, it } from 'vitest';
import { previewSite } from '../../oracle/engines.js';

const POST = '_posts/2025-01-01-hello.md';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const FM = '---\ntitle: Hello\ndate: 2025-01-01\n---\n';

describe('wiki-embed', () => {
  it('the preview card counts embedded images', async () => {
    const previews = await previewSite({ '_config.yml': 'title: t\n', 'assets/x.png': PNG, [POST]: `${FM}![[x.png]]\n\n![b](/assets/x.png)\n` }, 'jekyll');
    expect(previews.get(POST)?.images).toBe(2);
  });
});
