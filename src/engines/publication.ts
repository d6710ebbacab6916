// Will the engine publish this post, and when? One answer per engine, in one place: the preview
// card says it ("published when merged", "hidden until …", "draft: not published") and the rules
// that warn about a post that will not appear (date-future, post-expired, draft-ignored) ask it.
//
// Engine facts (Jekyll 4.3.1 and Hugo 0.111.3 were built here: test/oracle/publication.test.ts;
// Hexo from its sources, hexojs/hexo lib/plugins/processor/post.ts and lib/hexo/index.ts):
// - Jekyll skips a post dated after the build (`site.time`) unless `future: true`, a
//   `published: false` post unless `unpublished: true`, and never reads `_drafts/` unless
//   `show_drafts: true` (or `--drafts`). It ignores `draft: true`: such a post is published.
//   A date without an offset is a wall time in the site's `timezone:`, else in the build
//   machine's zone (UTC on a GitHub runner); an unquoted `2026-11-30 09:00:00` (seconds, no
//   offset) is a YAML timestamp that Psych reads as UTC whatever the zone. A post without `date:`
//   is dated at midnight of its file name's day, in that same zone.
// - Hugo skips `draft: true` unless `buildDrafts` (off by default), treats `published: false` as a
//   draft (`draft:` wins when both are given), skips a post whose publish date is after the build
//   unless `buildFuture`, and one whose expiry date has passed unless `buildExpired`. The publish
//   date is the first of `publishDate`, `pubdate`, `published`, `date` that parses (keys in any
//   case; `lastmod` is not one of them); the expiry date `expiryDate`, else `unpublishdate`. The
//   `[frontmatter]` config can reorder these. A date without an offset is read in the config's
//   `timeZone` (supported by 0.111), else in UTC: the machine's TZ does not matter. A date Hugo
//   cannot parse (`2026-11-30 09:00`, no seconds) is the zero date: the post is published.
// - Hexo publishes `_posts/` unless `published: false`, and `_drafts/` only with `render_drafts`;
//   it publishes future posts unless `future: false` (its default is true); `draft:` means
//   nothing to it. A date without an offset is read in the config's `timezone`, else the machine's.
// - Astro and other sites: a `draft: true` key is a common convention, but only the site's own
//   code decides what it does; the answer is "unknown", never a guess.
import type { Frontmatter, FrontmatterEntry } from '../post/frontmatter.js';
import { isQuotedValue } from '../post/frontmatter.js';
import { filenameDate, isNaiveYamlTimestamp, parseInZone, parsePostDate } from '../post/dates.js';
import { defaultValuesFor, type SiteConfig } from './site-config.js';
import { timeZoneOffsetMinutes } from '../post/dates.js';
import type { RepoIndex } from '../post/repo.js';
import { readSiteFile } from './site-files.js';

/** The zone a date was read in: the site's (named in its config) or UTC, when it names none. */
export interface Zone {
  name: string;
  fromSite: boolean;
}

/** A date that decides: which key, what was written, the instant, and the zone it was read in. */
export interface DecidingDate {
  key: string;
  value: string;
  /** The entry, for a position; absent when the date comes from the file name. */
  entry?: FrontmatterEntry;
  epochMs: number;
  zone: Zone;
  /** Written without an offset: the zone (the site's, else UTC) decided the instant. */
  naive: boolean;
  /** Written with a time of day (not a bare `2026-12-01`). */
  hasTime: boolean;
  /** An unquoted `2026-11-30 09:00:00`: a YAML timestamp, which Ruby Psych reads as UTC whatever the site's zone. */
  yamlTimestamp?: boolean;
  /** Taken from the file name (`2026-12-01-title.md`), not from `date:`. */
  fromFileName?: boolean;
}

