// Reproducers that `npm run fuzz` minimized (bench/fuzz/, see test/fixtures/hostile/README.md),
// each linted through the CLI as a post of the engine the harness used, with what the harness
// asserts: exit 0 or 1, no stack trace, the JSON report lists every post, --fix twice equals once.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintJson, makeBlog, projectRoot, runCli } from '../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const fixture = (name: string) => readFileSync(path.join(projectRoot, 'test/fixtures/hostile', name), 'utf8');
const OK = '---\ntitle: Fine\ndate: 2025-01-01 08:30:00 +0900\ntags: [a]\n---\n\nText.\n';
const TOO_DEEP = 'The frontmatter is nested more than 64 levels deep here, so it is not read: write it with fewer levels.';

async function blog(posts: Record<string, string>): Promise<string> {
  const root = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', ...posts });
  roots.push(root);
  return root;
}

/** Lints, then --fix twice: the second --fix must change nothing. */
async function lintAndFix(root: string, files: string[]) {
  const first = await lintJson(['--preset', 'jekyll'], root);
  await runCli(['--preset', 'jekyll', '--fix', '--format', 'json'], root);
  const once = await Promise.all(files.map((file) => fs.readFile(path.join(root, file), 'utf8')));
  const again = await runCli(['--preset', 'jekyll', '--fix', '--format', 'json'], root);
  const twice = await Promise.all(files.map((file) => fs.readFile(path.join(root, file), 'utf8')));
  return { first, again, once, twice };
}

// seed 1, input 138 (issue-shape toml-key-line): a TOML dotted key of 2,357 parts. smol-toml's
// maxDepth bounds inline tables and arrays only, so the key became an object 2,357 deep, and the
// recursive walk that normalizes TOML dates overflowed the stack while the vocabulary was being
// built: "internal error: Maximum call stack size exceeded", exit 2, no report for any post.
describe('bad-exit: a TOML dotted key or table header thousands of parts long', () => {
  const dotted = (parts: number) => `+++\ntitle = "Deep"\n${Array.from({ length: parts }, () => 'a').join('.')} = 1\n+++\n\nText.\n`;
  const header = (parts: number) => `+++\ntitle = "Deep"\n\n[${Array.from({ length: parts }, () => 'a').join('.')}]\nb = 1\n+++\n\nText.\n`;
  const cases: [string, string, number][] = [
    ['the minimized reproducer (2,357 parts)', fixture('bad-exit-toml-dotted-key.md'), 2],
    ['a dotted key of 20,000 parts', dotted(20_000), 3],
    ['a table header of 20,000 parts', header(20_000), 4],
    ['a dotted key inside an inline table', `+++\ntitle = "Deep"\nx = { ${Array.from({ length: 5_000 }, () => 'a').join('.')} = 1 }\n+++\n\nText.\n`, 3],
  ];
  for (const [name, text, line] of cases) {
    it(`${name}: one frontmatter-syntax problem on its line, the other post linted, --fix stable`, async () => {
      const files = ['_posts/2025-01-01-deep.md', '_posts/2025-01-01-ok.md'];
      const root = await blog({ [files[0]!]: text, [files[1]!]: OK });
      const { first, again, once, twice } = await lintAndFix(root, files);
      expect(first.code, first.stderr).toBe(1);
      expect(first.stderr).toBe('');
      expect(first.report.files).toEqual(files);
      const syntax = first.report.problems.filter((problem) => problem.ruleId === 'frontmatter-syntax');
      expect(syntax).toEqual([expect.objectContaining({ file: files[0], line, message: TOO_DEEP })]);
      expect(first.report.problems.filter((problem) => problem.file === files[1])).toEqual([]);
      expect(again.code, again.stderr).toBe(1);
      expect(twice).toEqual(once);
    }, 60_000);
  }

  it('nesting up to the limit is still read', async () => {
    const keys = Array.from({ length: 63 }, () => 'a').join('.');
    const root = await blog({ '_posts/2025-01-01-fine.md': `+++\ntitle = "Fine"\ndate = 2025-01-01T08:30:00+09:00\n${keys} = 1\n+++\n\nText.\n` });
    const { code, report } = await lintJson(['--preset', 'jekyll'], root);
    expect(report.problems.filter((problem) => problem.ruleId === 'frontmatter-syntax')).toEqual([]);
    expect(code).toBeLessThanOrEqual(1);
  });
});
