// The first lint worker of a run, started by a front door before it loads the rest of itself.
// Loading the bundle takes a worker about a quarter of a second; started this early, that overlaps
// the front door's own loading and its indexing of the repository, so a run of a few posts is not
// slower for linting them under a budget (bench/RESULTS.md, "PR-sized run").
import type { Worker } from 'node:worker_threads';
import { startLintWorker } from './budget.js';

export interface EarlyWorker {
  thread: Worker;
  memoryMb: number;
  /** Set when the thread ended before a pool took it (it then cannot be used). */
  exited: boolean;
}

/**
 * Starts a lint worker of the bundle at `entry` that does not keep the process alive until a pool
 * takes it: a run that ends early (a usage error, `--help`) exits as before.
 */
export function startEarlyWorker(entry: URL, memoryMb: number): EarlyWorker {
  const early: EarlyWorker = { thread: startLintWorker(entry, memoryMb), memoryMb, exited: false };
  early.thread.unref();
  // Until a pool listens, a failure to start is only remembered: the pool starts a worker of its
  // own, which meets the same failure where it is reported.
  early.thread.on('error', () => {});
  early.thread.once('exit', () => {
    early.exited = true;
  });
  return early;
}

/** The early worker, if it can serve a pool whose workers get `memoryMb`; otherwise it is stopped. */
export function takeEarlyWorker(early: EarlyWorker | undefined, memoryMb: number): Worker | undefined {
  if (!early) return undefined;
  if (early.exited || early.memoryMb !== memoryMb) {
    void early.thread.terminate();
    return undefined;
  }
  early.thread.ref();
  return early.thread;
}
