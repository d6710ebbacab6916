import { defineRule } from '../rule-api/rule.js';
import { hasUsableFrontmatter, keyPosition, valuePosition, findEntry } from '../rule-api/entries.js';
import { isQuotedValue } from '../post/frontmatter.js';
import { validateAgainstSchema } from '../engines/astro-site.js';

// Astro validates every entry of a content collection against the collection's zod schema, and
// the build stops at the first entry that does not fit. The schema is read from the site's own
// `src/content/config.ts` (as text, never run), so the verdict is the site's, not a convention.
export default defineRule({
  id: 'frontmatter-schema',
  category: 'frontmatter',
  severity: 'error',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'Front matter fits the site\'s content schema (Astro `src/content/config.ts`): every required key is there, dates, enums and lists hold what the schema accepts (`z.coerce.date()` takes `2025.12.20`, `z.date()` does not). A post that does not fit stops `astro build`.',
    ko: '프론트매터가 사이트의 콘텐츠 스키마(Astro `src/content/config.ts`)에 맞아야 합니다. 필수 키가 모두 있고, 날짜·열거형·목록 값이 스키마가 받는 형태여야 합니다(`z.coerce.date()`는 `2025.12.20`을 받지만 `z.date()`는 받지 않습니다). 맞지 않는 글은 `astro build`를 멈춥니다.',
  },
  messages: {
    missing: { en: '`{key}` is required by the schema of the `{collection}` collection: add `{key}:` to the frontmatter, or `astro build` fails.', ko: '`{collection}` 컬렉션 스키마는 `{key}` 키를 요구합니다. 프론트매터에 `{key}:`{을} 추가하세요. 없으면 `astro build`가 실패합니다.' },
    type: { en: '`{key}` holds a `{got}`, but the schema of the `{collection}` collection wants `{expected}`: change the value, or `astro build` fails.', ko: '`{key}` 값의 형식은 `{got}`{이}지만 `{collection}` 컬렉션 스키마는 `{expected}`{을} 요구합니다. 값을 고치세요. 그대로 두면 `astro build`가 실패합니다.' },
    enum: { en: '`{key}: {got}` is not one of {expected} (the `{collection}` schema): use one of them, or `astro build` fails.', ko: '`{key}: {got}` 값은 `{collection}` 스키마의 {expected} 중 하나가 아닙니다. 그중 하나를 쓰세요. 그대로 두면 `astro build`가 실패합니다.' },
    unknownKey: { en: '`{key}` is not in the `{collection}` schema, which is strict: remove the key or add it to the schema, or `astro build` fails.', ko: '`{key}` 키는 엄격한(strict) `{collection}` 스키마에 없습니다. 키를 지우거나 스키마에 추가하세요. 그대로 두면 `astro build`가 실패합니다.' },
  },
  check(context, report) {
    const schema = context.engine.schemaFor(context.file);
    if (!schema || !hasUsableFrontmatter(context)) return;
    const frontmatter = context.frontmatter!;
    const quotedKeys = frontmatter.entries.filter((entry) => isQuotedValue(entry)).map((entry) => entry.key);
    const problems = validateAgainstSchema(frontmatter.data, schema.schema, { quotedKeys, format: frontmatter.format === 'toml' ? 'toml' : 'yaml', legacyContent: schema.legacyContent });
    for (const problem of problems) {
      const entry = findEntry(context, problem.key.replace(/\[\d+\]$/, ''));
      const position = entry ? (problem.kind === 'unknown-key' ? keyPosition(entry) : valuePosition(context, entry)) : { line: 1, column: 1, endColumn: 4 };
      const messageId = problem.kind === 'unknown-key' ? 'unknownKey' : problem.kind;
      report({ messageId, data: { key: problem.key, collection: schema.collection, expected: problem.expected, got: problem.got }, position });
    }
  },
});
