// The repository as the linter may see it: one walk lists every file under the root (skipping
// dependency and build folders), and every later question — does this image exist, with which
// case, which posts match these globs — is answered from that list. Nothing outside the root is
// ever opened: symlinks are followed only when their target stays inside.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '_site', '.jekyll-cache', '.sass-cache', 'vendor', '.cache', '.next', '.astro']);

export interface RepoIndex {
  root: string;
  /** Repo-relative paths, forward slashes, as stored on disk (NFC or NFD as the file system has them). */
  files: Set<string>;
  /** Symlinks inside the repo whose target lies outside it: never followed. */
  escapingLinks: Set<string>;
  /**
   * Entries named like posts that are no regular file: FIFOs, sockets, devices, folders called
   * `x.md` (or links to them). Never read; listed so that they are reported, not skipped silently.
   */
  notFiles: Set<string>;
  has(relativePath: string): boolean;
  /** True when the path is, or lies below, a symlink that leads outside the repository. */
  escapes(relativePath: string): boolean;
  /** The path as stored (NFC or NFD), for a path that `has` accepts. */
  spelling(relativePath: string): string | undefined;
  /** The on-disk spelling of a path that matches ignoring case and Unicode normalization. */
  findLoose(relativePath: string): string | undefined;
  /** Files with this base name anywhere in the repo. */
  byBaseName(baseName: string): string[];
}

export async function indexRepository(root: string): Promise<RepoIndex> {
  const realRoot = await fs.realpath(root);
  const files = new Set<string>();
  const escapingLinks = new Set<string>();
  const notFiles = new Set<string>();
  await walk(realRoot, realRoot, '', { files, escapingLinks, notFiles }, 0, new Set([realRoot]));
  return createRepoIndex(realRoot, files, escapingLinks, notFiles);
}

export function createRepoIndex(root: string, files: Set<string>, escapingLinks = new Set<string>(), notFiles = new Set<string>()): RepoIndex {
  let loose: Map<string, string> | undefined;
  let baseNames: Map<string, string[]> | undefined;
  let linkForms: string[] | undefined;
  const looseKey = (p: string) => p.normalize('NFC').toLowerCase();
  return {
    root,
    files,
    escapingLinks,
    notFiles,
    has: (relativePath) => files.has(relativePath) || files.has(relativePath.normalize('NFD')) || files.has(relativePath.normalize('NFC')),
    escapes(relativePath) {
      if (escapingLinks.size === 0) return false;
      // The path is a link or lies below one: compared link by link (NFC on both sides), not prefix
      // by prefix, which was quadratic in the path's length.
      linkForms ??= [...escapingLinks].map((link) => link.normalize('NFC'));
      const path = relativePath.normalize('NFC');
      return linkForms.some((link) => path === link || (path.startsWith(link) && path[link.length] === '/'));
    },
    spelling: (relativePath) => [relativePath, relativePath.normalize('NFC'), relativePath.normalize('NFD')].find((form) => files.has(form)),
    findLoose(relativePath) {
      loose ??= new Map([...files].map((file) => [looseKey(file), file]));
      return loose.get(looseKey(relativePath));
    },
    byBaseName(baseName) {
      if (!baseNames) {
        baseNames = new Map();
        for (const file of files) {
          const key = looseKey(path.posix.basename(file));
          const group = baseNames.get(key);
          if (group) group.push(file);
          else baseNames.set(key, [file]);
        }
      }
      return baseNames.get(looseKey(baseName)) ?? [];
    },
  };
}

/** A name a post could have: what the presets' globs and a folder given on the command line look for. */
const POST_NAME = /\.(md|markdown|mdx)$/i;

interface Found {
  files: Set<string>;
  escapingLinks: Set<string>;
  notFiles: Set<string>;
}

async function walk(realRoot: string, directory: string, prefix: string, found: Found, depth: number, visited: Set<string>): Promise<void> {
  const { files, escapingLinks, notFiles } = found;
  if (depth > 40) return;
  let entries;
  try {
    entries = await fs.readdir(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (POST_NAME.test(entry.name)) notFiles.add(relative);
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(realRoot, absolute, relative, found, depth + 1, visited);
    } else if (entry.isFile()) {
      files.add(relative);
    } else if (entry.isSymbolicLink()) {
      // A link counts only when it resolves to a file inside the repository.
      // A link counts only when it resolves inside the repository; a linked folder is walked once.
      const target = await fs.realpath(absolute).catch(() => undefined);
      if (target && isInside(realRoot, target)) {
        const stat = await fs.stat(target).catch(() => undefined);
        if (stat?.isFile()) files.add(relative);
        else if (stat && POST_NAME.test(entry.name) && !stat.isFile()) notFiles.add(relative);
        if (stat?.isDirectory() && !visited.has(target) && !SKIPPED_DIRECTORIES.has(entry.name)) {
          visited.add(target);
          await walk(realRoot, absolute, relative, found, depth + 1, visited);
        }
      } else if (target) {
        escapingLinks.add(relative);
      }
    } else if (POST_NAME.test(entry.name)) {
      // A FIFO, socket or device: opening it could block the run or never end.
      notFiles.add(relative);
    }
  }
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Resolves a repo-relative or absolute path given by a user to a repo-relative one, or undefined
 * when it lies outside the root (lexically, or through a symlink).
 */
export async function toRepoPath(root: string, given: string): Promise<string | undefined> {
  const absolute = path.resolve(root, given);
  if (!isInside(root, absolute)) return undefined;
  // Compare real paths on both sides: the root itself may sit behind a symlink.
  const realRoot = await fs.realpath(root).catch(() => root);
  const real = await fs.realpath(absolute).catch(() => path.join(realRoot, path.relative(root, absolute)));
  if (!isInside(realRoot, real)) return undefined;
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** Files and links that may be posts: the repo's files plus links leading out and entries that are no file (reported, never read). */
export function postCandidates(repo: RepoIndex): string[] {
  return [...repo.files, ...repo.escapingLinks, ...repo.notFiles];
}

export function matchGlobs(files: Iterable<string>, include: string[], exclude: string[] = []): string[] {
  const isIncluded = picomatch(include, { dot: false });
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  return [...files].filter((file) => isIncluded(file) && !isExcluded(file)).sort();
}
