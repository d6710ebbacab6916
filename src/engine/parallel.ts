// Large runs across cores: the files are dealt out to worker threads (every n-th file to worker n,
// which balances long and short posts), each worker rebuilds the same environment from plain data
// and lints its share, and the results come back in the original order. The worker is the same
// bundle as the front door, started with a marker in workerData (see cli/index.ts).
import { Worker, type MessagePort } from 'node:worker_threads';
import { buildReport, lintFiles, type LintEnvironment, type LintFilesOptions } from './lint.js';
import { createRepoIndex } from './repo.js';
import type { FileResult, Report } from './types.js';
import type { Settings } from '../config/settings.js';
import type { SiteConfig } from '../config/site.js';
import type { Vocabulary } from './vocabulary.js';

export const WORKER_MARKER = 'blog-post-lint-worker';

export interface WorkerPayload {
  kind: typeof WORKER_MARKER;
  root: string;
  repoFiles: string[];
  escapingLinks: string[];
  site: SiteConfig;
  settings: Settings;
  vocabulary?: Vocabulary;
  previousPaths?: Array<[string, string]>;
  files: string[];
  preview: boolean;
}

type WorkerMessage = { type: 'file'; index: number; result: FileResult } | { type: 'done' } | { type: 'error'; message: string };

export function isWorkerPayload(data: unknown): data is WorkerPayload {
  return !!data && typeof data === 'object' && (data as { kind?: unknown }).kind === WORKER_MARKER;
}

export async function lintFilesInParallel(entry: URL, files: string[], environment: LintEnvironment, jobs: number, options: LintFilesOptions = {}): Promise<Report> {
  const shares = Array.from({ length: jobs }, (_, worker) => files.filter((_, index) => index % jobs === worker));
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  await Promise.all(
    shares.map(
      (share, worker) =>
        new Promise<void>((resolve, reject) => {
          const payload: WorkerPayload = {
            kind: WORKER_MARKER,
            root: environment.repo.root,
            repoFiles: [...environment.repo.files],
            escapingLinks: [...environment.repo.escapingLinks],
            site: environment.site,
            settings: environment.settings,
            ...(environment.vocabulary ? { vocabulary: environment.vocabulary } : {}),
            ...(environment.previousPaths ? { previousPaths: [...environment.previousPaths] } : {}),
            files: share,
            preview: options.preview ?? false,
          };
          const thread = new Worker(entry, { workerData: payload });
          thread.on('message', (message: WorkerMessage) => {
            if (message.type === 'file') {
              const index = message.index * jobs + worker;
              results[index] = message.result;
              options.onFile?.(++done, files.length, files[index]!);
            } else if (message.type === 'error') reject(new Error(message.message));
            else resolve();
          });
          thread.on('error', reject);
          thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with code ${code}`))));
        }),
    ),
  );
  const missing = files.filter((_, index) => results[index] === undefined);
  if (missing.length > 0) throw new Error(`the lint workers returned no result for ${missing.length} files`);
  return buildReport(results, environment.settings);
}

/** The worker side: the same environment from plain data, the share linted, results sent one by one. */
export async function runLintWorker(payload: WorkerPayload, port: MessagePort): Promise<void> {
  try {
    const environment: LintEnvironment = {
      repo: createRepoIndex(payload.root, new Set(payload.repoFiles), new Set(payload.escapingLinks)),
      site: payload.site,
      settings: payload.settings,
      ...(payload.vocabulary ? { vocabulary: payload.vocabulary } : {}),
      ...(payload.previousPaths ? { previousPaths: new Map(payload.previousPaths) } : {}),
    };
    let index = 0;
    await lintFiles(payload.files, environment, {
      preview: payload.preview,
      onResult: (result) => port.postMessage({ type: 'file', index: index++, result } satisfies WorkerMessage),
    });
    port.postMessage({ type: 'done' } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ type: 'error', message: (error as Error).message } satisfies WorkerMessage);
  }
}
