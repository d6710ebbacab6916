// What the blog's own configuration says that changes a verdict: Jekyll's `_config.yml`
// (`timezone`, `future`, `baseurl`, front-matter `defaults`) or Hugo's `hugo.*`/`config.*`
// (`timeZone`, `buildFuture`). A site config that fails to parse is ignored, not fatal: it is the
// blog engine's job to reject it.
import { parseYamlValue as parseYaml } from '../post/yaml-document.js';
import { parse as parseToml } from 'smol-toml';
import { dataNestingPast } from '../post/nesting.js';
import picomatch from 'picomatch';
import { readSiteText } from '../post/read.js';
import type { PresetName } from '../presets/index.js';
import { isLang } from '../i18n/index.js';
import type { Lang } from '../core/types.js';

export interface SiteConfig {
  /** The file it came from, repo-relative, if any. */
  file?: string;
  timeZone?: string;
  future: boolean;
  baseUrl: string;
  /** Chirpy's `cdn:` (legacy `img_cdn:`): media paths starting with `/` are served from there. */
  cdn?: string;
  /** Jekyll's `permalink:` (a pattern or a style name like `pretty`), for the preview URL. */
  permalink?: string;
  /** Jekyll themes set by `theme:`/`remote_theme:` (Chirpy's `/posts/:title/` comes with it). */
  theme?: string;
  /** Front-matter defaults (`_config.yml` `defaults:`) that apply to posts. */
  defaults: Array<{ path: string; type?: string; values: Record<string, unknown> }>;
  /**
   * The language the site declares, when we have messages in it: the default for `lang` when
   * neither the run nor the config file sets one. Absent: undeclared, or a language we lack.
   */
  language?: Lang;
}

const candidates: Record<PresetName, string[]> = {
  jekyll: ['_config.yml', '_config.yaml'],
  hugo: ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config/_default/hugo.toml', 'config/_default/hugo.yaml', 'config/_default/config.toml', 'config/_default/config.yaml'],
  hexo: ['_config.yml', '_config.yaml'],
  astro: [],
  markdown: [],
};

const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js', 'astro.config.cjs'];

export async function loadSiteConfig(root: string, preset: PresetName): Promise<SiteConfig> {
  if (preset === 'astro') return { future: false, baseUrl: '', defaults: [], ...(await astroLanguage(root)) };
  for (const name of candidates[preset]) {
    // Only a regular file inside the repository (not a FIFO, a device or a link leading out).
    const read = await readSiteText(root, name);
    if (!read.ok) continue;
    const text = read.text;
    let data: unknown;
    try {
      data = name.endsWith('.toml') ? parseToml(text) : parseYaml(text, { maxAliasCount: 100 });
      // Nested past what any site needs (a TOML dotted key of thousands of parts): not read, as
      // a file that does not parse, rather than a stack overflow later.
      if (dataNestingPast(data)) throw new Error('too deep');
    } catch {
      return { file: name, future: false, baseUrl: '', defaults: [] };
    }
    return { file: name, ...readSiteData(data && typeof data === 'object' ? (data as Record<string, unknown>) : {}) };
  }
  return { future: false, baseUrl: '', defaults: [] };
}

function readSiteData(raw: Record<string, unknown>): Omit<SiteConfig, 'file'> {
  // Hugo's keys are case-insensitive (`baseURL`, `buildFuture`, `timeZone`); Jekyll's are lower-case already.
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) data[key.toLowerCase()] ??= value;
  const timeZone = data.timezone;
  const site: Omit<SiteConfig, 'file'> = {
    future: data.future === true || data.buildfuture === true,
    baseUrl: typeof data.baseurl === 'string' ? pathOfBaseUrl(data.baseurl) : '',
    defaults: [],
  };
  if (typeof timeZone === 'string' && timeZone.trim() !== '') site.timeZone = timeZone.trim();
  const language = languageOf(data);
  if (language) site.language = language;
  const cdn = data.cdn ?? data.img_cdn;
  if (typeof cdn === 'string' && cdn.trim() !== '') site.cdn = cdn.trim();
  if (typeof data.permalink === 'string' && data.permalink.trim() !== '') site.permalink = data.permalink.trim();
  const theme = data.theme ?? data.remote_theme;
  if (typeof theme === 'string' && theme.trim() !== '') site.theme = theme.trim();
  if (Array.isArray(data.defaults)) {
    for (const entry of data.defaults) {
      if (!entry || typeof entry !== 'object') continue;
      const { scope, values } = entry as { scope?: Record<string, unknown>; values?: unknown };
      if (!values || typeof values !== 'object') continue;
      const scopePath = typeof scope?.path === 'string' ? scope.path : '';
      const item: SiteConfig['defaults'][number] = { path: scopePath, values: values as Record<string, unknown> };
      if (typeof scope?.type === 'string') item.type = scope.type;
      site.defaults.push(item);
    }
  }
  return site;
}