export type Publication =
  /** Built by the next build: published when the change is merged. `ignored`: a `draft: true` the engine does not read. */
  | { state: 'published'; ignored?: FrontmatterEntry; draftsFolder?: string }
  /** Dated after this run: hidden until the first build after that time (unless `setting: true`). */
  | { state: 'future'; date: DecidingDate; setting: string; zoneSetting: string }
  /** Kept back on purpose: `draft: true`, `published: false` or a drafts folder (unless `setting`). */
  | { state: 'draft'; cause: 'draft' | 'published' | 'drafts-folder'; setting: string }
  /** Past its expiry date: no longer published (unless `setting: true`). */
  | { state: 'expired'; date: DecidingDate; setting: string }
  /** The post sets `key` (`draft`), which only the site's own code reads: no verdict. */
  | { state: 'unknown'; key: string };

/** What the answer depends on: the post's path and its front matter. */
export interface PublicationSubject {
  file: string;
  frontmatter: Frontmatter | undefined;
}

export type PublicationOf = (post: PublicationSubject, now: Date) => Publication | undefined;

const UTC: Zone = { name: 'UTC', fromSite: false };

function zoneOf(timeZone: string | undefined): Zone {
  return timeZone ? { name: timeZone, fromSite: true } : UTC;
}

/** The front matter the engine read, or undefined when it did not parse (the engine fails or reads nothing). */
function usableData(post: PublicationSubject): Record<string, unknown> | undefined {
  if (post.frontmatter && post.frontmatter.errors.length > 0) return undefined;
  return post.frontmatter?.data ?? {};
}

function text(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Ruby Psych's YAML 1.1 booleans: an unquoted `no`/`off` is false as well. */
function psychFalse(value: unknown, entry: FrontmatterEntry | undefined): boolean {
  if (value === false) return true;
  return typeof value === 'string' && !isQuotedValue(entry) && /^(?:false|no|off)$/i.test(value.trim());
}

// ---- Jekyll ----

export interface JekyllPublicationFacts {
  site: SiteConfig;
  future: boolean;
  unpublished: boolean;
  showDrafts: boolean;
  /** The site's own layouts or includes read `page.draft`: what `draft: true` does is theirs. */
  templatesReadDraft: boolean;
}

export function jekyllPublication(facts: JekyllPublicationFacts): PublicationOf {
  const zone = zoneOf(facts.site.timeZone);
  return (post, now) => {
    const own = usableData(post);
    if (!own) return undefined;
    const entries = post.frontmatter?.entries ?? [];
    const entryOf = (key: string) => entries.find((entry) => entry.key === key);
    const data = { ...defaultValuesFor(facts.site, post.file), ...own };
    const segments = post.file.split('/');
    // A `_posts` file not named `YYYY-MM-DD-title` is never read (post-unpublished reports it).
    if (segments.includes('_posts') && !segments.includes('_drafts') && !/^\d{2,4}-\d{1,2}-\d{1,2}-.+\.[^.]+$/.test(segments.at(-1)!)) return undefined;
    if (segments.includes('_drafts') && !facts.showDrafts) return { state: 'draft', cause: 'drafts-folder', setting: 'show_drafts' };
    if (psychFalse(data.published, entryOf('published')) && !facts.unpublished) return { state: 'draft', cause: 'published', setting: 'unpublished' };
    const date = jekyllDate(post, data, zone, entryOf('date'));
    if (date && date.epochMs > now.getTime() && !facts.future) return { state: 'future', date, setting: 'future', zoneSetting: 'timezone' };
    if (data.draft === true) return facts.templatesReadDraft ? { state: 'unknown', key: 'draft' } : { state: 'published', ...withEntry(entryOf('draft'), '_drafts/') };
    return { state: 'published' };
  };
}

function withEntry(entry: FrontmatterEntry | undefined, draftsFolder: string): { ignored?: FrontmatterEntry; draftsFolder?: string } {
  return entry ? { ignored: entry, draftsFolder } : {};
}

function jekyllDate(post: PublicationSubject, data: Record<string, unknown>, zone: Zone, entry: FrontmatterEntry | undefined): DecidingDate | undefined {
  const written = text(data.date);
  if (written === undefined) {
    // A `_posts` file without `date:` is dated at midnight of its name's day (a draft: its mtime).
    const day = post.file.split('/').includes('_posts') ? filenameDate(post.file.split('/').pop() ?? '') : undefined;
    if (!day) return undefined;
    const parsed = parseInZone(day, zone.fromSite ? zone.name : undefined);
    return parsed.ok ? { key: 'date', value: day, epochMs: parsed.date.epochMs, zone, naive: true, hasTime: false, fromFileName: true } : undefined;
  }
  // An unquoted `YYYY-MM-DD HH:MM:SS` is a YAML timestamp: Psych reads it as UTC.
  const asUtc = post.frontmatter?.format === 'yaml' && entry !== undefined && isNaiveYamlTimestamp(entry.value, isQuotedValue(entry));
  const parsed = asUtc ? parsePostDate(written) : parseInZone(written, zone.fromSite ? zone.name : undefined);
  if (!parsed.ok) return undefined;
  const naive = parsed.date.offsetMinutes === undefined;
  // (Shown in the site's zone all the same: that is the clock its pages print.)
  const result: DecidingDate = { key: 'date', value: written, epochMs: parsed.date.epochMs, zone, naive, hasTime: parsed.date.hasTime };
  if (asUtc) result.yamlTimestamp = true;
  if (entry) result.entry = entry;
  return result;
}

// ---- Hugo ----

export interface HugoPublicationFacts {
  timeZone?: string;
  buildFuture: boolean;
  buildDrafts: boolean;
  buildExpired: boolean;
  /** `[frontmatter]` handlers, lower-cased: `publishdate`, `expirydate` lists as configured. */
  frontmatter: Record<string, string[]>;
}

const HUGO_DEFAULTS: Record<string, string[]> = {
  publishdate: ['publishdate', 'pubdate', 'published', 'date'],
  expirydate: ['expirydate', 'unpublishdate'],
};

/** The date formats Hugo 0.111 parses (checked): `T` or one space, seconds required, offsets as below. */
const HUGO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?| \d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}| [+-]\d{2}:?\d{2}(?: [A-Z]{3,5})?)?)?$/;

