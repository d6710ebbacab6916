// Automatic fixes as a user meets them: the edit applier and the dry-run diff on their own, then
// `--fix` / `--fix-dry-run` through the CLI on byte-exact fixture posts (test/fixtures/fix, marked
// -text so CR, BOM and NFD bytes survive git). Every CLI case asserts the exact bytes of the fixed
// file as "the fixture with these replacements and nothing else", and that a second --fix is a no-op.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog, NOW, projectRoot, runCli } from './helpers.js';
import { applyFixes, unifiedDiff, strayLines } from '../src/runner/fix.js';
import { fixText } from '../src/runner/lint.js';
import { createEnvironment } from '../src/runner/environment.js';
import { resolveSettings } from '../src/config/settings.js';
import type { Problem } from '../src/core/types.js';
import type { JsonReport } from '../src/report/json.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';

const FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'fix');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NFD = (text: string) => text.normalize('NFD');
/** Hangul conjoining jamo: what NFD Hangul decomposes to; NFC text has none. */
const JAMO = /[\u1100-\u11ff]/u;

async function fixture(name: string): Promise<Buffer> {
  return fs.readFile(path.join(FIXTURES, name));
}

/** Shows CR, BOM and every non-ASCII code unit, so an NFC/NFD or CRLF/LF difference is visible in a failure. */
function visible(bytes: Buffer | string): string {
  const text = typeof bytes === 'string' ? bytes : bytes.toString('utf8');
  return text.replace(/[^\x20-\x7e\n]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `before` with each `[from, to]` replaced, in order; each `from` must occur exactly once. */
function edited(before: Buffer, replacements: Array<[string, string]>): Buffer {
  let text = before.toString('utf8');
  for (const [from, to] of replacements) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`test setup: ${JSON.stringify(from)} occurs ${count} times`);
    text = text.replace(from, () => to);
  }
  return Buffer.from(text, 'utf8');
}

function expectBytes(actual: Buffer, expected: Buffer): void {
  expect(visible(actual)).toBe(visible(expected));
  expect(actual.equals(expected)).toBe(true);
}

interface FixRun {
  root: string;
  post: string;
  before: Buffer;
  after: Buffer;
  code: number;
  stderr: string;
  report: JsonReport;
}

/**
 * Copies a fixture into a temp blog (plus `files`), runs `--fix` (JSON report of what is left),
 * then `--fix` again, which must change nothing.
 */
/** A Chirpy blog: the theme documents lowercase tag names, so tag case is one of the fixes. */
const CHIRPY = { '_config.yml': 'theme: jekyll-theme-chirpy\n' };

async function fixInBlog(name: string, options: { post?: string; files?: Record<string, string | Uint8Array>; args?: string[] } = {}): Promise<FixRun> {
  const post = options.post ?? `_posts/2025-03-03-${name}`;
  const args = options.args ?? [];
  const before = await fixture(name);
  const root = await makeBlog({ ...CHIRPY, ...options.files, [post]: before });
  const { code, report, stderr } = await lintJson(['--fix', ...args], root);
  const after = await fs.readFile(path.join(root, post));
  const again = await lintJson(['--fix', ...args], root);
  expect(again.stderr, 'a second --fix has nothing to fix').not.toContain('fixed');
  expectBytes(await fs.readFile(path.join(root, post)), after);
  expect(again.report.problems).toEqual(report.problems);
  return { root, post, before, after, code, stderr, report };
}

function ruleIds(report: JsonReport): string[] {
  return report.problems.map((problem) => problem.ruleId);
}

function problem(ruleId: string, edits: Array<[number, number, string]>): Problem {
  return {
    file: 'post.md',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ruleId,
    severity: 'warning',
    message: ruleId,
    fix: { edits: edits.map(([start, end, text]) => ({ range: [start, end] as [number, number], text })) },
  };
}

const ids = (problems: Problem[]) => problems.map((p) => p.ruleId);

