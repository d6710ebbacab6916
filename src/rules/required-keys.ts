import { defineRule } from '../rule-api/rule.js';
import { defaultKeysFor } from '../engines/site-config.js';
import { filenameDate } from '../post/dates.js';
import { hasUsableFrontmatter, isBlank } from '../rule-api/entries.js';

export default defineRule({
  id: 'required-keys',
  category: 'frontmatter',
  severity: 'error',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'Every post sets the required keys (default `title` and `date`). Values from `_config.yml` `defaults:` count, and so does a Jekyll file-name date.',
    ko: '모든 글에 필수 키(기본 `title`, `date`)가 있어야 합니다. `_config.yml`의 `defaults:` 값과 Jekyll 파일 이름의 날짜도 인정합니다.',
  },
  messages: {
    missing: { en: 'The frontmatter has no `{key}:`, which is required: add a `{key}:` line.', ko: '필수 키 `{key}`{이} 프론트매터에 없습니다. `{key}:` 줄을 추가하세요.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    // A site with a content schema says itself what is required (frontmatter-schema).
    if (context.engine.schemaFor(context.file)) return;
    const frontmatter = context.frontmatter!;
    const fromDefaults = defaultKeysFor(context.site, context.file);
    for (const key of context.settings.requiredKeys) {
      if (key in frontmatter.data || fromDefaults.has(key)) continue;
      if (key === 'date' && context.preset.dateFromFileName && filenameDate(context.fileName)) continue;
      // A capitalized `Title:` is reported by key-case; saying "missing" too would be noise.
      if (Object.keys(frontmatter.data).some((present) => present.toLowerCase() === key.toLowerCase() && !isBlank(frontmatter.data[present]))) continue;
      report({ messageId: 'missing', data: { key }, position: { line: 1, column: 1, endColumn: 4 } });
    }
  },
});
