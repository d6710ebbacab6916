import { defineRule } from './types.js';
import { postDate } from './dates.js';
import { valuePosition } from './util.js';

export default defineRule({
  id: 'date-timezone',
  category: 'frontmatter',
  severity: 'warning',
  fixable: false,
  docs: {
    en: 'A `date` with a time also has an offset (`+0900`), unless the site sets `timezone:`; otherwise it is read as the build machine\'s zone (UTC on GitHub) and the post can move to another day.',
    ko: '시각이 있는 `date`에는 시간대(`+0900`)도 적습니다(사이트에 `timezone:`이 없다면). 없으면 빌드 서버 시간대(GitHub에서는 UTC)로 읽혀 글 날짜가 바뀔 수 있습니다.',
  },
  messages: {
    missing: {
      en: '`date: {value}` has a time but no time zone; add one (e.g. `+0900`) or set `timezone:` in the site config.',
      ko: '`date: {value}`에 시각은 있지만 시간대가 없습니다. `+0900` 같은 시간대를 붙이거나 사이트 설정에 `timezone:`을 지정하세요.',
    },
  },
  check(context, report) {
    if (!context.preset.wantsTimeZone || context.site.timeZone) return;
    const found = postDate(context);
    if (!found || !found.date.hasTime || found.date.offsetMinutes !== undefined) return;
    report({ messageId: 'missing', data: { value: String(found.entry.value) }, position: valuePosition(context, found.entry) });
  },
});
