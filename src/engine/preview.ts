// What a post will look like once published: the preview card the PR comment shows for clean posts.
// Pure: everything comes from the lint context (frontmatter, the one mdast tree, images, preset,
// site config). Strings are raw post content; each sink escapes them for its medium.
//
// Decisions (see also the comments on each helper):
// - Date: shown in the site's time zone (`_config.yml` `timezone`, Hugo `timeZone`); else in the
//   date's own offset; else as written. A time-less date stays `YYYY-MM-DD`.
// - URL, Jekyll: the post's `permalink:` (frontmatter), else a `permalink` that `_config.yml`
//   `defaults:` give this post (that is how Chirpy sets `/posts/:title/`: its starter `_config.yml`
//   has it under `defaults: [{scope: {type: posts}, values: {permalink: /posts/:title/}}]`), else the
//   site's `permalink` (`options.permalink`, else `site.permalink`: a pattern or a built-in style),
//   else `/posts/:title/` when `theme:`/`remote_theme:` is Chirpy, else Jekyll's default `date`
//   style. Placeholders follow Jekyll 4's URL drop; the date parts are in the site's zone, or UTC
//   when the site sets none (what a GitHub runner builds with). Shown unescaped, as a browser's
//   address bar shows it. The URL is a path under `baseurl`/`baseURL`; the host is not known here.
// - URL, Hugo: frontmatter `url`, else the content path (below `content/`) with the file name (or
//   the bundle folder for `index.md`) replaced by frontmatter `slug`, lower-cased as Hugo does.
// - URL, markdown preset: frontmatter `permalink`, else the path without its extension.
// - Reading time: Hangul syllables (and CJK ideographs/kana) at 500 characters a minute, other words
//   at 200 words a minute, rounded, at least 1. Code blocks, raw HTML, image alt text, kramdown
//   attribute lists (`{: .prompt-tip }`) and Liquid tags are not read; inline code is.
import type { Heading, Nodes, Root } from 'mdast';
import type { LintContext } from './context.js';
import type { PostPreview, PreviewPublication } from './types.js';
import { engineLabel, formatInZone } from '../engines/publication.js';
import { isNaiveYamlTimestamp, parsePostDate, timeZoneOffsetMinutes, type PostDate } from './dates.js';
import { isQuotedValue } from './frontmatter.js';
import { termsFromString } from './tags.js';
import { blankMarkup, trimEndChar } from './scan.js';
import { normalizeTerms, termOptions } from '../rules/tags-normalize.js';
import { defaultKeysFor, type SiteConfig } from '../config/site.js';
import { findWikiRefs, isImageEmbed } from './wiki.js';

export interface PreviewOptions {
  /** The site's `permalink` (Jekyll `_config.yml`): a pattern (`/:year/:title/`) or a style (`pretty`). */
  permalink?: string;
  /**
   * Keep the file name's Unicode form (NFC or NFD) as Jekyll does (checked: `한글` written both ways
   * makes two folders in `_site/`). The preview card shows NFC; comparing URLs needs the real bytes.
   */
  exactNames?: boolean;
}

/** Characters a minute for Hangul (and other scripts written without spaces between words). */
export const HANGUL_PER_MINUTE = 500;
/** Words a minute for everything else. */
export const WORDS_PER_MINUTE = 200;
export const EXCERPT_LENGTH = 200;

export function computePreview(context: LintContext, options: PreviewOptions = {}): PostPreview {
  const data = frontmatterData(context);
  const counts = countText(bodyText(context.tree));
  const date = postDate(context, data);

  const preview: PostPreview = {
    categories: terms(context, data, 'categories'),
    tags: terms(context, data, 'tags'),
    readingMinutes: counts.minutes,
    words: counts.words,
    characters: counts.characters,
    outline: outline(context.tree),
    // Obsidian `![[x.png]]` embeds are images the author meant (wiki-embed says how they publish).
    images: context.images.filter((image) => image.kind !== 'frontmatter').length + findWikiRefs(context.source, context.tree).filter(isImageEmbed).length,
  };
  const title = scalarText(data.title);
  if (title) preview.title = title;
  if (date) preview.date = showDate(date);
  const url = postUrl(context, data, date, options);
  if (url) preview.url = url;
  const cover = context.images.find((image) => image.kind === 'frontmatter');
  if (cover) preview.cover = cover.url;
  const excerpt = excerptOf(data, context.tree);
  if (excerpt) preview.excerpt = excerpt;
  const publication = publicationOf(context);
  if (publication) preview.publication = publication;
  return preview;
}

