import { defineRule } from '../rule-api/rule.js';
import { findEntry, isBlank, valuePosition } from '../rule-api/entries.js';
import { calendarDay, isNaiveYamlTimestamp, parsePostDate, timeZoneOffsetMinutes } from '../post/dates.js';
import { isQuotedValue } from '../post/frontmatter.js';

// What Jekyll does with a post's time (checked with the real Jekyll, test/oracle): it shows the
// date and builds the URL in the site's `timezone:`, or in the build machine's zone (UTC on a
// GitHub runner) when there is none. A date with an offset is converted to that zone; an unquoted
// date without one is a YAML timestamp, which Psych reads as UTC; a quoted one is parsed in the
// site's zone. The post moves to another day only when that conversion crosses midnight, so that
// is the only thing reported: a naive date on a site without `timezone:` is read and shown as written.
export default defineRule({
  id: 'date-timezone',
  category: 'frontmatter',
  severity: 'warning',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'A post\'s `date` lands on the day the author wrote: Jekyll shows it (and builds the URL) in the site\'s `timezone:` or, without one, in UTC, so `08:30 +0900` on a site with no `timezone:` is published the day before, and an unquoted `23:30:00` with no offset on a `timezone: Asia/Seoul` site the day after.',
    ko: '글의 `date`는 글쓴이가 적은 날짜에 게시되어야 합니다. Jekyll은 날짜를 사이트의 `timezone:`(없으면 UTC)으로 보여 주고 URL도 그렇게 만듭니다. 그래서 `timezone:`이 없는 사이트에서 `08:30 +0900`은 전날로, `timezone: Asia/Seoul` 사이트에서 따옴표 없이 시간대 없이 쓴 `23:30:00`은 다음 날로 게시됩니다.',
  },
  messages: {
    offsetMoves: {
      en: '`date: {value}` is {shown} in {zone}, the zone Jekyll builds in{why}: the post is dated {shownDay}, not {writtenDay}. Set `timezone:` in `_config.yml` to your zone (e.g. `Asia/Seoul`).',
      ko: '`date: {value}`{은} Jekyll이 빌드하는 시간대({zone}{why})로 {shown}입니다. 글 날짜가 {writtenDay}{이} 아니라 {shownDay}{이} 됩니다. `_config.yml`에 `timezone:`(예: `Asia/Seoul`)을 지정하세요.',
    },
    naiveMoves: {
      en: '`date: {value}` has no offset, so Jekyll reads it as UTC and shows it in {zone} as {shown}: the post is dated {shownDay}, not {writtenDay}. Add the offset: `{suggested}`.',
      ko: '`date: {value}`에는 시간대가 없어 Jekyll이 UTC로 읽고 {zone} 기준 {shown}{으로} 보여 줍니다. 글 날짜가 {writtenDay}{이} 아니라 {shownDay}{이} 됩니다. 시간대를 붙이세요: `{suggested}`.',
    },
  },
  check(context, report) {
    if (!context.engine.datesInSiteZone || !context.frontmatter || context.frontmatter.errors.length > 0) return;
    const entry = findEntry(context, 'date');
    if (!entry || isBlank(entry.value)) return;
    const parsed = parsePostDate(entry.value);
    if (!parsed.ok || !parsed.date.hasTime) return;
    const date = parsed.date;
    const zone = context.site.timeZone ?? 'UTC';
    const zoneAt = (epochMs: number) => timeZoneOffsetMinutes(zone, new Date(epochMs));
    const writtenDay = calendarDay(date);
    if (date.offsetMinutes !== undefined) {
      const offset = zoneAt(date.epochMs);
      if (offset === undefined || offset === date.offsetMinutes) return;
      const shown = wallClock(date.epochMs, offset);
      if (shown.slice(0, 10) === writtenDay) return;
      const why = context.site.timeZone ? '' : context.settings.lang === 'ko' ? ', `timezone:`이 없어 빌드 서버 기준' : ' without `timezone:`';
      report({ messageId: 'offsetMoves', data: { value: String(entry.value), shown, zone, why, shownDay: shown.slice(0, 10), writtenDay }, position: valuePosition(context, entry) });
      return;
    }
    // A quoted value, or one without seconds, is a string, which Jekyll parses in the site's zone.
    if (context.frontmatter.format !== 'yaml' || !isNaiveYamlTimestamp(entry.value, isQuotedValue(entry))) return;
    // Read as UTC, the date is after this run: date-future reports it (same cause, same fix), once.
    const publication = context.engine.publication(context, context.settings.now);
    if (publication?.state === 'future' && publication.date.entry === entry && !context.engine.scheduledBuild) return;
    const offset = zoneAt(date.epochMs);
    if (!offset) return;
    const shown = wallClock(date.epochMs, offset);
    if (shown.slice(0, 10) === writtenDay) return;
    const suggested = `${String(entry.value).trim()} ${formatOffset(zoneAt(date.epochMs - offset * 60_000) ?? offset)}`;
    report({ messageId: 'naiveMoves', data: { value: String(entry.value), shown, zone, shownDay: shown.slice(0, 10), writtenDay, suggested }, position: valuePosition(context, entry) });
  },
});

function wallClock(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
