// permalink-changed: a renamed post whose URL changes gets a warning with its old URL and a fix that
// adds the old URL to `redirect_from:` (Jekyll) or `aliases:` (Hugo). The engine is run as the
// action runs it: a blog on disk, an environment with the rename map, lintText/fixText.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { makeBlog, NOW } from './helpers.js';
import { fixText, lintFiles } from '../src/runner/lint.js';
import { createEnvironment } from '../src/runner/environment.js';
import { resolveSettings, type SettingsInput } from '../src/config/settings.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';

const RULE = 'permalink-changed';

async function lintRenamed(files: Record<string, string>, file: string, previous: string, input: SettingsInput = {}) {
  const root = await makeBlog(files);
  const environment = { ...(await createEnvironment(root, resolveSettings(ruleCatalogue, { now: NOW, ...input }))), previousPaths: new Map([[file, previous]]) };
  const report = await lintFiles([file], environment);
  const problems = report.files[0]!.problems.filter((problem) => problem.ruleId === RULE);
  const original = await fs.readFile(path.join(root, file), 'utf8');
  const fixed = await fixText(file, original, environment);
  return { problems, original, fixed: fixed.output, remaining: fixed.problems.filter((problem) => problem.ruleId === RULE) };
}

const jekyllPost = (frontmatter: string) => `---\ntitle: A post\n${frontmatter}---\n\nText.\n`;

describe('permalink-changed', () => {
  it('Jekyll default permalink: warns with the old and new URL and fixes it with redirect_from', async () => {
    const run = await lintRenamed({ '_posts/2024-02-01-b.md': jekyllPost('') }, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md');
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toMatchObject({ severity: 'warning', line: 1 });
    expect(run.problems[0]!.message).toBe(
      'Renamed from _posts/2024-01-01-a.md: the URL changes from /2024/01/01/a.html to /2024/02/01/b.html and links to the old one break. Add to the frontmatter: `redirect_from: [/2024/01/01/a.html]` (jekyll-redirect-from).',
    );
    expect(run.fixed).toBe('---\ntitle: A post\nredirect_from:\n  - /2024/01/01/a.html\n---\n\nText.\n');
    expect(run.remaining).toEqual([]);
  });

  it('follows _config.yml: a site permalink pattern and the baseurl-free path redirect_from wants', async () => {
    const files = { '_config.yml': 'permalink: /blog/:title/\nbaseurl: /me\n', '_posts/2024-02-01-b.md': jekyllPost('') };
    const run = await lintRenamed(files, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md');
    expect(run.problems[0]!.message).toContain('from /blog/a/ to /blog/b/');
    expect(run.fixed).toContain('redirect_from:\n  - /blog/a/\n');
  });

  it('keeps CRLF line endings and a BOM when fixing', async () => {
    const text = '\ufeff---\r\ntitle: A post\r\n---\r\n\r\nText.\r\n';
    const run = await lintRenamed({ '_posts/2024-02-01-b.md': text }, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md');
    expect(run.fixed).toBe('\ufeff---\r\ntitle: A post\r\nredirect_from:\r\n  - /2024/01/01/a.html\r\n---\r\n\r\nText.\r\n');
  });

  it('no warning when the permalink does not change (a fixed permalink: key)', async () => {
    const run = await lintRenamed({ '_posts/2024-02-01-b.md': jekyllPost('permalink: /about-a/\n') }, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md');
    expect(run.problems).toEqual([]);
  });

  it('no warning when the date and slug come from the frontmatter and stay the same', async () => {
    const run = await lintRenamed({ '_posts/2024-01-01-b.md': jekyllPost('date: 2024-01-01\nslug: a\n'), '_config.yml': 'permalink: /:year/:slug/\n' }, '_posts/2024-01-01-b.md', '_posts/2024-01-01-a.md');
    expect(run.problems).toEqual([]);
  });

  it('no warning when redirect_from already lists the old URL (string or list, trailing slash aside)', async () => {
    const list = await lintRenamed({ '_posts/2024-02-01-b.md': jekyllPost('redirect_from:\n  - /old/\n  - /2024/01/01/a.html\n') }, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md');
    expect(list.problems).toEqual([]);
    const single = await lintRenamed({ '_config.yml': 'permalink: pretty\n', '_posts/2024-02-01-b.md': jekyllPost('redirect_from: /2024/01/01/a\n') }, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md');
    expect(single.problems).toEqual([]);
  });

  it('redirect_from without the old URL: says what to add, and leaves the list to the author', async () => {
    const run = await lintRenamed({ '_posts/2024-02-01-b.md': jekyllPost('redirect_from:\n  - /older/\n') }, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md');
    expect(run.problems[0]!.message).toContain('Add /2024/01/01/a.html to `redirect_from:`');
    expect(run.problems[0]!.fix).toBeUndefined();
  });

  it('no warning for a post that is not renamed, or a draft being published', async () => {
    const root = await makeBlog({ '_posts/2024-02-01-b.md': jekyllPost('') });
    const environment = await createEnvironment(root, resolveSettings(ruleCatalogue, { now: NOW }));
    const plain = await lintFiles(['_posts/2024-02-01-b.md'], environment);
    expect(plain.files[0]!.problems.filter((problem) => problem.ruleId === RULE)).toEqual([]);
    const draft = await lintRenamed({ '_posts/2024-02-01-b.md': jekyllPost('') }, '_posts/2024-02-01-b.md', '_drafts/b.md');
    expect(draft.problems).toEqual([]);
  });

  it('Hugo: the old content path, fixed with aliases (TOML at the top of the block)', async () => {
    const files = { 'hugo.toml': 'baseURL = "https://example.org/"\n', 'content/posts/new-name.md': '+++\ntitle = "A post"\n\n[params]\nx = 1\n+++\n\nText.\n' };
    const run = await lintRenamed(files, 'content/posts/new-name.md', 'content/posts/old-name.md', { preset: 'hugo' });
    expect(run.problems[0]!.message).toContain('from /posts/old-name/ to /posts/new-name/');
    expect(run.problems[0]!.message).toContain('`aliases: ["/posts/old-name/"]` (Hugo aliases)');
    expect(run.fixed).toBe('+++\naliases = ["/posts/old-name/"]\ntitle = "A post"\n\n[params]\nx = 1\n+++\n\nText.\n');
    expect(run.remaining).toEqual([]);
  });

  it('Hugo: a slug that stays the same keeps the URL', async () => {
    const files = { 'hugo.toml': '', 'content/posts/2024/new-name.md': '---\ntitle: A post\nslug: hello\n---\n\nText.\n' };
    const run = await lintRenamed(files, 'content/posts/2024/new-name.md', 'content/posts/2024/old-name.md', { preset: 'hugo' });
    expect(run.problems).toEqual([]);
  });

  it('speaks Korean', async () => {
    const run = await lintRenamed({ '_posts/2024-02-01-b.md': jekyllPost('') }, '_posts/2024-02-01-b.md', '_posts/2024-01-01-a.md', { lang: 'ko' });
    expect(run.problems[0]!.message).toContain('_posts/2024-01-01-a.md에서 이름이 바뀌어 URL이 /2024/01/01/a.html에서 /2024/02/01/b.html로');
  });
});
