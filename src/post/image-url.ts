// What an image URL points at, where in the repository that would be, and how the preset wants
// it written. Pure string work; the caller checks the repo index, so nothing here touches the disk.
import path from 'node:path';
import { querySuffixStart, withoutQuery } from './scan.js';

export type RepoTarget = {
  kind: 'repo';
  /** Repo paths the URL may mean, most likely first. */
  candidates: string[];
  /** How it was written: from the site root, relative to the post, or under media_subpath. */
  style: 'absolute' | 'relative' | 'subpath';
  /** Text kept as written before the path (`{{ site.url }}`, the baseurl) and after it (`?v=2#x`). */
  prefix: string;
  suffix: string;
  /** The URL path as decoded, before it was resolved against roots (`/img/a b.png`, `../x.png`). */
  path: string;
  /**
   * Written through Jekyll's `relative_url`/`absolute_url` filter, the form Jekyll's docs
   * recommend (it adds the baseurl): the filter stays, only the quoted path may change.
   */
  liquidFilter?: boolean;
};

export type ImageTarget =
  | { kind: 'remote' | 'data' | 'template' | 'empty' | 'unresolvable' }
  | { kind: 'file-url'; path: string }
  | { kind: 'os-absolute'; path: string }
  | { kind: 'outside' }
  | RepoTarget;

export interface ResolveOptions {
  /** Repo-relative path of the post. */
  postFile: string;
  /** Folders served at the site root ('' = the repo root). */
  publicRoots: string[];
  baseUrl: string;
  /** Chirpy's `media_subpath` (or legacy `img_path`): where bare relative paths resolve. */
  mediaSubpath?: string;
  /** Chirpy's `cdn`: root-absolute and media_subpath paths are served from it, not the repo. */
  cdn?: string;
}

const OS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|\/(?:Users|home|var\/folders|private|tmp|mnt\/[a-z])\/)/;
const LIQUID_PREFIX = /^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)+/;

export function resolveImage(rawUrl: string, options: ResolveOptions): ImageTarget {
  let url = rawUrl.trim();
  if (url === '') return { kind: 'empty' };
  if (/^data:/i.test(url)) return { kind: 'data' };
  if (/^file:/i.test(url)) return { kind: 'file-url', path: decode(withoutQuery(url.replace(/^file:\/*/i, '/'))) };
  // Typora's default image folder, absolute or climbing out with ../../..: never committed.
  if (OS_ABSOLUTE.test(url) || /(?:^|[\\/])typora-user-images[\\/]/i.test(url)) return { kind: 'os-absolute', path: url };

  // Liquid prefixes that only prepend the site URL: `{{ site.url }}{{ site.baseurl }}/x.png`.
  let prefix = LIQUID_PREFIX.exec(url)?.[0] ?? '';
  url = url.slice(prefix.length);
  let filterSuffix = '';
  const relativeUrlFilter = /^(\{\{-?[ \t]*["'])([^"'{}]+)(["'][ \t]*\|[ \t]*(?:relative_url|absolute_url)[ \t]*-?\}\})$/.exec(url);
  if (relativeUrlFilter) {
    prefix = relativeUrlFilter[1]!;
    url = relativeUrlFilter[2]!;
    filterSuffix = relativeUrlFilter[3]!;
  }
  if (/\{\{|\{%/.test(url)) return { kind: 'template' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'remote' };

  const suffixStart = querySuffixStart(url);
  const suffix = suffixStart === -1 ? '' : url.slice(suffixStart);
  let decoded = decode(url.slice(0, url.length - suffix.length).replace(/\\/g, '/'));
  const base = options.baseUrl.replace(/\/$/, '');
  if (base && base !== '/' && decoded.startsWith(base + '/')) {
    prefix += base;
    decoded = decoded.slice(base.length);
  }
  const target = resolveInRepo(decoded, prefix, suffix + filterSuffix, options);
  if (filterSuffix && target.kind === 'repo') target.liquidFilter = true;
  return target;
}

function resolveInRepo(decoded: string, prefix: string, suffix: string, options: ResolveOptions): ImageTarget {
  const candidates: string[] = [];
  const subpath = options.mediaSubpath?.trim();
  if (options.cdn && (decoded.startsWith('/') || subpath)) return { kind: 'remote' };
  let style: RepoTarget['style'];
  if (decoded.startsWith('/')) {
    style = 'absolute';
    for (const root of options.publicRoots) candidates.push(path.posix.join(root || '.', decoded));
  } else {
    if (subpath && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(subpath)) return { kind: 'remote' };
    style = subpath ? 'subpath' : 'relative';
    if (subpath) for (const root of options.publicRoots) candidates.push(path.posix.join(root || '.', subpath, decoded));
    candidates.push(path.posix.join(path.posix.dirname(options.postFile), decoded));
  }
  const inside = candidates.filter((candidate) => candidate !== '..' && !candidate.startsWith('..'));
  if (inside.length === 0) return { kind: 'outside' };
  return { kind: 'repo', candidates: inside.map((candidate) => candidate.replace(/^\.\//, '')), style, prefix, suffix, path: decoded };
}

function decode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export type SpacePolicy = 'encode' | 'raw';

/** A path as it goes into a URL: spaces as `%20` (works in every markdown engine) or raw (kramdown only). */
export function encodePath(repoPath: string, spaces: SpacePolicy): string {
  const escaped = repoPath.replace(/%/g, '%25');
  return spaces === 'encode' ? escaped.replace(/ /g, '%20') : escaped;
}

/** `static/img/x.png` -> `/img/x.png`: the site URL path of a file under a public root. */
export function siteUrlPath(repoPath: string, publicRoots: string[]): string {
  for (const root of [...publicRoots].sort((a, b) => b.length - a.length)) {
    if (root === '') continue;
    if (repoPath.startsWith(root + '/')) return '/' + repoPath.slice(root.length + 1);
  }
  return '/' + repoPath;
}

export interface CanonicalOptions {
  postFile: string;
  publicRoots: string[];
  /** Jekyll: permalinks break relative paths, so every local image is root-absolute. */
  preferAbsolute: boolean;
  spaces: SpacePolicy;
  mediaSubpath?: string;
}

/** How the preset wants a URL written that points at `actual` (a path that exists in the repo). */
export function canonicalUrl(target: RepoTarget, actual: string, options: CanonicalOptions): string {
  let urlPath: string;
  if (target.style === 'subpath' && options.mediaSubpath) {
    const subpathDir = path.posix.join(options.publicRoots[0] || '.', options.mediaSubpath).replace(/^\.\//, '').replace(/^\//, '');
    urlPath = actual.startsWith(subpathDir + '/') ? actual.slice(subpathDir.length + 1) : siteUrlPath(actual, options.publicRoots);
  } else if (target.style === 'absolute' || options.preferAbsolute) {
    urlPath = siteUrlPath(actual, options.publicRoots);
  } else {
    urlPath = path.posix.relative(path.posix.dirname(options.postFile), actual);
  }
  return target.prefix + encodePath(urlPath, options.spaces) + target.suffix;
}
