import { defineRule } from './types.js';
import { postDate } from './dates.js';
import { valuePosition } from './util.js';

export default defineRule({
  id: 'date-future',
  category: 'frontmatter',
  severity: 'warning',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'A post dated in the future is not published (Jekyll without `future: true`, Hugo without `buildFuture`) until a build after that time.',
    ko: '미래 날짜의 글은 그 시각 이후 다시 빌드할 때까지 게시되지 않습니다(Jekyll `future: true`, Hugo `buildFuture`가 없을 때).',
  },
  messages: {
    future: {
      en: '`date: {value}` is in the future: the post will not appear until a build after that time. To publish it now, set `{setting}: true` in the site\'s config (or correct the date).',
      ko: '`date: {value}` 값은 미래 시각이라 그 이후 빌드 전까지 글이 보이지 않습니다. 바로 게시하려면 사이트 설정에 `{setting}: true`{을} 넣으세요(또는 날짜를 고치세요).',
    },
  },
  check(context, report) {
    if (!context.preset.futureSetting || context.site.future) return;
    const data = context.frontmatter?.data ?? {};
    if (data.draft === true || data.published === false) return;
    const found = postDate(context);
    if (!found || found.date.epochMs <= context.settings.now.getTime()) return;
    report({ messageId: 'future', data: { value: String(found.entry.value), setting: context.preset.futureSetting }, position: valuePosition(context, found.entry) });
  },
});