export function hugoPublication(facts: HugoPublicationFacts): PublicationOf {
  const zone = zoneOf(facts.timeZone);
  return (post, now) => {
    const own = usableData(post);
    if (!own) return undefined;
    // Hugo reads keys in any case; the first spelling written wins.
    const data = new Map<string, { value: unknown; entry?: FrontmatterEntry }>();
    for (const [key, value] of Object.entries(own)) {
      const lower = key.toLowerCase();
      if (!data.has(lower)) {
        const entry = post.frontmatter?.entries.find((candidate) => candidate.key === key);
        data.set(lower, entry ? { value, entry } : { value });
      }
    }
    const draft = hugoBool(data.get('draft')?.value);
    const published = hugoBool(data.get('published')?.value);
    if (draft ?? (published === undefined ? false : !published)) {
      if (!facts.buildDrafts) return { state: 'draft', cause: draft !== undefined ? 'draft' : 'published', setting: 'buildDrafts' };
    }
    const dateFor = (kind: 'publishdate' | 'expirydate'): DecidingDate | undefined | null => {
      const handlers = (facts.frontmatter[kind] ?? HUGO_DEFAULTS[kind]!).flatMap((handler) => (handler === ':default' ? HUGO_DEFAULTS[kind]! : [handler]));
      for (const handler of handlers) {
        // `:filename`, `:fileModTime`, `:git`: a date this linter does not know; no verdict.
        if (handler.startsWith(':')) return null;
        const found = data.get(handler);
        const written = text(found?.value);
        if (written === undefined || !HUGO_DATE.test(written)) continue;
        const parsed = parseInZone(written, facts.timeZone);
        if (!parsed.ok) continue;
        const result: DecidingDate = { key: found!.entry?.key ?? handler, value: written, epochMs: parsed.date.epochMs, zone, naive: parsed.date.offsetMinutes === undefined, hasTime: parsed.date.hasTime };
        if (found!.entry) result.entry = found!.entry;
        return result;
      }
      return undefined;
    };
    const publishDate = dateFor('publishdate');
    if (publishDate && publishDate.epochMs > now.getTime() && !facts.buildFuture) return { state: 'future', date: publishDate, setting: 'buildFuture', zoneSetting: 'timeZone' };
    const expiryDate = dateFor('expirydate');
    if (expiryDate && expiryDate.epochMs < now.getTime() && !facts.buildExpired) return { state: 'expired', date: expiryDate, setting: 'buildExpired' };
    if (publishDate === null || expiryDate === null) return undefined;
    return { state: 'published' };
  };
}

