// Every post of a run from a front door is linted in a worker thread, under a budget: a deadline
// and a capped heap. Posts come from pull requests, forks included, so one of them may be made to
// stall a parser for minutes or grow it past a gigabyte; that post's worker is stopped and
// replaced, the post gets one `file-too-complex` problem, and every other post is still linted.
//
// Workers take posts one at a time from one queue, largest first (so a 280 KB post does not start
// last and leave one core idle), each worker rebuilds the same environment from plain data, and
// the results come back in the original order. The worker is a bundle of its own (src/worker.ts,
// runner/worker.ts), which holds the lint code; the front door's bundle never loads it. A pool is
// started before the repository is indexed, so that loading the worker overlaps that work; and it
// gets the environment in two steps, so that while the front door reads every post of the site for
// the vocabulary and the URL index, the worker already parses the posts to lint (`prepare`), the
// time that takes counted in each post's deadline.
//
// Without a bundle to start (the library API, tests on the sources) posts are linted in-process,
// with no budget.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { FixedText } from './lint.js';
import { buildReport, type LintEnvironment } from './environment.js';
import type { FileResult, Problem, Report } from '../core/types.js';
import type { Settings } from '../config/settings.js';
import type { SiteConfig } from '../engines/site-config.js';
import type { Vocabulary } from '../site/vocabulary.js';
import type { SiteIndex } from '../site/site-index.js';
import fileTooComplex from '../rules/file-too-complex.js';
import fileUnreadable from '../rules/file-unreadable.js';
import { format } from '../i18n/index.js';
import { DEFAULT_BUDGET, startLintWorker, type Budget } from './budget.js';

export { DEFAULT_BUDGET, isWorkerPayload, parseMegabytes, parseSeconds, POST_MEMORY_RANGE, POST_TIMEOUT_RANGE, WORKER_MARKER, type Budget, type WorkerStart } from './budget.js';

/** What the environment holds from reading every post of the site (and the change's renames). */
export interface SiteWide {
  vocabulary?: Vocabulary;
  siteIndex?: SiteIndex;
  previousPaths?: Array<[string, string]>;
}

/** The lint environment as plain data (an engine holds functions, which cannot cross threads). */
export interface WorkerEnvironment extends SiteWide {
  root: string;
  repoFiles: string[];
  escapingLinks: string[];
  site: SiteConfig;
  settings: Settings;
  preview: boolean;
}

/** `prepare`: read and parse a post ahead of its lint, while the site-wide data is still being read. */
export type Task = { type: 'prepare'; file: string } | { type: 'lint'; file: string } | { type: 'fix'; file: string; original: string };
export type ToWorker = { type: 'environment'; environment: WorkerEnvironment } | { type: 'site-wide'; siteWide: SiteWide } | { type: 'task'; id: number; task: Task };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'prepared'; id: number }
  | { type: 'linted'; id: number; result: FileResult }
  | { type: 'fixed'; id: number; fixed: FixedText }
  | { type: 'failed'; id: number; message: string }
  | { type: 'error'; message: string };

/** How a task ended: the worker's answer, or the post went over its budget (or took its worker down). */
type Outcome = { type: 'linted'; result: FileResult } | { type: 'fixed'; fixed: FixedText } | { type: 'prepared'; elapsedMs: number } | { type: 'over'; limit: 'time' | 'memory' } | { type: 'failed'; message: string };

/** Below this many posts a second worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;

/** Threads for a run of `count` posts: one per core (up to 4) from PARALLEL_THRESHOLD posts, else 1. */
export function defaultJobs(count: number): number {
  return count >= PARALLEL_THRESHOLD ? Math.min(4, os.availableParallelism()) : 1;
}

interface Pending {
  id: number;
  task: Task;
  /** Its deadline (the budget's, less what preparing the post took). */
  timeoutMs: number;
  resolve: (outcome: Outcome) => void;
}

/**
 * At most this many posts are parsed ahead: a pull request's few. (The worker also keeps no more
 * than PREPARED_CHARS of them, worker.ts, so that held trees leave the post budget's heap alone.)
 */
export const MAX_PREPARED = 16;

interface Slot {
  thread: Worker;
  ready: boolean;
  current?: { pending: Pending; timer: NodeJS.Timeout; started: number };
  /** Set when the pool stopped it (deadline, close): its exit is expected. */
  stopped: boolean;
  /** Set when its heap ran out: the post it held was over the memory budget. */
  outOfMemory: boolean;
}

