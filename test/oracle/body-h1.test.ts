// body-h1, with the real engines: a layout that prints the title as <h1> plus a `#` heading in the
// body publishes a page with two <h1>; after --fix it has one, and the linter agrees with the build.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildHugo, buildJekyll, HUGO_CONFIG, HUGO_LAYOUTS, hugoAvailable, JEKYLL_CONFIG, JEKYLL_LAYOUTS, jekyllAvailable, skipUnless, type SiteFiles } from './engines.js';
import { h1Count } from './html.js';
import { lintJson, makeBlog, runCli } from '../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

async function lintAndFix(files: SiteFiles): Promise<{ files: SiteFiles; found: string[] }> {
  const root = await makeBlog(files as Record<string, string | Uint8Array>);
  roots.push(root);
  const { report } = await lintJson([], root);
  await runCli(['--fix'], root);
  const after: SiteFiles = {};
  for (const name of Object.keys(files)) after[name] = await fs.readFile(path.join(root, name), 'utf8');
  return { files: after, found: report.problems.filter((problem) => problem.ruleId === 'body-h1').map((problem) => `${problem.file}:${problem.line}`) };
}

const FM = (title: string, date: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n`;

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('body-h1 with Jekyll', () => {
  const files: SiteFiles = {
    ...JEKYLL_LAYOUTS,
    '_config.yml': JEKYLL_CONFIG,
    '_posts/2025-01-01-one.md': `${FM('One', '2025-01-01')}Intro.\n\nSetup\n=====\n\n### Step\n\nText.\n`,
    '_posts/2025-01-02-sections.md': `${FM('Sections', '2025-01-02')}# Part one\n\n## Sub\n\n# Part two\n`,
    '_posts/2025-01-03-clean.md': `${FM('Clean', '2025-01-03')}## Part\n\nText.\n`,
  };

  it('two <h1> where the linter reports one; the fixed post has one, the restructure case keeps its text', async () => {
    const before = await buildJekyll(files);
    expect(before.ok).toBe(true);
    expect(h1Count(before.pages.get('2025/01/01/one.html')!)).toBe(2);
    expect(h1Count(before.pages.get('2025/01/02/sections.html')!)).toBe(3);
    expect(h1Count(before.pages.get('2025/01/03/clean.html')!)).toBe(1);
    const { files: after, found } = await lintAndFix(files);
    expect(found).toEqual(['_posts/2025-01-01-one.md:7', '_posts/2025-01-02-sections.md:5', '_posts/2025-01-02-sections.md:9']);
    const built = await buildJekyll(after);
    expect(h1Count(built.pages.get('2025/01/01/one.html')!)).toBe(1);
    expect(built.pages.get('2025/01/01/one.html')).toMatch(/<h2 id="setup">Setup<\/h2>/);
    expect(after['_posts/2025-01-02-sections.md']).toBe(files['_posts/2025-01-02-sections.md']);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('body-h1 with Hugo', () => {
  const files: SiteFiles = {
    ...HUGO_LAYOUTS,
    'hugo.toml': HUGO_CONFIG,
    'content/posts/a.md': `${FM('A', '2025-01-01')}# Setup\n\nText.\n`,
  };

  it('two <h1>, then one after the fix', async () => {
    const before = await buildHugo(files);
    expect(h1Count(before.pages.get('posts/a/index.html')!)).toBe(2);
    const { files: after, found } = await lintAndFix(files);
    expect(found).toEqual(['content/posts/a.md:5']);
    const built = await buildHugo(after);
    expect(h1Count(built.pages.get('posts/a/index.html')!)).toBe(1);
  });
});
