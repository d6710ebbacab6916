// frontmatter-key-typo's distance and candidates. What the rule reports on a blog, and what --fix
// writes, are the fixtures beside this file.
import { describe, expect, it } from 'vitest';
import { damerau, typoTargets } from '../../../src/rules/frontmatter-key-typo.js';

describe('frontmatter-key-typo', () => {
  it('distance and candidates', () => {
    expect(damerau('dtae', 'date')).toBe(1);
    expect(damerau('categoies', 'categories')).toBe(1);
    expect(damerau('tittel', 'title')).toBe(2);
    expect(typoTargets('tittle', ['title', 'tags'])).toEqual(['title']);
    // As close to two keys: both come back, and the rule (which wants exactly one) makes no guess.
    expect(typoTargets('imgae', ['image', 'imgar'])).toEqual(['image', 'imgar']);
  });
});