describe('applyFixes', () => {
  const TEXT = 'abcdefghij';

  it('applies non-overlapping edits from several problems, in offset order whatever the problem order', () => {
    const result = applyFixes(TEXT, [problem('rule-b', [[7, 9, 'HI']]), problem('rule-a', [[0, 1, 'A']]), problem('rule-c', [[4, 6, 'E-F']])]);
    expect(result.output).toBe('AbcdE-FgHIj');
    expect(ids(result.applied).sort()).toEqual(['rule-a', 'rule-b', 'rule-c']);
    expect(result.deferred).toEqual([]);
  });

  it('applies a multi-edit fix as a whole', () => {
    const result = applyFixes(TEXT, [problem('rule-a', [[8, 9, '!'], [0, 2, '']])]);
    expect(result.output).toBe('cdefgh!j');
    expect(ids(result.applied)).toEqual(['rule-a']);
  });

  it('defers a fix that overlaps one already taken, and reports it in `deferred`', () => {
    const first = problem('rule-z', [[2, 5, 'X']]);
    const second = problem('rule-a', [[4, 7, 'Y']]);
    const result = applyFixes(TEXT, [second, first]);
    // The fix that starts first wins, whatever its rule id; the other waits for the next pass.
    expect(result.output).toBe('abXfghij');
    expect(result.applied).toEqual([first]);
    expect(result.deferred).toEqual([second]);
    // On the next pass (the caller lints again) the deferred fix applies to the new text.
    expect(applyFixes(result.output, [problem('rule-a', [[3, 5, 'Y']])]).output).toBe('abXYhij');
  });

  it('defers a multi-edit fix entirely when one of its edits overlaps', () => {
    const taken = problem('rule-a', [[0, 2, 'AB']]);
    const partial = problem('rule-b', [[1, 3, 'x'], [8, 10, 'IJ']]);
    const result = applyFixes(TEXT, [taken, partial]);
    expect(result.output).toBe('ABcdefghij');
    expect(result.deferred).toEqual([partial]);
  });

  it('treats the identical edit from two rules as one edit, and both problems as fixed', () => {
    const result = applyFixes(TEXT, [problem('rule-a', [[2, 4, 'ZZ']]), problem('rule-b', [[2, 4, 'ZZ']])]);
    expect(result.output).toBe('abZZefghij');
    expect(ids(result.applied).sort()).toEqual(['rule-a', 'rule-b']);
    expect(result.deferred).toEqual([]);
  });

  it('treats the identical insertion from two rules as one insertion', () => {
    const result = applyFixes(TEXT, [problem('rule-a', [[3, 3, '+']]), problem('rule-b', [[3, 3, '+']])]);
    expect(result.output).toBe('abc+defghij');
    expect(result.applied).toHaveLength(2);
    expect(result.deferred).toEqual([]);
  });

  it('inserts at the start, at the end, and right after a replaced range', () => {
    const result = applyFixes(TEXT, [problem('start', [[0, 0, '<']]), problem('end', [[10, 10, '>']]), problem('replace', [[2, 4, 'X']]), problem('after', [[4, 4, '+']])]);
    expect(result.output).toBe('<abX+efghij>');
    expect(result.applied).toHaveLength(4);
    expect(result.deferred).toEqual([]);
  });

  it('defers a second, different insertion at the same point, and an insertion inside a replaced range', () => {
    const result = applyFixes(TEXT, [problem('rule-b', [[5, 5, 'B']]), problem('rule-a', [[5, 5, 'A']]), problem('rule-c', [[7, 9, 'R']]), problem('rule-d', [[8, 8, 'D']])]);
    // Same point: the rule id decides which goes first, so the outcome does not depend on input order.
    expect(result.output).toBe('abcdeAfgRj');
    expect(ids(result.applied)).toEqual(['rule-a', 'rule-c']);
    expect(ids(result.deferred).sort()).toEqual(['rule-b', 'rule-d']);
  });

  it('gives the same result for every order of the same problems', () => {
    const problems = [problem('rule-a', [[2, 5, 'X']]), problem('rule-b', [[4, 7, 'Y']]), problem('rule-c', [[4, 7, 'Q']]), problem('rule-d', [[8, 8, '!']]), problem('rule-e', [[0, 1, '']])];
    const expected = applyFixes(TEXT, problems);
    expect(expected.output).toBe('bXfgh!ij');
    const permutations = (list: Problem[]): Problem[][] => (list.length <= 1 ? [list] : list.flatMap((item, index) => permutations([...list.slice(0, index), ...list.slice(index + 1)]).map((rest) => [item, ...rest])));
    for (const order of permutations(problems)) {
      const result = applyFixes(TEXT, order);
      expect(result.output).toBe(expected.output);
      expect(ids(result.applied)).toEqual(ids(expected.applied));
      expect(ids(result.deferred)).toEqual(ids(expected.deferred));
    }
  });

  it('ignores edits outside the text (negative, past the end, reversed) and still applies the others', () => {
    const result = applyFixes(TEXT, [problem('negative', [[-1, 2, 'X']]), problem('past-end', [[8, 11, 'X']]), problem('reversed', [[6, 4, 'X']]), problem('good', [[0, 1, 'A']])]);
    expect(result.output).toBe('Abcdefghij');
    expect(ids(result.applied)).toEqual(['good']);
  });

  it('ignores problems without a fix, with no edits, or whose edits change nothing', () => {
    const noFix: Problem = { ...problem('no-fix', []), fix: undefined };
    delete noFix.fix;
    const result = applyFixes(TEXT, [noFix, problem('empty', []), problem('noop', [[1, 3, 'bc']])]);
    expect(result.output).toBe(TEXT);
    expect(result.applied).toEqual([]);
    expect(result.deferred).toEqual([]);
  });
});

