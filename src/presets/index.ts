// Presets say what a post looks like on each blog engine: where posts live, which keys are
// required, how dates and images resolve, which rules matter. Config can override any of it.
import type { SeveritySetting } from '../engine/types.js';

export type PresetName = 'jekyll' | 'hugo' | 'markdown';

export interface Preset {
  name: PresetName;
  /** Globs (repo-relative) that select posts when no paths are given. */
  posts: string[];
  requiredKeys: string[];
  /** Jekyll takes a post's date from `YYYY-MM-DD-slug.md` when the frontmatter has none. */
  dateFromFileName: boolean;
  /** Warn on dates with a time but no offset unless the site sets a time zone. */
  wantsTimeZone: boolean;
  /** Site-config key that makes future-dated posts publish (`future` / `buildFuture`). */
  futureSetting?: string;
  /** Frontmatter keys that the engine reads; a key equal to one of these ignoring case is a typo. */
  knownKeys: string[];
  /** Frontmatter keys holding a cover image; `a.b` reads a nested key. */
  coverKeys: string[];
  /** Folders whose contents are served at the site root (`/img/x.png` -> `static/img/x.png`). */
  publicRoots: string[];
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
    wantsTimeZone: true,
    futureSetting: 'future',
    knownKeys: [...commonKeys, 'last_modified_at', 'media_subpath', 'img_path', 'render_with_liquid', 'category', 'tag', 'redirect_from', 'hidden', 'sitemap', 'subtitle', 'cover', 'header'],
    coverKeys: ['image', 'image.path', 'cover', 'thumbnail', 'header.image', 'header.teaser'],
    publicRoots: [''],
    taxonomyString: 'split-on-spaces',
    severities: {},
  },
  hugo: {
    name: 'hugo',
    posts: ['content/**/*.md'],
    requiredKeys: ['title', 'date'],
    dateFromFileName: false,
    wantsTimeZone: true,
    futureSetting: 'buildFuture',
    knownKeys: [...commonKeys, 'aliases', 'expiryDate', 'publishDate', 'weight', 'images', 'featured_image', 'feature_image', 'cover', 'url', 'type', 'linkTitle', 'headless'],
    coverKeys: ['image', 'images', 'cover', 'cover.image', 'featured_image', 'feature_image', 'thumbnail'],
    publicRoots: ['static', 'assets'],
    taxonomyString: 'single-term',
    severities: {},
  },
  markdown: {
    name: 'markdown',
    posts: ['**/*.{md,markdown,mdx}'],
    requiredKeys: ['title'],
    dateFromFileName: false,
    wantsTimeZone: false,
    knownKeys: [...commonKeys, 'cover', 'thumbnail', 'heroImage', 'pubDate', 'updatedDate'],
    coverKeys: ['image', 'cover', 'thumbnail', 'heroImage'],
    publicRoots: ['', 'public', 'static', 'source'],
    taxonomyString: 'single-term',
    // No blog engine behind plain markdown, so no redirect to add when a post moves.
    severities: { 'frontmatter-missing': 'warning', 'date-future': 'off', 'date-filename-mismatch': 'off', 'permalink-changed': 'off' },
  },
};

export function isPresetName(value: string): value is PresetName {
  return value in presets;
}
