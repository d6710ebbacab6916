import { defineRule } from '../rule-api/rule.js';
import { hasUsableFrontmatter, valuePosition } from '../rule-api/entries.js';
import { listValueFix, NORMALIZED_KEYS, normalizeTerms, termOptions } from './tags-normalize.js';
import { termsFromString } from '../post/tags.js';

// Not `keywords`: themes print it into `<meta name="keywords">`, where a comma string is the form.
const TAXONOMY_KEY_FORMS = ['tags', 'categories', 'tag', 'category'];

export default defineRule({
  id: 'taxonomy-type',
  category: 'tags',
  severity: 'error',
  fixable: true,
  options: {},
  docs: {
    en: 'Tags and categories are a list of words (`tags: [a, b]`). A comma string is one tag per word in Jekyll (commas kept), one single tag in Hugo; maps, nested lists and empty items are not tags.',
    ko: '태그와 카테고리는 단어 목록(`tags: [a, b]`)입니다. 쉼표 문자열은 Jekyll에서 공백 기준으로(쉼표 포함) 나뉘고 Hugo에서는 태그 하나가 됩니다. 맵, 중첩 목록, 빈 항목은 태그가 아닙니다.',
  },
  messages: {
    commaString: {
      en: '`{key}: {value}` is a string with commas: {engine} reads it as {reading}; write a list `[{list}]`.',
      ko: '`{key}: {value}` 값은 쉼표가 든 문자열이라 {engine}에서 {reading}{으로} 읽힙니다. 목록 `[{list}]`{으로} 쓰세요.',
    },
    wrongType: { en: '`{key}` must be a list of words, not {type}: write it as `{key}: [word, word]`.', ko: '`{key}` 값은 단어 목록이어야 하는데 {typeKo}입니다. `{key}: [단어, 단어]`처럼 쓰세요.' },
    badItem: { en: '`{key}` item {index} is {type}, but every item must be a word: replace it with a word or remove it.', ko: '`{key}`의 {index}번째 항목이 {typeKo}입니다. 모든 항목은 단어여야 하니 단어로 바꾸거나 지우세요.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    for (const entry of context.frontmatter!.entries) {
      if (!TAXONOMY_KEY_FORMS.includes(entry.key)) continue;
      const value = entry.value;
      const position = valuePosition(context, entry);
      if (value === null || value === undefined) continue; // empty-value reports it
      if (typeof value === 'string') {
        if (!value.includes(',')) continue;
        const list = termsFromString(value, false);
        // Jekyll splits a plural key's string on spaces; a singular key's string is one term (checked).
        const splits = context.preset.taxonomyString === 'split-on-spaces' && (entry.key === 'tags' || entry.key === 'categories');
        const reading = splits ? value.split(/\s+/).filter(Boolean).map((part) => `"${part}"`).join(' ') : context.settings.lang === 'ko' ? `하나의 항목 "${value}"` : `one term "${value}"`;
        const plural = entry.key === 'tag' ? 'tags' : entry.key === 'category' ? 'categories' : entry.key;
        // The message names the list the fix writes (normalized: Chirpy's lowercase tags, aliases).
        const terms = normalizeTerms(list, termOptions(context, plural));
        const fix = listValueFix(context, entry, terms);
        report({ messageId: 'commaString', data: { key: entry.key, value, engine: engineLabel(context.engine.name), reading, list: terms.join(', ') }, position, ...(fix ? { fix } : {}) });
      } else if (Array.isArray(value)) {
        // An empty string in a list of words is tags-normalize's (it removes it, with a fix): one report per item.
        const normalizeRemoves = NORMALIZED_KEYS.includes(entry.key) && isOn(context.settings.severities['tags-normalize']) && value.every((item) => typeof item === 'string' || typeof item === 'number');
        value.forEach((item, index) => {
          if (typeof item === 'string' ? item.trim() !== '' || normalizeRemoves : typeof item === 'number') return;
          report({ messageId: 'badItem', data: { key: entry.key, index: index + 1, type: describe(item), typeKo: describeKo(item) }, position });
        });
      } else if (typeof value !== 'number') {
        report({ messageId: 'wrongType', data: { key: entry.key, type: describe(value), typeKo: describeKo(value) }, position });
      }
    }
  },
});

function isOn(severity: string | undefined): boolean {
  return severity !== undefined && severity !== 'off';
}

function engineLabel(name: string): string {
  return name === 'markdown' ? 'the site' : name[0]!.toUpperCase() + name.slice(1);
}

function describeKo(value: unknown): string {
  if (value === null || value === undefined) return '빈 값';
  if (Array.isArray(value)) return '목록';
  if (typeof value === 'object') return '맵';
  if (typeof value === 'string') return '빈 문자열';
  if (typeof value === 'boolean') return '참/거짓 값';
  return '값';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return 'an empty string';
  return `a ${typeof value}`;
}
