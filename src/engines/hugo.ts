// Hugo: front matter keys are case-insensitive, goldmark renders the body, shortcodes hold code,
// `static/` (and the theme's) is served at the root, page bundles keep their images beside
// `index.md`, and a site's own render hook may resolve image paths however it likes.
import path from 'node:path';
import { parseYamlValue as parseYaml } from '../post/yaml-document.js';
import { parse as parseToml } from 'smol-toml';
import { dataNestingPast } from '../post/nesting.js';
import type { RepoIndex } from '../post/repo.js';
import type { SiteConfig } from './site-config.js';
import { defineEngine, type Engine, type HugoUrls, type Renderer } from './types.js';
import { readSiteFile } from './site-files.js';
import { hugoThemeFacts } from './theme.js';
import { hugoPublication } from './publication.js';

/** Hugo's own front matter fields (gohugo.io/content-management/front-matter), in any case (Hugo reads keys case-insensitively). */
const HUGO_KEYS = ['aliases', 'audio', 'build', 'cascade', 'date', 'description', 'draft', 'expiryDate', 'headless', 'images', 'isCJKLanguage', 'keywords', 'lastmod', 'layout', 'linkTitle', 'markup', 'menu', 'menus', 'outputs', 'params', 'publishDate', 'resources', 'sitemap', 'slug', 'summary', 'title', 'translationKey', 'type', 'url', 'videos', 'weight', 'series', 'tags', 'categories', 'unpublishdate', 'pubdate', 'modified', 'published'];

/** Sections that hold pages, not posts, on most Hugo sites. */
const PAGE_SECTIONS = new Set(['author', 'authors', 'about', 'archive', 'archives', 'search', 'tags', 'categories', 'contact', 'page', 'pages', 'projects', 'resume', 'cv', 'now', 'uses']);

export async function loadHugo(repo: RepoIndex, site: SiteConfig, reason: string): Promise<Engine> {
  const config = site.file ? await readConfig(repo, site.file) : {};
  const contentDir = stringOf(config.contentdir) ?? 'content';
  const themes = listOf(config.theme);
  const staticDirs = listOf(config.staticdir);
  // `assets/` is not published: its files reach the site only through a template's resources.Get
  // (checked with the real Hugo, test/oracle), which a render hook may do for any URL.
  const publicRoots = [...(staticDirs.length > 0 ? staticDirs : ['static']), ...themes.map((theme) => `themes/${theme}/static`)];
  const hookFiles = ['layouts/_default/_markup/render-image.html', 'layouts/_markup/render-image.html', ...themes.flatMap((theme) => [`themes/${theme}/layouts/_default/_markup/render-image.html`, `themes/${theme}/layouts/_markup/render-image.html`])];
  const renderHook = hookFiles.some((file) => repo.has(file));
  // Hugo 0.123+ renders links through its own hook (which finds `b.md` as a page) on a multilingual
  // single-host site or when `enableDefault` is on: relative links are no verdict there either.
  const defaultLinkHook = Object.keys(objectOf(config.languages) ?? {}).length >= 2 || objectOf(objectOf(objectOf(objectOf(config.markup)?.goldmark)?.renderhooks)?.link)?.enabledefault === true;
  const linkHook = defaultLinkHook || ['layouts/_default/_markup/render-link.html', 'layouts/_markup/render-link.html', ...themes.flatMap((theme) => [`themes/${theme}/layouts/_default/_markup/render-link.html`, `themes/${theme}/layouts/_markup/render-link.html`])].some((file) => repo.has(file));
  const mainSections = new Set(listOf(objectOf(config.params)?.mainsections ?? objectOf(config.params)?.mainSections));
  if (mainSections.size === 0) {
    // Hugo's own default: the section with the most pages.
    const biggest = largestSection(repo, contentDir);
    if (biggest) mainSections.add(biggest);
  }

  const theme = await hugoThemeFacts(repo, themes, contentDir);
  const codeShortcodes = await codeShortcodesOf(repo, themes);
  const taxonomies = Object.keys(objectOf(config.taxonomies) ?? {}).concat(Object.values(objectOf(config.taxonomies) ?? {}).filter((value): value is string => typeof value === 'string'));
  return defineEngine({
    name: 'hugo',
    reason,
    keysCaseSensitive: false,
    yamlReader: 'go-yaml',
    renderer: rendererOf(config.markup),
    rawHtml: objectOf(objectOf(objectOf(config.markup)?.goldmark)?.renderer)?.unsafe === true,
    templates: ['hugo-shortcodes'],
    codeShortcodes,
    publicRoots,
    mergesTermSpellings: true,
    permalinks: 'hugo',
    ...hugoUrlsOf(config, contentDir),
    redirects: { key: 'aliases', plugin: 'Hugo aliases' },
    readKeys: [...HUGO_KEYS, ...taxonomies, ...theme.templateKeys],
    titleHeading: theme.titleHeading,
    signature: codeShortcodes.length > 0 ? `${theme.signature}\ncode shortcodes: ${codeShortcodes.join(' ')}` : theme.signature,
    imageCandidates(url, postFile, fromFrontmatter) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return [];
      // A cover image in front matter is the theme's to load: through `relURL` (site root, from
      // static/) or `resources.Get` (from assets/); look in both.
      if (fromFrontmatter) {
        const bare = url.replace(/^\/+/, '');
        return [...publicRoots, 'assets', ...themes.map((theme) => `themes/${theme}/assets`)].map((root) => path.posix.join(root, bare));
      }
      if (url.startsWith('/')) return [];
      // A relative URL in a page that is not a bundle resolves against the page's URL
      // (`content/post/x.md` is `/post/x/`), so the browser asks for `/post/x/<url>` from static/.
      const relative = postFile.startsWith(contentDir + '/') ? postFile.slice(contentDir.length + 1) : postFile;
      const name = path.posix.basename(relative).replace(/\.[^.]+$/, '');
      const pageDir = name === 'index' || name === '_index' ? path.posix.dirname(relative) : path.posix.join(path.posix.dirname(relative), name.toLowerCase());
      return publicRoots.map((root) => path.posix.join(root, pageDir, url)).filter((candidate) => !candidate.startsWith('../'));
    },
    imageUnknowable: () => renderHook,
    linkHook,
    publication: hugoPublication({
      ...(stringOf(config.timezone) ? { timeZone: stringOf(config.timezone)! } : {}),
      buildFuture: config.buildfuture === true,
      buildDrafts: config.builddrafts === true,
      buildExpired: config.buildexpired === true,
      frontmatter: Object.fromEntries(Object.entries(objectOf(config.frontmatter) ?? {}).map(([key, value]) => [key, listOf(value).map((handler) => handler.toLowerCase())])),
    }),
    kindOf(file, data) {
      if (path.posix.basename(file).startsWith('_index.')) return 'page';
      const inContent = file.startsWith(contentDir + '/') ? file.slice(contentDir.length + 1) : file;
      const section = inContent.includes('/') ? inContent.split('/')[0]! : undefined;
      if (section === undefined) return 'page';
      if (data?.headless === true) return 'page';
      if (mainSections.has(section)) return 'post';
      if (data && (typeof data.layout === 'string' || typeof data.type === 'string')) return 'page';
      return PAGE_SECTIONS.has(section.toLowerCase()) ? 'page' : 'post';
    },
  });
}

