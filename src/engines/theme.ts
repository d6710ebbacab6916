// What the site's templates do with a post, read from the layouts the repository holds (a theme
// vendored or overridden in the repo; a few gem themes known by name): does the post layout print
// `title` as the page's <h1>, which front matter keys do the templates read, and does a plugin turn
// `[[wiki links]]` into links. Nothing is executed; templates are read as text.
import type { RepoIndex } from '../post/repo.js';
import { readSiteFile } from './site-files.js';
import { defaultValuesFor, type SiteConfig } from './site-config.js';

/** At most this many template or code files are read per site (themes are small; code bases are not). */
const MAX_TEMPLATE_FILES = 600;

export interface ThemeFacts {
  titleHeading(file: string, data: Record<string, unknown> | undefined): boolean;
  templateKeys: string[];
  wikiLinks: boolean;
  /** The layout verdicts as text, for the cache key (`titleHeading` itself is a function). */
  signature: string;
}

// ---- shared ----

/**
 * Whether an `<h1>` prints a title (`{{ page.title }}`, `{{ title | markdownify }}`, `{{ .Title }}`):
 * the contents of `/<h1\b[^>]*>((?:(?!<\/h1>)[\s\S]){0,600})<\/h1>/gi`, found by a scan that
 * remembers the next `>` and `</h1>` (the regex read to the end of the file again from every
 * `<h1` without a `>`: a layout of `<h1 ` repeated took minutes).
 */
export function printsTitleHeading(template: string, titleExpression: RegExp): boolean {
  const opens = /<h1\b/gi;
  const closes = /<\/h1>/gi;
  let close = -1;
  for (let open = opens.exec(template); open; open = opens.exec(template)) {
    const gt = template.indexOf('>', open.index + 3);
    if (gt === -1) return false;
    if (close < gt + 1) {
      closes.lastIndex = gt + 1;
      close = closes.exec(template)?.index ?? template.length;
    }
    if (close === template.length) return false;
    if (close - (gt + 1) > 600) continue;
    if (titleExpression.test(template.slice(gt + 1, close))) return true;
    opens.lastIndex = close + 5;
  }
  return false;
}

