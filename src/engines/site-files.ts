// Reading the site's own files (configs, package.json, tsconfig, schemas) with the same care as
// posts: only regular files the repository index holds (so nothing outside the repository, no
// FIFO or device), and never more than a size cap. A file that cannot be read is simply absent.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RepoIndex } from '../engine/repo.js';

const MAX_SITE_FILE_BYTES = 512 * 1024;

export async function readSiteFile(repo: RepoIndex, relativePath: string, maxBytes = MAX_SITE_FILE_BYTES): Promise<string | undefined> {
  const stored = repo.spelling(relativePath);
  if (stored === undefined) return undefined;
  try {
    const absolute = path.join(repo.root, stored);
    const stat = await fs.stat(absolute);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return await fs.readFile(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

/** The first of these files that the repository has. */
export function firstFile(repo: RepoIndex, names: string[]): string | undefined {
  return names.find((name) => repo.has(name));
}
