// wiki-embed, with the real engines: Obsidian `![[x.png]]` and `[[Note]]` are published as literal
// brackets; after --fix the page shows the image (the file is published at that URL) and links to the post.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildHugo, buildJekyll, HUGO_CONFIG, HUGO_LAYOUTS, hugoAvailable, JEKYLL_CONFIG, JEKYLL_LAYOUTS, jekyllAvailable, PNG, skipUnless, type SiteFiles } from './engines.js';
import { lintJson, makeBlog, runCli } from '../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

async function fixed(files: SiteFiles): Promise<{ files: SiteFiles; found: string[] }> {
  const root = await makeBlog(files as Record<string, string | Uint8Array>);
  roots.push(root);
  const { report } = await lintJson([], root);
  await runCli(['--fix'], root);
  const after: SiteFiles = {};
  for (const name of Object.keys(files)) {
    const bytes = await fs.readFile(path.join(root, name));
    after[name] = typeof files[name] === 'string' ? bytes.toString('utf8') : bytes;
  }
  return { files: after, found: report.problems.filter((problem) => problem.ruleId === 'wiki-embed').map((problem) => `${problem.file}:${problem.line}`) };
}

const FM = (title: string, date: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n`;

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('wiki-embed with Jekyll', () => {
  const files: SiteFiles = {
    ...JEKYLL_LAYOUTS,
    '_config.yml': JEKYLL_CONFIG,
    'assets/img/Pasted image 20260101.png': PNG,
    '_posts/2025-01-01-first.md': `${FM('First', '2025-01-01')}Before.\n\n![[Pasted image 20260101.png]]\n\nSee [[2025-01-02-second|the second post]].\n`,
    '_posts/2025-01-02-second.md': `${FM('Second', '2025-01-02')}Second.\n`,
  };

  it('publishes the brackets literally; after the fix the image is served at its URL and the link reaches the post', async () => {
    const before = await buildJekyll(files);
    expect(before.ok).toBe(true);
    const page = before.pages.get('2025/01/01/first.html')!;
    expect(page).toContain('![[Pasted image 20260101.png]]');
    // kramdown even reads the `|` of the alias as a table cell border: `<td>See [[2025-01-02-second</td>`.
    expect(page).toContain('<td>See [[2025-01-02-second</td>');
    expect(page).not.toContain('<img');

    const { files: after, found } = await fixed(files);
    expect(found).toEqual(['_posts/2025-01-01-first.md:7', '_posts/2025-01-01-first.md:9']);
    const built = await buildJekyll(after);
    expect(built.ok).toBe(true);
    const fixedPage = built.pages.get('2025/01/01/first.html')!;
    expect(fixedPage).not.toContain('[[');
    const src = /<img src="([^"]+)"/.exec(fixedPage)?.[1];
    expect(src).toBe('/assets/img/Pasted%20image%2020260101.png');
    expect(built.files.has(decodeURIComponent(src!).slice(1))).toBe(true);
    expect(fixedPage).toContain('<a href="/2025/01/02/second.html">the second post</a>');
    // Re-linting the fixed post finds nothing left.
    const again = await makeBlog(after as Record<string, string | Uint8Array>);
    roots.push(again);
    const { report } = await lintJson([], again);
    expect(report.problems.filter((problem) => problem.ruleId === 'wiki-embed')).toEqual([]);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('wiki-embed with Hugo', () => {
  const files: SiteFiles = {
    ...HUGO_LAYOUTS,
    'hugo.toml': HUGO_CONFIG,
    'content/posts/a/index.md': `${FM('A', '2025-01-01')}![[diagram.png]]\n\n[[b|Post B]]\n`,
    'content/posts/a/diagram.png': PNG,
    'content/posts/b.md': `${FM('B', '2025-01-02')}B.\n`,
  };

  it('publishes the brackets literally; after the fix the bundle image and the ref link work', async () => {
    const before = await buildHugo(files);
    expect(before.ok).toBe(true);
    expect(before.pages.get('posts/a/index.html')).toContain('![[diagram.png]]');
    const { files: after } = await fixed(files);
    const built = await buildHugo(after);
    expect(built.ok).toBe(true);
    const page = built.pages.get('posts/a/index.html')!;
    expect(page).not.toContain('[[');
    expect(page).toContain('<img src="diagram.png"');
    expect(built.files.has('posts/a/diagram.png')).toBe(true);
    expect(page).toMatch(/<a href="[^"]*\/posts\/b\/">Post B<\/a>/);
  });
});