/**
 * The site's language: Hugo's `defaultContentLanguage`, then its `languageCode` (`ko-kr`), Jekyll's
 * `lang` (`ko-KR`, Chirpy and most themes), Hexo's `language` (a list: the first is the default).
 * The first key the site sets decides; a language we have no messages in (`ja`) leaves English.
 */
function languageOf(data: Record<string, unknown>): Lang | undefined {
  for (const key of ['defaultcontentlanguage', 'languagecode', 'lang', 'language']) {
    const value = Array.isArray(data[key]) ? (data[key] as unknown[])[0] : data[key];
    if (typeof value === 'string' && value.trim() !== '') return langOfTag(value);
  }
  return undefined;
}

/** `ko`, `ko-KR`, `ko_kr` → ko; `en-US` → en; anything else → undefined. */
export function langOfTag(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(primary) ? primary : undefined;
}

/** The language a run speaks when neither `--lang`/the `lang` input nor the config file names one. */
export async function siteLanguage(root: string, preset: PresetName): Promise<Lang | undefined> {
  return (await loadSiteConfig(root, preset)).language;
}

/** Astro states its language in code: `i18n: { defaultLocale: 'ko' }` in astro.config, read as text. */
async function astroLanguage(root: string): Promise<{ language?: Lang }> {
  for (const name of ASTRO_CONFIGS) {
    const read = await readSiteText(root, name);
    if (!read.ok) continue;
    const locale = /\bdefaultLocale\s*:\s*['"`]([A-Za-z_-]{2,20})['"`]/.exec(read.text)?.[1];
    const language = locale ? langOfTag(locale) : undefined;
    return language ? { language } : {};
  }
  return {};
}

/** Jekyll's `baseurl` is a path; Hugo's `baseURL` is a full URL whose path part is what matters. */
function pathOfBaseUrl(value: string): string {
  try {
    return /^[a-z]+:\/\//i.test(value) ? new URL(value).pathname.replace(/\/$/, '') : value;
  } catch {
    return value;
  }
}

/** Keys that `_config.yml` defaults give this post (Jekyll: scope path prefix or glob, type posts/drafts). */
export function defaultKeysFor(site: SiteConfig, file: string): Set<string> {
  return new Set(Object.keys(defaultValuesFor(site, file)));
}

/** The values `_config.yml` `defaults:` give this file (later entries win, as in Jekyll). */
export function defaultValuesFor(site: SiteConfig, file: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  // Jekyll reads _drafts into the posts collection, so drafts are type `posts` too.
  const segments = file.split('/');
  const type = segments.includes('_posts') || segments.includes('_drafts') ? 'posts' : 'pages';
  for (const entry of site.defaults) {
    // Jekyll still maps the deprecated singular types (`post`, `page`, `draft`).
    const wanted = entry.type === 'post' || entry.type === 'draft' || entry.type === 'drafts' ? 'posts' : entry.type === 'page' ? 'pages' : entry.type;
    if (wanted && wanted !== type) continue;
    const scope = entry.path.replace(/^\.?\//, '').replace(/\/$/, '');
    const applies = scope === '' || (scope.includes('*') ? picomatch(scope)(file) || picomatch(`${scope}/**`)(file) : file === scope || file.startsWith(scope + '/'));
    if (applies) Object.assign(values, entry.values);
  }
  return values;
}
