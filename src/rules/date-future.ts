import { defineRule } from '../rule-api/rule.js';
import { frontmatterPosition, valuePosition } from '../rule-api/entries.js';
import { engineLabel, formatInZone } from '../engines/publication.js';
import { timeZoneOffsetMinutes } from '../post/dates.js';

// The engine's own answer (src/engines/publication.ts) decides: Jekyll skips a post dated after the
// build unless `future: true`, Hugo one whose publish date (`publishDate`, else `date`) is after it
// unless `buildFuture`, Hexo only with `future: false`. A date without an offset is read in the
// site's time zone, or in UTC when the site sets none (what a GitHub runner builds with): a Korean
// author's `date: 2026-11-30 09:00` is then 18:00 KST, hours after it was written.
//
// A post dated in the future on a site that a workflow rebuilds on a schedule is a scheduled post:
// it appears by itself after its date, and the preview card says when. Anywhere else it waits for
// the first push after that time, which the author rarely expects: that is reported.
// Drafts (`draft: true`, `published: false`, `_drafts/`) are held back on purpose: never reported.
export default defineRule({
  id: 'date-future',
  category: 'frontmatter',
  severity: 'warning',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'A post dated in the future is not published (Jekyll without `future: true`, Hugo without `buildFuture`, Hexo with `future: false`) until a build after that time; a date without an offset is read in the site\'s time zone, else in UTC. Not reported when a workflow rebuilds the site on a schedule.',
    ko: '미래 날짜의 글은 그 시각 이후 다시 빌드할 때까지 게시되지 않습니다(Jekyll `future: true`, Hugo `buildFuture`가 없을 때, Hexo `future: false`일 때). 시간대 없는 날짜는 사이트 시간대로, 그것도 없으면 UTC로 읽습니다. 워크플로가 예약 빌드로 사이트를 다시 빌드하면 보고하지 않습니다.',
  },
  messages: {
    future: {
      en: '`{key}: {value}` means {when}, after this run: {engine} will not publish the post until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, correct the date or set `{setting}: true` in the site\'s config.',
      ko: '`{key}: {value}`{은} {when}{으로} 이번 실행보다 뒤입니다. {engine}{은} 그 이후 빌드 전까지 글을 게시하지 않고, 사이트를 예약 빌드하는 워크플로도 없습니다. 병합할 때 게시하려면 날짜를 고치거나 사이트 설정에 `{setting}: true`{을} 넣으세요.',
    },
    futureFileName: {
      en: 'The file name dates this post {value}, which {engine} reads as {when}, after this run: the post will not be published until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, rename the file with today\'s date (or add a `date:`), or set `{setting}: true` in the site\'s config.',
      ko: '파일 이름의 날짜 {value}{을} {engine}{은} {when}{으로} 읽습니다. 이번 실행보다 뒤라서 그 이후 빌드 전까지 글이 게시되지 않고, 사이트를 예약 빌드하는 워크플로도 없습니다. 병합할 때 게시하려면 파일 이름을 오늘 날짜로 바꾸거나(또는 `date:`를 넣거나) 사이트 설정에 `{setting}: true`{을} 넣으세요.',
    },
    futureNoZone: {
      en: '`{key}: {value}` has no offset and the site sets no time zone, so {engine} reads it as {when}, after this run: the post will not be published until a build after that time. If you meant your own time, add its offset (`{suggested}`) or set `{zoneSetting}` in the site\'s config.',
      ko: '`{key}: {value}`에는 시간대가 없고 사이트에도 시간대 설정이 없어 {engine}{은} 이를 {when}{으로} 읽습니다. 이번 실행보다 뒤라서 그 이후 빌드 전까지 글이 게시되지 않습니다. 내 시간대로 쓴 것이라면 시간대를 붙이거나(`{suggested}`) 사이트 설정에 `{zoneSetting}`{을} 지정하세요.',
    },
    futureYamlUtc: {
      en: '`{key}: {value}` has no offset and is not quoted: YAML makes it a timestamp, which {engine} reads as UTC, {when}, after this run: the post will not be published until a build after that time. Add the offset: `{suggested}`.',
      ko: '`{key}: {value}`에는 시간대도 따옴표도 없어 YAML 타임스탬프가 되고, {engine}{은} 이를 UTC로 읽어 {when}{이} 됩니다. 이번 실행보다 뒤라서 그 이후 빌드 전까지 글이 게시되지 않습니다. 시간대를 붙이세요: `{suggested}`.',
    },
  },
  check(context, report) {
    const answer = context.engine.publication(context, context.settings.now);
    if (answer?.state !== 'future' || context.engine.scheduledBuild) return;
    // `draft: true` says the author holds the post back: hidden is what they asked for, even where
    // the engine does not read the key (Jekyll, Hexo; draft-ignored covers a draft it publishes).
    if (context.frontmatter?.data.draft === true) return;
    const { date, setting, zoneSetting } = answer;
    const engine = engineLabel(context.engine.name);
    const when = formatInZone(date.epochMs, date.zone);
    const position = date.entry ? valuePosition(context, date.entry) : frontmatterPosition();
    if (date.fromFileName) {
      report({ messageId: 'futureFileName', data: { value: date.value, when, engine, setting }, position });
      return;
    }
    // A time no more than 14 hours ahead (the largest offset in use) might be the author's own
    // clock read in the wrong zone: say which zone read it, and how to name the right one.
    if (date.naive && date.hasTime && date.epochMs - context.settings.now.getTime() <= MAX_OFFSET_MS) {
      if (date.yamlTimestamp) {
        const siteOffset = context.site.timeZone ? timeZoneOffsetMinutes(context.site.timeZone, new Date(date.epochMs)) : undefined;
        const suggested = `${date.value} ${formatOffset(siteOffset ?? (context.settings.lang === 'ko' ? 540 : 0))}`;
        report({ messageId: 'futureYamlUtc', data: { key: date.key, value: date.value, when, engine, suggested }, position });
        return;
      }
      if (!date.zone.fromSite) {
        const offset = context.settings.lang === 'ko' ? '+09:00' : '+HH:MM';
        const suggested = `${date.value}${date.value.includes('T') ? '' : ' '}${offset}`;
        report({ messageId: 'futureNoZone', data: { key: date.key, value: date.value, when, engine, suggested, zoneSetting }, position });
        return;
      }
    }
    report({ messageId: 'future', data: { key: date.key, value: date.value, when, engine, setting }, position });
  },
});

const MAX_OFFSET_MS = 14 * 3_600_000;

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
