// Large runs across cores: worker threads take files from one queue, largest first (so a 280 KB
// post does not start last and leave one core idle), each worker rebuilds the same environment
// from plain data, and the results come back in the original order. The worker is the same bundle
// as the front door, started with a marker in workerData (see cli/index.ts).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, type MessagePort } from 'node:worker_threads';
import { buildReport, lintFiles, type LintEnvironment, type LintFilesOptions } from './lint.js';
import { createRepoIndex } from './repo.js';
import type { FileResult, Report } from './types.js';
import type { Settings } from '../config/settings.js';
import type { SiteConfig } from '../config/site.js';
import type { Vocabulary } from './vocabulary.js';
import { loadEngine } from '../engines/index.js';

export const WORKER_MARKER = 'blog-post-lint-worker';

export interface WorkerPayload {
  kind: typeof WORKER_MARKER;
  root: string;
  repoFiles: string[];
  escapingLinks: string[];
  site: SiteConfig;
  settings: Settings;
  vocabulary?: Vocabulary;
  previousPaths?: Array<[string, string]>;
  preview: boolean;
}

/** Worker -> main: a result, or a request for more work. Main -> worker: a batch, or nothing left (empty). */
type WorkerMessage = { type: 'file'; index: number; result: FileResult } | { type: 'next' } | { type: 'error'; message: string };
type Batch = { indexes: number[]; files: string[] };

/** Below this many posts a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;

/** Threads for a run of `count` posts: one per core (up to 4) from PARALLEL_THRESHOLD posts, else 1. */
export function defaultJobs(count: number): number {
  return count >= PARALLEL_THRESHOLD ? Math.min(4, os.availableParallelism()) : 1;
}

/** Files handed out per request: small enough to balance, large enough that messages cost nothing. */
const BATCH = 4;
/**
 * Parsing allocates many short-lived objects. A worker's default young generation is small: on the
 * corpus, 48 MB took a run from 45 s to 36 s on 2 cores (32 MB did as well as 96 MB), for about
 * 30 MB more peak memory.
 */
const YOUNG_GENERATION_MB = 48;

export function isWorkerPayload(data: unknown): data is WorkerPayload {
  return !!data && typeof data === 'object' && (data as { kind?: unknown }).kind === WORKER_MARKER;
}

export async function lintFilesInParallel(entry: URL, files: string[], environment: LintEnvironment, jobs: number, options: LintFilesOptions = {}): Promise<Report> {
  const queue = await largestFirst(environment.repo.root, files);
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const payload: WorkerPayload = {
    kind: WORKER_MARKER,
    root: environment.repo.root,
    repoFiles: [...environment.repo.files],
    escapingLinks: [...environment.repo.escapingLinks],
    site: environment.site,
    settings: environment.settings,
    ...(environment.vocabulary ? { vocabulary: environment.vocabulary } : {}),
    ...(environment.previousPaths ? { previousPaths: [...environment.previousPaths] } : {}),
    preview: options.preview ?? false,
  };
  const threads: Worker[] = [];
  const work = Promise.all(
    Array.from(
      { length: jobs },
      () =>
        new Promise<void>((resolve, reject) => {
          const thread = new Worker(entry, { workerData: payload, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
          threads.push(thread);
          thread.on('message', (message: WorkerMessage) => {
            if (message.type === 'file') {
              results[message.index] = message.result;
              options.onFile?.(++done, files.length, files[message.index]!);
            } else if (message.type === 'next') {
              const indexes = queue.splice(0, BATCH);
              thread.postMessage({ indexes, files: indexes.map((index) => files[index]!) } satisfies Batch);
            } else reject(new Error(message.message));
          });
          thread.on('error', reject);
          thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with code ${code}`))));
        }),
    ),
  );
  // One failed worker ends the run: the others are stopped rather than left to finish the queue.
  await work.catch(async (error: unknown) => {
    await Promise.all(threads.map((thread) => thread.terminate()));
    throw error;
  });
  const missing = files.filter((_, index) => results[index] === undefined);
  if (missing.length > 0) throw new Error(`the lint workers returned no result for ${missing.length} files`);
  return buildReport(results, environment.settings);
}

/** Indexes into `files`, largest file first; a file that cannot be stat'ed goes last (it fails fast). */
async function largestFirst(root: string, files: string[]): Promise<number[]> {
  const sizes = await Promise.all(files.map((file) => fs.stat(path.resolve(root, file)).then((stat) => stat.size, () => -1)));
  return files.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

/** The worker side: the same environment from plain data, then batches linted until the queue is empty. */
export async function runLintWorker(payload: WorkerPayload, port: MessagePort): Promise<void> {
  try {
    const repo = createRepoIndex(payload.root, new Set(payload.repoFiles), new Set(payload.escapingLinks));
    const environment: LintEnvironment = {
      repo,
      site: payload.site,
      // An engine holds functions, which cannot cross threads: each worker reads the site again.
      engine: await loadEngine(payload.settings.preset.name, repo, payload.site, payload.settings.presetReason),
      settings: payload.settings,
      ...(payload.vocabulary ? { vocabulary: payload.vocabulary } : {}),
      ...(payload.previousPaths ? { previousPaths: new Map(payload.previousPaths) } : {}),
    };
    for (;;) {
      const batch = await nextBatch(port);
      if (batch.files.length === 0) break;
      let position = 0;
      await lintFiles(batch.files, environment, {
        preview: payload.preview,
        onResult: (result) => port.postMessage({ type: 'file', index: batch.indexes[position++]!, result } satisfies WorkerMessage),
      });
    }
  } catch (error) {
    port.postMessage({ type: 'error', message: (error as Error).message } satisfies WorkerMessage);
  }
}

function nextBatch(port: MessagePort): Promise<Batch> {
  return new Promise((resolve) => {
    port.once('message', (batch: Batch) => resolve(batch));
    port.postMessage({ type: 'next' } satisfies WorkerMessage);
  });
}
