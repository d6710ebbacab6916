import { defineRule } from './types.js';
import { findEntry, hasUsableFrontmatter, keyPosition, renameKeyEdit } from './util.js';

const PLURAL: Record<string, string> = { tag: 'tags', category: 'categories', Tag: 'tags', Category: 'categories' };

export default defineRule({
  id: 'taxonomy-key',
  category: 'tags',
  severity: 'warning',
  fixable: true,
  docs: {
    en: 'Tags and categories use the plural keys `tags:` and `categories:`; Chirpy, Hugo and most themes ignore `tag:` and `category:`.',
    ko: '태그와 카테고리는 복수형 키 `tags:`, `categories:`로 씁니다. Chirpy, Hugo 등 대부분의 테마는 `tag:`, `category:`를 무시합니다.',
  },
  messages: {
    singular: { en: 'Use `{expected}:` instead of `{key}:`; most themes read only `{expected}`.', ko: '`{key}:` 대신 `{expected}:`를 쓰세요. 대부분의 테마는 `{expected}`만 읽습니다.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    for (const [key, expected] of Object.entries(PLURAL)) {
      const entry = findEntry(context, key);
      if (entry && !findEntry(context, expected)) report({ messageId: 'singular', data: { key, expected }, position: keyPosition(entry), fix: { edits: [renameKeyEdit(context, entry, expected)] } });
    }
  },
});
