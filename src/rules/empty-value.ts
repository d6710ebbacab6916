import { defineRule } from '../rule-api/rule.js';
import { hasUsableFrontmatter, isBlank, keyPosition } from '../rule-api/entries.js';

export default defineRule({
  id: 'empty-value',
  category: 'frontmatter',
  severity: 'warning',
  fixable: false,
  options: {},
  docs: {
    en: 'Frontmatter keys have a value: `tags:` with nothing after it is `null`, and an empty `title: ""` renders as an untitled post.',
    ko: '프론트매터 키에는 값이 있어야 합니다. 값이 없는 `tags:`는 `null`이 되고, 빈 `title: ""`은 제목 없는 글이 됩니다.',
  },
  messages: {
    empty: { en: 'Key `{key}` has no value: fill it in or remove the line.', ko: '`{key}` 키에 값이 없습니다. 값을 채우거나 줄을 지우세요.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    for (const entry of context.frontmatter!.entries) {
      // `tags: []` is an explicit "none" (Chirpy's template writes it); only null and blank strings are empty.
      if (Array.isArray(entry.value)) continue;
      if (isBlank(entry.value)) report({ messageId: 'empty', data: { key: entry.key }, position: keyPosition(entry) });
    }
  },
});