const LIQUID_TITLE = /\{\{-?\s*(?:(?:page|post|include\.\w+)\.)?title\b/;
const HUGO_TITLE = /\{\{-?\s*(?:[^}]*?\s)?(?:\$|\.Page|\$\.Page)?\.(?:Title|LinkTitle)\b/;

/** Site code and configs that name a plugin rendering `[[…]]` (jekyll-wikilinks, remark-wiki-link, Quartz…). */
const WIKI_PLUGIN = /wiki-?links?\b|wikirefs|jekyll-obsidian|remark-obsidian|rehype-obsidian|obsidian-(?:remark|rehype|markdown)|@quartz|quartz\.config/i;

async function mentionsWikiPlugin(repo: RepoIndex, files: string[]): Promise<boolean> {
  for (const file of files) {
    if (!repo.has(file)) continue;
    const text = await readSiteFile(repo, file);
    if (text && WIKI_PLUGIN.test(text)) return true;
  }
  // Quartz sites and a Jekyll site's own Ruby plugins.
  if (repo.has('quartz.config.ts')) return true;
  for (const file of repo.files) {
    if (!file.startsWith('_plugins/') || !file.endsWith('.rb')) continue;
    const text = await readSiteFile(repo, file);
    if (text && (WIKI_PLUGIN.test(text) || text.includes('\\[\\['))) return true;
  }
  return false;
}

function filesUnder(repo: RepoIndex, prefixes: string[], extensions: RegExp): string[] {
  const result: string[] = [];
  for (const file of repo.files) {
    if (!extensions.test(file)) continue;
    if (prefixes.some((prefix) => file.startsWith(prefix))) result.push(file);
    if (result.length >= MAX_TEMPLATE_FILES) break;
  }
  return result.sort();
}

async function keysIn(repo: RepoIndex, files: string[], patterns: RegExp[]): Promise<string[]> {
  const keys = new Set<string>();
  for (const file of files) {
    const text = await readSiteFile(repo, file);
    if (!text) continue;
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) keys.add(match[1]!);
  }
  return [...keys].sort();
}

// ---- Jekyll ----

/** Gem themes whose post layout prints the title as an <h1> (read from their `_layouts/post.html`/`single.html`). */
const JEKYLL_GEM_THEMES_WITH_TITLE_H1 = /jekyll-theme-chirpy|minima\b|minimal-mistakes|jekyll-theme-so-simple|jekyll-theme-basically-basic|jekyll-theme-mediumish|beautiful-jekyll/i;
/** Keys Chirpy reads (its docs: "Writing a New Post"), for sites that take the theme as a gem. */
const CHIRPY_KEYS = ['pin', 'math', 'mermaid', 'toc', 'comments', 'media_subpath', 'img_path', 'image', 'description', 'author', 'authors', 'render_with_liquid', 'last_modified_at', 'hidden', 'order', 'icon'];

export async function jekyllThemeFacts(repo: RepoIndex, site: SiteConfig, chirpy: boolean): Promise<ThemeFacts> {
  const layouts = new Map<string, string>();
  for (const file of repo.files) {
    const match = /^_layouts\/([^/]+)\.html$/.exec(file);
    if (match) layouts.set(match[1]!, file);
  }
  const gemTitle = chirpy || JEKYLL_GEM_THEMES_WITH_TITLE_H1.test(site.theme ?? '');
  const verdicts = new Map<string, boolean>();
  const layoutPrintsTitle = async (name: string, depth = 0): Promise<boolean> => {
    if (depth > 4) return false;
    const file = layouts.get(name);
    if (!file) return depth === 0 && gemTitle && (name === 'post' || name === 'single');
    const text = (await readSiteFile(repo, file)) ?? '';
    if (printsTitleHeading(await withIncludes(repo, text), LIQUID_TITLE)) return true;
    const parent = parentLayout(text);
    return parent ? layoutPrintsTitle(parent, depth + 1) : false;
  };
  for (const name of new Set(['post', 'single', ...layouts.keys()])) verdicts.set(name, await layoutPrintsTitle(name));
  // A post without `layout:` gets none from Jekyll itself; GitHub Pages (no Gemfile, or the
  // github-pages gem) runs jekyll-default-layout, which gives posts the `post` layout.
  const gemfile = repo.has('Gemfile') ? ((await readSiteFile(repo, 'Gemfile')) ?? '') : undefined;
  const config = (await readSiteFile(repo, '_config.yml')) ?? '';
  const defaultLayout = gemfile === undefined || /github-pages|jekyll-default-layout/.test(gemfile) || /jekyll-default-layout/.test(config);
  const templateFiles = filesUnder(repo, ['_layouts/', '_includes/'], /\.(html|liquid|xml)$/);
  const templateKeys = await keysIn(repo, templateFiles, [/\b(?:page|post)\.([A-Za-z_][\w-]*)/g]);
  return {
    titleHeading(file, data) {
      // The post's own `layout:`, else the one `_config.yml` `defaults:` give it (Minimal Mistakes: `single`).
      const given = data?.layout ?? defaultValuesFor(site, file).layout;
      const layout = typeof given === 'string' ? given : defaultLayout ? 'post' : undefined;
      if (layout === undefined) return false;
      return verdicts.get(layout) ?? false;
    },
    templateKeys: chirpy ? [...templateKeys, ...CHIRPY_KEYS] : templateKeys,
    wikiLinks: await mentionsWikiPlugin(repo, ['_config.yml', '_config.yaml', 'Gemfile']),
    signature: JSON.stringify([...verdicts]),
  };
}

/**
 * The `layout:` a layout's front matter names: `/^---[\s\S]*?^layout:\s*["']?([\w-]+)/m`, by a scan
 * (the regex read to the end of the file again from every `---` line).
 */
function parentLayout(text: string): string | undefined {
  const lineStart = (at: number) => at === 0 || /[\n\r\u2028\u2029]/.test(text[at - 1]!);
  let fence = text.indexOf('---');
  while (fence !== -1 && !lineStart(fence)) fence = text.indexOf('---', fence + 1);
  if (fence === -1) return undefined;
  const value = /layout:\s*["']?([\w-]+)/y;
  for (let at = text.indexOf('layout:', fence + 3); at !== -1; at = text.indexOf('layout:', at + 1)) {
    if (!lineStart(at)) continue;
    value.lastIndex = at;
    const match = value.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

/** The layout with its `{% include x.html %}` files inlined (one level, the site's own `_includes/`, each file once). */
async function withIncludes(repo: RepoIndex, text: string): Promise<string> {
  let result = text;
  const names = new Set<string>();
  for (const match of text.matchAll(/\{%-?\s*include\s+([\w./-]+)/g)) {
    if (names.has(match[1]!)) continue;
    names.add(match[1]!);
    const included = await readSiteFile(repo, `_includes/${match[1]}`);
    if (included) result += '\n' + included;
  }
  return result;
}

// ---- Hugo ----

export async function hugoThemeFacts(repo: RepoIndex, themes: string[], contentDir: string): Promise<ThemeFacts> {
  const roots = ['layouts', ...themes.map((theme) => `themes/${theme}/layouts`)];
  const find = (relative: string) => roots.map((root) => `${root}/${relative}`).find((file) => repo.has(file));
  const cache = new Map<string, boolean>();
  const expand = async (file: string, depth: number): Promise<string> => {
    const text = (await readSiteFile(repo, file)) ?? '';
    if (depth >= 2) return text;
    let result = text;
    const names = new Set<string>();
    for (const match of text.matchAll(/\{\{-?\s*partial(?:Cached)?\s+"([^"]+)"/g)) {
      const name = match[1]!.endsWith('.html') ? match[1]! : `${match[1]}.html`;
      // Each partial once: a layout naming one large partial thousands of times is not read thousands of times.
      if (names.has(name)) continue;
      names.add(name);
      const partial = find(`partials/${name}`) ?? find(`_partials/${name}`);
      if (partial) result += '\n' + (await expand(partial, depth + 1));
    }
    return result;
  };
  const singleFor = async (type: string, layout: string | undefined): Promise<boolean> => {
    const key = `${type}\u0000${layout ?? ''}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const names = [...(layout ? [`${type}/${layout}.html`, `_default/${layout}.html`] : []), `${type}/single.html`, '_default/single.html', 'single.html'];
    const file = names.map(find).find((found) => found !== undefined);
    const verdict = file ? printsTitleHeading(await expand(file, 0), HUGO_TITLE) : false;
    cache.set(key, verdict);
    return verdict;
  };
  // Precompute for every section, so `titleHeading` can answer synchronously.
  const sections = new Set<string>();
  for (const file of repo.files) {
    if (!file.startsWith(contentDir + '/')) continue;
    const rest = file.slice(contentDir.length + 1);
    if (rest.includes('/')) sections.add(rest.split('/')[0]!);
  }
  for (const section of sections) await singleFor(section, undefined);
  const layoutsUsed = new Map<string, boolean>();
  const templateFiles = filesUnder(repo, roots.map((root) => root + '/'), /\.(html|xml|json)$/);
  for (const file of templateFiles) {
    const relative = roots.reduce((found, root) => (file.startsWith(root + '/') ? file.slice(root.length + 1) : found), file);
    const match = /^(?!partials\/|_partials\/|shortcodes\/|_shortcodes\/|_markup\/)[\w-]+\/([\w-]+)\.html$/.exec(relative);
    if (match && !layoutsUsed.has(match[1]!)) layoutsUsed.set(match[1]!, false);
  }
  for (const section of sections) for (const layout of layoutsUsed.keys()) await singleFor(section, layout);
  const templateKeys = await keysIn(repo, templateFiles, [/\.Params\.([A-Za-z_]\w*)/g, /\.Param\s+"([A-Za-z_]\w*)/g, /index\s+\S*Params\s+"([A-Za-z_]\w*)"/g]);
  return {
    titleHeading(file, data) {
      const inContent = file.startsWith(contentDir + '/') ? file.slice(contentDir.length + 1) : file;
      const section = inContent.includes('/') ? inContent.split('/')[0]! : '';
      const type = typeof data?.type === 'string' ? data.type : section;
      const layout = typeof data?.layout === 'string' ? data.layout : undefined;
      return cache.get(`${type}\u0000${layout ?? ''}`) ?? cache.get(`${section}\u0000`) ?? false;
    },
    templateKeys,
    // Goldmark has no wiki-link extension, and render hooks never see `[[…]]` (it is not a link).
    wikiLinks: false,
    signature: JSON.stringify([...cache]),
  };
}

// ---- Hexo, Astro and sites of their own code ----

export async function scriptSiteFacts(repo: RepoIndex, templateRoots: string[]): Promise<ThemeFacts> {
  const configs = ['package.json', '_config.yml', 'astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts', 'gatsby-config.js', 'gatsby-config.ts', 'next.config.js', 'next.config.mjs', 'next.config.ts', 'contentlayer.config.ts', 'contentlayer.config.js'];
  const codeFiles = filesUnder(repo, templateRoots.map((root) => (root === '' ? '' : root + '/')), /\.(ejs|njk|swig|pug|jade|astro|jsx?|tsx?|mjs|vue|svelte|html)$/);
  const templateKeys = await keysIn(repo, codeFiles, [
    /\b(?:page|post|frontmatter|frontMatter|data|matter|meta|attributes|fm|entry\.data|post\.data|props)\.([A-Za-z_][\w]*)/g,
    /\b(?:page|post|frontmatter|data)\[["']([A-Za-z_][\w-]*)["']\]/g,
  ]);
  // `const { title, update } = post.frontmatter` and GraphQL's `frontmatter { title update(...) }`.
  for (const file of codeFiles) {
    const text = await readSiteFile(repo, file);
    if (!text) continue;
    for (const match of text.matchAll(/\{([^{}]{1,400})\}\s*=\s*[\w.]*(?:frontmatter|frontMatter|data|matter|meta|attributes)\b/g)) {
      for (const name of match[1]!.split(',')) if (/^\s*([A-Za-z_]\w*)/.test(name)) templateKeys.push(/^\s*([A-Za-z_]\w*)/.exec(name)![1]!);
    }
    for (const match of text.matchAll(/\bfrontmatter\s*\{([^{}]{1,2000})/g)) {
      for (const word of match[1]!.matchAll(/(?:^|\s)([A-Za-z_]\w*)/g)) templateKeys.push(word[1]!);
    }
  }
  return { titleHeading: () => false, templateKeys, wikiLinks: await mentionsWikiPlugin(repo, configs), signature: '' };
}