// ---- publication ----

/** The engine's answer (src/engines/publication.ts) as the card shows it, at the time of the run. */
function publicationOf(context: LintContext): PreviewPublication | undefined {
  const answer = context.engine.publication(context, context.settings.now);
  if (!answer) return undefined;
  const engine = engineLabel(context.engine.name);
  switch (answer.state) {
    case 'published':
      return answer.ignored ? { state: 'published', engine, key: answer.ignored.key } : { state: 'published', engine };
    case 'future':
    case 'expired': {
      const shown: PreviewPublication = { state: answer.state, engine, when: formatInZone(answer.date.epochMs, answer.date.zone), siteZone: answer.date.zone.fromSite };
      if (answer.state === 'future' && context.engine.scheduledBuild) shown.scheduledBuild = context.engine.scheduledBuild;
      return shown;
    }
    case 'draft':
      return { state: 'draft', engine, cause: answer.cause };
    case 'unknown':
      return { state: 'unknown', engine, key: answer.key };
  }
}

// ---- frontmatter values ----

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

function rawTerms(context: Pick<LintContext, 'preset'>, value: unknown): string[] {
  if (typeof value === 'string') return termsFromString(value, context.preset.taxonomyString === 'split-on-spaces');
  if (typeof value === 'number') return [String(value)];
  if (!Array.isArray(value)) return [];
  return value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String);
}

/** The terms the tag and category pages will list, normalized as `tags-normalize` would. */
function terms(context: LintContext, data: Record<string, unknown>, key: 'tags' | 'categories'): string[] {
  return normalizeTerms(rawTerms(context, data[key]), termOptions(context, key));
}

// ---- dates ----

interface ResolvedDate {
  date: PostDate;
  /** The offset the site shows it in, when the site sets a (valid) time zone. */
  siteOffset?: number;
}

/** The front matter as the engine reads it: Hugo's keys are case-insensitive (`Title:` is `title`). */
function frontmatterData(context: UrlSubject): Record<string, unknown> {
  const data = context.frontmatter && context.frontmatter.errors.length === 0 ? context.frontmatter.data : {};
  if (context.engine.keysCaseSensitive) return data;
  const folded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (key === key.toLowerCase()) folded[key] = value;
  for (const [key, value] of Object.entries(data)) folded[key.toLowerCase()] ??= value;
  return folded;
}

