// Issue 15, item 1: JSON front matter nested about 1,000 deep killed the process (V8 fatal error,
// exit 134, no report). `yaml` composes collections recursively and, near the end of the stack, V8
// aborted while compiling a regular expression instead of throwing. Deep blocks are now measured
// with yaml's own lexer and refused before they are composed: one frontmatter-syntax problem, and
// the run goes on. The same holds for deep YAML flow, block and explicit-key (`? `) nesting, whose
// composition also grows super-linearly, and for TOML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { lintJson, makeBlog } from '../helpers.js';
import { MAX_NESTING, yamlNestingPast } from '../../src/post/nesting.js';
import { buildBundle, runBundle } from './bundle.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const OK = '---\ntitle: Fine\ndate: 2025-01-01 08:30:00 +0900\n---\n\nText.\n';
const deepJson = (depth: number) => `---json\n{"title": "Deep", "a": ${'['.repeat(depth)}${']'.repeat(depth)}}\n---\n\nText.\n`;

async function lint(files: Record<string, string>) {
  const root = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', ...files });
  roots.push(root);
  return lintJson([], root);
}

describe('deep front matter is one frontmatter-syntax problem, and the run goes on', () => {
  for (const depth of [1_000, 5_000, 100_000]) {
    it(`JSON nested ${depth.toLocaleString('en')} deep`, async () => {
      const { code, report } = await lint({ '_posts/2025-01-01-deep.md': deepJson(depth), '_posts/2025-01-01-ok.md': OK });
      expect(code).toBe(1);
      expect(report.problems).toEqual([
        expect.objectContaining({ file: '_posts/2025-01-01-deep.md', ruleId: 'frontmatter-syntax', line: 2, message: 'The frontmatter is nested more than 64 levels deep here, so it is not read: write it with fewer levels.' }),
      ]);
      expect(report.files).toEqual(['_posts/2025-01-01-deep.md', '_posts/2025-01-01-ok.md']);
    });
  }

  it('YAML flow, block, compact and explicit-key nesting, and TOML arrays', async () => {
    const yaml = (body: string) => `---\ntitle: Deep\n${body}\n---\n\nText.\n`;
    const { report } = await lint({
      '_posts/2025-01-01-flow.md': yaml('a: ' + '{b: ['.repeat(2_000) + ']}'.repeat(2_000)),
      '_posts/2025-01-02-block.md': yaml(Array.from({ length: 100 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' x'),
      '_posts/2025-01-03-compact.md': yaml('a:\n' + '- '.repeat(5_000) + 'x'),
      // 200 levels of `- ? ` took yaml seconds to compose; 1,000 more than the test's timeout.
      '_posts/2025-01-04-keys.md': yaml('b:\n' + '- ? '.repeat(1_000) + 'x'),
      '_posts/2025-01-05-toml.md': `+++\ntitle = "Deep"\na = ${'['.repeat(5_000)}${']'.repeat(5_000)}\n+++\n\nText.\n`,
      '_posts/2025-01-01-ok.md': OK,
    });
    const byFile = new Map(report.problems.map((problem) => [problem.file, problem]));
    for (const file of ['flow', 'block', 'compact', 'keys'].map((name, i) => `_posts/2025-01-0${i + 1}-${name}.md`)) {
      expect(byFile.get(file), file).toMatchObject({ ruleId: 'frontmatter-syntax', message: 'The frontmatter is nested more than 64 levels deep here, so it is not read: write it with fewer levels.' });
    }
    expect(byFile.get('_posts/2025-01-05-toml.md')).toMatchObject({ ruleId: 'frontmatter-syntax', message: expect.stringContaining('nested') });
    expect(report.problems.filter((problem) => problem.file === '_posts/2025-01-01-ok.md')).toEqual([]);
  }, 30_000);
});

describe('the nesting measure', () => {
  it('reads brackets as yaml does: not in quotes, comments or block scalars, and not hidden by a quote inside a plain word', () => {
    const ordinary = [
      'title: "A [b] c {d"',
      "quote: 'it''s [[[['",
      'tags: [a, b, {c: d}, "]]]]"]',
      'params:',
      '  x:',
      '    y: [1, [2, [3]]]',
      '  z: |',
      '    ' + '['.repeat(200),
      '# ' + '{'.repeat(200),
    ].join('\n');
    expect(yamlNestingPast(ordinary)).toBeUndefined();
    // `don't` is a plain word: its quote opens no string, so the brackets after it count.
    expect(yamlNestingPast(`a: [don't, ${'['.repeat(100)}${']'.repeat(100)}]`)).toBeDefined();
    // Closing brackets inside a quoted string do not lower the count.
    expect(yamlNestingPast(`a: ${'['.repeat(40)} "${']'.repeat(40)}", ${'['.repeat(40)}`)).toBeDefined();
  });

  it('allows MAX_NESTING levels and refuses one more, at the offset where it passed', () => {
    const flow = (depth: number) => 'a: ' + '['.repeat(depth) + ']'.repeat(depth);
    // `a:` is two levels (the line, its indicator): the flow adds the rest.
    expect(yamlNestingPast(flow(MAX_NESTING - 2))).toBeUndefined();
    expect(yamlNestingPast(flow(MAX_NESTING - 1))).toBe(3 + MAX_NESTING - 2);
  });
});

describe('the crash itself', () => {
  let bundle = '';
  beforeAll(async () => {
    bundle = await buildBundle();
  }, 120_000);
  afterAll(async () => {
    if (bundle) await fs.rm(bundle, { recursive: true, force: true });
  });

  it('the bundled CLI on 5,000-deep JSON exits 1 with a report (it aborted with 134 before)', async () => {
    const root = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', '_posts/2025-01-01-deep.md': deepJson(5_000), '_posts/2025-01-01-ok.md': OK });
    roots.push(root);
    const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--jobs', '1']);
    expect(run.code, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter-syntax', file: '_posts/2025-01-01-deep.md' })]);
  }, 60_000);
});
