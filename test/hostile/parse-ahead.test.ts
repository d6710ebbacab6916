// The lint pool parses posts ahead (runner/parallel.ts `prepare`) while the front door is still
// reading the site; a post's budget must count that parse. Here the pool runs a stand-in worker
// that speaks the worker protocol and takes as long as the post's name says, so the pool's own
// bookkeeping is what is tested: deadlines, what happens to a post over its budget while parsed
// ahead, and the results keeping the order of the posts.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LintPool } from '../../src/runner/parallel.js';
import { createEnvironment } from '../../src/runner/environment.js';
import { resolveSettings } from '../../src/config/settings.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { makeBlog, tempDir } from '../helpers.js';
import { lintProject } from '../../src/runner/project.js';
import { DEFAULT_BUDGET } from '../../src/runner/budget.js';
import { startEarlyWorker } from '../../src/runner/early-worker.js';
import { once } from 'node:events';

// Post names: `p<prepare ms>-l<lint ms>.md`. The stand-in counts the tasks it was given, answers
// every lint with the count of the post's prepare and lint tasks so far, and logs each task it
// starts to a file (so a test can wait until the parse ahead has begun, as a front door reading a
// large site would).
const standIn = (log: string) => `
import { parentPort } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
const seen = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
parentPort.on('message', async (message) => {
  if (message.type === 'environment') return parentPort.postMessage({ type: 'ready' });
  if (message.type !== 'task') return;
  const { id, task } = message;
  const [, prepare, lint] = /p(\\d+)-l(\\d+)/.exec(task.file).map(Number);
  const counts = seen.get(task.file) ?? { prepare: 0, lint: 0 };
  seen.set(task.file, counts);
  counts[task.type]++;
  appendFileSync(${JSON.stringify(log)}, task.type + ' ' + task.file + '\\n');
  if (task.type === 'prepare') {
    await sleep(prepare);
    return parentPort.postMessage({ type: 'prepared', id });
  }
  await sleep(lint);
  parentPort.postMessage({ type: 'linted', id, result: { file: task.file, problems: [], counts } });
});
`;

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

let log = '';

