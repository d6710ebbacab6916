#!/usr/bin/env node
// The terminal front door: everything lives in main(); this file only hands over argv and exits.
// Posts are linted by the worker bundle (dist/worker/index.js, see runner/parallel.ts). `./early.js`
// is imported first: it starts that worker before the rest is loaded.
import { cliWorkerBundle, earlyWorker } from './early.js';
import { main } from './main.js';

// `blog-post-lint | head`: a reader that stops early is not an error worth a stack trace; the
// run still ends with its own exit code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, workerEntry: cliWorkerBundle(import.meta.url), ...(earlyWorker ? { earlyWorker } : {}) });
