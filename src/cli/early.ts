// Imported first by cli/index.ts, so that this runs before the rest of the CLI is loaded: a
// command that lints posts gets its first lint worker now (runner/early-worker.ts).
import { isMainThread } from 'node:worker_threads';
import { DEFAULT_BUDGET, parseMegabytes } from '../runner/budget.js';
import { startEarlyWorker, type EarlyWorker } from '../runner/early-worker.js';

/** Options after which the CLI lints nothing (main.ts reads the same arguments properly). */
const NO_LINT = new Set(['-h', '--help', '-v', '--version', '--rules', '--merge']);

export const earlyWorker: EarlyWorker | undefined = isMainThread ? startFor(process.argv.slice(2)) : undefined;

function startFor(argv: string[]): EarlyWorker | undefined {
  if (argv.some((arg) => NO_LINT.has(arg))) return undefined;
  return startEarlyWorker(cliWorkerBundle(import.meta.url), postMemory(argv) ?? DEFAULT_BUDGET.memoryMb);
}

/** dist/worker/index.js, beside dist/cli/ (a variable: ncc must not bundle it as an asset). */
export function cliWorkerBundle(entry: string): URL {
  const worker = '../worker/index.js';
  return new URL(worker, entry);
}

/** `--post-memory 512` / `--post-memory=512`; undefined when absent or not valid (main.ts says why). */
function postMemory(argv: string[]): number | undefined {
  const index = argv.findIndex((arg) => arg === '--post-memory' || arg.startsWith('--post-memory='));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  return value === undefined ? undefined : parseMegabytes(value);
}