/**
 * `[permalinks]` (a section's pattern), `disablePathToLower`, the content folder. A multilingual
 * site (two or more `languages`) prefixes URLs by language and `uglyURLs` writes `x.html`: neither
 * is modelled, so the URLs are left unknown there.
 */
function hugoUrlsOf(config: Record<string, unknown>, contentDir: string): { hugoUrls?: HugoUrls } {
  if (Object.keys(objectOf(config.languages) ?? {}).length >= 2 || config.uglyurls === true) return {};
  const permalinks: Record<string, string> = {};
  for (const [section, pattern] of Object.entries(objectOf(config.permalinks) ?? {})) if (typeof pattern === 'string') permalinks[section] = pattern;
  return { hugoUrls: { contentDir, permalinks, lowercase: config.disablepathtolower !== true } };
}

async function readConfig(repo: RepoIndex, file: string): Promise<Record<string, unknown>> {
  const text = await readSiteFile(repo, file);
  if (text === undefined) return {};
  let data: unknown;
  try {
    data = file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
    // lowerKeys below walks it recursively: nested past any real configuration, it is not read.
    if (dataNestingPast(data)) return {};
  } catch {
    return {};
  }
  return lowerKeys(data);
}

/** Hugo's configuration keys are case-insensitive (`contentDir`, `staticDir`, `mainSections`). */
function lowerKeys(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) result[key.toLowerCase()] ??= inner && typeof inner === 'object' && !Array.isArray(inner) ? lowerKeys(inner) : inner;
  return result;
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/^\.\//, '').replace(/\/$/, '') : undefined;
}

function listOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
  return [];
}

function rendererOf(markup: unknown): Renderer {
  const handler = objectOf(markup)?.defaultmarkdownhandler;
  return typeof handler !== 'string' || handler.toLowerCase() === 'goldmark' ? 'goldmark' : 'unknown';
}

function largestSection(repo: RepoIndex, contentDir: string): string | undefined {
  const counts = new Map<string, number>();
  const prefix = contentDir + '/';
  for (const file of repo.files) {
    if (!file.startsWith(prefix) || !/\.(md|markdown)$/i.test(file) || /(^|\/)_index\./.test(file)) continue;
    const rest = file.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash === -1) continue;
    const section = rest.slice(0, slash);
    counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/**
 * The site's and its themes' shortcodes whose template prints `.Inner` without rendering it as
 * markdown (no `markdownify`, `RenderString`): between `{{< name >}}` and `{{< /name >}}` goldmark
 * never sees the text, so a `# comment` there is no heading (findstar's `<pre><code>{{ .Inner }}`,
 * checked with Hugo 0.111). The site's own template wins over a theme's of the same name.
 */
async function codeShortcodesOf(repo: RepoIndex, themes: string[]): Promise<string[]> {
  const roots = ['layouts', ...themes.map((theme) => `themes/${theme}/layouts`)].flatMap((root) => [`${root}/shortcodes/`, `${root}/_shortcodes/`]);
  const seen = new Set<string>();
  const found: string[] = [];
  for (const root of roots) {
    for (const file of repo.files) {
      if (!file.startsWith(root)) continue;
      const name = /^([\w-]+)\.html$/.exec(file.slice(root.length))?.[1];
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const text = (await readSiteFile(repo, file)) ?? '';
      if (/\.Inner(?:Deindent)?\b/.test(text) && !/markdownify|RenderString/.test(text)) found.push(name);
    }
  }
  return found;
}