export class LintPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private environment?: WorkerEnvironment;
  private failure?: Error;
  private rejectors = new Set<(error: Error) => void>();
  private nextId = 0;
  private size: number;
  /** Posts parsed ahead: the time that took (their lint gets the rest of the budget), or why they got no further. */
  private readonly ahead = new Map<string, Promise<Outcome>>();
  private closed = false;

  constructor(
    private readonly entry: URL,
    readonly budget: Budget = DEFAULT_BUDGET,
    jobs = 1,
    /** A worker the front door started before it loaded the rest (early-worker.ts), with this budget's heap. */
    started?: Worker,
  ) {
    this.size = jobs;
    for (let i = 0; i < jobs; i++) this.spawn(i === 0 ? started : undefined);
  }

  /** Hands the workers the environment to lint in; tasks wait for it. */
  setEnvironment(environment: LintEnvironment, preview = false): void {
    this.environment = {
      root: environment.repo.root,
      repoFiles: [...environment.repo.files],
      escapingLinks: [...environment.repo.escapingLinks],
      site: environment.site,
      settings: environment.settings,
      ...(environment.vocabulary ? { vocabulary: environment.vocabulary } : {}),
      ...(environment.siteIndex ? { siteIndex: environment.siteIndex } : {}),
      ...(environment.previousPaths ? { previousPaths: [...environment.previousPaths] } : {}),
      preview,
    };
    for (const slot of this.slots) slot.thread.postMessage({ type: 'environment', environment: this.environment } satisfies ToWorker);
  }

  /**
   * Adds what was read from every post of the site to an environment set without it, once the
   * posts being linted were handed to `prepare`.
   */
  completeEnvironment(environment: LintEnvironment): void {
    const current = this.requireEnvironment();
    const siteWide: SiteWide = {
      ...(environment.vocabulary ? { vocabulary: environment.vocabulary } : {}),
      ...(environment.siteIndex ? { siteIndex: environment.siteIndex } : {}),
      ...(environment.previousPaths ? { previousPaths: [...environment.previousPaths] } : {}),
    };
    this.environment = { ...current, ...siteWide };
    for (const slot of this.slots) slot.thread.postMessage({ type: 'site-wide', siteWide } satisfies ToWorker);
  }

  /**
   * Reads and parses posts ahead of their lint, each under the budget, while the front door reads
   * the rest of the site: the parse is most of a post's lint, and the worker would otherwise wait.
   * Only with one worker (the posts' lints then come to the worker that holds them).
   */
  prepare(files: string[]): void {
    if (this.size !== 1) return;
    for (const file of files.slice(0, MAX_PREPARED)) {
      if (!this.ahead.has(file)) this.ahead.set(file, this.run({ type: 'prepare', file }).catch((error: Error) => ({ type: 'failed', message: error.message }) as Outcome));
    }
  }

  /** Grows the pool to `jobs` workers (it never shrinks: idle workers cost nothing but memory). */
  resize(jobs: number): void {
    while (this.size < jobs) {
      this.size++;
      this.spawn();
    }
  }

  /** Lints `files` (repo-relative), each under the budget; the report keeps their order. */
  async lint(files: string[], options: { onFile?: (done: number, total: number, file: string) => void } = {}): Promise<Report> {
    const settings = this.requireEnvironment().settings;
    // Posts not yet parsed ahead are parsed by their lint: the queue keeps no prepare task.
    this.dropQueued('prepare');
    const order = this.size > 1 ? await largestFirst(this.requireEnvironment().root, files) : files.map((_, index) => index);
    const results: FileResult[] = new Array(files.length);
    let done = 0;
    await Promise.all(
      order.map(async (index) => {
        const file = files[index]!;
        const outcome = await this.lintOne(file);
        results[index] = outcome.type === 'linted' ? outcome.result : this.failedResult(file, outcome, settings);
        options.onFile?.(++done, files.length, file);
      }),
    );
    return buildReport(results, settings);
  }

  /** A post's lint under what is left of its budget after it was parsed ahead (if it was). */
  private async lintOne(file: string): Promise<Outcome> {
    const ahead = this.ahead.get(file);
    this.ahead.delete(file);
    const prepared = ahead ? await ahead : undefined;
    if (prepared?.type === 'over') return prepared;
    const spent = prepared?.type === 'prepared' ? prepared.elapsedMs : 0;
    return this.run({ type: 'lint', file }, Math.max(1, this.budget.timeoutMs - spent));
  }

  /** Takes the queued (not yet started) tasks of a type off the queue. */
  private dropQueued(type: Task['type']): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      const pending = this.queue[index]!;
      if (pending.task.type !== type) continue;
      this.queue.splice(index, 1);
      pending.resolve({ type: 'failed', message: 'not started' });
    }
  }

  /** Fixes one post's text under the budget; a post over it comes back as a result with its one problem. */
  async fix(file: string, original: string): Promise<FixedText | FileResult> {
    const outcome = await this.run({ type: 'fix', file, original });
    return outcome.type === 'fixed' ? outcome.fixed : this.failedResult(file, outcome, this.requireEnvironment().settings);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    const threads = [...this.slots].map((slot) => {
      slot.stopped = true;
      if (slot.current) clearTimeout(slot.current.timer);
      return slot.thread.terminate();
    });
    this.slots.clear();
    await Promise.all(threads);
  }

  private requireEnvironment(): WorkerEnvironment {
    if (!this.environment) throw new Error('the lint pool has no environment yet');
    return this.environment;
  }

  private failedResult(file: string, outcome: Outcome, settings: Settings): FileResult {
    const lang = settings.lang;
    const message =
      outcome.type === 'over'
        ? outcome.limit === 'time'
          ? format(fileTooComplex.messages.tooSlow!, lang, { seconds: this.budget.timeoutMs / 1000 })
          : format(fileTooComplex.messages.tooMuchMemory!, lang, { memory: this.budget.memoryMb })
        : format(fileUnreadable.messages.internal!, lang, { reason: outcome.type === 'failed' ? outcome.message : 'no result' });
    const ruleId = outcome.type === 'over' ? fileTooComplex.id : fileUnreadable.id;
    const problem: Problem = { file, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId, severity: 'error', message };
    return { file, problems: [problem] };
  }

  private run(task: Task, timeoutMs = this.budget.timeoutMs): Promise<Outcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<Outcome>((resolve, reject) => {
      this.rejectors.add(reject);
      const settle = (outcome: Outcome) => {
        this.rejectors.delete(reject);
        resolve(outcome);
      };
      this.queue.push({ id: this.nextId++, task, timeoutMs, resolve: settle });
      this.dispatch();
    });
  }

  private spawn(started?: Worker): void {
    if (this.closed) return;
    const thread = started ?? startLintWorker(this.entry, this.budget.memoryMb);
    const slot: Slot = { thread, ready: false, stopped: false, outOfMemory: false };
    this.slots.add(slot);
    if (this.environment) thread.postMessage({ type: 'environment', environment: this.environment } satisfies ToWorker);
    thread.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
      } else if (message.type === 'error') {
        this.fail(new Error(message.message));
        return;
      } else if (slot.current && slot.current.pending.id === message.id) {
        const { pending, timer, started } = slot.current;
        clearTimeout(timer);
        slot.current = undefined;
        pending.resolve(message.type === 'failed' ? { type: 'failed', message: message.message } : message.type === 'prepared' ? { type: 'prepared', elapsedMs: performance.now() - started } : message);
      }
      this.dispatch();
    });
    thread.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') slot.outOfMemory = true;
      else if (!slot.current) this.fail(error);
      else slot.current.pending.resolve({ type: 'failed', message: error.message });
    });
    thread.on('exit', (code) => {
      this.slots.delete(slot);
      if (slot.stopped || this.closed) return;
      const held = slot.current;
      if (held) {
        clearTimeout(held.timer);
        slot.current = undefined;
        // A worker that ran out of heap was killed by the post it held; so, most likely, was one
        // that died any other way while holding a post. Either way the other posts go on.
        held.pending.resolve(slot.outOfMemory ? { type: 'over', limit: 'memory' } : { type: 'failed', message: `the lint worker stopped with code ${code}` });
        this.spawn();
        this.dispatch();
      } else if (!slot.ready) {
        this.fail(new Error(slot.outOfMemory ? `a lint worker ran out of memory while starting (post-memory ${this.budget.memoryMb} MB is too small for this blog)` : `a lint worker stopped with code ${code} while starting`));
      } else {
        this.spawn();
      }
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.current || slot.stopped) continue;
      const pending = this.queue.shift()!;
      const timer = setTimeout(() => this.overTime(slot), pending.timeoutMs);
      slot.current = { pending, timer, started: performance.now() };
      slot.thread.postMessage({ type: 'task', id: pending.id, task: pending.task } satisfies ToWorker);
    }
  }

  /** The post went past its deadline: its worker is stopped (whatever it was doing) and replaced. */
  private overTime(slot: Slot): void {
    const held = slot.current;
    if (!held) return;
    slot.current = undefined;
    slot.stopped = true;
    this.slots.delete(slot);
    held.pending.resolve({ type: 'over', limit: 'time' });
    // The replacement starts once the stopped worker has let go of its heap: the two together
    // could hold twice the post budget.
    void slot.thread.terminate().then(() => {
      this.spawn();
      this.dispatch();
    });
  }

  /** A failure that is not one post's (the environment cannot be built): the run ends with it. */
  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const reject of this.rejectors) reject(error);
    this.rejectors.clear();
    this.queue.length = 0;
    void this.close();
  }
}

/** Indexes into `files`, largest file first; a file that cannot be stat'ed goes last (it fails fast). */
async function largestFirst(root: string, files: string[]): Promise<number[]> {
  const sizes = await Promise.all(files.map((file) => fs.stat(path.resolve(root, file)).then((stat) => stat.size, () => -1)));
  return files.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}
