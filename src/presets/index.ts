// Presets are each engine's static defaults: where posts live, which keys are required and read,
// which rules are off there. What depends on the site itself (config, theme, roots, schema) is the
// engine module's (src/engines/). Config can override any of it.
import type { SeveritySetting } from '../core/types.js';

export type EngineName = 'jekyll' | 'hugo' | 'hexo' | 'astro' | 'markdown';
/** A preset is named after the engine it describes. */
export type PresetName = EngineName;

export interface Preset {
  name: PresetName;
  /** Globs (repo-relative) that select posts when no paths are given. */
  posts: string[];
  requiredKeys: string[];
  /** Jekyll takes a post's date from `YYYY-MM-DD-slug.md` when the frontmatter has none. */
  dateFromFileName: boolean;
  /** Site-config key that makes future-dated posts publish (`future` / `buildFuture`). */
  futureSetting?: string;
  /** Frontmatter keys that the engine reads; a key equal to one of these ignoring case is a typo. */
  knownKeys: string[];
  /** Frontmatter keys holding a cover image; `a.b` reads a nested key. */
  coverKeys: string[];
  /** How the engine reads a plain string in `tags:` / `categories:`. */
  taxonomyString: 'split-on-spaces' | 'single-term';
  severities: Record<string, SeveritySetting>;
}

const commonKeys = ['title', 'date', 'tags', 'categories', 'description', 'image', 'author', 'authors', 'draft', 'layout', 'permalink', 'slug', 'summary', 'excerpt', 'lastmod', 'updated', 'toc', 'comments', 'math', 'mermaid', 'pin', 'published', 'series', 'keywords', 'lang'];

export const presets: Record<PresetName, Preset> = {
  jekyll: {
    name: 'jekyll',
    posts: ['_posts/**/*.{md,markdown}', '_drafts/**/*.{md,markdown}'],
    requiredKeys: ['title', 'date'],
    dateFromFileName: true,
    futureSetting: 'future',
    knownKeys: [...commonKeys, 'last_modified_at', 'media_subpath', 'img_path', 'render_with_liquid', 'category', 'tag', 'redirect_from', 'hidden', 'sitemap', 'subtitle', 'cover', 'header'],
    coverKeys: ['image', 'image.path', 'cover', 'thumbnail', 'header.image', 'header.teaser'],
    taxonomyString: 'split-on-spaces',
    // Jekyll reads `category:` and `tag:` as one term each (and a plural string split on spaces):
    // renaming the key would split `category: Jekyll 블로그 구축` into three categories.
    // kramdown (Jekyll's renderer) has no `1)` lists and keeps a fence inside a list item: the two
    // consistency rules compare what CommonMark sees, which is not what kramdown publishes.
    severities: { 'taxonomy-key': 'off', 'ordered-list-marker-style': 'off', 'code-block-style': 'off' },
  },
  hugo: {
    name: 'hugo',
    posts: ['content/**/*.md'],
    requiredKeys: ['title', 'date'],
    dateFromFileName: false,
    futureSetting: 'buildFuture',
    knownKeys: [...commonKeys, 'aliases', 'expiryDate', 'publishDate', 'weight', 'images', 'featured_image', 'feature_image', 'cover', 'url', 'type', 'linkTitle', 'headless'],
    coverKeys: ['image', 'images', 'cover', 'cover.image', 'featured_image', 'feature_image', 'thumbnail'],
    taxonomyString: 'single-term',
    // Hugo reads front matter keys case-insensitively (`Title:` is `title`), and takes no date from
    // a file name, so a file name's date cannot disagree with anything it publishes.
    severities: { 'key-case': 'off', 'date-filename-mismatch': 'off' },
  },
  hexo: {
    name: 'hexo',
    posts: ['source/_posts/**/*.{md,markdown}', 'source/_drafts/**/*.{md,markdown}'],
    requiredKeys: ['title'],
    // Hexo takes a missing date from the file's modification time: never missing, never in the name.
    dateFromFileName: false,
    knownKeys: [...commonKeys, 'categories', 'photos', 'thumbnail', 'cover', 'top', 'sticky', 'mathjax', 'disableNunjucks', 'copyright', 'abbrlink'],
    coverKeys: ['thumbnail', 'cover', 'banner', 'photos'],
    taxonomyString: 'single-term',
    // Hexo keeps no redirects. Future posts: the engine's answer decides (Hexo publishes them
    // unless `future: false`). Hexo reads `category:`/`tag:` as `categories:`/`tags:` when those
    // are absent. Hexo takes no date from a file name either. Its URLs (and so their collisions)
    // were not checked against a real Hexo build: permalink-collision and link-target stay off.
    // `{% post_link %}` and the asset tags were (Hexo 8.1, test/oracle/link-tag-target.test.ts).
    severities: { 'permalink-changed': 'off', 'taxonomy-key': 'off', 'date-filename-mismatch': 'off', 'permalink-collision': 'off', 'link-target': 'off' },
  },
  astro: {
    name: 'astro',
    posts: ['src/content/**/*.{md,mdx,markdown}', 'src/data/**/*.{md,mdx}'],
    requiredKeys: ['title'],
    dateFromFileName: false,
    knownKeys: [...commonKeys, 'pubDate', 'updatedDate', 'heroImage', 'cover', 'thumbnail'],
    coverKeys: ['heroImage', 'image', 'cover', 'thumbnail', 'ogImage'],
    taxonomyString: 'single-term',
    // Astro's dates and URLs are the site's own code (collections, routes): nothing to check by name.
    // Which keys exist is the content schema's call (see key-case, required-keys), not a naming habit.
    severities: { 'date-future': 'off', 'date-filename-mismatch': 'off', 'permalink-changed': 'off', 'taxonomy-key': 'off', 'permalink-collision': 'off', 'link-tag-target': 'off', 'link-target': 'off' },
  },
  markdown: {
    name: 'markdown',
    posts: ['**/*.{md,markdown,mdx}'],
    requiredKeys: ['title'],
    dateFromFileName: false,
    knownKeys: [...commonKeys, 'cover', 'thumbnail', 'heroImage', 'pubDate', 'updatedDate'],
    coverKeys: ['image', 'cover', 'thumbnail', 'heroImage'],
    taxonomyString: 'single-term',
    // No blog engine behind plain markdown, so no redirect to add when a post moves.
    // Site code may read any key (the shared corpus without its Gatsby code: 8 of 8 wrong), so a
    // near-miss key is no verdict there (frontmatter-key-typo).
    severities: { 'frontmatter-missing': 'warning', 'date-future': 'off', 'date-filename-mismatch': 'off', 'permalink-changed': 'off', 'taxonomy-key': 'off', 'frontmatter-key-typo': 'off', 'permalink-collision': 'off', 'link-tag-target': 'off', 'link-target': 'off' },
  },
};

export function isPresetName(value: string): value is PresetName {
  return value in presets;
}
