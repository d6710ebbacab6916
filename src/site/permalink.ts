// A post's URL as its engine writes it, and the date the URL is built from. One place for the preview
// card, permalink-changed (a rename's old URL) and the site-wide URL index (collisions, link targets).
// - Jekyll: the post's `permalink:` (frontmatter), else a `permalink` that `_config.yml`
//   `defaults:` give this post (that is how Chirpy sets `/posts/:title/`: its starter `_config.yml`
//   has it under `defaults: [{scope: {type: posts}, values: {permalink: /posts/:title/}}]`), else the
//   site's `permalink` (a pattern or a built-in style), else `/posts/:title/` when
//   `theme:`/`remote_theme:` is Chirpy, else Jekyll's default `date` style. Placeholders follow
//   Jekyll 4's URL drop; the date parts are in the site's zone, or UTC when the site sets none (what
//   a GitHub runner builds with). The URL is a path under `baseurl`/`baseURL`; the host is not known here.
// - Hugo: frontmatter `url`, else the content path (below `content/`) with the file name (or the
//   bundle folder for `index.md`) replaced by frontmatter `slug`, lower-cased as Hugo does.
// - Anything else: frontmatter `permalink`, else the path without its extension.
import type { Preset } from '../presets/index.js';
import type { Engine } from '../engines/types.js';
import { defaultKeysFor, type SiteConfig } from '../engines/site-config.js';
import type { Frontmatter } from '../post/frontmatter.js';
import { isQuotedValue } from '../post/frontmatter.js';
import { isNaiveYamlTimestamp, parsePostDate, timeZoneOffsetMinutes, type PostDate } from '../post/dates.js';
import { termsFromString } from '../post/tags.js';
import { trimEndChar } from '../post/scan.js';

export interface UrlOptions {
  /**
   * Keep the file name's Unicode form (NFC or NFD) as Jekyll does (checked: `한글` written both ways
   * makes two folders in `_site/`). The preview card shows NFC; comparing URLs needs the real bytes.
   */
  exactNames?: boolean;
}

export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

export function rawTerms(context: { preset: Preset }, value: unknown): string[] {
  if (typeof value === 'string') return termsFromString(value, context.preset.taxonomyString === 'split-on-spaces');
  if (typeof value === 'number') return [String(value)];
  if (!Array.isArray(value)) return [];
  return value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String);
}

export interface ResolvedDate {
  date: PostDate;
  /** The offset the site shows it in, when the site sets a (valid) time zone. */
  siteOffset?: number;
}

/** The front matter as the engine reads it: Hugo's keys are case-insensitive (`Title:` is `title`). */
export function frontmatterData(context: UrlSubject): Record<string, unknown> {
  const data = context.frontmatter && context.frontmatter.errors.length === 0 ? context.frontmatter.data : {};
  if (context.engine.keysCaseSensitive) return data;
  const folded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (key === key.toLowerCase()) folded[key] = value;
  for (const [key, value] of Object.entries(data)) folded[key.toLowerCase()] ??= value;
  return folded;
}

