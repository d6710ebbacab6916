// The lint worker's side of runner/parallel.ts: it waits for the environment, says it is ready,
// then answers one task at a time. It rebuilds the environment from plain data (an engine holds
// functions, which cannot cross threads) and holds all the lint code of a run.
//
// The environment may come in two steps: first what every post's parse needs (the repository, the
// site, the settings), then what comes from reading every post of the site (the vocabulary, the URL
// index). In between, the worker parses posts ahead (`prepare` tasks) and keeps them for their lint.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { fixText, lintFiles, prepareFile, type PreparedPost } from './lint.js';
import type { LintEnvironment } from './environment.js';
import { createRepoIndex } from '../post/repo.js';
import { loadEngine } from '../engines/index.js';
import type { WorkerStart } from './budget.js';
import type { FromWorker, SiteWide, ToWorker, WorkerEnvironment } from './parallel.js';

/**
 * The posts parsed ahead are held until their lint: no more than this much of them, so that the
 * trees held leave most of the post budget's heap to the post being linted (a parsed post takes
 * some fifty times its size).
 */
const PREPARED_BYTES = 128 * 1024;

/** The worker side: waits for the environment, says it is ready, then answers one task at a time. */
export async function runLintWorker(_start: WorkerStart, port: MessagePort): Promise<void> {
  let environment: LintEnvironment | undefined;
  let preview = false;
  const prepared = new Map<string, PreparedPost>();
  let preparedBytes = 0;
  // Messages are handled in the order they came: a task never sees an environment older than the
  // one sent before it.
  let handled = Promise.resolve();
  const handle = async (message: ToWorker): Promise<void> => {
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
    if (message.type === 'site-wide') {
      if (environment) environment = withSiteWide(environment, message.siteWide);
      return;
    }
    const { id, task } = message;
    try {
      if (!environment) throw new Error('no environment');
      if (task.type === 'prepare') {
        // Beyond the allowance the post is parsed by its lint, as without preparing.
        const size = await fs.stat(path.join(environment.repo.root, task.file)).then((stat) => stat.size, () => Infinity);
        if (preparedBytes + size <= PREPARED_BYTES) {
          preparedBytes += size;
          prepared.set(task.file, await prepareFile(task.file, environment));
        }
        port.postMessage({ type: 'prepared', id } satisfies FromWorker);
      } else if (task.type === 'lint') {
        const report = await lintFiles([task.file], environment, { preview, prepared });
        if (prepared.size === 0) preparedBytes = 0;
        port.postMessage({ type: 'linted', id, result: report.files[0]! } satisfies FromWorker);
      } else {
        port.postMessage({ type: 'fixed', id, fixed: await fixText(task.file, task.original, environment) } satisfies FromWorker);
      }
    } catch (error) {
      port.postMessage({ type: 'failed', id, message: (error as Error).message } satisfies FromWorker);
    }
  };
  port.on('message', (message: ToWorker) => {
    handled = handled.then(() => handle(message));
  });
}

async function environmentFrom(data: WorkerEnvironment): Promise<LintEnvironment> {
  const repo = createRepoIndex(data.root, new Set(data.repoFiles), new Set(data.escapingLinks));
  const base: LintEnvironment = {
    repo,
    site: data.site,
    // An engine holds functions, which cannot cross threads: each worker reads the site again.
    engine: await loadEngine(data.settings.preset.name, repo, data.site, data.settings.presetReason),
    settings: data.settings,
  };
  return withSiteWide(base, data);
}

function withSiteWide(environment: LintEnvironment, data: SiteWide): LintEnvironment {
  return {
    ...environment,
    ...(data.vocabulary ? { vocabulary: data.vocabulary } : {}),
    ...(data.siteIndex ? { siteIndex: data.siteIndex } : {}),
    ...(data.previousPaths ? { previousPaths: new Map(data.previousPaths) } : {}),
  };
}
