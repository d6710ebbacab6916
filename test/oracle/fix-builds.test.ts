// After `--fix`, the blog still builds with its real engine, and its pages change only where the
// fixes meant them to: the fixed post gets what its author wrote (title, image, tags), every other
// published file stays byte for byte the same.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildHugo, buildJekyll, HUGO_CONFIG, HUGO_LAYOUTS, hugoAvailable, jekyllAvailable, PNG, skipUnless, type BuildResult, type SiteFiles } from './engines.js';
import { makeBlog, runCli } from '../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

/** Runs `--fix` (with `args`) on a copy of `files` and returns the files afterwards. */
async function fixed(files: SiteFiles, args: string[] = []): Promise<{ files: SiteFiles; stderr: string }> {
  const root = await makeBlog(files as Record<string, string | Uint8Array>);
  roots.push(root);
  const run = await runCli(['--fix', ...args], root);
  const after: SiteFiles = {};
  for (const name of Object.keys(files)) {
    const bytes = await fs.readFile(path.join(root, name));
    after[name] = typeof files[name] === 'string' ? bytes.toString('utf8') : bytes;
  }
  return { files: after, stderr: run.stderr };
}

/** Output files whose bytes differ between two builds (or exist in only one). */
function changedOutputs(before: BuildResult, after: BuildResult): string[] {
  const names = [...new Set([...before.files, ...after.files])].sort();
  return names.filter((name) => !before.files.has(name) || !after.files.has(name) || (name.endsWith('.html') && before.pages.get(name) !== after.pages.get(name)));
}

const JEKYLL_LAYOUT = {
  '_layouts/default.html': '{{ content }}\n',
  '_layouts/post.html': '---\nlayout: default\n---\n<h1>{{ page.title }}</h1>\n<p class="tags">{{ page.tags | jsonify }}</p>\n{{ content }}\n',
};

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('Jekyll: a fixed blog still builds, and only the fixed post changes', () => {
  const files: SiteFiles = {
    ...JEKYLL_LAYOUT,
    '_config.yml': 'title: oracle\ndefaults:\n  - scope: {path: ""}\n    values: {layout: post}\n',
    'assets/img/a b.png': PNG,
    'assets/img/photo.png': PNG,
    '_posts/2025-03-03-notion.md': '---\nTitle: Notion export\ndate: 2025-03-03 10:00:00 +0900\ntags: jekyll, notes\n---\n\n![diagram](file:///assets/img/a b.png)\n\n![photo](/assets/img/Photo.png)\n\nText.\n',
    '_posts/2025-03-04-clean.md': '---\ntitle: Clean\ndate: 2025-03-04 10:00:00 +0900\ntags: [notes]\n---\n\n![photo](/assets/img/photo.png)\n\nText.\n',
  };

  it('the title Jekyll ignored is read, the images load, the tags are the author\'s; nothing else moves', async () => {
    const before = await buildJekyll(files);
    expect(before.ok, before.log).toBe(true);
    const { files: after, stderr } = await fixed(files);
    expect(stderr).toBe('blog-post-lint: fixed _posts/2025-03-03-notion.md\n');
    const rebuilt = await buildJekyll(after);
    expect(rebuilt.ok, rebuilt.log).toBe(true);

    const page = (site: BuildResult) => site.pages.get('2025/03/03/notion.html')!;
    expect(page(before)).toContain('<h1>Notion</h1>'); // `Title:` ignored: Jekyll made one from the file name
    expect(page(rebuilt)).toContain('<h1>Notion export</h1>');
    expect(page(before)).toContain('<p class="tags">["jekyll,","notes"]</p>');
    expect(page(rebuilt)).toContain('<p class="tags">["jekyll","notes"]</p>');
    const sources = [...page(rebuilt).matchAll(/<img src="([^"]+)"/g)].map((match) => decodeURI(match[1]!));
    expect(sources).toEqual(['/assets/img/a b.png', '/assets/img/photo.png']);
    for (const source of sources) expect(rebuilt.files.has(source.slice(1)), source).toBe(true);

    expect(changedOutputs(before, rebuilt)).toEqual(['2025/03/03/notion.html']);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('Hugo: a fixed blog still builds, and only what the fix meant changes', () => {
  const files: SiteFiles = {
    ...HUGO_LAYOUTS,
    'hugo.toml': HUGO_CONFIG,
    'content/posts/a.md': '---\ntitle: A\ndate: 2025-03-03\ntag: [go]\n---\n\nText.\n',
    'content/posts/b.md': '---\nTitle: B\ndate: 2025-03-04\ntags: [go]\n---\n\nText.\n',
  };

  it('`tag:` (dropped by Hugo) becomes `tags:`, so the post joins its term page; `Title:` (read by Hugo) is left alone', async () => {
    const before = await buildHugo(files);
    expect(before.ok, before.log).toBe(true);
    const { files: after } = await fixed(files);
    expect(after['content/posts/b.md']).toBe(files['content/posts/b.md']);
    const rebuilt = await buildHugo(after);
    expect(rebuilt.ok, rebuilt.log).toBe(true);
    expect(before.pages.get('tags/go/index.html')).not.toContain('/posts/a/');
    expect(rebuilt.pages.get('tags/go/index.html')).toContain('<a href="/posts/a/">A</a>');
    expect(rebuilt.pages.get('posts/b/index.html')).toContain('<h1 class="page-title">B</h1>');
    // The post page itself, its tag's page, and the lists that show its tags changed; nothing else.
    expect(changedOutputs(before, rebuilt).filter((name) => !name.startsWith('tags/') && name !== 'posts/a/index.html')).toEqual([]);
  });
});
