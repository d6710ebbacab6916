// The action's entry. Posts are linted by the worker bundle next to it (dist/worker/index.js,
// runner/parallel.ts).
// The event guard is imported first: it must run before @actions/github is loaded. Then
// `./early.js` starts the first lint worker, before the rest is loaded.
import { startupEventProblem } from './github/event-guard.js';
import { actionWorkerBundle, earlyWorker } from './early.js';
import * as core from '@actions/core';
import { run } from './main.js';

if (startupEventProblem) {
  core.setFailed(startupEventProblem);
} else {
  await run({ workerEntry: actionWorkerBundle(import.meta.url), ...(earlyWorker ? { earlyWorker } : {}) });
}
