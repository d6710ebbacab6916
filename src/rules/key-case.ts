import { defineRule } from '../rule-api/rule.js';
import { hasUsableFrontmatter, keyPosition, renameKeyEdit } from '../rule-api/entries.js';

// Notion and Obsidian exports write `Title:`, `Date:`, `Tags:`; Jekyll, Hexo and Astro read keys
// case-sensitively and silently ignore them. Hugo reads keys in any case: nothing to report there.
export default defineRule({
  id: 'key-case',
  category: 'frontmatter',
  severity: 'error',
  fixable: true,
  options: {},
  docs: {
    en: 'Frontmatter keys are spelled in the engine\'s case: Jekyll, Hexo and Astro ignore `Date:` or `Tags:` (Notion/Obsidian exports), and the post loses its date or tags. Off on Hugo, which reads keys in any case.',
    ko: '프론트매터 키는 엔진이 읽는 대소문자 그대로 씁니다. Jekyll, Hexo, Astro는 Notion/Obsidian에서 내보낸 `Date:`, `Tags:`를 무시해 날짜나 태그가 사라집니다. 대소문자를 가리지 않는 Hugo에서는 꺼져 있습니다.',
  },
  messages: {
    wrongCase: { en: 'Key `{key}` is ignored by the blog engine; write it as `{expected}`.', ko: '`{key}` 키는 블로그 엔진이 무시합니다. `{expected}`{으로} 쓰세요.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context) || !context.engine.keysCaseSensitive) return;
    const schema = context.engine.schemaFor(context.file);
    const known = new Map((schema ? Object.keys(schema.schema.fields) : context.preset.knownKeys).map((key) => [key.toLowerCase(), key]));
    const present = new Set(context.frontmatter!.entries.map((entry) => entry.key));
    for (const entry of context.frontmatter!.entries) {
      const expected = known.get(entry.key.toLowerCase());
      if (!expected || expected === entry.key) continue;
      // `Date:` next to a real `date:` is a separate key, not a typo of it.
      if (present.has(expected)) continue;
      report({ messageId: 'wrongCase', data: { key: entry.key, expected }, position: keyPosition(entry), fix: { edits: [renameKeyEdit(context, entry, expected)] } });
    }
  },
});