describe('unifiedDiff', () => {
  const lines = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`);
  const before = lines.join('\n') + '\n';

  it('is empty when nothing changed', () => {
    expect(unifiedDiff('post.md', before, before)).toBe('');
  });

  it('shows a one-line change with three lines of context', () => {
    const after = before.replace('line 10\n', 'LINE 10\n');
    expect(unifiedDiff('_posts/p.md', before, after)).toBe(
      ['--- a/_posts/p.md', '+++ b/_posts/p.md', '@@ -7,7 +7,7 @@', ' line 7', ' line 8', ' line 9', '-line 10', '+LINE 10', ' line 11', ' line 12', ' line 13', ''].join('\n'),
    );
  });

  it('shows two distant changes as two hunks', () => {
    const after = before.replace('line 2\n', 'LINE 2\n').replace('line 14\n', 'LINE 14\n');
    expect(unifiedDiff('p.md', before, after)).toBe(
      [
        '--- a/p.md',
        '+++ b/p.md',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+LINE 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -11,7 +11,7 @@',
        ' line 11',
        ' line 12',
        ' line 13',
        '-line 14',
        '+LINE 14',
        ' line 15',
        ' line 16',
        ' line 17',
        '',
      ].join('\n'),
    );
  });

  it('merges changes whose contexts touch into one hunk', () => {
    const after = before.replace('line 4\n', 'LINE 4\n').replace('line 10\n', 'LINE 10\n');
    const diff = unifiedDiff('p.md', before, after);
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,13 +1,13 @@']);
  });

  it('shows a removed line', () => {
    const after = before.replace('line 5\n', '');
    expect(unifiedDiff('p.md', before, after)).toBe(['--- a/p.md', '+++ b/p.md', '@@ -2,7 +2,6 @@', ' line 2', ' line 3', ' line 4', '-line 5', ' line 6', ' line 7', ' line 8', ''].join('\n'));
  });
});

describe('--fix on fixture posts', () => {
  it('CRLF + BOM post: keys lower-cased, tags normalized, file:/// image linked, BOM, CRLF, comment and quotes kept', async () => {
    const run = await fixInBlog('crlf-bom.md', { files: { 'assets/img/a b.png': 'png' } });
    // The fixture is what it claims to be (a checkout that rewrote line endings would break this).
    expect(run.before.subarray(0, 3).equals(BOM)).toBe(true);
    expect(run.before.toString('utf8')).not.toMatch(/[^\r]\n/);

    expectBytes(
      run.after,
      edited(run.before, [
        ['\r\nDate: ', '\r\ndate: '],
        ['\r\nTags: [Kubernetes, k8s]\r\n', '\r\ntags: [kubernetes, k8s]\r\n'],
        ['![diagram](file:///assets/img/a b.png)', '![diagram](/assets/img/a%20b.png)'],
      ]),
    );
    expect(run.after.subarray(0, 3).equals(BOM)).toBe(true);
    const text = run.after.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(run.before.toString('utf8').split('\r\n').length);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain("\r\ntitle: 'Kubernetes: the hard way'\r\n");
    expect(text).toContain('\r\n# exported from Notion\r\n');
    expect(run.stderr).toBe(`blog-post-lint: fixed ${run.post}\n`);
    expect(run.code).toBe(0);
    expect(run.report.problems).toEqual([]);
  });

  it('NFD tags in a flow list: NFC in the bytes, NFC/NFD and case twins removed as `, dup`, quote styles kept', async () => {
    const run = await fixInBlog('nfd-flow.md');
    expect(run.before.toString('utf8')).toContain(`'${NFD('해커톤')}'`);
    expectBytes(
      run.after,
      edited(run.before, [
        [`['${NFD('해커톤')}'`, `['해커톤'`],
        [`"Docker", 해커톤, 'docker', 회고]`, `"docker", 회고]`],
      ]),
    );
    const [frontmatter, body] = run.after.toString('utf8').split('\n---\n');
    expect(frontmatter).toContain(`tags: ['해커톤', "docker", 회고]`);
    expect(frontmatter).not.toMatch(JAMO);
    // The body is not a tag: its NFD text is left exactly as written.
    expect(body).toContain(NFD('해커톤'));
    // 해 (U+D574) is ED 95 B4 in UTF-8.
    expect(run.after.includes(Buffer.from([0xed, 0x95, 0xb4]))).toBe(true);
    expect(run.report.problems).toEqual([]);
  });

  it('NFD tags in a block list: block style kept, duplicate lines removed, quoted item re-quoted the same way', async () => {
    const run = await fixInBlog('nfd-block.md');
    expectBytes(
      run.after,
      edited(run.before, [
        ['\n  - A\n  - a\n', '\n  - a\n'],
        [`\n  - "${NFD('회고')}"\n  - 회고 # the NFC twin\n`, '\n  - "회고"\n'],
      ]),
    );
    expect(run.after.toString('utf8')).toContain('tags:\n  - a\n  - "회고"\n  - notes\n---\n');
    expect(run.after.toString('utf8').split('\n---\n')[0]).not.toMatch(JAMO);
    expect(run.after.toString('utf8').split('\n---\n')[1]).toContain(NFD('회고'));
    expect(run.report.problems).toEqual([]);
  });

  it('a comma string becomes a flow list', async () => {
    const run = await fixInBlog('comma-string.md');
    expectBytes(run.after, edited(run.before, [['tags: 해커톤, 후기\n', 'tags: [해커톤, 후기]\n']]));
    expect(run.report.problems).toEqual([]);
  });

  it('a space-separated string becomes a list with the jekyll preset (Jekyll splits on spaces)', async () => {
    const run = await fixInBlog('space-string.md');
    expectBytes(run.after, edited(run.before, [['tags: jekyll blog\n', 'tags: [jekyll, blog]\n']]));
    expect(run.report.problems).toEqual([]);
  });

  it('a TOML comma string becomes a TOML array with --preset hugo', async () => {
    const run = await fixInBlog('hugo-toml.md', { post: 'content/posts/hugo-toml.md', args: ['--preset', 'hugo'] });
    expectBytes(run.after, edited(run.before, [['tags = "a, b"\n', 'tags = ["a", "b"]\n']]));
    expect(run.stderr).toBe('blog-post-lint: fixed content/posts/hugo-toml.md\n');
    expect(run.report.problems).toEqual([]);
  });

  it('aliases from .blog-post-lint.yml map variants, and the resulting duplicate goes', async () => {
    const config = 'rules: { tags-normalize: { aliases: { k8s: kubernetes } } }\n';
    const run = await fixInBlog('aliases.md', { files: { '.blog-post-lint.yml': config } });
    expectBytes(run.after, edited(run.before, [['tags: [K8s, Kubernetes, Docker]\n', 'tags: [kubernetes, docker]\n']]));
    expect(run.report.problems).toEqual([]);
  });

  it('case: preserve keeps the letters as written but still removes a case-only duplicate', async () => {
    const config = 'rules:\n  tags-normalize:\n    case: preserve\n';
    const run = await fixInBlog('case-preserve.md', { files: { '.blog-post-lint.yml': config } });
    expectBytes(run.after, edited(run.before, [['tags: [GitHub, Kubernetes, github]\n', 'tags: [GitHub, Kubernetes]\n']]));
    expect(run.report.problems).toEqual([]);
  });

  it('images in fenced code, indented code and inline code are not touched; the same image outside code is fixed', async () => {
    const run = await fixInBlog('code-images.md', { files: { 'assets/img/x.png': 'png' } });
    // One image outside code, two in a fenced block, one in an indented block, two in inline code.
    expect(run.before.toString('utf8').split('file:///assets/img/x.png')).toHaveLength(7);
    expect(run.after.toString('utf8').split('file:///assets/img/x.png')).toHaveLength(6);
    expectBytes(run.after, edited(run.before, [['\n\n![x](file:///assets/img/x.png)\n\n```md\n', '\n\n![x](/assets/img/x.png)\n\n```md\n']]));
    // Nothing is left: the indented block's style is no rule's business on Jekyll (code-block-style
    // is off there: kramdown and CommonMark disagree on where indented code starts).
    expect(ruleIds(run.report)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a reference image has its definition fixed (title kept); an HTML <img> has only its src fixed', async () => {
    const run = await fixInBlog('reference-html.md', { files: { 'assets/img/x.png': 'png' } });
    expectBytes(
      run.after,
      edited(run.before, [
        ['<img src="file:///assets/img/x.png" alt="x" width="300">', '<img src="/assets/img/x.png" alt="x" width="300">'],
        ['[ref]: file:///assets/img/x.png "The diagram"', '[ref]: /assets/img/x.png "The diagram"'],
      ]),
    );
    expect(run.after.toString('utf8')).toContain('\n![x][ref]\n');
    expect(run.report.problems).toEqual([]);
  });

  it('case mismatch fixed to the real case, http:// to https://, a Windows path to the one file with that name', async () => {
    const run = await fixInBlog('image-paths.md', { files: { 'assets/img/photo.png': 'png', 'assets/screenshots/unique-name.png': 'png' } });
    expectBytes(
      run.after,
      edited(run.before, [
        ['](/assets/img/Photo.PNG)', '](/assets/img/photo.png)'],
        ['](http://example.com/pic.png)', '](https://example.com/pic.png)'],
        ['](C:\\Users\\me\\Pictures\\unique-name.png)', '](/assets/screenshots/unique-name.png)'],
      ]),
    );
    expect(run.report.problems).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a Windows path is not fixed when two files in the repo share its name; the error stays', async () => {
    const run = await fixInBlog('image-paths.md', { files: { 'assets/img/photo.png': 'png', 'assets/screenshots/unique-name.png': 'png', 'assets/old/unique-name.png': 'png' } });
    expectBytes(
      run.after,
      edited(run.before, [
        ['](/assets/img/Photo.PNG)', '](/assets/img/photo.png)'],
        ['](http://example.com/pic.png)', '](https://example.com/pic.png)'],
      ]),
    );
    expect(run.after.toString('utf8')).toContain('![Build output](C:\\Users\\me\\Pictures\\unique-name.png)\n');
    expect(run.report.problems.map((p) => [p.ruleId, p.severity, p.line])).toEqual([['image-local-path', 'error', 11]]);
    expect(run.code).toBe(1);
  });

  it('`tag:` becomes `tags:` on Hugo, which reads only the taxonomy keys it is configured with', async () => {
    const run = await fixInBlog('singular-key.md', { post: 'content/posts/singular-key.md', args: ['--preset', 'hugo'] });
    expectBytes(run.after, edited(run.before, [['\ntag: [a, b]\n', '\ntags: [a, b]\n']]));
    expect(run.report.problems).toEqual([]);
  });

  it('Notion `Tags: 회고, 해커톤` becomes `tags: [회고, 해커톤]` in two passes (rename, then the list)', async () => {
    const run = await fixInBlog('notion-tags.md');
    expectBytes(run.after, edited(run.before, [['\nTags: 회고, 해커톤\n', '\ntags: [회고, 해커톤]\n']]));
    expect(run.report.problems).toEqual([]);

    const environment = await createEnvironment(run.root, resolveSettings(ruleCatalogue, { now: NOW }));
    const fixed = await fixText(run.post, run.before.toString('utf8'), environment);
    expect(fixed.output).toBe(run.after.toString('utf8'));
    expect(fixed.passes).toBe(2);
    expect(fixed.problems).toEqual([]);
  });

  it('every fixture in one blog: a second --fix changes no byte of any post', async () => {
    const names = ['crlf-bom.md', 'nfd-flow.md', 'nfd-block.md', 'comma-string.md', 'space-string.md', 'aliases.md', 'case-preserve.md', 'code-images.md', 'reference-html.md', 'image-paths.md', 'notion-tags.md', 'dry-run.md'];
    const files: Record<string, Uint8Array | string> = {
      ...CHIRPY, 'assets/img/a b.png': 'png', 'assets/img/x.png': 'png', 'assets/img/photo.png': 'png', 'assets/screenshots/unique-name.png': 'png' };
    for (const name of names) files[`_posts/2025-03-03-${name}`] = await fixture(name);
    const root = await makeBlog(files);
    const read = async () => Promise.all(names.map((name) => fs.readFile(path.join(root, `_posts/2025-03-03-${name}`))));

    const first = await runCli(['--fix'], root);
    expect(first.stderr.match(/^blog-post-lint: fixed (.*)$/m)?.[1]?.split(', ')).toHaveLength(names.length);
    const afterFirst = await read();
    const second = await runCli(['--fix'], root);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    const afterSecond = await read();
    names.forEach((name, index) => expect(afterSecond[index]!.equals(afterFirst[index]!), name).toBe(true));
  });
});

