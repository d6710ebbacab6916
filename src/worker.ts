// The lint worker's entry (dist/worker/index.js): a front door's LintPool starts it in a worker
// thread (runner/parallel.ts). It holds the lint code, which the front doors' bundles do not load.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isWorkerPayload } from './runner/budget.js';
import { runLintWorker } from './runner/worker.js';

if (!isMainThread && isWorkerPayload(workerData) && parentPort) {
  await runLintWorker(workerData, parentPort);
} else {
  process.stderr.write('blog-post-lint: this file is the lint worker, started by the CLI and the action; run dist/cli/index.js instead.\n');
  process.exitCode = 2;
}
