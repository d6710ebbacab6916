// One date model for every frontmatter format. YAML (via `yaml`) and TOML (normalized) both hand
// us the date as the string it was written as; we parse it ourselves so that "no time zone",
// "date only" and "impossible date" stay distinguishable.

export interface PostDate {
  year: number;
  month: number;
  day: number;
  hasTime: boolean;
  /** Minutes east of UTC, or undefined when the value has no zone (`Z` counts as 0). */
  offsetMinutes?: number;
  /** The instant, reading a zone-less value in `fallbackOffsetMinutes` (UTC by default). */
  epochMs: number;
}

const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?$/;

export type DateParse = { ok: true; date: PostDate } | { ok: false; reason: 'format' | 'calendar' };

export function parsePostDate(value: unknown, fallbackOffsetMinutes = 0): DateParse {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'calendar' };
    return parsePostDate(value.toISOString(), fallbackOffsetMinutes);
  }
  if (typeof value !== 'string') return { ok: false, reason: 'format' };
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [year, month, day, hour = 0, minute = 0, second = 0] = [1, 2, 3, 4, 5, 6].map((i) =>
    match[i] === undefined ? undefined : Number(match[i]),
  ) as number[];
  const hasTime = match[4] !== undefined;
  if (!isCalendarDate(year!, month!, day!) || hour! > 23 || minute! > 59 || second! > 60) {
    return { ok: false, reason: 'calendar' };
  }
  const offsetMinutes = match[7] === undefined ? undefined : parseOffset(match[7]);
  if (offsetMinutes === null) return { ok: false, reason: 'calendar' };
  const offset = offsetMinutes ?? fallbackOffsetMinutes;
  const epochMs = Date.UTC(year!, month! - 1, day!, hour, minute, second) - offset * 60_000;
  const date: PostDate = { year: year!, month: month!, day: day!, hasTime, epochMs };
  if (offsetMinutes !== undefined) date.offsetMinutes = offsetMinutes;
  return { ok: true, date };
}

/** Minutes east of UTC, or null for an offset no clock uses (beyond ±18:00, minutes over 59). */
function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.length <= 2 ? digits : digits.slice(0, -2));
  const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
  if (hours > 18 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * A YAML 1.1 timestamp with seconds and no zone (`2025-03-03 23:30:00`), written unquoted: Ruby
 * Psych turns it into a time read as UTC (checked with the real Jekyll). Without seconds it is
 * no timestamp, and Jekyll parses the string in the site's zone.
 */
export function isNaiveYamlTimestamp(value: unknown, quoted: boolean): boolean {
  return !quoted && typeof value === 'string' && /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?$/.test(value.trim());
}

/** `YYYY-MM-DD` of the date as written (its own zone), for comparing with a file name. */
export function calendarDay(date: PostDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The `YYYY-MM-DD-` prefix of a Jekyll/Hexo post file name, when it has one. */
export function filenameDate(fileName: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})-/.exec(fileName);
  if (!match) return undefined;
  return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** Parses a `+09:00` / `Asia/Seoul` site time zone into an offset at the given instant. */
/** One formatter per zone: making one costs far more than using it (it was most of the URL index's time). */
const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

export function timeZoneOffsetMinutes(timeZone: string, at = new Date()): number | undefined {
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(timeZone.trim());
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  try {
    let formatter = OFFSET_FORMATS.get(timeZone);
    if (!formatter) {
      if (OFFSET_FORMATS.size > 100) OFFSET_FORMATS.clear();
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
      OFFSET_FORMATS.set(timeZone, formatter);
    }
    const parts = formatter.formatToParts(at);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!match) return 0;
    return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  } catch {
    return undefined;
  }
}

/**
 * A date read the way an engine reads it: a value with an offset keeps it; one without is a wall
 * time in `timeZone` (an IANA name or `+09:00`), or UTC when there is none. The zone's offset is
 * taken at that wall time, so a date in summer gets summer time.
 */
export function parseInZone(value: unknown, timeZone: string | undefined): DateParse {
  const first = parsePostDate(value);
  if (!first.ok || first.date.offsetMinutes !== undefined || timeZone === undefined) return first;
  let result: DateParse = first;
  for (let pass = 0; pass < 2 && result.ok; pass++) {
    const offset = timeZoneOffsetMinutes(timeZone, new Date(result.date.epochMs));
    if (offset === undefined) return first;
    result = parsePostDate(value, offset);
  }
  return result;
}
