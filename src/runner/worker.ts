// The lint worker's side of runner/parallel.ts: it waits for the environment, says it is ready,
// then answers one task at a time. It rebuilds the environment from plain data (an engine holds
// functions, which cannot cross threads) and holds all the lint code of a run.
import type { MessagePort } from 'node:worker_threads';
import { fixText, lintFiles } from './lint.js';
import type { LintEnvironment } from './environment.js';
import { createRepoIndex } from '../post/repo.js';
import { loadEngine } from '../engines/index.js';
import type { WorkerStart } from './budget.js';
import type { FromWorker, ToWorker, WorkerEnvironment } from './parallel.js';

/** The worker side: waits for the environment, says it is ready, then answers one task at a time. */
export async function runLintWorker(_start: WorkerStart, port: MessagePort): Promise<void> {
  let environment: LintEnvironment | undefined;
  let preview = false;
  port.on('message', (message: ToWorker) => {
    void (async () => {
      if (message.type === 'environment') {
        try {
          environment = await environmentFrom(message.environment);
          preview = message.environment.preview;
          port.postMessage({ type: 'ready' } satisfies FromWorker);
        } catch (error) {
          port.postMessage({ type: 'error', message: (error as Error).message } satisfies FromWorker);
        }
        return;
      }
      const { id, task } = message;
      try {
        if (!environment) throw new Error('no environment');
        if (task.type === 'lint') {
          const report = await lintFiles([task.file], environment, { preview });
          port.postMessage({ type: 'linted', id, result: report.files[0]! } satisfies FromWorker);
        } else {
          port.postMessage({ type: 'fixed', id, fixed: await fixText(task.file, task.original, environment) } satisfies FromWorker);
        }
      } catch (error) {
        port.postMessage({ type: 'failed', id, message: (error as Error).message } satisfies FromWorker);
      }
    })();
  });
}

async function environmentFrom(data: WorkerEnvironment): Promise<LintEnvironment> {
  const repo = createRepoIndex(data.root, new Set(data.repoFiles), new Set(data.escapingLinks));
  return {
    repo,
    site: data.site,
    // An engine holds functions, which cannot cross threads: each worker reads the site again.
    engine: await loadEngine(data.settings.preset.name, repo, data.site, data.settings.presetReason),
    settings: data.settings,
    ...(data.vocabulary ? { vocabulary: data.vocabulary } : {}),
    ...(data.siteIndex ? { siteIndex: data.siteIndex } : {}),
    ...(data.previousPaths ? { previousPaths: new Map(data.previousPaths) } : {}),
  };
}
