// Reading the site's own files (configs, package.json, tsconfig, schemas) with the same care as
// posts: only regular files the repository index holds (so nothing outside the repository, no
// FIFO or device), and never more than a size cap. A file that cannot be read is simply absent.
import path from 'node:path';
import type { RepoIndex } from '../post/repo.js';
import { readRegularFile } from '../post/read.js';

const MAX_SITE_FILE_BYTES = 512 * 1024;

export async function readSiteFile(repo: RepoIndex, relativePath: string, maxBytes = MAX_SITE_FILE_BYTES): Promise<string | undefined> {
  const stored = repo.spelling(relativePath);
  if (stored === undefined) return undefined;
  const read = await readRegularFile(path.join(repo.root, stored), maxBytes);
  return read.ok ? read.bytes.toString('utf8') : undefined;
}

/** The first of these files that the repository has. */
export function firstFile(repo: RepoIndex, names: string[]): string | undefined {
  return names.find((name) => repo.has(name));
}
