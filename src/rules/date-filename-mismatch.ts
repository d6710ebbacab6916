import { defineRule } from '../rule-api/rule.js';
import { calendarDay, filenameDate } from '../post/dates.js';
import { postDate } from '../rule-api/post-dates.js';
import { valuePosition } from '../rule-api/entries.js';

export default defineRule({
  id: 'date-filename-mismatch',
  category: 'frontmatter',
  severity: 'warning',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'In `YYYY-MM-DD-slug.md` the file-name date and the `date:` key agree; when they differ the frontmatter wins and the URL changes.',
    ko: '`YYYY-MM-DD-slug.md` 파일 이름의 날짜와 `date:` 키가 같아야 합니다. 다르면 프론트매터가 우선이라 URL이 바뀝니다.',
  },
  messages: {
    mismatch: {
      en: 'File name says {fileDate} but `date:` says {date}, and the post is published under {date}: make them agree (rename the file or correct `date:`).',
      ko: '파일 이름은 {fileDate}인데 `date:`는 {date}입니다. 글은 {date} 날짜로 게시됩니다. 파일 이름이나 `date:` 값을 고쳐 둘을 맞추세요.',
    },
  },
  check(context, report) {
    const fileDate = filenameDate(context.fileName);
    const found = postDate(context);
    if (!fileDate || !found) return;
    const date = calendarDay(found.date);
    if (date !== fileDate) report({ messageId: 'mismatch', data: { fileDate, date }, position: valuePosition(context, found.entry) });
  },
});