/** Hugo's `cast.ToBool` on a front matter value: booleans, and the strings Go's ParseBool takes. */
function hugoBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(value.trim())) return /^(?:1|t|true)$/i.test(value.trim());
  return undefined;
}

// ---- Hexo ----

export interface HexoPublicationFacts {
  sourceDir: string;
  siteDir: string;
  timeZone?: string;
  future: boolean;
  renderDrafts: boolean;
  templatesReadDraft: boolean;
}

export function hexoPublication(facts: HexoPublicationFacts): PublicationOf {
  const zone = zoneOf(facts.timeZone);
  const source = [facts.siteDir, facts.sourceDir].filter((part) => part !== '').join('/') + '/';
  return (post, now) => {
    const data = usableData(post);
    if (!data) return undefined;
    const inside = post.file.startsWith(source) ? post.file.slice(source.length) : undefined;
    if (inside?.startsWith('_drafts/') && !facts.renderDrafts) return { state: 'draft', cause: 'drafts-folder', setting: 'render_drafts' };
    if (data.published === false && !facts.renderDrafts) return { state: 'draft', cause: 'published', setting: 'render_drafts' };
    const entry = post.frontmatter?.entries.find((candidate) => candidate.key === 'date');
    const written = text(data.date);
    if (written !== undefined && !facts.future) {
      const parsed = parseInZone(written, facts.timeZone);
      if (parsed.ok && parsed.date.epochMs > now.getTime()) {
        const date: DecidingDate = { key: 'date', value: written, epochMs: parsed.date.epochMs, zone, naive: parsed.date.offsetMinutes === undefined, hasTime: parsed.date.hasTime };
        if (entry) date.entry = entry;
        return { state: 'future', date, setting: 'future', zoneSetting: 'timezone' };
      }
    }
    if (data.draft === true) return facts.templatesReadDraft ? { state: 'unknown', key: 'draft' } : { state: 'published', ...withEntry(post.frontmatter?.entries.find((candidate) => candidate.key === 'draft'), source + '_drafts/') };
    return { state: 'published' };
  };
}

// ---- sites whose code decides (Astro, plain markdown) ----

/** Only a `draft: true` is worth a line, and its verdict is the site's code's: unknown. */
export const sitePublication: PublicationOf = (post) => {
  const data = usableData(post);
  return data?.draft === true ? { state: 'unknown', key: 'draft' } : undefined;
};

// ---- showing a time, and the site's scheduled builds ----

/** Abbreviations readers know that ICU does not give (it writes Seoul's zone as `GMT+9`). */
const ZONE_ABBREVIATIONS: Record<string, string> = { 'Asia/Seoul': 'KST', 'Asia/Tokyo': 'JST', UTC: 'UTC', 'Etc/UTC': 'UTC', GMT: 'UTC', 'Etc/GMT': 'UTC' };

