// The action's entry. The same bundle is also the lint worker of a large run (engine/parallel.ts).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { run } from './main.js';
import { isWorkerPayload, runLintWorker } from './engine/parallel.js';

if (!isMainThread && isWorkerPayload(workerData) && parentPort) {
  await runLintWorker(workerData, parentPort);
} else {
  await run({ workerEntry: new URL(import.meta.url) });
}
