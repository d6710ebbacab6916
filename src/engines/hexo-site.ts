// What a Hexo site says: its `_config.yml` (read as YAML data, never run), which Markdown renderer
// its package.json installs, which files are posts, drafts and pages, and where an image written in
// a post is looked for.
//
// Engine facts this module relies on (checked in Hexo's sources and docs):
// - Defaults (hexojs/hexo lib/hexo/default_config.ts; https://hexo.io/docs/configuration):
//   `source_dir: source`, `permalink: :year/:month/:day/:title/`, `new_post_name: :title.md`,
//   `titlecase: false`, `filename_case: 0`, `post_asset_folder: false`, `relative_link: false`,
//   `future: true` (future-dated posts ARE published, unlike Jekyll and Hugo),
//   `default_category: uncategorized`, `theme: landscape`, `root: /`.
// - Hexo merges the user's config over the defaults (hexo-util deepMerge: a key written with an
//   empty value, `future:`, replaces the default with null) and then tests options by JS truthiness.
//   When the user gives no `root`, it is the pathname of `url` (lib/hexo/load_config.ts), always with
//   a trailing slash.
// - Themes: `themes/<theme>/` wins over `node_modules/hexo-theme-<theme>/`; a theme's `source/` is
//   published at the site root like the site's own `source/`.
// - Posts: files under `<source>/_posts/` (drafts: `_drafts/`) with a renderer; a path segment starting
//   with `_` or `.` below that is hidden. With `post_asset_folder`, only files with `new_post_name`'s
//   extension are posts, the rest are assets; the asset folder of `_posts/a/b.md` is `_posts/a/b/`
//   (lib/models/post.ts `asset_dir`). Other files under source are pages (renderable) or copied
//   assets, unless a segment starts with `_` or `.` (lib/plugins/processor/common.ts isHiddenFile).
// - `{% asset_img x.png %}` / `{% asset_path %}` / `{% asset_link %}` look the slug up among the post's
//   assets: they need `post_asset_folder: true` and the file in the post's asset folder.
// - hexo-renderer-marked rewrites image URLs: with `prependRoot` (default true since 5.0.0, false
//   before) an internal URL is passed through `url_for`, so a relative `x.png` becomes `<root>x.png`,
//   i.e. `<source>/x.png`, not a file beside the post. With `postAsset` (default false) and
//   `post_asset_folder`, a relative URL is first looked up in the post's asset folder
//   (https://hexo.io/docs/asset-folders, "Embedding an image using markdown"). `relative_link: true`
//   turns the rewriting off. hexo-renderer-markdown-it does the same under `markdown.images`
//   (`prepend_root`, `post_asset`, both false by default) and also accepts `<post-name>/x.png`.
//   Without rewriting, a relative URL is resolved by the browser against the page URL; for a post
//   whose permalink ends with `/` that is the folder where its assets are published.
import path from 'node:path';
import picomatch from 'picomatch';
import { parseYamlValue as parseYaml } from '../post/yaml-document.js';

export type HexoRenderer = 'marked' | 'markdown-it' | 'pandoc' | 'kramed' | 'unknown';

export interface HexoConfig {
  /** The site's folder inside the repository ('' = the repository root). */
  siteDir: string;
  sourceDir: string;
  postAssetFolder: boolean;
  /** The theme's name; undefined when the config turns themes off (`theme: false`, `theme:`). */
  theme?: string;
  permalink: string;
  newPostName: string;
  /** The URL root, always ending with `/`. */
  root: string;
  url?: string;
  timezone?: string;
  /** Publish posts dated in the future (Hexo's default: true). */
  future: boolean;
  /** Publish `_drafts/` and `published: false` posts too (Hexo's default: false). */
  renderDrafts: boolean;
  relativeLink: boolean;
  titlecase: boolean;
  /** 0: keep, 1: lower case, 2: upper case. */
  filenameCase: number;
  defaultCategory: string;
  /** `skip_render` patterns (source-relative). */
  skipRender: string[];
  /** The Markdown renderer package.json installs; 'unknown' when none or more than one. */
  renderer: HexoRenderer;
  /** Every Markdown renderer package found in package.json. */
  rendererPackages: string[];
  /** Whether the renderer rewrites internal image URLs to `<root>…` (marked `prependRoot`, markdown-it `prepend_root`). */
  prependRoot: boolean;
  /** Whether the renderer looks relative image URLs up in the post's asset folder (`postAsset`/`post_asset`). */
  postAsset: boolean;
  /** What could not be read (a YAML or JSON error); the defaults stand in for it. */
  errors: string[];
}