/** `2026-12-01 09:00 KST`: the instant as a clock in `zone` shows it, with the zone's name. */
export function formatInZone(epochMs: number, zone: Zone): string {
  const offset = zone.fromSite ? (timeZoneOffsetMinutes(zone.name, new Date(epochMs)) ?? 0) : 0;
  const local = new Date(epochMs + offset * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const clock = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return `${clock} ${zoneLabel(zone, epochMs, offset)}`;
}

function zoneLabel(zone: Zone, epochMs: number, offset: number): string {
  if (!zone.fromSite) return 'UTC';
  const known = ZONE_ABBREVIATIONS[zone.name];
  if (known) return known;
  const sign = offset < 0 ? '-' : '+';
  const numeric = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  if (/^[+-]\d{2}:?\d{2}$/.test(zone.name)) return numeric;
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone.name, timeZoneName: 'short' }).formatToParts(new Date(epochMs)).find((part) => part.type === 'timeZoneName')?.value;
    if (name && !/^GMT/.test(name)) return name;
  } catch {
    // A zone name Intl does not know: shown as the offset (UTC, as the engines fall back).
  }
  return `${numeric} (${zone.name})`;
}

/**
 * The cron of a GitHub workflow that rebuilds the site on a schedule (`on: schedule: - cron:` in a
 * workflow that builds or deploys it): a post dated in the future then appears by itself after
 * that date. Without one, it waits for the next push after its date.
 */
/**
 * What deploys a site from a workflow: the Pages actions, the gh-pages pushers, an engine's build
 * command, a host's CLI or build hook. A scheduled CI check or CodeQL "autobuild" publishes nothing
 * (the two scheduled workflows among the 19 real blogs were those).
 */
const DEPLOYS = /actions\/deploy-pages|upload-pages-artifact|actions-gh-pages|github-pages-deploy-action|jekyll-build-pages|\bjekyll\s+build|actions-hugo|run:\s*hugo\b|\bhexo\s+(?:generate|deploy|g|d)\b|netlify\s+deploy|build_hooks|vercel\b[^\n]*--prod|wrangler\s+pages|cloudflare\/pages-action/i;

export async function scheduledBuild(repo: RepoIndex): Promise<string | undefined> {
  for (const file of [...repo.files].sort()) {
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) continue;
    const text = await readSiteFile(repo, file);
    if (!text || !/^\s*schedule\s*:/m.test(text)) continue;
    const cron = /^\s*-?\s*cron\s*:\s*['"]?([^'"\n#]+?)['"]?\s*(?:#.*)?$/m.exec(text)?.[1];
    if (cron && DEPLOYS.test(text)) return cron.trim();
  }
  return undefined;
}

const ENGINE_LABELS: Record<string, string> = { jekyll: 'Jekyll', hugo: 'Hugo', hexo: 'Hexo', astro: 'Astro', markdown: 'The site' };

/** The engine's name as written in a sentence. */
export function engineLabel(name: string): string {
  return ENGINE_LABELS[name] ?? name;
}

/**
 * True when a Liquid template of the site, a layout or any page (`index.html`, `blog.md`), tests a
 * post's `draft` (`{% unless post.draft %}`): many Jekyll sites hide `draft: true` posts from their
 * lists that way, so the key does something there, and the verdict is the site's.
 */
export async function liquidReadsDraft(repo: RepoIndex): Promise<boolean> {
  let read = 0;
  for (const file of [...repo.files].sort()) {
    if (!/\.(?:html|md|markdown|liquid|xml)$/i.test(file)) continue;
    const segments = file.split('/');
    if (segments.includes('_posts') || segments.includes('_drafts') || segments.includes('_site') || segments.some((segment) => segment.startsWith('.'))) continue;
    // A blog has a handful of templates and pages; past a few thousand files this is a guess anyway.
    if (++read > 3000) break;
    const text = await readSiteFile(repo, file);
    if (text && /\{[{%][^{}]*?\.draft\b/.test(text)) return true;
  }
  return false;
}
