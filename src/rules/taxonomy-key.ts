import { defineRule } from '../rule-api/rule.js';
import { findEntry, hasUsableFrontmatter, keyPosition, renameKeyEdit } from '../rule-api/entries.js';

const PLURAL: Record<string, string> = { tag: 'tags', category: 'categories', Tag: 'tags', Category: 'categories' };

export default defineRule({
  id: 'taxonomy-key',
  category: 'tags',
  severity: 'warning',
  fixable: true,
  options: {},
  docs: {
    en: 'Tags and categories use the keys the engine reads: Hugo files only `tags:` and `categories:` (its taxonomies) and drops `tag:`/`category:`. Off on Jekyll and Hexo, which read the singular keys too.',
    ko: '태그와 카테고리는 엔진이 읽는 키로 씁니다. Hugo는 `tags:`, `categories:`(택소노미)만 읽고 `tag:`/`category:`는 버립니다. 단수형 키도 읽는 Jekyll과 Hexo에서는 꺼져 있습니다.',
  },
  messages: {
    singular: { en: 'Use `{expected}:` instead of `{key}:`; the engine reads only `{expected}`, so this value is dropped.', ko: '`{key}:` 대신 `{expected}:`{을} 쓰세요. 엔진은 `{expected}`만 읽어서 이 값은 버려집니다.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    const schema = context.engine.schemaFor(context.file);
    for (const [key, expected] of Object.entries(PLURAL)) {
      // A key the site's content schema declares is the right one there, whatever its number.
      if (schema && (key in schema.schema.fields || !(expected in schema.schema.fields))) continue;
      const entry = findEntry(context, key);
      if (entry && !findEntry(context, expected)) report({ messageId: 'singular', data: { key, expected }, position: keyPosition(entry), fix: { edits: [renameKeyEdit(context, entry, expected)] } });
    }
  },
});
