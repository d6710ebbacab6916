import { defineRule } from '../rule-api/rule.js';
import { parsePostDate } from '../post/dates.js';
import { DATE_KEYS } from '../rule-api/post-dates.js';
import { hasUsableFrontmatter, isBlank, valuePosition } from '../rule-api/entries.js';

export default defineRule({
  id: 'date-invalid',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'Dates are real calendar dates written as `YYYY-MM-DD`, optionally with `HH:MM:SS` and an offset (`2025-03-03 21:00:00 +0900`).',
    ko: '날짜는 실제 존재하는 날짜를 `YYYY-MM-DD` 형식으로 쓰고, 필요하면 `HH:MM:SS`와 시간대(`2025-03-03 21:00:00 +0900`)를 붙입니다.',
  },
  messages: {
    format: { en: '`{key}: {value}` is not a date the blog engine can read; write `YYYY-MM-DD HH:MM:SS +0900`.', ko: '`{key}: {value}` 값은 블로그 엔진이 읽을 수 있는 날짜가 아닙니다. `YYYY-MM-DD HH:MM:SS +0900` 형식으로 쓰세요.' },
    calendar: { en: '`{key}: {value}` is not a real date (month 1-12, day within the month, time up to 23:59): correct it.', ko: '`{key}: {value}` 값은 존재하지 않는 날짜입니다(월 1-12, 그 달의 일수, 시각 23:59까지). 날짜를 바로잡으세요.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    const schema = context.engine.schemaFor(context.file)?.schema.fields;
    for (const entry of context.frontmatter!.entries) {
      if (!DATE_KEYS.includes(entry.key) || isBlank(entry.value)) continue;
      // The site's schema decides what a date is there (`z.coerce.date()` takes `2025.12.20`).
      if (schema && entry.key in schema) continue;
      const parsed = parsePostDate(entry.value);
      if (!parsed.ok && parsed.reason === 'format' && context.engine.lenientDates && validPrefix(entry.value)) continue;
      if (!parsed.ok) report({ messageId: parsed.reason, data: { key: entry.key, value: String(entry.value) }, position: valuePosition(context, entry) });
    }
  },
});

/** A real date (and time) at the start of the value, which `Time.parse` reads whatever follows. */
function validPrefix(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const prefix = /^\s*\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{2}(?::\d{2})?)?/.exec(value)?.[0];
  return prefix !== undefined && parsePostDate(prefix).ok;
}
