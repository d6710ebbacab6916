// Jekyll: Ruby Psych reads the front matter (case-sensitive keys, lenient YAML), Liquid runs
// before kramdown (its tags hold code and comments), posts live in `_posts/` and `_drafts/`,
// and the whole repository is the site's source, served from the root.
import type { RepoIndex } from '../post/repo.js';
import type { SiteConfig } from './site-config.js';
import { defineEngine, type Engine, type Renderer } from './types.js';
import { readSiteFile } from './site-files.js';
import { parseYamlValue as parseYaml } from '../post/yaml-document.js';
import { jekyllThemeFacts } from './theme.js';
import { jekyllPublication, liquidReadsDraft } from './publication.js';

/** Front matter keys Jekyll itself and its common plugins (seo-tag, redirect-from, sitemap, last-modified-at) read. */
const JEKYLL_KEYS = ['layout', 'permalink', 'published', 'date', 'category', 'categories', 'tag', 'tags', 'title', 'excerpt', 'excerpt_separator', 'render_with_liquid', 'slug', 'last_modified_at', 'redirect_from', 'redirect_to', 'sitemap', 'description', 'image', 'author', 'lang', 'locale', 'canonical_url', 'seo', 'twitter', 'hidden'];

export async function loadJekyll(repo: RepoIndex, site: SiteConfig, reason: string): Promise<Engine> {
  const config = site.file ? await readConfig(repo, site.file) : {};
  const renderer = rendererOf(config.markdown);
  const chirpy = await usesChirpy(repo, site);
  const theme = await jekyllThemeFacts(repo, site, chirpy);
  return defineEngine({
    name: 'jekyll',
    reason,
    yamlReader: 'psych',
    renderer,
    templates: ['liquid'],
    kramdownAttributes: renderer === 'kramdown',
    math: renderer === 'kramdown' ? 'double-dollars' : 'none',
    publicRoots: [''],
    // jekyll-relative-links rewrites `x.md` links in pages only, unless `collections: true` (posts
    // are a collection); jekyll-postfiles copies a post's own files beside its page.
    linkHook: (config.relative_links as Record<string, unknown> | undefined)?.collections === true || (await mentionsPlugin(repo, 'jekyll-postfiles')),
    lowercaseTags: chirpy,
    datesInSiteZone: true,
    permalinks: 'jekyll',
    redirects: { key: 'redirect_from', plugin: 'jekyll-redirect-from' },
    rootAbsoluteImages: true,
    lenientDates: true,
    readKeys: [...JEKYLL_KEYS, ...theme.templateKeys],
    titleHeading: theme.titleHeading,
    wikiLinks: theme.wikiLinks,
    signature: theme.signature,
    publication: jekyllPublication({
      site,
      future: config.future === true,
      unpublished: config.unpublished === true,
      showDrafts: config.show_drafts === true,
      templatesReadDraft: theme.templateKeys.includes('draft') || (await liquidReadsDraft(repo)),
    }),
    kindOf(file) {
      const segments = file.split('/');
      if (segments.includes('_drafts')) return 'post';
      if (!segments.includes('_posts')) return 'page';
      // Jekyll's post name pattern: a file without the date is skipped without a word (checked).
      return /^\d{2,4}-\d{1,2}-\d{1,2}-.+\.[^.]+$/.test(segments.at(-1)!) ? 'post' : 'unpublished';
    },
  });
}

async function mentionsPlugin(repo: RepoIndex, name: string): Promise<boolean> {
  for (const file of ['_config.yml', '_config.yaml', 'Gemfile']) if (((await readSiteFile(repo, file)) ?? '').includes(name)) return true;
  return false;
}

async function readConfig(repo: RepoIndex, file: string): Promise<Record<string, unknown>> {
  const text = await readSiteFile(repo, file);
  if (text === undefined) return {};
  try {
    const data = parseYaml(text, { maxAliasCount: 100 });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `markdown:` names the converter; GitHub Pages and Jekyll default to kramdown. */
function rendererOf(value: unknown): Renderer {
  if (typeof value !== 'string' || value.trim() === '') return 'kramdown';
  const name = value.trim().toLowerCase();
  if (name === 'kramdown') return 'kramdown';
  if (name.includes('commonmark')) return 'commonmark';
  return 'unknown';
}

/**
 * Chirpy documents lowercase tag names ("TAG names should always be lowercase"). A site uses it
 * when `theme:` names it, when the Gemfile or package.json does (chirpy-starter, forks), or when it
 * vendors the theme (its `_tabs/` folder of sidebar pages is Chirpy's own).
 */
async function usesChirpy(repo: RepoIndex, site: SiteConfig): Promise<boolean> {
  if (/jekyll-theme-chirpy/i.test(site.theme ?? '')) return true;
  for (const file of ['Gemfile', 'package.json', 'jekyll-theme-chirpy.gemspec']) {
    const text = repo.has(file) ? await readSiteFile(repo, file) : undefined;
    if (text && /jekyll-theme-chirpy/i.test(text)) return true;
  }
  return repo.has('_tabs/about.md') && repo.has('_tabs/archives.md');
}