describe('tags-vocabulary', () => {
  const post = (day: string, tags: string) => `---\ntitle: Post ${day}\ndate: 2025-03-${day} 21:00:00 +0900\ntags: ${tags}\n---\n\nText.\n`;

  it('names the established tag and how many posts use it', async () => {
    const root = await makeBlog({
      '_posts/2025-03-01-a.md': post('01', '[kubernetes]'),
      '_posts/2025-03-02-b.md': post('02', '[kubernetes, docker]'),
      '_posts/2025-03-03-c.md': post('03', '[Kubernetes]'),
      '_posts/2025-03-04-new.md': post('04', '[kubernete]'),
    });
    for (const args of [[], ['_posts/2025-03-04-new.md']]) {
      // Linting only the new post still knows what the others use.
      const { report } = await lintJson(args, root);
      const warnings = report.problems.filter((p) => p.ruleId === 'tags-vocabulary' && p.file.endsWith('new.md'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ file: '_posts/2025-03-04-new.md', line: 4, severity: 'warning' });
      expect(warnings[0]!.message).toBe('Tag `kubernete` is new to this blog, which already uses `kubernetes` in 2 posts; use that one.');
      // Jekyll keeps `Kubernetes` and `kubernetes` as two tags: the odd spelling is told, in a full run.
      if (args.length === 0) expect(report.problems.filter((p) => p.ruleId === 'tags-vocabulary' && p.file.endsWith('c.md')).map((p) => p.message)).toEqual(['Tag `Kubernetes` is new to this blog, which already uses `kubernetes` in 2 posts; use that one.']);
    }
  });

  it('warns only one of two posts that each use one spelling once (no mutual warnings)', async () => {
    const root = await makeBlog({
      '_posts/2025-03-01-a.md': post('01', '[post-mortem]'),
      '_posts/2025-03-02-b.md': post('02', '[postmortem]'),
    });
    const { report } = await lintJson([], root);
    const warnings = report.problems.filter((p) => p.ruleId === 'tags-vocabulary');
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    const other = warning!.file === '_posts/2025-03-01-a.md' ? 'postmortem' : 'post-mortem';
    const own = other === 'postmortem' ? 'post-mortem' : 'postmortem';
    expect(warning!.message).toBe(`Tag \`${own}\` is new to this blog, which already uses \`${other}\` in 1 post; use that one.`);
  });
});