/** Until the stand-in has started the task (`prepare x.md`). */
async function started(task: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 20) {
    const text = await fs.readFile(log, 'utf8').catch(() => '');
    if (text.split('\n').includes(task)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the stand-in worker never started ${task}`);
}

async function standInEntry(): Promise<string> {
  const dir = await tempDir('bpl-stand-in-');
  dirs.push(dir);
  const entry = path.join(dir, 'worker.mjs');
  log = path.join(dir, 'tasks.log');
  await fs.writeFile(entry, standIn(log));
  return entry;
}

async function pool(timeoutMs: number): Promise<LintPool> {
  const entry = await standInEntry();
  const root = await makeBlog({ '_posts/2025-01-01-a.md': '---\ntitle: A\n---\n' });
  dirs.push(root);
  const settings = resolveSettings(ruleCatalogue, { preset: 'jekyll' });
  const lintPool = new LintPool(pathToFileURL(entry), { timeoutMs, memoryMb: 64 });
  lintPool.setEnvironment(await createEnvironment(root, settings));
  return lintPool;
}

type Counted = { file: string; problems: Array<{ ruleId: string }>; counts?: { prepare: number; lint: number } };

describe('posts parsed ahead', () => {
  it('each post is parsed ahead once and linted once, and the report keeps their order', async () => {
    const lintPool = await pool(5_000);
    try {
      const files = ['p50-l10.md', 'p10-l10.md', 'p30-l10.md'];
      lintPool.prepare(files);
      await started('prepare p30-l10.md');
      const report = await lintPool.lint(files);
      expect(report.files.map((result) => result.file)).toEqual(files);
      for (const result of report.files as Counted[]) expect(result.counts).toEqual({ prepare: 1, lint: 1 });
    } finally {
      await lintPool.close();
    }
  }, 30_000);

  it('the parse ahead counts towards the post\'s deadline: over it in total is file-too-complex, though either part alone is under', async () => {
    const lintPool = await pool(2_000);
    try {
      // 1.3 s + 1.3 s: each part alone fits in 2 s, the post does not.
      const files = ['p1300-l1300.md', 'p0-l1300.md'];
      lintPool.prepare(files);
      await started('prepare p1300-l1300.md');
      const report = (await lintPool.lint(files)).files as Counted[];
      expect(report[0]!.problems.map((problem) => problem.ruleId)).toEqual(['file-too-complex']);
      // The other post is linted (by the worker started in place of the stopped one).
      expect(report[1]!.problems).toEqual([]);
      expect(report[1]!.counts?.lint).toBe(1);
    } finally {
      await lintPool.close();
    }
  }, 30_000);

  it('a post over its deadline while parsed ahead is reported, not linted again', async () => {
    const lintPool = await pool(1_500);
    try {
      const files = ['p60000-l10.md', 'p10-l10.md'];
      lintPool.prepare(files);
      await started('prepare p60000-l10.md');
      const begun = performance.now();
      const report = (await lintPool.lint(files)).files as Counted[];
      expect(report[0]!.problems.map((problem) => problem.ruleId)).toEqual(['file-too-complex']);
      expect(report[1]!.counts).toEqual(expect.objectContaining({ lint: 1 }));
      // Linting it again would have waited a second deadline (3 s in all); one deadline and a
      // worker's restart leave over a second to spare on a busy machine.
      expect(performance.now() - begun).toBeLessThan(2_900);
    } finally {
      await lintPool.close();
    }
  }, 30_000);

  it('posts not yet parsed when the lint starts are parsed by their lint, not ahead as well', async () => {
    const lintPool = await pool(5_000);
    try {
      const files = ['p300-l10-a.md', 'p300-l10-b.md', 'p300-l10-c.md'];
      lintPool.prepare(files);
      await started('prepare p300-l10-a.md');
      const report = (await lintPool.lint(files)).files as Counted[];
      // The first was being parsed ahead when the lint began; the others were still queued.
      expect(report.map((result) => result.counts?.prepare)).toEqual([1, 0, 0]);
      expect(report.map((result) => result.counts?.lint)).toEqual([1, 1, 1]);
    } finally {
      await lintPool.close();
    }
  }, 30_000);

  it('a project run parses its posts ahead with one worker, and not with several (a post\'s lint may go to another)', async () => {
    const root = await makeBlog({ '_posts/2025-01-01-p10-l10.md': '---\ntitle: A\n---\n', '_posts/2025-01-02-p20-l10.md': '---\ntitle: B\n---\n' });
    dirs.push(root);
    const settings = resolveSettings(ruleCatalogue, { preset: 'jekyll' });
    const tasks = async (jobs: number) => {
      const entry = pathToFileURL(await standInEntry());
      // Started and up before the run, as the front doors start theirs (cli/early.ts): it is ready
      // to parse ahead while the run reads the site.
      const earlyWorker = startEarlyWorker(entry, DEFAULT_BUDGET.memoryMb);
      await once(earlyWorker.thread, 'online');
      // The changed files are asked for after the worker has the environment and before the posts are
      // handed to it: a moment here (a GitHub request) lets it say it is ready.
      const changed = async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return undefined;
      };
      const run = await lintProject({ root, settings, paths: [], workerEntry: entry, earlyWorker, jobs, budget: DEFAULT_BUDGET, changed });
      await run.close();
      expect(run.report.files.map((result) => result.file)).toEqual(['_posts/2025-01-01-p10-l10.md', '_posts/2025-01-02-p20-l10.md']);
      return (await fs.readFile(log, 'utf8')).split('\n').filter(Boolean).map((line) => line.split(' ')[0]).sort();
    };
    // One worker: the first post at least is parsed ahead (the next ones only if the site takes longer to read than the first's parse).
    const one = await tasks(1);
    expect(one.filter((task) => task === 'lint')).toEqual(['lint', 'lint']);
    expect(one).toContain('prepare');
    expect(await tasks(2)).toEqual(['lint', 'lint']);
  }, 30_000);
});
