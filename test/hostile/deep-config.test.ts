// The site's own files are input from a pull request too (issue 15: "config and site files read
// with the same rules as posts"). Nested past MAX_NESTING they met the same limits as deep front
// matter, outside any post's budget: a Hugo config with a dotted key of thousands of parts ended
// the run ("internal error: Maximum call stack size exceeded", exit 2), 200 levels of `- ? ` in
// `_config.yml` took yaml 90 s of CPU (and more than doubles with every few levels), and the same
// in a post's `tags:` did too, in the main thread, where the tag vocabulary is built.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { lintJson, makeBlog, runCli } from '../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

async function blog(files: Record<string, string>): Promise<string> {
  const root = await makeBlog(files);
  roots.push(root);
  return root;
}

const POST = '---\ntitle: Fine\ndate: 2025-01-01 08:30:00 +0900\ntags: [a]\n---\n\nText.\n';
// 200 levels: deeper, yaml gives up at once (RESOURCE_EXHAUSTION); up to there, composing is
// super-linear (120 levels 1.4 s, 200 levels 90 s of CPU in the main thread).
const LEVELS = 200;
const explicitKeys = (levels: number) => 'b:\n' + '- ? '.repeat(levels) + 'x\n';

describe('site and config files nested too deep are not read, and the run goes on', () => {
  it('a hugo.toml with a dotted key of 5,000 parts is ignored like one that does not parse', async () => {
    const root = await blog({
      'hugo.toml': `title = "Blog"\n${Array.from({ length: 5_000 }, () => 'a').join('.')} = 1\n`,
      'content/posts/fine.md': '+++\ntitle = "Fine"\ndate = 2025-01-01T08:30:00+09:00\ntags = ["a"]\n+++\n\nText.\n',
    });
    const { code, report, stderr } = await lintJson(['--preset', 'hugo'], root);
    expect(code, stderr).toBe(0);
    expect(report.files).toEqual(['content/posts/fine.md']);
  }, 30_000);

  it('a _config.yml with 200 levels of `- ? ` is ignored (its `future: true` with it)', async () => {
    const root = await blog({ '_config.yml': 'future: true\n' + explicitKeys(LEVELS), '_posts/2025-01-01-fine.md': POST, '_posts/2099-01-01-later.md': POST.replace('2025-01-01', '2099-01-01') });
    const { code, report, stderr } = await lintJson(['--preset', 'jekyll'], root);
    expect(stderr).toBe('');
    expect(code).toBeLessThanOrEqual(1);
    expect(report.files).toEqual(['_posts/2025-01-01-fine.md', '_posts/2099-01-01-later.md']);
    // Not read: the future post is reported as Jekyll would skip it.
    expect(report.problems.map((problem) => problem.file)).toContain('_posts/2099-01-01-later.md');
  }, 30_000);

  it('a .blog-post-lint.yml nested too deep is a config error naming the file and line', async () => {
    const root = await blog({ '.blog-post-lint.yml': 'preset: jekyll\n' + explicitKeys(LEVELS), '_posts/2025-01-01-fine.md': POST });
    const run = await runCli(['--format', 'json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^blog-post-lint: config error: \.blog-post-lint\.yml:3: nested more than 64 levels deep/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('a post whose tags nest 200 levels of `- ? ` gets its too-deep problem, and the other posts their tags', async () => {
    const root = await blog({
      '_config.yml': 'timezone: Asia/Seoul\n',
      '_posts/2025-01-01-deep.md': `---\ntitle: Deep\ndate: 2025-01-01 08:30:00 +0900\ntags:\n${'- ? '.repeat(LEVELS)}x\n---\n\nText.\n`,
      '_posts/2025-01-01-fine.md': POST,
    });
    const { code, report } = await lintJson(['--preset', 'jekyll'], root);
    expect(code).toBe(1);
    expect(report.files).toEqual(['_posts/2025-01-01-deep.md', '_posts/2025-01-01-fine.md']);
    expect(report.problems).toEqual([expect.objectContaining({ file: '_posts/2025-01-01-deep.md', ruleId: 'frontmatter-syntax', line: 5 })]);
  }, 30_000);
});