describe('--fix-dry-run', () => {
  const DRY_RUN_POST = '_posts/2025-03-03-dry-run.md';

  it('prints the unified diff, changes no byte, and exits by what would remain (nothing)', async () => {
    const before = await fixture('dry-run.md');
    const root = await makeBlog({ ...CHIRPY, 'assets/img/x.png': 'png', [DRY_RUN_POST]: before });
    const plain = await runCli([], root);
    expect(plain.code, 'without fixing, the key-case and file:/// errors fail the run').toBe(1);

    const run = await runCli(['--fix-dry-run'], root);
    expect(run.stdout).toBe(
      [
        `--- a/${DRY_RUN_POST}`,
        `+++ b/${DRY_RUN_POST}`,
        '@@ -1,12 +1,12 @@',
        ' ---',
        '-Title: Dry run',
        '+title: Dry run',
        ' date: 2025-03-03 21:00:00 +0900',
        '-tags: [Notes]',
        '+tags: [notes]',
        ' ---',
        ' ',
        ' Intro paragraph.',
        ' ',
        '-![x](file:///assets/img/x.png)',
        '+![x](/assets/img/x.png)',
        ' ',
        ' One.',
        ' ',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('blog-post-lint: 1 file would be changed by --fix\n');
    expect(run.code).toBe(0);
    expectBytes(await fs.readFile(path.join(root, DRY_RUN_POST)), before);

    // The diff is exactly what --fix then writes.
    await runCli(['--fix'], root);
    expectBytes(await fs.readFile(path.join(root, DRY_RUN_POST)), edited(before, [['\nTitle:', '\ntitle:'], ['[Notes]', '[notes]'], ['(file:///assets/img/x.png)', '(/assets/img/x.png)']]));
  });

  it('counts every file it would change, and exits 1 when an unfixable error would remain', async () => {
    const notion = await fixture('notion-tags.md');
    const clean = '---\ntitle: Clean\ndate: 2025-03-03 21:00:00 +0900\ntags: [notes]\n---\n\nText.\n';
    const missing = (await fixture('dry-run.md')).toString('utf8').replace('Three.\n', 'Three.\n\n![gone](/assets/img/gone.png)\n');
    const root = await makeBlog({ ...CHIRPY, 'assets/img/x.png': 'png', [DRY_RUN_POST]: missing, '_posts/2025-03-03-notion-tags.md': notion, '_posts/2025-03-03-clean.md': clean });
    const before = { missing: Buffer.from(missing), notion };

    const run = await runCli(['--fix-dry-run'], root);
    expect(run.stderr).toBe('blog-post-lint: 2 files would be changed by --fix\n');
    expect(run.stdout.match(/^\+\+\+ b\/.*$/gm)).toEqual([`+++ b/${DRY_RUN_POST}`, '+++ b/_posts/2025-03-03-notion-tags.md']);
    expect(run.stdout).not.toContain('gone.png');
    expect(run.code).toBe(1);
    expectBytes(await fs.readFile(path.join(root, DRY_RUN_POST)), before.missing);
    expectBytes(await fs.readFile(path.join(root, '_posts/2025-03-03-notion-tags.md')), before.notion);

    // What would remain is exactly what --fix leaves.
    const fixed = await lintJson(['--fix'], root);
    expect(fixed.code).toBe(1);
    expect(fixed.report.problems.map((p) => p.ruleId)).toEqual(['image-missing']);
  });
});

describe('strayLines: what an edit touches outside the lines a report named', () => {
  const block = ['intro', '```yaml', 'token: ${{ secrets.TOKEN }}', '```', 'outro'].join('\n') + '\n';
  const wrapped = ['intro', '{% raw %}', '```yaml', 'token: ${{ secrets.TOKEN }}', '```', '{% endraw %}', 'outro'].join('\n') + '\n';
  it('lines inserted around a named block touch nothing else', () => {
    expect(strayLines(block, wrapped, new Set([2, 3, 4]))).toEqual([]);
  });
  it('an insertion between two lines that were not named is stray (reported at the line before it)', () => {
    expect(strayLines(block, wrapped, new Set([3]))).toEqual([1, 4]);
  });
  it('a changed line outside the named ones is stray', () => {
    expect(strayLines('a\nb\nc\n', 'a\nB\nC\n', new Set([2]))).toEqual([3]);
  });
});

describe('the line diff behind strayLines and the --fix diff, on long posts', () => {
  // A deterministic pseudo-random source: the same cases on every run.
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  it('fixes far apart in a 3,000-line post touch only their own lines (the diff was capped and blamed every line between)', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `line ${i + 1}`);
    const before = body.join('\n') + '\n';
    const after = body.map((line, i) => (i === 2 || i === 2990 ? line.toUpperCase() : line)).join('\n') + '\n';
    expect(strayLines(before, after, new Set([3, 2991]))).toEqual([]);
    expect(strayLines(before, after, new Set([3]))).toEqual([2991]);
    const diff = unifiedDiff('p.md', before, after);
    expect(diff.split('\n').filter((line) => /^[-+][^-+]/.test(line))).toEqual(['-line 3', '+LINE 3', '-line 2991', '+LINE 2991']);
  });

  it('every change of a few lines anywhere is found exactly', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      // Lines that differ (with repeated lines, which of two equal lines a change is blamed on is a matter of taste).
      const lines = Array.from({ length: 20 + Math.floor(next() * 400) }, (_, i) => `l${i} ${Math.floor(next() * 5)}`);
      const after = [...lines];
      const touched = new Set<number>();
      for (let edit = 0; edit < 1 + Math.floor(next() * 4); edit++) {
        const at = Math.floor(next() * after.length);
        after[at] = `changed ${round} ${edit}`;
        touched.add(at + 1);
      }
      // A changed line is always stray unless named, and nothing else is.
      const stray = strayLines(lines.join('\n') + '\n', after.join('\n') + '\n', new Set());
      expect(stray.every((line) => touched.has(line)), `round ${round}`).toBe(true);
      expect(strayLines(lines.join('\n') + '\n', after.join('\n') + '\n', touched), `round ${round}`).toEqual([]);
    }
  });

  it('one --fix of a long Hugo post applies every pass: the keys renamed, then their values made lists (a second --fix changes nothing)', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i + 1}.\n`).join('\n');
    const post = `---\ntitle: Long\ncategory: Machine Learning\ntag: Linear Discriminant Analysis\n---\n\n${filler}\n<img src="http://i.imgur.com/x.png" alt="x">\n`;
    const root = await makeBlog({ 'hugo.toml': 'title = "t"\nbaseURL = "https://example.org/"\n', 'content/posts/long.md': post });
    const environment = await createEnvironment(root, resolveSettings(ruleCatalogue, { preset: 'hugo', now: NOW }));
    const fixed = await fixText('content/posts/long.md', post, environment);
    expect(fixed.output.split('\n').slice(2, 4)).toEqual(['categories: [Machine Learning]', 'tags: [Linear Discriminant Analysis]']);
    expect(fixed.output).toContain('src="https://i.imgur.com/x.png"');
    expect(fixed.problems.filter((problem) => problem.fix)).toEqual([]);
    const again = await fixText('content/posts/long.md', fixed.output, environment);
    expect(again.output).toBe(fixed.output);
  });
});
