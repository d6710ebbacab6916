// The budget each post is linted under, and how a lint worker is started. Kept apart from the pool
// (parallel.ts) and free of the linter's own modules, so that a front door can start its first
// worker before it loads anything else (see early-worker.ts).
import { Worker } from 'node:worker_threads';

export const WORKER_MARKER = 'blog-post-lint-worker';

/** What a worker is started with (workerData): only the marker; the environment comes as a message. */
export interface WorkerStart {
  kind: typeof WORKER_MARKER;
}

export function isWorkerPayload(data: unknown): data is WorkerStart {
  return !!data && typeof data === 'object' && (data as { kind?: unknown }).kind === WORKER_MARKER;
}

export interface Budget {
  /** Wall-clock time one post may take, in milliseconds. */
  timeoutMs: number;
  /** The heap (V8 old generation) of the worker that lints it, in MB. */
  memoryMb: number;
}

/**
 * Of the 1,333 real posts in the test corpus, the slowest (281 KB) lints in 0.5 s of CPU and the
 * three largest fit in a 64 MB worker heap; so does a 970 KB post made of the largest ones (the size
 * limit is 1 MB). 10 s leaves a margin of twenty for slow CI machines and four workers sharing two
 * cores (the deadline is wall-clock time: what a CI job pays for). 128 MB leaves two: a run's peak
 * is about 100 MB plus, per worker, the heap, its 32 MB young generation and 30 MB of code, so two
 * workers that both meet a hostile post stay under 500 MB (the fuzz run found 516 MB with 256).
 */
export const DEFAULT_BUDGET: Budget = { timeoutMs: 10_000, memoryMb: 128 };
export const POST_TIMEOUT_RANGE = { min: 0.1, max: 3600 };
export const POST_MEMORY_RANGE = { min: 64, max: 65_536 };

/** `--post-timeout` / `post-timeout`: seconds, a number in POST_TIMEOUT_RANGE; undefined when not. */
export function parseSeconds(text: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  const seconds = Number(text);
  return seconds >= POST_TIMEOUT_RANGE.min && seconds <= POST_TIMEOUT_RANGE.max ? seconds : undefined;
}

/** `--post-memory` / `post-memory`: whole megabytes in POST_MEMORY_RANGE (an optional `MB` suffix); undefined when not. */
export function parseMegabytes(text: string): number | undefined {
  const match = /^(\d+)\s*(mb)?$/i.exec(text.trim());
  if (!match) return undefined;
  const megabytes = Number(match[1]);
  return megabytes >= POST_MEMORY_RANGE.min && megabytes <= POST_MEMORY_RANGE.max ? megabytes : undefined;
}

/**
 * Parsing allocates many short-lived objects. A worker's default young generation is small: on the
 * corpus, 48 MB took a run from 45 s to 36 s on 2 cores, and 32 MB did as well as 96 MB. 32 MB it
 * is: it counts once per worker towards a run's peak memory (the fuzz run's limit is 500 MB).
 */
const YOUNG_GENERATION_MB = 32;

/** A lint worker of the bundle at `entry`, its heap capped at `memoryMb`. */
export function startLintWorker(entry: URL, memoryMb: number): Worker {
  return new Worker(entry, {
    workerData: { kind: WORKER_MARKER } satisfies WorkerStart,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}
