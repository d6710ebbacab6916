// Every message and rule doc exists in English and Korean, with the same placeholders, so a
// Korean run never shows a raw `{key}` or silently drops a value.
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';
import { reportText, format } from '../src/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
const hangul = /[\uac00-\ud7a3]/;

describe('messages in English and Korean', () => {
  for (const rule of allRules) {
    it(`${rule.id}: docs and messages in both languages`, () => {
      expect(rule.docs.en.trim()).not.toBe('');
      expect(rule.docs.ko).toMatch(hangul);
      for (const [id, text] of Object.entries(rule.messages)) {
        expect(text.en.trim(), `${rule.id}.${id} en`).not.toBe('');
        expect(text.ko, `${rule.id}.${id} ko`).toMatch(hangul);
        // The same values in both languages; a value may come worded for one language only:
        // `{typeKo}` (Korean words for an English `{type}`) or `{actualSpaces}` (an English plural).
        const own = (names: string[]) => [...new Set(names.map((name) => name.replace(/(?:Ko|Spaces)$/, '')))].sort();
        expect(own(placeholders(text.ko)), `${rule.id}.${id}`).toEqual(own(placeholders(text.en)));
      }
    });
  }

  it('engine texts have the same placeholders in both languages', () => {
    for (const [id, text] of Object.entries(reportText)) {
      expect(placeholders(text.ko), id).toEqual(placeholders(text.en));
    }
  });

  it('format fills placeholders and leaves unknown ones visible', () => {
    expect(format({ en: 'Key `{key}` is {what}.', ko: '' }, 'en', { key: 'Date' })).toBe('Key `Date` is {what}.');
  });
});
