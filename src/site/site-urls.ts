// Where a post is published, as the file the engine writes: `/posts/x/` is `posts/x/index.html`,
// Jekyll's `/x` is `x.html`. Two posts with the same output file are one page on the site (the engine
// writes both and the last one wins); a link to a path no output file has goes nowhere.
//
// Checked with the real engines (Jekyll 4.3.1, Hugo 0.111.3; test/oracle/permalink-collision.test.ts):
// - Jekyll keeps the case and the Unicode form (NFC or NFD) of a file name in the URL: `World` and
//   `world`, `한글` in NFC and in NFD make four folders in `_site/`, which a Linux server (GitHub
//   Pages) serves as four pages. A permalink without a trailing slash or an extension is written as
//   `x.html`, the same file as `/x.html`. It warns "Conflict: The following destination is shared by
//   multiple files" and builds anyway.
// - Hugo lowercases paths made from file names, slugs and titles (unless `disablePathToLower`), not
//   `url:`; it keeps the Unicode form too; `x.md` and `x/index.md` are the same page; it says nothing.
import type { Engine, HugoUrls } from '../engines/types.js';
import { permalinkAt, type UrlSubject } from './permalink.js';
import { parsePostDate } from '../post/dates.js';

export interface PostUrl {
  /** The URL path under the base URL, as the engine makes it (`/posts/x/`). */
  url: string;
  /** The file the engine writes for it, relative to the output folder (`posts/x/index.html`). */
  output: string;
}

/** The post's URL and output file, when the engine's URL rules are known here (Jekyll, Hugo). */
export function postUrlOf(subject: UrlSubject): PostUrl | undefined {
  const { engine } = subject;
  let url: string | undefined;
  if (engine.permalinks === 'jekyll') url = permalinkAt(subject, subject.file, { exactNames: true });
  else if (engine.permalinks === 'hugo' && engine.hugoUrls) url = hugoPostUrl(subject, engine.hugoUrls);
  if (url === undefined) return undefined;
  const output = outputFile(engine, url);
  return output === undefined ? undefined : { url, output };
}

/** The output file a URL path is served from (`/a/` -> `a/index.html`; Jekyll `/a` -> `a.html`, Hugo `/a` -> `a/index.html`). */
export function outputFile(engine: Pick<Engine, 'permalinks'>, url: string): string | undefined {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // as written
  }
  const clean = decoded.replace(/[?#].*$/, '').replace(/\/{2,}/g, '/').replace(/^\//, '');
  if (clean.split('/').some((segment) => segment === '..')) return undefined;
  if (clean === '' || clean.endsWith('/')) return clean + 'index.html';
  const last = clean.split('/').pop()!;
  if (last.includes('.')) return clean;
  return engine.permalinks === 'jekyll' ? clean + '.html' : clean + '/index.html';
}

/** Hugo's `MakePath`: letters, digits, marks and `._~#+-@/` kept, runs of spaces and hyphens made one hyphen, lowercased unless told not to. */
export function hugoPath(text: string, lowercase: boolean): string {
  let out = '';
  let hyphen = false;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const allowed = /[\p{L}\p{Nd}\p{M}._~#+\-@/\\]/u.test(c) || (c === '%' && /^[0-9a-f]{2}$/i.test((chars[i + 1] ?? '') + (chars[i + 2] ?? '')));
    if (allowed) {
      if (hyphen) out += '-';
      hyphen = false;
      out += c;
    } else if (out.length > 0 && /\s/u.test(c)) {
      hyphen = true;
    }
  }
  return lowercase ? out.toLowerCase() : out;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Front matter keys as Hugo reads them (case-insensitive). */
function folded(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) out[key.toLowerCase()] ??= value;
  return out;
}

const HUGO_DATE_TOKENS = new Set(['year', 'month', 'monthname', 'day', 'weekday', 'weekdayname', 'yearday']);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function hugoPostUrl(subject: UrlSubject, urls: HugoUrls): string | undefined {
  const data = folded(subject.frontmatter && subject.frontmatter.errors.length === 0 ? subject.frontmatter.data : {});
  const explicit = scalar(data.url);
  // `url:` is used as written (its case kept: checked).
  if (explicit) return ('/' + explicit).replace(/\/{2,}/g, '/');
  const prefix = urls.contentDir + '/';
  if (!subject.file.startsWith(prefix)) return undefined;
  const segments = subject.file.slice(prefix.length).split('/');
  const fileName = segments.pop()!;
  const base = fileName.replace(/\.[^.]+$/, '');
  if (base === '_index') return undefined; // a section's list page
  // A language in the file name (`x.ko.md`) is a translation: its URL is the language's to place.
  if (/\.[a-z]{2}(?:-[a-z]{2,4})?$/i.test(base)) return undefined;
  const bundle = base === 'index';
  const name = bundle ? segments.at(-1) : base;
  if (name === undefined) return undefined;
  const dirs = bundle ? segments.slice(0, -1) : segments;
  const slug = scalar(data.slug);
  const section = segments[0];
  // A page at the top of content/ has no section; a bundle's own folder is not its section.
  const pattern = section !== undefined && (dirs.length > 0 || !bundle) ? urls.permalinks[section.toLowerCase()] : undefined;
  if (pattern !== undefined) {
    const title = scalar(data.title) ?? '';
    // No date: Go's zero time, year 1 (checked: `/:year/` gives `/1/`).
    let date: Date | undefined = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(1);
    const dateValue = data.date ?? data.publishdate ?? data.pubdate;
    if (dateValue !== undefined && dateValue !== null) {
      const parsed = parsePostDate(dateValue instanceof Date ? dateValue.toISOString() : dateValue);
      // The calendar as written (Hugo keeps the date's own offset).
      date = parsed.ok ? new Date(Date.UTC(parsed.date.year, parsed.date.month - 1, parsed.date.day)) : undefined;
    }
    let unknown = false;
    const expanded = pattern.replace(/:([a-z]+)/gi, (whole, token: string) => {
      const key = token.toLowerCase();
      if (HUGO_DATE_TOKENS.has(key)) {
        if (!date) {
          unknown = true;
          return whole;
        }
        switch (key) {
          case 'year': return String(date.getUTCFullYear());
          case 'month': return String(date.getUTCMonth() + 1).padStart(2, '0');
          case 'monthname': return MONTH_NAMES[date.getUTCMonth()]!;
          case 'day': return String(date.getUTCDate()).padStart(2, '0');
          case 'weekday': return String(date.getUTCDay());
          case 'weekdayname': return DAY_NAMES[date.getUTCDay()]!;
          default: return String(Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1);
        }
      }
      if (key === 'section') return hugoPath(section!, urls.lowercase);
      if (key === 'sections') return dirs.map((dir) => hugoPath(dir, urls.lowercase)).join('/');
      if (key === 'title') return hugoPath(title, urls.lowercase);
      if (key === 'slug') return hugoPath(slug ?? title, urls.lowercase);
      if (key === 'filename') return hugoPath(name, urls.lowercase);
      unknown = true;
      return whole;
    });
    if (unknown) return undefined;
    return ('/' + expanded).replace(/\/{2,}/g, '/');
  }
  const parts = [...dirs, slug ?? name].map((part) => hugoPath(part, urls.lowercase));
  return ('/' + parts.join('/') + '/').replace(/\/{2,}/g, '/');
}
