import { describe, it, expect } from 'vitest';
import { parsePostDate, calendarDay, filenameDate, timeZoneOffsetMinutes, type PostDate } from '../src/post/dates.js';

function ok(value: unknown, fallbackOffsetMinutes?: number): PostDate {
  const result = parsePostDate(value, fallbackOffsetMinutes);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(value)} to parse, got ${result.reason}`);
  return result.date;
}

describe('parsePostDate: valid forms', () => {
  it('date only: 2025-03-03', () => {
    const date = ok('2025-03-03');
    expect(date).toMatchObject({ year: 2025, month: 3, day: 3, hasTime: false });
    expect(date.offsetMinutes).toBeUndefined();
    expect(date.epochMs).toBe(Date.UTC(2025, 2, 3));
  });

  it('Jekyll form with a compact offset: 2024-12-15 21:00:00 +0900', () => {
    const date = ok('2024-12-15 21:00:00 +0900');
    expect(date).toMatchObject({ year: 2024, month: 12, day: 15, hasTime: true, offsetMinutes: 540 });
    expect(date.epochMs).toBe(Date.UTC(2024, 11, 15, 12, 0, 0));
  });

  it('offset with a colon: 2025-12-15 21:45:00 +09:00', () => {
    const date = ok('2025-12-15 21:45:00 +09:00');
    expect(date).toMatchObject({ year: 2025, month: 12, day: 15, hasTime: true, offsetMinutes: 540 });
    expect(date.epochMs).toBe(Date.UTC(2025, 11, 15, 12, 45, 0));
  });

  it('ISO with Z: 2023-01-12T12:15:21Z', () => {
    const date = ok('2023-01-12T12:15:21Z');
    expect(date).toMatchObject({ year: 2023, month: 1, day: 12, hasTime: true, offsetMinutes: 0 });
    expect(date.epochMs).toBe(Date.parse('2023-01-12T12:15:21Z'));
  });

  it('ISO with a negative offset: 2017-07-27T08:09:26-07:00', () => {
    const date = ok('2017-07-27T08:09:26-07:00');
    expect(date).toMatchObject({ year: 2017, month: 7, day: 27, hasTime: true, offsetMinutes: -420 });
    expect(date.epochMs).toBe(Date.parse('2017-07-27T08:09:26-07:00'));
  });

  it('a time without a zone: 2024-10-31 23:15:53 (read as UTC unless a fallback is given)', () => {
    const utc = ok('2024-10-31 23:15:53');
    expect(utc).toMatchObject({ year: 2024, month: 10, day: 31, hasTime: true });
    expect(utc.offsetMinutes).toBeUndefined();
    expect(utc.epochMs).toBe(Date.UTC(2024, 9, 31, 23, 15, 53));
    const seoul = ok('2024-10-31 23:15:53', 540);
    expect(seoul.offsetMinutes).toBeUndefined();
    expect(seoul.epochMs).toBe(Date.UTC(2024, 9, 31, 14, 15, 53));
  });

  it('the fallback offset never overrides a written offset', () => {
    expect(ok('2017-07-27T08:09:26-07:00', 540).epochMs).toBe(Date.parse('2017-07-27T08:09:26-07:00'));
  });

  it('fractional seconds and surrounding blanks are accepted', () => {
    const date = ok(' 2025-03-03T10:00:00.123+05:30 ');
    expect(date.offsetMinutes).toBe(330);
    expect(date.epochMs).toBe(Date.UTC(2025, 2, 3, 4, 30, 0));
  });

  it('a leap day in a leap year is valid', () => {
    expect(ok('2024-02-29')).toMatchObject({ year: 2024, month: 2, day: 29 });
  });

  it('a valid Date object (js-yaml style) is accepted as UTC', () => {
    const date = ok(new Date(Date.UTC(2025, 2, 3)));
    expect(calendarDay(date)).toBe('2025-03-03');
    expect(date.offsetMinutes).toBe(0);
  });
});

describe('parsePostDate: invalid values', () => {
  it.each(['2025-13-45', '2023-02-29', '2025-04-31', '2025-00-10', '2025-03-03 24:00', '2025-03-03 10:60'])(
    '%s is an impossible calendar date',
    (value) => {
      expect(parsePostDate(value)).toEqual({ ok: false, reason: 'calendar' });
    },
  );

  it.each<[string, unknown]>([
    ['yesterday', 'yesterday'],
    ['a number', 20250303],
    ['an empty string', ''],
    ['US order', '03/03/2025'],
    ['null', null],
    ['a list', ['2025-03-03']],
  ])('%s is not a date format', (_label, value) => {
    expect(parsePostDate(value)).toEqual({ ok: false, reason: 'format' });
  });

  it('an invalid Date object is a calendar error', () => {
    expect(parsePostDate(new Date('nope'))).toEqual({ ok: false, reason: 'calendar' });
  });
});

describe('calendarDay', () => {
  it('gives the day in the date\'s own zone, not UTC', () => {
    // 01:00 in Seoul is still the 14th in UTC
    expect(calendarDay(ok('2024-12-15 01:00:00 +0900'))).toBe('2024-12-15');
    // 20:00 in Los Angeles is already the 28th in UTC
    expect(calendarDay(ok('2017-07-27T20:00:00-07:00'))).toBe('2017-07-27');
  });

  it('zero-pads month and day', () => {
    expect(calendarDay(ok('2025-3-3'))).toBe('2025-03-03');
  });
});

describe('filenameDate', () => {
  it('reads the YYYY-MM-DD- prefix of a post file name', () => {
    expect(filenameDate('2025-03-03-hello-world.md')).toBe('2025-03-03');
  });

  it('ignores names without the prefix or its trailing dash', () => {
    expect(filenameDate('hello-world.md')).toBeUndefined();
    expect(filenameDate('2025-03-03.md')).toBeUndefined();
    expect(filenameDate('2025-3-3-hello.md')).toBeUndefined();
  });

  it('ignores impossible dates in the name', () => {
    expect(filenameDate('2023-02-29-leap.md')).toBeUndefined();
    expect(filenameDate('2025-13-01-x.md')).toBeUndefined();
    expect(filenameDate('2024-02-29-leap.md')).toBe('2024-02-29');
  });
});

describe('timeZoneOffsetMinutes', () => {
  const january = new Date(Date.UTC(2025, 0, 15));
  const july = new Date(Date.UTC(2025, 6, 15));

  it('Asia/Seoul is +09:00 (540 minutes)', () => {
    expect(timeZoneOffsetMinutes('Asia/Seoul')).toBe(540);
    expect(timeZoneOffsetMinutes('Asia/Seoul', july)).toBe(540);
  });

  it('fixed offsets: +05:30, -0800, +09:00', () => {
    expect(timeZoneOffsetMinutes('+05:30')).toBe(330);
    expect(timeZoneOffsetMinutes('-0800')).toBe(-480);
    expect(timeZoneOffsetMinutes(' +09:00 ')).toBe(540);
  });

  it('follows daylight saving time at the given instant', () => {
    expect(timeZoneOffsetMinutes('America/New_York', january)).toBe(-300);
    expect(timeZoneOffsetMinutes('America/New_York', july)).toBe(-240);
  });

  it('UTC is 0', () => {
    expect(timeZoneOffsetMinutes('UTC', january)).toBe(0);
  });

  it('an unknown zone is undefined', () => {
    expect(timeZoneOffsetMinutes('Nowhere/Else')).toBeUndefined();
  });
});

describe('impossible offsets', () => {
  it('rejects offsets beyond ±18:00 or with minutes over 59', () => {
    expect(parsePostDate('2025-03-03T10:00:00+99:99').ok).toBe(false);
    expect(parsePostDate('2025-03-03T10:00:00+09:60').ok).toBe(false);
    expect(parsePostDate('2025-03-03T10:00:00+14:00').ok).toBe(true);
  });
});
