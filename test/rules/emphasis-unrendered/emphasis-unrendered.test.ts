// emphasis-unrendered's reading of the CommonMark and kramdown flanking rules, and the masking that
// keeps offsets. What the rule reports on each renderer, and what --fix writes, are the fixtures beside
// this file.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/post/markdown.js';
import { commonmarkCan, findLiteralEmphasis } from '../../../src/rules/emphasis-unrendered.js';
import { maskTemplates } from '../../../src/engines/templates.js';

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

describe('masking keeps every offset', () => {
  it('a bare `$$` line is blanked, not widened into a fence', () => {
    const text = 'a\n\n$$\nx_1 * y\n$$\n\n*b*\n';
    const masked = maskTemplates(text, 0, { templates: [], kramdownAttributes: true, math: 'double-dollars' });
    expect(masked.text.length).toBe(text.length);
    expect(masked.text.indexOf('*b*')).toBe(text.indexOf('*b*'));
  });
});
