// The site's post URLs: every post the preset knows (not only the ones being linted), with the URL
// and output file the engine gives it. A pull request lints a few posts, but two posts collide, and
// a link finds its target, against the whole site. Built once per run from the front matter alone
// (no markdown parse), from the same reads as the tag vocabulary; plain data, so it crosses to the
// worker threads as it is.
import { isMap, isScalar } from 'yaml';
import { locateFrontmatter, parseFrontmatter, type Frontmatter } from '../post/frontmatter.js';
import { keyLines } from './vocabulary.js';
import { parseYamlDocument } from '../post/yaml-document.js';
import { yamlNestingPast } from '../post/nesting.js';
import { positionAt, type Source } from '../post/source.js';
import type { ReadResult } from '../post/read.js';
import { postUrlOf } from './site-urls.js';
import type { Engine } from '../engines/types.js';
import type { Preset } from '../presets/index.js';
import type { SiteConfig } from '../engines/site-config.js';

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
  /** Old URLs that redirect here (Hugo `aliases:`, Jekyll `redirect_from:`), as written. */
  aliases?: string[];
}

export interface SiteIndex {
  posts: IndexedPost[];
  /** Hexo: every post's `title:` (`{% post_link %}` finds a post by its title when no slug matches) and whether it is published. */
  hexoPosts?: HexoIndexedPost[];
}

export interface HexoIndexedPost {
  file: string;
  /** The `title:` as Hexo compares it; undefined when the post has none. */
  title?: string;
  /** False when the front matter could not be read: the post's title is not known. */
  read: boolean;
  /** `published: false` (or a draft): Hexo does not publish it unless `render_drafts`. */
  published: boolean;
}

/** Front matter keys that set a post's URL, per engine, most decisive first. */
export const URL_KEYS: Record<string, string[]> = { jekyll: ['permalink', 'slug'], hugo: ['url', 'slug'] };

/** The rules that read the index: without one of them on, it is not built (link-tag-target reads the repository's file list, and on Hexo the titles: see addVocabulary). */
export const SITE_INDEX_RULES = ['permalink-collision', 'link-target'];

interface IndexEnvironment {
  engine: Engine;
  preset: Preset;
  site: SiteConfig;
}

/** What the site-wide passes read of one post: its front matter (URL keys, and tags when asked), or why not. */
export type PostFrontmatter = Frontmatter | undefined | 'unreadable';

/**
 * Each post's front matter as far as the URL (and, with `withTags`, the tag vocabulary) needs it:
 * one parse per post for both passes.
 */
/** What the URL index (and, `withTags`, the vocabulary) needs of one post read. */
export function siteFrontmatterOf(read: ReadResult, engine: Engine, withTags: boolean): PostFrontmatter {
  if (!read.ok) return 'unreadable';
  try {
    return urlFrontmatter(read.source, engine, withTags);
  } catch {
    return 'unreadable';
  }
}

export function siteIndexFrom(posts: string[], frontmatters: PostFrontmatter[], environment: IndexEnvironment): SiteIndex {
  const indexed: IndexedPost[] = [];
  const hexo = environment.engine.hexoSite ? hexoIndex(posts, frontmatters) : undefined;
  for (const [at, file] of posts.entries()) {
    const frontmatter = frontmatters[at];
    if (frontmatter === 'unreadable') continue;
    try {
      if (frontmatter && frontmatter.errors.length > 0) continue;
      const data = frontmatter?.data ?? {};
      if (!isBuilt(environment.engine, file, data)) continue;
      const url = postUrlOf({ file, fileName: file.split('/').pop() ?? file, preset: environment.preset, site: environment.site, engine: environment.engine, frontmatter });
      if (!url) continue;
      const entry = urlEntry(environment.engine, frontmatter?.entries ?? [], data);
      const aliases = aliasesOf(data);
      indexed.push({ file, ...url, line: entry?.line ?? 1, ...(entry ? { key: entry.key } : {}), ...(aliases.length > 0 ? { aliases } : {}) });
    } catch {
      // The post's own lint reports what is wrong with it; here it only lends no URL.
    }
  }
  return { posts: indexed, ...(hexo ? { hexoPosts: hexo } : {}) };
}

function hexoIndex(posts: string[], frontmatters: PostFrontmatter[]): HexoIndexedPost[] {
  return posts.map((file, at) => {
    const frontmatter = frontmatters[at];
    if (frontmatter === 'unreadable' || (frontmatter && frontmatter.errors.length > 0)) return { file, read: false, published: true };
    const data = frontmatter?.data ?? {};
    const title = typeof data.title === 'string' || typeof data.title === 'number' ? String(data.title) : undefined;
    return { file, ...(title !== undefined ? { title } : {}), read: true, published: data.published !== false };
  });
}

/** Hugo `aliases:` and Jekyll `redirect_from:` (jekyll-redirect-from): a link to one of them still arrives. */
function aliasesOf(data: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!/^(aliases|redirect_from)$/i.test(key)) continue;
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string' && item.trim() !== '') found.push(item.trim());
  }
  return found;
}

/** The top-level keys a post's URL and publication depend on (Hugo reads keys in any case), and its redirects. */
const URL_INPUTS = /^(permalink|slug|url|date|publishdate|pubdate|categories|category|title|draft|published|headless|_?build|aliases|redirect_from)[ \t]*:(?:[ \t]|\r?$)/i;
const URL_INPUTS_AND_TAGS = /^(permalink|slug|url|date|publishdate|pubdate|categories|category|title|draft|published|headless|_?build|aliases|redirect_from|tags?)[ \t]*:(?:[ \t]|\r?$)/i;

/**
 * The front matter as far as the URL needs it. For YAML only the lines of URL_INPUTS are parsed,
 * in place (lines and offsets kept): the full parse of every post's block was most of this pass.
 * What a few lines cannot stand for alone takes the full parse.
 */
function urlFrontmatter(source: Source, engine: Engine, withTags: boolean): Frontmatter | undefined {
  const located = locateFrontmatter(source);
  if (!located.found) return undefined;
  const { frontmatter } = located;
  if (frontmatter.format === 'yaml' && frontmatter.errors.length === 0) {
    const [start, end] = frontmatter.contentRange;
    const content = source.text.slice(start, end);
    const snippet = keyLines(content, withTags ? URL_INPUTS_AND_TAGS : URL_INPUTS, true);
    if (snippet !== undefined && yamlNestingPast(snippet) === undefined) {
      const document = parseYamlDocument(snippet, { prettyErrors: false });
      const data: unknown = document.errors.length === 0 ? document.toJS({ maxAliasCount: 0 }) : undefined;
      if (snippet.trim() === '') return frontmatter;
      if (data && typeof data === 'object' && !Array.isArray(data) && isMap(document.contents)) {
        frontmatter.data = data as Record<string, unknown>;
        for (const pair of document.contents.items) {
          if (!isScalar(pair.key) || !pair.key.range) continue;
          const at = positionAt(source, start + pair.key.range[0]);
          frontmatter.entries.push({ key: String(pair.key.value), value: frontmatter.data[String(pair.key.value)], line: at.line, column: at.column, keyRange: [start + pair.key.range[0], start + pair.key.range[1]], yamlNode: (pair.value as never) ?? null });
        }
        return frontmatter;
      }
    }
  }
  const parsed = parseFrontmatter(source, { lenientYaml: engine.yamlReader === 'psych' || engine.yamlReader === 'js-yaml' });
  return parsed.found ? parsed.frontmatter : undefined;
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
