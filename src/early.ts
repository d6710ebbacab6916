// Imported by index.ts before the rest of the action is loaded: a run that lints posts gets its
// first lint worker now (runner/early-worker.ts). The inputs are read as @actions/core reads them;
// inputs.ts validates them properly later.
import { isMainThread } from 'node:worker_threads';
import { DEFAULT_BUDGET, parseMegabytes } from './runner/budget.js';
import { startEarlyWorker, type EarlyWorker } from './runner/early-worker.js';

// Fork mode's publish side (`publish-report`) lints nothing.
export const earlyWorker: EarlyWorker | undefined =
  isMainThread && !input('publish-report') ? startEarlyWorker(actionWorkerBundle(import.meta.url), parseMegabytes(input('post-memory')) ?? DEFAULT_BUDGET.memoryMb) : undefined;

/** dist/worker/index.js, next to the action's dist/index.js (a variable: ncc must not bundle it as an asset). */
export function actionWorkerBundle(entry: string): URL {
  const worker = './worker/index.js';
  return new URL(worker, entry);
}

function input(name: string): string {
  return (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
}