function postDate(context: UrlSubject, data: Record<string, unknown>): ResolvedDate | undefined {
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

function showDate({ date, siteOffset }: ResolvedDate): string {
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

function postUrl(context: UrlSubject, data: Record<string, unknown>, date: ResolvedDate | undefined, options: PreviewOptions): string | undefined {
  const path = sitePath(context, data, date, options);
  if (path === undefined) return undefined;
  const base = trimEndChar(context.site.baseUrl, '/');
  return base === '' ? path : `${base.startsWith('/') ? '' : '/'}${base}${path}`;
}

/** The URL path under `baseurl`/`baseURL` (what `redirect_from`/`aliases` entries are written as). */
function sitePath(context: UrlSubject, data: Record<string, unknown>, date: ResolvedDate | undefined, options: PreviewOptions): string | undefined {
  let url: string | undefined;
  if (context.engine.permalinks === 'jekyll') url = jekyllUrl(context, data, date, options);
  else if (context.engine.permalinks === 'hugo') url = hugoUrl(context, data);
  else url = typeof data.permalink === 'string' && data.permalink.trim() !== '' ? data.permalink.trim() : '/' + context.file.replace(/\.[^./]+$/, '');
  if (url === undefined) return undefined;
  return ('/' + url).replace(/\/{2,}/g, '/');
}

/** What URLs depend on: the post's path and the blog's preset and site config (not its body). */
export type UrlSubject = Pick<LintContext, 'file' | 'fileName' | 'preset' | 'site' | 'engine' | 'frontmatter'>;

/**
 * The post's URL path (under the base URL) if it lived at `file`: the current frontmatter with
 * another path. The old content is not at hand, so a rename's old URL is its old path read with
 * today's frontmatter (a fixed `permalink:` keeps both equal, as it should).
 */
export function permalinkAt(context: UrlSubject, file = context.file, options: PreviewOptions = {}): string | undefined {
  const subject: UrlSubject = { ...pickUrlSubject(context), file, fileName: file.split('/').pop() ?? file };
  const data = frontmatterData(subject);
  return sitePath(subject, data, postDate(subject, data), options);
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

function jekyllUrl(context: UrlSubject, data: Record<string, unknown>, date: ResolvedDate | undefined, options: PreviewOptions): string | undefined {
  const fromPost = typeof data.permalink === 'string' && data.permalink.trim() !== '' ? data.permalink.trim() : undefined;
  // Read through a widened type so this compiles whether or not SiteConfig carries these keys yet.
  const siteConfig: SiteConfig & { permalink?: string; theme?: string } = context.site;
  const site = (options.permalink ?? siteConfig.permalink)?.trim() || undefined;
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
      if (DATE_KEYS.has(key)) missing = true;
      return whole;
    }
    return placeholders[found]! + (found === key ? '' : '_');
  });
  if (missing) return undefined;
  return url.replace(/\.\./g, '/').replace(/\.\//g, '').replace(/\/{2,}/g, '/');
}

const DATE_KEYS = new Set(['year', 'month', 'i_month', 'day', 'i_day', 'short_year', 'hour', 'minute', 'second', 'y_day', 'short_month', 'long_month', 'short_day', 'long_day', 'week', 'w_year', 'w_day']);
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

// ---- text ----

const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const UNREAD = new Set(['code', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition']);

function inlineText(node: Nodes, out: string[]): void {
  if (UNREAD.has(node.type)) return;
  // Kramdown attribute lists (`{: .prompt-tip }`) and Liquid (`{% raw %}`, `{{ site.url }}`): markup, not prose.
  if (node.type === 'text') out.push(blankMarkup(node.value));
  else if (node.type === 'inlineCode') out.push(node.value);
  else if (node.type === 'break') out.push('\n');
  else if ('children' in node) {
    for (const child of node.children as Nodes[]) inlineText(child, out);
    if (!PHRASING.has(node.type)) out.push('\n');
  }
}

/** The plain text of a node (no code blocks, HTML, images), whitespace collapsed. */
function plain(node: Nodes): string {
  const out: string[] = [];
  inlineText(node, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The body as a reader reads it: prose only, blocks on their own lines. */
export function bodyText(tree: Root): string {
  const out: string[] = [];
  inlineText(tree, out);
  return out.join('');
}

const CHARACTER_SCRIPTS = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

export interface TextCounts {
  /** Hangul syllables (and CJK characters) read by the character. */
  hangul: number;
  /** Words outside those scripts. */
  latinWords: number;
  words: number;
  characters: number;
  minutes: number;
}

/** Counts for reading time: see the module comment for the rule and constants. */
export function countText(text: string): TextCounts {
  const normalized = text.normalize('NFC');
  const hangul = (normalized.match(HANGUL_SYLLABLE) ?? []).length + (normalized.replace(HANGUL_SYLLABLE, '').match(CHARACTER_SCRIPTS) ?? []).length;
  const latinWords = normalized.replace(CHARACTER_SCRIPTS, ' ').split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
  const words = normalized.split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
  const characters = Array.from(normalized.replace(/\s+/g, '')).length;
  const minutes = Math.max(1, Math.round(hangul / HANGUL_PER_MINUTE + latinWords / WORDS_PER_MINUTE));
  return { hangul, latinWords, words, characters, minutes };
}

function outline(tree: Root): PostPreview['outline'] {
  const headings: PostPreview['outline'] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const text = plain(node as Heading);
      if (text !== '') headings.push({ depth: (node as Heading).depth, text });
      return;
    }
    if (UNREAD.has(node.type)) return;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return headings;
}

function excerptOf(data: Record<string, unknown>, tree: Root): string | undefined {
  for (const key of ['description', 'excerpt', 'summary']) {
    const value = scalarText(data[key]);
    if (value) return clip(value, EXCERPT_LENGTH);
  }
  let found: string | undefined;
  const walk = (node: Nodes): void => {
    if (found !== undefined) return;
    if (node.type === 'paragraph') {
      const text = plain(node);
      if (text !== '') found = text;
      return;
    }
    if (UNREAD.has(node.type) || node.type === 'heading') return;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return found === undefined ? undefined : clip(found, EXCERPT_LENGTH);
}

/** At most `length` characters (code points), cut at a word boundary when there is one in the second half, with `…`. */
function clip(text: string, length: number): string {
  const characters = Array.from(text);
  if (characters.length <= length) return text;
  let cut = characters.slice(0, length).join('');
  const space = cut.search(/\s\S*$/);
  if (space >= cut.length / 2) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:.·…-]+$/u, '') + '…';
}
