import { defineRule } from '../rule-api/rule.js';
import { valuePosition, frontmatterPosition } from '../rule-api/entries.js';
import { engineLabel, formatInZone } from '../engines/publication.js';

// Hugo stops publishing a post once its `expiryDate` (or `unpublishdate`) has passed, unless
// `buildExpired` (checked with Hugo 0.111, test/oracle/publication.test.ts): the page is gone from
// the site, its lists and its feeds after the next build. The engine's answer
// (src/engines/publication.ts) decides; a date without an offset is read in `timeZone`, else UTC.
export default defineRule({
  id: 'post-expired',
  category: 'frontmatter',
  severity: 'warning',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'A post past its `expiryDate` (Hugo; `unpublishdate` too) is no longer published unless `buildExpired` is set: the next build removes it from the site.',
    ko: '`expiryDate`(Hugo, `unpublishdate`도)가 지난 글은 `buildExpired`가 없으면 더 이상 게시되지 않습니다. 다음 빌드에서 사이트에서 사라집니다.',
  },
  messages: {
    expired: {
      en: '`{key}: {value}` has passed ({when}): {engine} no longer publishes this post, and the next build removes it from the site. To keep it online, remove `{key}` or set a later date (or `{setting}: true` in the site\'s config).',
      ko: '`{key}: {value}`{은} 이미 지났습니다({when}). {engine}{은} 이 글을 더 이상 게시하지 않고, 다음 빌드에서 사이트에서 사라집니다. 계속 게시하려면 `{key}`{을} 지우거나 더 뒤의 날짜로 바꾸세요(또는 사이트 설정에 `{setting}: true`).',
    },
  },
  check(context, report) {
    const answer = context.engine.publication(context, context.settings.now);
    if (answer?.state !== 'expired') return;
    const { date, setting } = answer;
    const position = date.entry ? valuePosition(context, date.entry) : frontmatterPosition();
    report({ messageId: 'expired', data: { key: date.key, value: date.value, when: formatInZone(date.epochMs, date.zone), engine: engineLabel(context.engine.name), setting }, position });
  },
});
