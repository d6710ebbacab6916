// A content-hash cache for full runs: a post whose bytes, and whose whole environment (tool
// version, settings, site config, the repository's file list, the tag vocabulary, the day), are
// unchanged since the last run gets its last result back without being linted. The file is plain
// JSON at a path of the user's choosing, so `actions/cache` can keep it between runs.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildReport, type LintEnvironment } from './environment.js';
import type { FileResult, Report } from '../core/types.js';
import { TOOL_VERSION } from '../core/version.js';
import { readRegularFile } from '../post/read.js';

const CACHE_VERSION = 1;

interface CacheFile {
  version: number;
  key: string;
  entries: Record<string, { hash: string; result: FileResult }>;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/** Everything besides a post's own bytes that can change its result. */
export function environmentKey(environment: LintEnvironment, cacheFile?: string): string {
  const { settings, site, repo, vocabulary } = environment;
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ tool: TOOL_VERSION, cache: CACHE_VERSION }));
  // Future-dated posts change verdict with time: a cache lives for one (UTC) day at most.
  hash.update(JSON.stringify({ ...settings, now: settings.now.toISOString().slice(0, 10) }));
  hash.update(JSON.stringify(site));
  // What the engine read beyond the file list (its facts, a content schema, aliases, a Hexo config):
  // editing `src/content/config.ts` changes verdicts without changing any post.
  hash.update(JSON.stringify(environment.engine));
  // The cache file itself may live in the repository; it must not invalidate itself.
  const own = cacheFile ? path.relative(repo.root, cacheFile).split(path.sep).join('/') : undefined;
  hash.update([...repo.files].filter((file) => file !== own).sort().join('\n'));
  hash.update([...repo.escapingLinks].sort().join('\n'));
  if (vocabulary) hash.update(JSON.stringify([...vocabulary.uses].map(([tag, files]) => [tag, [...files].sort()]).sort()));
  // A rename changes a post's verdict (permalink-changed) without changing its bytes.
  if (environment.previousPaths?.size) hash.update(JSON.stringify([...environment.previousPaths].sort()));
  return hash.digest('hex');
}

async function readCache(file: string, key: string): Promise<CacheFile['entries']> {
  try {
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as CacheFile;
    return data && data.version === CACHE_VERSION && data.key === key && data.entries && typeof data.entries === 'object' ? data.entries : {};
  } catch {
    return {};
  }
}

async function contentHash(root: string, file: string, maxBytes: number): Promise<string | undefined> {
  try {
    // Read like a post (a FIFO named like one must not block the run); one over the size cap is linted (reported) every time.
    const read = await readRegularFile(path.join(root, file), maxBytes);
    return read.ok ? createHash('sha256').update(read.bytes).digest('hex') : undefined;
  } catch {
    return undefined;
  }
}

/** Lints the files the cache does not know (with `lint`), reuses the rest, and rewrites the cache. */
export async function lintWithCache(cacheFile: string, files: string[], environment: LintEnvironment, lint: (files: string[]) => Promise<Report>): Promise<{ report: Report; stats: CacheStats }> {
  const key = environmentKey(environment, cacheFile);
  const entries = await readCache(cacheFile, key);
  const hashes = new Map<string, string | undefined>();
  const misses: string[] = [];
  const cached = new Map<string, FileResult>();
  for (const file of files) {
    const hash = await contentHash(environment.repo.root, file, environment.settings.maxFileSize);
    hashes.set(file, hash);
    const entry = entries[file];
    if (hash && entry && entry.hash === hash) cached.set(file, entry.result);
    else misses.push(file);
  }
  const fresh = misses.length > 0 ? await lint(misses) : buildReport([], environment.settings);
  const byFile = new Map(fresh.files.map((result) => [result.file, result]));
  const results = files.map((file) => cached.get(file) ?? byFile.get(file)).filter((result): result is FileResult => result !== undefined);
  const next: CacheFile = { version: CACHE_VERSION, key, entries: {} };
  for (const result of results) {
    const hash = hashes.get(result.file);
    if (hash) next.entries[result.file] = { hash, result };
  }
  await fs.mkdir(path.dirname(cacheFile), { recursive: true });
  await fs.writeFile(cacheFile, JSON.stringify(next));
  return { report: buildReport(results, environment.settings), stats: { hits: cached.size, misses: misses.length } };
}
