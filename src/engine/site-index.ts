// The site's post URLs: every post the preset knows (not only the ones being linted), with the URL
// and output file the engine gives it. A pull request lints a few posts, but two posts collide, and
// a link finds its target, against the whole site. Built once per run from the front matter alone
// (no markdown parse), from the same reads as the tag vocabulary; plain data, so it crosses to the
// worker threads as it is.
import { parseFrontmatter } from './frontmatter.js';
import type { ReadResult } from './read.js';
import { postUrlOf } from './site-urls.js';
import type { Engine } from '../engines/types.js';
import type { Preset } from '../presets/index.js';
import type { SiteConfig } from '../config/site.js';

export interface IndexedPost {
  /** Repo-relative path, as stored. */
  file: string;
  /** URL path under the base URL. */
  url: string;
  /** The file the engine writes (`posts/x/index.html`). */
  output: string;
  /** The line of the front matter key that sets the URL (`permalink:`, `slug:`, `url:`), else 1. */
  line: number;
  /** That key, when the post sets one. */
  key?: string;
}

export interface SiteIndex {
  posts: IndexedPost[];
}

/** Front matter keys that set a post's URL, per engine, most decisive first. */
export const URL_KEYS: Record<string, string[]> = { jekyll: ['permalink', 'slug'], hugo: ['url', 'slug'] };

/** The rules that read the index: without one of them on, it is not built. */
export const SITE_INDEX_RULES = ['permalink-collision', 'link-tag-target', 'link-broken'];

interface IndexEnvironment {
  engine: Engine;
  preset: Preset;
  site: SiteConfig;
}

export function siteIndexFrom(posts: string[], reads: ReadResult[], environment: IndexEnvironment): SiteIndex {
  const indexed: IndexedPost[] = [];
  for (const [at, file] of posts.entries()) {
    const read = reads[at]!;
    if (!read.ok) continue;
    try {
      const located = parseFrontmatter(read.source, { lenientYaml: environment.engine.yamlReader === 'psych' || environment.engine.yamlReader === 'js-yaml' });
      const frontmatter = located.found ? located.frontmatter : undefined;
      if (frontmatter && frontmatter.errors.length > 0) continue;
      const data = frontmatter?.data ?? {};
      if (!isBuilt(environment.engine, file, data)) continue;
      const url = postUrlOf({ file, fileName: file.split('/').pop() ?? file, preset: environment.preset, site: environment.site, engine: environment.engine, frontmatter });
      if (!url) continue;
      const entry = urlEntry(environment.engine, frontmatter?.entries ?? [], data);
      indexed.push({ file, ...url, line: entry?.line ?? 1, ...(entry ? { key: entry.key } : {}) });
    } catch {
      // The post's own lint reports what is wrong with it; here it only lends no URL.
    }
  }
  return { posts: indexed };
}

/** False when the engine does not publish this file in a normal build (drafts, `published: false`, Hugo sections). */
export function isBuilt(engine: Engine, file: string, data: Record<string, unknown>): boolean {
  if (engine.kindOf(file, data) === 'unpublished') return false;
  if (engine.permalinks === 'jekyll') return !file.split('/').includes('_drafts') && data.published !== false;
  const lower: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) lower[key.toLowerCase()] ??= value;
  if (lower.draft === true || lower.headless === true) return false;
  const build = lower._build ?? lower.build;
  if (build && typeof build === 'object' && ['never', false].includes((build as Record<string, unknown>).render as never)) return false;
  return !/(^|\/)_index\.[^/]+$/.test(file);
}

/** The entry that sets the URL: the engine's first key of URL_KEYS the post has (Hugo: any case). */
export function urlEntry<E extends { key: string; line: number }>(engine: Engine, entries: E[], data: Record<string, unknown>): E | undefined {
  const keys = URL_KEYS[engine.permalinks] ?? [];
  for (const key of keys) {
    const entry = entries.find((candidate) => (engine.keysCaseSensitive ? candidate.key === key : candidate.key.toLowerCase() === key));
    if (entry && data[entry.key] !== undefined && data[entry.key] !== null && data[entry.key] !== '') return entry;
  }
  return undefined;
}
