// What an image URL points at, and where in the repository that would be. Pure string work;
// the caller checks the repo index, so nothing here touches the disk.
import path from 'node:path';

export type ImageTarget =
  | { kind: 'remote' | 'data' | 'template' | 'empty' | 'unresolvable' }
  | { kind: 'file-url'; path: string }
  | { kind: 'os-absolute'; path: string }
  | { kind: 'outside' }
  | { kind: 'repo'; candidates: string[] };

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

export function resolveImage(rawUrl: string, options: ResolveOptions): ImageTarget {
  let url = rawUrl.trim();
  if (url === '') return { kind: 'empty' };
  if (/^data:/i.test(url)) return { kind: 'data' };
  if (/^file:/i.test(url)) return { kind: 'file-url', path: decode(url.replace(/^file:\/*/i, '/')) };
  if (OS_ABSOLUTE.test(url)) return { kind: 'os-absolute', path: url };

  // Liquid prefixes that only prepend the site URL: `{{ site.url }}{{ site.baseurl }}/x.png`.
  url = url.replace(/^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)+/, '');
  const relativeUrlFilter = /^\{\{-?\s*["']([^"']+)["']\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}$/.exec(url);
  if (relativeUrlFilter) url = relativeUrlFilter[1]!;
  if (/\{\{|\{%/.test(url)) return { kind: 'template' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'remote' };

  url = url.replace(/[?#].*$/, '').replace(/\\/g, '/');
  const decoded = decode(url);
  if (options.baseUrl && options.baseUrl !== '/' && decoded.startsWith(options.baseUrl.replace(/\/$/, '') + '/')) {
    return resolveInRepo(decoded.slice(options.baseUrl.replace(/\/$/, '').length), options);
  }
  return resolveInRepo(decoded, options);
}

function resolveInRepo(decoded: string, options: ResolveOptions): ImageTarget {
  const candidates: string[] = [];
  const subpath = options.mediaSubpath?.trim();
  if (options.cdn && (decoded.startsWith('/') || subpath)) return { kind: 'remote' };
  if (decoded.startsWith('/')) {
    for (const root of options.publicRoots) candidates.push(path.posix.join(root || '.', decoded));
  } else {
    if (subpath && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(subpath)) return { kind: 'remote' };
    if (subpath) for (const root of options.publicRoots) candidates.push(path.posix.join(root || '.', subpath, decoded));
    candidates.push(path.posix.join(path.posix.dirname(options.postFile), decoded));
  }
  const inside = candidates.filter((candidate) => candidate !== '..' && !candidate.startsWith('../'));
  if (inside.length === 0) return { kind: 'outside' };
  return { kind: 'repo', candidates: inside.map((candidate) => candidate.replace(/^\.\//, '')) };
}

function decode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
