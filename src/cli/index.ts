#!/usr/bin/env node
// The terminal front door: everything lives in main(); this file only hands over argv and exits.
// The same bundle is also the lint worker (see runner/parallel.ts). `./early.js` is imported
// first: it starts that worker before the rest is loaded.
import { earlyWorker } from './early.js';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { isWorkerPayload, runLintWorker } from '../runner/parallel.js';

if (!isMainThread && isWorkerPayload(workerData) && parentPort) {
  await runLintWorker(workerData, parentPort);
} else {
  // `blog-post-lint | head`: a reader that stops early is not an error worth a stack trace; the
  // run still ends with its own exit code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, workerEntry: new URL(import.meta.url), ...(earlyWorker ? { earlyWorker } : {}) });
}
