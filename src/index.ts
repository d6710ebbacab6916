// The action's entry. The same bundle is also the lint worker (runner/parallel.ts).
// The event guard is imported first: it must run before @actions/github is loaded. Then
// `./early.js` starts the first lint worker, before the rest is loaded.
import { startupEventProblem } from './github/event-guard.js';
import { earlyWorker } from './early.js';
import * as core from '@actions/core';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { run } from './main.js';
import { isWorkerPayload, runLintWorker } from './runner/parallel.js';

if (!isMainThread && isWorkerPayload(workerData) && parentPort) {
  await runLintWorker(workerData, parentPort);
} else if (startupEventProblem) {
  core.setFailed(startupEventProblem);
} else {
  await run({ workerEntry: new URL(import.meta.url), ...(earlyWorker ? { earlyWorker } : {}) });
}