export interface ReadHexoOptions {
  /** The site's folder inside the repository ('' = the repository root). */
  siteDir?: string;
}

const MAX_TEXT = 1_000_000;
/**
 * A site config is a few KB. Above this size, only the top-level keys read here are handed to the
 * YAML parser (whose cost grows faster than the text), and each of them only up to `MAX_BLOCK`.
 */
const FULL_PARSE_LIMIT = 64 * 1024;
const MAX_BLOCK = 16 * 1024;
const KEYS_READ = new Set([
  'url',
  'root',
  'permalink',
  'source_dir',
  'new_post_name',
  'titlecase',
  'filename_case',
  'post_asset_folder',
  'relative_link',
  'future',
  'render_drafts',
  'default_category',
  'timezone',
  'theme',
  'skip_render',
  'marked',
  'markdown',
]);

/**
 * The lines of the top-level keys this module reads, by a linear line scan: a block starts at a
 * line `key:` in column 0 and runs to the next line in column 0 that is not a comment.
 */
function pickTopLevelBlocks(text: string): { text: string; errors: string[] } {
  const out: string[] = [];
  const errors: string[] = [];
  let keep = false;
  let blockSize = 0;
  let blockKey = '';
  let blockStart = 0;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    const first = line.charCodeAt(0);
    const column0 = line.length > 0 && first !== 32 && first !== 9 && first !== 35 && first !== 13; // not blank, indented or a comment
    if (column0) {
      if (keep && blockSize > MAX_BLOCK) {
        out.length = blockStart;
        errors.push(`_config.yml: \`${blockKey}\` is too large to read`);
      }
      const key = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:(?:[ \t]|$)/.exec(line.length > 200 ? line.slice(0, 200) : line)?.[1];
      keep = key !== undefined && KEYS_READ.has(key);
      blockKey = key ?? '';
      blockSize = 0;
      blockStart = out.length;
    }
    if (keep) {
      blockSize += line.length + 1;
      if (blockSize <= MAX_BLOCK + 1) out.push(line);
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  if (keep && blockSize > MAX_BLOCK) {
    out.length = blockStart;
    errors.push(`_config.yml: \`${blockKey}\` is too large to read`);
  }
  return { text: out.join('\n'), errors };
}

const RENDERER_PACKAGES: Array<[string, HexoRenderer]> = [
  ['hexo-renderer-marked', 'marked'],
  ['hexo-renderer-markdown-it', 'markdown-it'],
  ['hexo-renderer-markdown-it-plus', 'markdown-it'],
  ['hexo-renderer-pandoc', 'pandoc'],
  ['hexo-renderer-kramed', 'kramed'],
];

function has(object: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A string option: the default when absent, the text when given. */
function text(data: Record<string, unknown>, key: string, fallback: string): string {
  if (!has(data, key)) return fallback;
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

/** A flag as Hexo tests it: the default when absent, JS truthiness when written. */
function flag(data: Record<string, unknown>, key: string, fallback: boolean): boolean {
  return has(data, key) ? Boolean(data[key]) : fallback;
}

/** `s` without the slashes it ends with (a loop: a regex like /\/+$/ is quadratic on `////…x`). */
function trimTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 47) end--;
  return s.slice(0, end);
}

/** A config folder as a plain relative path: `./src/` → `src`, `.` → ''. */
function trimSlashes(value: string): string {
  const normalized = path.posix.normalize(value.replace(/\\/g, '/'));
  return normalized === '.' ? '' : trimTrailingSlashes(normalized).replace(/^\/+/, '');
}

/** The major version a dependency range asks for (`^6.3.0` → 6), when it says one. */
function majorOf(range: unknown): number | undefined {
  if (typeof range !== 'string') return undefined;
  const match = /^[\^~>=v]*\s*(\d{1,4})(?:\.|$|\s)/.exec(range.trimStart());
  return match ? Number(match[1]) : undefined;
}

/**
 * Reads `_config.yml` (and optionally package.json) into the options that change what a post becomes.
 * A config that fails to parse yields the defaults and an entry in `errors`.
 */
export function readHexoConfig(configText: string, packageJsonText?: string, options: ReadHexoOptions = {}): HexoConfig {
  const errors: string[] = [];
  let data: Record<string, unknown> = {};
  if (configText.length > MAX_TEXT) errors.push('_config.yml is too large to read');
  else {
    let yamlText = configText;
    if (configText.length > FULL_PARSE_LIMIT) {
      const picked = pickTopLevelBlocks(configText);
      yamlText = picked.text;
      errors.push(...picked.errors);
    }
    try {
      data = asRecord(parseYaml(yamlText, { maxAliasCount: 100, prettyErrors: false, logLevel: 'error' }));
    } catch (error) {
      errors.push(`_config.yml: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  let url: string | undefined;
  if (typeof data.url === 'string' && data.url.trim() !== '') url = trimTrailingSlashes(data.url.trim());
  // load_config.ts: no `root` → the pathname of `url`; then one trailing slash.
  let root = typeof data.root === 'string' && data.root !== '' ? data.root : undefined;
  if (root === undefined) {
    root = '/';
    if (url && URL.canParse(url)) root = new URL(url).pathname;
  }
  root = trimTrailingSlashes(root) + '/';
  if (!root.startsWith('/')) root = '/' + root;

  let theme: string | undefined = 'landscape';
  if (has(data, 'theme')) {
    const value = data.theme;
    theme = value === null || value === false || value === '' || value === undefined ? undefined : String(value);
  }

  const skip = data.skip_render;
  const skipRender = (Array.isArray(skip) ? skip : typeof skip === 'string' ? [skip] : []).filter((p): p is string => typeof p === 'string' && p !== '').slice(0, 200);

  const config: HexoConfig = {
    siteDir: trimSlashes(options.siteDir ?? ''),
    sourceDir: trimSlashes(text(data, 'source_dir', 'source')) || 'source',
    postAssetFolder: flag(data, 'post_asset_folder', false),
    permalink: text(data, 'permalink', ':year/:month/:day/:title/'),
    newPostName: text(data, 'new_post_name', ':title.md'),
    root,
    future: flag(data, 'future', true),
    renderDrafts: flag(data, 'render_drafts', false),
    relativeLink: flag(data, 'relative_link', false),
    titlecase: flag(data, 'titlecase', false),
    filenameCase: Number(data.filename_case) === 1 || Number(data.filename_case) === 2 ? Number(data.filename_case) : 0,
    defaultCategory: text(data, 'default_category', 'uncategorized'),
    skipRender,
    renderer: 'unknown',
    rendererPackages: [],
    prependRoot: false,
    postAsset: false,
    errors,
  };
  if (theme !== undefined) config.theme = theme;
  if (url !== undefined) config.url = url;
  if (typeof data.timezone === 'string' && data.timezone.trim() !== '') config.timezone = data.timezone.trim();

  let rendererMajor: number | undefined;
  if (packageJsonText !== undefined) {
    let pkg: Record<string, unknown> = {};
    try {
      pkg = packageJsonText.length > MAX_TEXT ? {} : asRecord(JSON.parse(packageJsonText));
    } catch (error) {
      errors.push(`package.json: ${(error as Error).message}`);
    }
    // Hexo loads plugins from dependencies and devDependencies (lib/hexo/load_plugins.ts).
    const deps = { ...asRecord(pkg.devDependencies), ...asRecord(pkg.dependencies) };
    const found = new Set<HexoRenderer>();
    for (const [name, renderer] of RENDERER_PACKAGES) {
      if (!has(deps, name)) continue;
      config.rendererPackages.push(name);
      found.add(renderer);
      if (renderer === 'marked') rendererMajor = majorOf(deps[name]);
    }
    // Plugins load concurrently: with two Markdown renderers, which one registers last is not fixed.
    if (found.size === 1) config.renderer = [...found][0]!;
  }

  if (config.renderer === 'marked') {
    const marked = asRecord(data.marked);
    const prependDefault = rendererMajor === undefined || rendererMajor >= 5;
    config.prependRoot = flag(marked, 'prependRoot', prependDefault);
    config.postAsset = flag(marked, 'postAsset', false);
  } else if (config.renderer === 'markdown-it') {
    const images = asRecord(asRecord(data.markdown).images);
    config.prependRoot = flag(images, 'prepend_root', false);
    config.postAsset = flag(images, 'post_asset', false);
  }
  return config;
}

// ---------------------------------------------------------------------------------------------
// Posts, drafts and pages

export interface HexoPostInfo {
  /** 'asset': copied as is (an image, or a post asset); 'ignored': hidden or outside `source`. */
  kind: 'post' | 'draft' | 'page' | 'asset' | 'ignored';
  /** The file's path relative to the source folder (undefined when outside it). */
  sourcePath?: string;
  /** For a post or draft: its asset folder (repo path, no trailing slash). */
  assetDir?: string;
  /** For a post or draft: the file name without its extension. */
  name?: string;
}

/** Extensions Hexo's Markdown renderers register, plus the other renderable pages of a default site. */
const RENDERABLE = new Set(['.md', '.markdown', '.mkd', '.mkdn', '.mdwn', '.mdtxt', '.mdtext', '.html', '.htm', '.ejs', '.njk', '.pug', '.swig']);

function isHidden(sourcePath: string): boolean {
  return sourcePath.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'));
}

function isTmp(sourcePath: string): boolean {
  return sourcePath.endsWith('%') || sourcePath.endsWith('~');
}

/** Repo path of the site's source folder. */
function sourceRoot(config: HexoConfig): string {
  return config.siteDir ? `${config.siteDir}/${config.sourceDir}` : config.sourceDir;
}

function matchesSkipRender(sourcePath: string, config: HexoConfig): boolean {
  if (config.skipRender.length === 0) return false;
  try {
    return picomatch(config.skipRender, { dot: true })(sourcePath);
  } catch {
    return false;
  }
}

/** What Hexo makes of a repo file: a post (`_posts/**`), a draft (`_drafts/**`), a page, or neither. */
export function hexoPostInfo(file: string, config: HexoConfig): HexoPostInfo {
  const normalized = path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '');
  const source = sourceRoot(config);
  if (!normalized.startsWith(source + '/')) return { kind: 'ignored' };
  const sourcePath = normalized.slice(source.length + 1);
  if (isTmp(sourcePath)) return { kind: 'ignored', sourcePath };
  const ext = path.posix.extname(sourcePath).toLowerCase();
  for (const [dir, kind] of [
    ['_posts/', 'post'],
    ['_drafts/', 'draft'],
  ] as const) {
    if (!sourcePath.startsWith(dir)) continue;
    const inner = sourcePath.slice(dir.length);
    if (isHidden(inner)) return { kind: 'ignored', sourcePath };
    let renderable = RENDERABLE.has(ext) && !matchesSkipRender(sourcePath, config);
    if (renderable && config.postAssetFolder) renderable = ext === path.posix.extname(config.newPostName).toLowerCase();
    if (!renderable) return { kind: 'asset', sourcePath };
    const withoutExt = normalized.slice(0, normalized.length - path.posix.extname(normalized).length);
    return { kind, sourcePath, assetDir: withoutExt, name: path.posix.basename(withoutExt) };
  }
  if (isHidden(sourcePath)) return { kind: 'ignored', sourcePath };
  const renderable = RENDERABLE.has(ext) && !matchesSkipRender(sourcePath, config);
  return { kind: renderable ? 'page' : 'asset', sourcePath };
}

// ---------------------------------------------------------------------------------------------
// Images

function cleanUrl(url: string): string | undefined {
  let spec = url.trim();
  if (spec === '' || spec.startsWith('#') || spec.startsWith('//')) return undefined;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(spec)) return undefined; // http:, https:, data:, mailto:
  const cut = spec.search(/[?#]/);
  if (cut !== -1) spec = spec.slice(0, cut);
  try {
    spec = decodeURI(spec);
  } catch {
    // keep it as written
  }
  return spec === '' ? undefined : spec;
}

function join(...parts: string[]): string {
  return path.posix.normalize(path.posix.join(...parts.filter((p) => p !== '')));
}

/** Where a site-root URL path (`x.png` for `/x.png`) can come from: the source, then the theme's. */
function siteRootCandidates(rest: string, config: HexoConfig): string[] {
  const out = [join(sourceRoot(config), rest)];
  if (config.theme) {
    out.push(join(config.siteDir, 'themes', config.theme, 'source', rest));
    out.push(join(config.siteDir, 'node_modules', `hexo-theme-${config.theme}`, 'source', rest));
  }
  return out;
}

/**
 * Repo paths to check for an image URL written in `postFile`, in Hexo's order; [] for a remote URL.
 * `/x.png` → `<source>/x.png`, the theme's `source/x.png`; a relative URL → the post's asset folder
 * and/or the site root, depending on the renderer's rewriting (see the top of this file).
 */
export function hexoImageCandidates(url: string, postFile: string, config: HexoConfig): string[] {
  const spec = cleanUrl(url);
  if (spec === undefined) return [];
  // marked rewrites internal URLs when `prependRoot`; markdown-it when `prepend_root` or `post_asset`;
  // `relative_link: true` stops both.
  const rewrites =
    !config.relativeLink &&
    ((config.renderer === 'marked' && config.prependRoot) || (config.renderer === 'markdown-it' && (config.prependRoot || config.postAsset)));
  if (spec.startsWith('/')) {
    let rest = spec.slice(1);
    // Left as written, `/blog/x.png` already carries the root; rewritten, `/x.png` gets it prepended.
    if (!rewrites && config.root !== '/' && spec.startsWith(config.root)) rest = spec.slice(config.root.length);
    return siteRootCandidates(rest, config);
  }
  const info = hexoPostInfo(postFile, config);
  const isPost = info.kind === 'post' || info.kind === 'draft';
  const out: string[] = [];
  const add = (candidate: string) => {
    if (!out.includes(candidate)) out.push(candidate);
  };
  if (rewrites) {
    // The post's asset folder first (post assets exist only with `post_asset_folder`), then
    // `url_for`, which makes `x.png` the site-root `/x.png`.
    if (isPost && info.assetDir && config.postAssetFolder && config.postAsset) {
      add(join(info.assetDir, spec));
      // markdown-it also accepts `<post-name>/x.png` (what Typora writes).
      if (config.renderer === 'markdown-it' && info.name && spec.startsWith(info.name + '/')) add(join(info.assetDir, spec.slice(info.name.length + 1)));
    }
    for (const candidate of siteRootCandidates(spec, config)) add(candidate);
    return out;
  }
  // No rewriting: the browser resolves the URL against the page. A post's page is its permalink
  // folder, where its asset folder is published (and when the renderer is not known, that is the
  // candidate too); a page's is its own folder.
  if (isPost && info.assetDir) add(join(info.assetDir, spec));
  else add(join(path.posix.dirname(postFile), spec));
  return out;
}

/**
 * Repo paths for `{% asset_img slug %}` / `{% asset_path slug %}` / `{% asset_link slug %}`: the
 * post's asset folder, only when `post_asset_folder` is on (otherwise the tag renders nothing).
 */
export function hexoAssetTagCandidates(slug: string, postFile: string, config: HexoConfig): string[] {
  if (!config.postAssetFolder) return [];
  const info = hexoPostInfo(postFile, config);
  if ((info.kind !== 'post' && info.kind !== 'draft') || !info.assetDir) return [];
  const clean = slug.trim().replace(/^["']|["']$/g, '');
  return clean === '' ? [] : [join(info.assetDir, clean)];
}

// ---------------------------------------------------------------------------------------------
// Slugs: what `{% post_link slug %}` looks a post up by

/** `new_post_name`'s placeholders with their own pattern (hexo lib/plugins/processor/post.ts); any other is `(.+?)`. */
const NAME_SEGMENTS: Record<string, string> = { year: '(\\d{4})', month: '(\\d{2})', day: '(\\d{2})', i_month: '(\\d{1,2})', i_day: '(\\d{1,2})', hash: '([0-9a-f]{12})' };

const NAME_PATTERNS = new Map<string, { regex: RegExp; params: string[] }>();

/** hexo-util's `Permalink` for `new_post_name` without its extension. */
function namePattern(newPostName: string): { regex: RegExp; params: string[] } {
  const rule = newPostName.slice(0, newPostName.length - path.posix.extname(newPostName).length);
  let pattern = NAME_PATTERNS.get(rule);
  if (!pattern) {
    const params: string[] = [];
    const source = rule.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&').replace(/:(\w*[^_\W])/g, (_match, name: string) => {
      params.push(name);
      return NAME_SEGMENTS[name] ?? '(.+?)';
    });
    pattern = { regex: new RegExp(`^${source}$`), params };
    NAME_PATTERNS.set(rule, pattern);
  }
  return pattern;
}

/**
 * hexo-util `slugize`: its diacritics table turns accented, fullwidth and circled Latin letters into
 * plain ones (`é` → `e`, `Ａ` → `A`), here by Unicode decomposition, which gives the table's letter
 * for each of the 594 characters it is used on (checked against hexo-util in
 * test/engines/hexo-site.test.ts). `exact` is false when the text has other letters the table may
 * change (`æ` → `ae`, `ø` → `o`: the Latin letters); Hangul, CJK, punctuation, emoji pass through as
 * they are.
 */
function slugize(text: string): { slug: string; exact: boolean } {
  let exact = true;
  const escaped = text.replace(/[^\u0000-\u007e]/gu, (char) => {
    const plain = plainLetter(char);
    if (plain !== undefined) return plain;
    // Every other character of the table is a Latin letter (or one of two C1 controls).
    if (/[\p{Script=Latin}\u0080-\u009f]/u.test(char)) exact = false;
    return char;
  });
  const slug = escaped
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return { slug, exact };
}

/** The plain letter hexo-util's diacritics table gives an accented, fullwidth or circled Latin letter; undefined for any other character. */
export function plainLetter(char: string): string | undefined {
  const code = char.codePointAt(0)!;
  // Fullwidth A-Z, a-z and circled A-Z, a-z.
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || (code >= 0x24b6 && code <= 0x24e9)) return char.normalize('NFKD');
  // A letter with marks (not a singleton such as the Kelvin sign, which the table leaves alone).
  if (char.normalize('NFC') !== char) return undefined;
  const bare = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return bare !== char && /^[A-Za-z]$/.test(bare) ? bare : undefined;
}

export interface HexoSlug {
  slug: string;
  /** False when Hexo's diacritics table may spell the slug otherwise (`café` may be `cafe`). */
  exact: boolean;
}

/**
 * The slug Hexo gives a post or draft (checked with Hexo 8.1): its path under `_posts/` (or `_drafts/`)
 * without the extension, matched against `new_post_name` without its extension; the `:title` part when
 * it matches (with the default `:title.md`, the whole path: `sub/c`), else the whole path slugized
 * (`My Post` → `My-Post`). A `slug:` in the front matter does not change it.
 */
export function hexoPostSlug(file: string, config: HexoConfig): HexoSlug | undefined {
  const info = hexoPostInfo(file, config);
  if ((info.kind !== 'post' && info.kind !== 'draft') || !info.sourcePath) return undefined;
  const inner = info.sourcePath.slice(info.sourcePath.indexOf('/') + 1);
  const bare = inner.slice(0, inner.length - path.posix.extname(inner).length);
  const { regex, params } = namePattern(config.newPostName);
  const match = regex.exec(bare);
  const at = params.indexOf('title');
  if (match && at !== -1 && match[at + 1] !== undefined) return { slug: match[at + 1]!, exact: true };
  return slugize(bare);
}

/** The files of a post's asset folder, by the name `{% asset_img %}` takes (the path inside the folder). */
export function hexoAssetNames(postFile: string, files: Iterable<string>, config: HexoConfig): Map<string, string> | undefined {
  if (!config.postAssetFolder) return undefined;
  const info = hexoPostInfo(postFile, config);
  if ((info.kind !== 'post' && info.kind !== 'draft') || !info.assetDir) return undefined;
  const prefix = info.assetDir + '/';
  const names = new Map<string, string>();
  for (const file of files) if (file.startsWith(prefix)) names.set(file.slice(prefix.length), file);
  return names;
}
