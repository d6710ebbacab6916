// emphasis-unrendered: what the post's own renderer leaves as literal asterisks, with the fix that
// renderer turns into emphasis. The blog is on disk; the CLI runs in-process with `--format json`.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { lintJson, makeBlog, runCli } from '../../helpers.js';
import { parseMarkdown } from '../../../src/engine/markdown.js';
import { commonmarkCan, findLiteralEmphasis } from '../../../src/rules/emphasis-unrendered.js';
import { maskTemplates } from '../../../src/engines/templates.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const HUGO = { 'hugo.toml': 'title = "t"\n' };
const HUGO_UNSAFE = { 'hugo.toml': 'title = "t"\n[markup.goldmark.renderer]\nunsafe = true\n' };
const JEKYLL = { '_config.yml': 'title: t\n' };

async function findings(site: Record<string, string>, file: string, body: string, args: string[] = []) {
  const root = await makeBlog({ ...site, [file]: `---\ntitle: T\ndate: 2025-01-01\n---\n\n${body}\n` });
  roots.push(root);
  const { report } = await lintJson(['--fail-on', 'never', ...args], root);
  return { root, problems: report.problems.filter((problem) => problem.ruleId === 'emphasis-unrendered') };
}

describe('the CommonMark flanking rules', () => {
  it('a `**` after punctuation and before a letter can open but not close', () => {
    expect(commonmarkCan('*', ')', '이')).toEqual({ open: true, close: false });
    expect(commonmarkCan('*', '약', '이')).toEqual({ open: true, close: true });
    expect(commonmarkCan('*', ')', ' ')).toEqual({ open: false, close: true });
    expect(commonmarkCan('_', '조', '는')).toEqual({ open: false, close: false });
  });

  it('finds the pairs remark leaves literal, and not code, math, paths, snake_case or arithmetic', () => {
    const text = [
      '**장기 계약(Contract)**이다 and **“무엇”**를 and *{이름}*은.',
      '',
      '`**a(b)**c` and my_var_name_here and 2 * 3 * 4 and src/**/*.ts and **ok**이다.',
      '',
      '- * not a list marker pair',
      '',
      'https://example.com/a_(b)_c',
    ].join('\n');
    const pairs = findLiteralEmphasis(parseMarkdown(text), text, 'commonmark').map((pair) => text.slice(pair.open.start, pair.close.end));
    expect(pairs).toEqual(['**장기 계약(Contract)**', '**“무엇”**', '*{이름}*']);
  });

  it('kramdown renders the punctuation cases; a space inside or `__` before a letter stays literal', () => {
    const text = '**장기 계약(Contract)**이다, ** 공백** 그리고 __강조__는.\n';
    const pairs = findLiteralEmphasis(parseMarkdown(text), text, 'kramdown').map((pair) => text.slice(pair.open.start, pair.close.end));
    expect(pairs).toEqual(['** 공백**', '__강조__']);
  });

  it('a linguist\'s `*` marks and `(__記事)` placeholders are no emphasis', () => {
    const text = '*아름, *따뜻 그리고 머리기사(__記事), 머릿기사(__記事).\n';
    expect(findLiteralEmphasis(parseMarkdown(text), text, 'kramdown')).toEqual([]);
    expect(findLiteralEmphasis(parseMarkdown(text), text, 'commonmark')).toEqual([]);
  });
});

describe('emphasis-unrendered on each renderer', () => {
  it('Hugo (goldmark, raw HTML dropped by default): reported, with the words kept and no automatic fix', async () => {
    const { problems } = await findings(HUGO, 'content/posts/a.md', '**장기 계약(Contract)**이다.\n\n**“무엇”**를 본다.');
    expect(problems.map((problem) => [problem.line, problem.message, problem.fix])).toEqual([
      [6, '`**장기 계약(Contract)**이` is published with its `**` showing: goldmark does not end emphasis between punctuation and a letter, and this site drops raw HTML. Write `**장기 계약(Contract**)이` (the punctuation outside the emphasis), or put a space after the closing `**`.', undefined],
      [8, '`**“무엇”**를` is published with its `**` showing: goldmark does not end emphasis between punctuation and a letter, and this site drops raw HTML. Write `“**무엇**”를` (the punctuation outside the emphasis), or put a space after the closing `**`.', undefined],
    ]);
  });

  it('Hugo with `unsafe = true`: the fix writes <strong>, and --fix leaves nothing to report', async () => {
    const { root, problems } = await findings(HUGO_UNSAFE, 'content/posts/a.md', '**장기 계약(Contract)**이다.');
    expect(problems.map((problem) => problem.message)).toEqual(['`**장기 계약(Contract)**이` is published with its `**` showing: goldmark does not end emphasis between punctuation and a letter. Write `<strong>장기 계약(Contract)</strong>이`.']);
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, 'content/posts/a.md'), 'utf8')).toContain('\n<strong>장기 계약(Contract)</strong>이다.\n');
    const again = await lintJson(['--fail-on', 'never'], root);
    expect(again.report.problems.filter((problem) => problem.ruleId === 'emphasis-unrendered')).toEqual([]);
  });

  it('Jekyll (kramdown): the punctuation case is fine there; a space inside is reported and moved out', async () => {
    const { root, problems } = await findings(JEKYLL, '_posts/2025-01-01-a.md', '**장기 계약(Contract)**이다. 이것은 **강조 **입니다.');
    expect(problems.map((problem) => problem.message)).toEqual(['`**강조 **입` is published with its `**` showing: emphasis cannot start or end with a space. Write `**강조** 입`.']);
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, '_posts/2025-01-01-a.md'), 'utf8')).toContain('이것은 **강조** 입니다.');
  });

  it('`_` inside a word becomes `*` where that renders (no HTML needed)', async () => {
    const { problems } = await findings(HUGO, 'content/posts/a.md', '_conversion flag_와 함께.');
    expect(problems.map((problem) => [problem.message, problem.fix?.edits.map((edit) => edit.text)])).toEqual([
      ['`_conversion flag_와` is published with its `_` showing: goldmark does not start or end `_` emphasis inside a word. Write `*conversion flag*와`.', ['*', '*']],
    ]);
  });

  it('Korean messages', async () => {
    const { problems } = await findings(HUGO, 'content/posts/a.md', '**“무엇”**를 본다.', ['--lang', 'ko']);
    expect(problems[0]!.message).toBe('`**“무엇”**를`은 `**`가 그대로 보이게 발행됩니다. goldmark는 문장 부호와 글자 사이에서 강조를 끝내지 않고, 이 사이트는 HTML을 지웁니다. 문장 부호를 강조 밖으로 빼서 `“**무엇**”를`처럼 쓰거나, 닫는 `**` 뒤에 공백을 넣으세요.');
  });

  it('a renderer the linter does not know (Hexo without a renderer package) gets no finding', async () => {
    const { problems } = await findings({ '_config.yml': 'title: t\n', 'package.json': '{"dependencies":{"hexo":"7"}}' }, 'source/_posts/a.md', '**장기 계약(Contract)**이다.', ['--preset', 'hexo']);
    expect(problems).toEqual([]);
  });
});

describe('masking keeps every offset', () => {
  it('a bare `$$` line is blanked, not widened into a fence', () => {
    const text = 'a\n\n$$\nx_1 * y\n$$\n\n*b*\n';
    const masked = maskTemplates(text, 0, { templates: [], kramdownAttributes: true, math: 'double-dollars' });
    expect(masked.text.length).toBe(text.length);
    expect(masked.text.indexOf('*b*')).toBe(text.indexOf('*b*'));
  });
});