export function resolvedPostDate(context: UrlSubject, data: Record<string, unknown>): ResolvedDate | undefined {
  let value: unknown = data.date;
  // Jekyll: an unquoted `2025-03-03 23:30:00` is a YAML timestamp, which Psych reads as UTC; the
  // site's zone then only decides how it is shown (and which day the URL gets).
  const dateEntry = context.frontmatter?.entries.find((entry) => entry.key === 'date');
  const readAsUtc = context.engine.datesInSiteZone && context.frontmatter?.format === 'yaml' && isNaiveYamlTimestamp(value, isQuotedValue(dateEntry));
  if ((value === undefined || value === null || value === '') && context.preset.dateFromFileName) {
    value = /^(\d{4}-\d{2}-\d{2})-/.exec(context.fileName)?.[1];
  }
  if (value === undefined || value === null) return undefined;
  const zone = context.site.timeZone;
  const first = parsePostDate(value);
  if (!first.ok) return undefined;
  if (zone === undefined || timeZoneOffsetMinutes(zone, new Date(first.date.epochMs)) === undefined) return { date: first.date };
  if (readAsUtc) {
    const siteOffset = timeZoneOffsetMinutes(zone, new Date(first.date.epochMs));
    return siteOffset === undefined ? { date: first.date } : { date: { ...first.date, offsetMinutes: 0 }, siteOffset };
  }
  // A value without an offset is read in the site's zone: find that zone's offset at that wall time.
  let date = first.date;
  if (date.offsetMinutes === undefined) {
    for (let pass = 0; pass < 2; pass++) {
      const guess = timeZoneOffsetMinutes(zone, new Date(date.epochMs)) ?? 0;
      const again = parsePostDate(value, guess);
      if (!again.ok) break;
      date = again.date;
    }
  }
  const siteOffset = timeZoneOffsetMinutes(zone, new Date(date.epochMs));
  return siteOffset === undefined ? { date } : { date, siteOffset };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function showDate({ date, siteOffset }: ResolvedDate): string {
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  if (!date.hasTime) return day;
  const offset = siteOffset ?? date.offsetMinutes;
  if (offset === undefined) {
    // No zone anywhere: as written (the wall time, which is what epochMs holds at offset 0).
    const wall = new Date(date.epochMs);
    return `${day} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
  }
  const local = new Date(date.epochMs + offset * 60_000);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${formatOffset(offset)}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar and clock of the date as the blog engine sees it when building the URL. */
function urlClock(resolved: ResolvedDate): Date {
  const { date, siteOffset } = resolved;
  // A date without a time is midnight wherever it is read: its calendar day is what was written.
  if (!date.hasTime) return new Date(Date.UTC(date.year, date.month - 1, date.day));
  // Jekyll formats the time in the site's zone, else in the build machine's (UTC on GitHub).
  return new Date(date.epochMs + (siteOffset ?? 0) * 60_000);
}

// ---- URLs ----

const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** Chirpy's starter sets this through `defaults:`; a site that only names the theme gets it too. */
const CHIRPY_PERMALINK = '/posts/:title/';

export function postUrl(context: UrlSubject, data: Record<string, unknown>, date: ResolvedDate | undefined, options: UrlOptions = {}): string | undefined {
  const path = sitePath(context, data, date, options);
  if (path === undefined) return undefined;
  const base = trimEndChar(context.site.baseUrl, '/');
  return base === '' ? path : `${base.startsWith('/') ? '' : '/'}${base}${path}`;
}

/** The URL path under `baseurl`/`baseURL` (what `redirect_from`/`aliases` entries are written as). */
function sitePath(context: UrlSubject, data: Record<string, unknown>, date: ResolvedDate | undefined, options: UrlOptions = {}): string | undefined {
  let url: string | undefined;
  if (context.engine.permalinks === 'jekyll') url = jekyllUrl(context, data, date, options);
  else if (context.engine.permalinks === 'hugo') url = hugoUrl(context, data);
  else url = typeof data.permalink === 'string' && data.permalink.trim() !== '' ? data.permalink.trim() : '/' + context.file.replace(/\.[^./]+$/, '');
  if (url === undefined) return undefined;
  return ('/' + url).replace(/\/{2,}/g, '/');
}

/** What URLs depend on: the post's path and the blog's preset and site config (not its body). */
export interface UrlSubject {
  /** Repo-relative path. */
  file: string;
  fileName: string;
  preset: Preset;
  site: SiteConfig;
  engine: Engine;
  frontmatter: Frontmatter | undefined;
}

/**
 * The post's URL path (under the base URL) if it lived at `file`: the current frontmatter with
 * another path. The old content is not at hand, so a rename's old URL is its old path read with
 * today's frontmatter (a fixed `permalink:` keeps both equal, as it should).
 */
export function permalinkAt(context: UrlSubject, file = context.file, options: UrlOptions = {}): string | undefined {
  const subject: UrlSubject = { ...pickUrlSubject(context), file, fileName: file.split('/').pop() ?? file };
  const data = frontmatterData(subject);
  return sitePath(subject, data, resolvedPostDate(subject, data), options);
}

function pickUrlSubject(context: UrlSubject): UrlSubject {
  return { file: context.file, fileName: context.fileName, preset: context.preset, site: context.site, engine: context.engine, frontmatter: context.frontmatter };
}

/** The `permalink` value that `_config.yml` `defaults:` give this file; the most specific scope wins. */
function defaultPermalink(site: SiteConfig, file: string): string | undefined {
  let best: { length: number; value: string } | undefined;
  for (const entry of site.defaults) {
    const value = entry.values.permalink;
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (!defaultKeysFor({ ...site, defaults: [entry] }, file).has('permalink')) continue;
    const length = entry.path.replace(/^\.?\//, '').replace(/\/$/, '').length;
    // Jekyll: a longer scope path is more specific; among equals the later entry wins.
    if (!best || length >= best.length) best = { length, value: value.trim() };
  }
  return best?.value;
}

function jekyllUrl(context: UrlSubject, data: Record<string, unknown>, date: ResolvedDate | undefined, options: UrlOptions = {}): string | undefined {
  const fromPost = typeof data.permalink === 'string' && data.permalink.trim() !== '' ? data.permalink.trim() : undefined;
  // Read through a widened type so this compiles whether or not SiteConfig carries these keys yet.
  const siteConfig: SiteConfig & { permalink?: string; theme?: string } = context.site;
  const site = siteConfig.permalink?.trim() || undefined;
  const chirpy = /(^|\/)jekyll-theme-chirpy\b/i.test(siteConfig.theme ?? '') ? CHIRPY_PERMALINK : undefined;
  const template = fromPost ?? defaultPermalink(context.site, context.file) ?? (site ? JEKYLL_STYLES[site] ?? site : chirpy ?? JEKYLL_STYLES.date!);

  const name = context.fileName.replace(/\.[^.]+$/, '');
  const fileSlug = name.replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const slugValue = scalarText(data.slug) ?? fileSlug;
  const segments = context.file.split('/');
  const special = segments.findIndex((segment) => segment === '_posts' || segment === '_drafts');
  const pathCategories = special > 0 ? segments.slice(0, special) : [];
  const categoryList = [...rawTerms(context, data.categories), ...rawTerms(context, data.category), ...pathCategories];
  const categories = [...new Set(categoryList.map((category) => category.toLowerCase()))];
  const exact = options.exactNames === true;
  const placeholders: Record<string, string> = {
    title: slugify(slugValue, 'pretty', exact),
    slug: slugify(slugValue, 'default', exact),
    name: slugify(name, 'default', exact),
    categories: categories.join('/'),
    slugified_categories: categories.map((category) => slugify(category, 'default')).join('/'),
    output_ext: '.html',
    collection: 'posts',
    path: context.file.replace(/\.[^./]+$/, ''),
  };
  if (date) Object.assign(placeholders, dateParts(urlClock(date)));

  let missing = false;
  const url = template.replace(/:([a-z_]+)/g, (whole, key: string) => {
    const found = key in placeholders ? key : key.endsWith('_') && key.slice(0, -1) in placeholders ? key.slice(0, -1) : undefined;
    if (found === undefined) {
      if (PERMALINK_DATE_PARTS.has(key)) missing = true;
      return whole;
    }
    return placeholders[found]! + (found === key ? '' : '_');
  });
  if (missing) return undefined;
  return url.replace(/\.\./g, '/').replace(/\.\//g, '').replace(/\/{2,}/g, '/');
}

const PERMALINK_DATE_PARTS = new Set(['year', 'month', 'i_month', 'day', 'i_day', 'short_year', 'hour', 'minute', 'second', 'y_day', 'short_month', 'long_month', 'short_day', 'long_day', 'week', 'w_year', 'w_day']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Jekyll's date placeholders, from a Date whose UTC fields hold the local calendar and clock. */
function dateParts(clock: Date): Record<string, string> {
  const year = clock.getUTCFullYear();
  const month = clock.getUTCMonth();
  const day = clock.getUTCDate();
  const weekday = clock.getUTCDay();
  const yearDay = Math.floor((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  // ISO 8601 week: the week with the year's first Thursday is week 1.
  const isoDay = weekday === 0 ? 7 : weekday;
  const thursday = new Date(Date.UTC(year, month, day + 4 - isoDay));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7) + 1;
  return {
    year: pad(year, 4),
    short_year: pad(year % 100),
    month: pad(month + 1),
    i_month: String(month + 1),
    short_month: MONTHS[month]!.slice(0, 3),
    long_month: MONTHS[month]!,
    day: pad(day),
    i_day: String(day),
    y_day: pad(yearDay, 3),
    short_day: DAYS[weekday]!.slice(0, 3),
    long_day: DAYS[weekday]!,
    hour: pad(clock.getUTCHours()),
    minute: pad(clock.getUTCMinutes()),
    second: pad(clock.getUTCSeconds()),
    week: pad(week),
    w_year: String(weekYear),
    w_day: String(isoDay),
  };
}

/** Jekyll's `Utils.slugify`: `pretty` keeps case (as `:title` does) and some punctuation; `default` lower-cases. */
export function slugify(text: string, mode: 'default' | 'pretty', exactForm = false): string {
  const pattern = mode === 'pretty' ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu;
  const slug = (exactForm ? text : text.normalize('NFC')).replace(pattern, '-').replace(/^-|-$/g, '');
  return mode === 'pretty' ? slug : slug.toLowerCase();
}

function hugoUrl(context: UrlSubject, data: Record<string, unknown>): string {
  const explicit = scalarText(data.url);
  if (explicit) return explicit;
  const segments = context.file.split('/');
  const contentAt = segments.indexOf('content');
  const inside = contentAt === -1 ? segments : segments.slice(contentAt + 1);
  const fileName = inside.pop() ?? '';
  const base = fileName.replace(/\.[^.]+$/, '');
  const slug = scalarText(data.slug);
  // `index.md` is a leaf bundle (its folder is the page); `_index.md` is the section itself.
  if (base !== 'index' && base !== '_index') inside.push(slug ?? base);
  else if (base === 'index' && slug && inside.length > 0) inside[inside.length - 1] = slug;
  const path = inside.map((segment) => segment.normalize('NFC').trim().replace(/\s+/g, '-')).join('/');
  return `/${path.toLowerCase()}/`.replace(/\/{2,}/g, '/');
}
