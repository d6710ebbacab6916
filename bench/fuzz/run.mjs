// `npm run fuzz`: mutate real posts (the shared corpus, the seeds, the test fixtures) into hostile
// ones, lint them in batches through the built CLI (report, --fix, --fix again) and check what issue
// 15 asks: exit 0/1 only, no stack trace, JSON that parses, every post within its time and memory
// budget (or reported over it), a second --fix that changes nothing, fixes only on lines with a
// fixable problem, and nothing changed outside the blog. Failures are minimized (the batch bisected
// to the post, the post shrunk) and written to --out. See bench/fuzz/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInput } from './mutate.mjs';
import { ddmin, longestRun, shrinkBytes } from './minimize.mjs';
import { checkPosts, failureClass, HAS_GNU_TIME, KINDS, splitArgs, ENGINES } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const started = Date.now();

const HELP = `Usage: npm run fuzz -- [options]

  --seed <s>              seed of the inputs (default 1); input i is the same for a seed whatever --count
  --count <n>             how many inputs (default 3000)
  --start <i>             index of the first input (default 0)
  --only <i,j,...>        only these input indices (to replay a failure)
  --batch <n>             posts per temp blog (default 200)
  --engine <name>         jekyll, hugo, markdown, or mix (default: mix, one engine per batch in turn)
  --cli <path>            the CLI to run (default dist/cli/index.js; build it first)
  --node <path>           the node binary (default: the machine's node, not node_modules/.bin/node)
  --cli-args "<args>"     extra arguments for every CLI run (e.g. budget options)
  --out <dir>             where reproducers go (default bench/fuzz/failures/)
  --avg-post-ms <ms>      CPU-time budget per post on average in a batch (default 250)
  --post-budget-ms <ms>   CPU-time budget of one post (default 5000): a run may exceed the average by
                          this much once, plus once per post reported over budget
  --over-budget-rule <id> the finding that means "reported over budget" (default file-too-complex)
  --rss-budget-mb <mb>    peak RSS budget of a whole run (default 500)
  --minimize-seconds <s>  time to minimize one failure (default 120); --no-minimize to skip
  --minimize-total <s>    time to minimize all failures of the run (default 1800)
  --max-minimize <n>      failures minimized per (kind, mutation) (default 2)
  --no-slowest            skip finding the slowest post of the run at the end
  --keep                  keep the temp blogs (their folder is printed)
  -h, --help`;

function parseArgs(argv) {
  const options = {
    seed: '1', count: 3000, start: 0, only: undefined, batch: 200, engine: 'mix', cli: 'dist/cli/index.js', node: undefined, cliArgs: '',
    out: path.join(here, 'failures'), avgPostMs: 250, postBudgetMs: 5000, overBudgetRule: 'file-too-complex', rssBudgetMb: 500,
    minimizeSeconds: 120, minimizeTotal: 1800, maxMinimize: 2, minimize: true, slowest: true, keep: false,
  };
  const numeric = { '--count': 'count', '--start': 'start', '--batch': 'batch', '--avg-post-ms': 'avgPostMs', '--post-budget-ms': 'postBudgetMs', '--rss-budget-mb': 'rssBudgetMb', '--minimize-seconds': 'minimizeSeconds', '--minimize-total': 'minimizeTotal', '--max-minimize': 'maxMinimize' };
  const strings = { '--seed': 'seed', '--engine': 'engine', '--cli': 'cli', '--node': 'node', '--cli-args': 'cliArgs', '--out': 'out', '--over-budget-rule': 'overBudgetRule' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '-h' || flag === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (flag in numeric) {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0) usage(`${flag} needs a number`);
      options[numeric[flag]] = n;
    } else if (flag in strings) {
      const v = value();
      if (v === undefined) usage(`${flag} needs a value`);
      options[strings[flag]] = v;
    } else if (flag === '--only') options.only = value().split(',').map(Number);
    else if (flag === '--no-minimize') options.minimize = false;
    else if (flag === '--no-slowest') options.slowest = false;
    else if (flag === '--keep') options.keep = true;
    else usage(`unknown option ${arg}`);
  }
  if (options.engine !== 'mix' && !ENGINES[options.engine]) usage(`--engine: jekyll, hugo, markdown or mix, not ${options.engine}`);
  if (options.batch < 1) usage('--batch must be at least 1');
  return options;
}

function usage(message) {
  console.error(`fuzz: ${message}\n\n${HELP}`);
  process.exit(2);
}

/** The machine's node (20 here), never node_modules/.bin/node (node 24 under `npm run`). */
function machineNode() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

function log(message) {
  console.log(`[fuzz ${String(Math.round((Date.now() - started) / 1000)).padStart(5)}s] ${message}`);
}

const POST = /\.(md|markdown|mdx|txt)$/i;

function listFiles(dir, filter) {
  const out = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && filter(child)) out.push(child);
    }
  };
  walk('');
  return out;
}

/** The inputs to mutate: the shared corpus and seeds (when present) and the test fixtures' posts. */
function loadPool() {
  const pool = [];
  const shared = path.resolve(root, '..', 'shared');
  const sources = [
    { label: 'corpus', dir: path.join(shared, 'corpus', 'real'), filter: (f) => /\.(md|markdown|mdx)$/i.test(f) },
    { label: 'seeds', dir: path.join(shared, 'seeds'), filter: (f) => POST.test(f) },
    { label: 'fixtures', dir: path.join(root, 'test', 'fixtures'), filter: (f) => /\.md$/i.test(f) },
  ];
  const counts = {};
  for (const source of sources) {
    if (!existsSync(source.dir)) {
      console.log(`fuzz: ${path.relative(root, source.dir)} is absent (it exists in CI and on the developers' machines, not on a user's clone): not mutating its posts.`);
      counts[source.label] = 0;
      continue;
    }
    const files = listFiles(source.dir, source.filter);
    for (const file of files) pool.push({ name: `${source.label}/${file}`, bytes: readFileSync(path.join(source.dir, file)) });
    counts[source.label] = files.length;
  }
  return { pool, counts };
}

// -----------------------------------------------------------------------------------------------

const options = parseArgs(process.argv.slice(2));
const node = options.node ?? machineNode();
const cli = path.resolve(root, options.cli);
if (!existsSync(cli)) {
  console.error(`fuzz: ${options.cli} is missing: run \`npm run build\` first, or point --cli at a built CLI.`);
  process.exit(2);
}
const cliArgs = splitArgs(options.cliArgs);
// The CLI stops a post at its deadline (wall time); the run's CPU allowance counts --post-budget-ms
// for each post reported over budget. Unless told otherwise the two are the same, or a post stopped
// at the CLI's default 10 s would be charged against an allowance of 5 s.
if (!cliArgs.some((arg) => arg === '--post-timeout' || arg.startsWith('--post-timeout='))) cliArgs.push('--post-timeout', String(options.postBudgetMs / 1000));
const { pool, counts } = loadPool();
if (pool.length === 0) {
  console.error('fuzz: no inputs (no corpus, seeds or fixtures found)');
  process.exit(2);
}
const outDir = path.resolve(root, options.out);
const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'bpl-fuzz-'));
process.on('exit', () => {
  if (!options.keep) rmSync(tmpRoot, { recursive: true, force: true });
});
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Stopped early: still say what was found so far.
    interrupted = true;
    try {
      printSummary();
    } catch {}
    process.exit(130);
  });
}

const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
log(`CLI ${path.relative(process.cwd(), cli) || cli} on node ${nodeVersion}${cliArgs.length ? `, extra args ${JSON.stringify(cliArgs)}` : ''}; ${HAS_GNU_TIME ? 'peak RSS from GNU time and /proc' : 'peak RSS from /proc polling (no /usr/bin/time)'}`);
log(`pool: ${pool.length} posts (corpus ${counts.corpus}, seeds ${counts.seeds}, fixtures ${counts.fixtures}); seed ${options.seed}; temp ${tmpRoot}`);

const engines = options.engine === 'mix' ? ['jekyll', 'hugo', 'markdown'] : [options.engine];
const baseOptions = { node, cli, cliArgs, tmpRoot, avgPostMs: options.avgPostMs, postBudgetMs: options.postBudgetMs, rssBudgetMb: options.rssBudgetMb, overBudgetRule: options.overBudgetRule, keep: options.keep };

// Startup time: the fastest of three runs on a one-post blog (it is subtracted from run times).
let startupMs = Infinity;
let startupCpuMs = Infinity;
for (let i = 0; i < 3; i++) {
  const probe = await checkPosts([{ index: -1, bytes: Buffer.from('---\ntitle: Probe\ndate: 2024-01-01\ntags: [a]\n---\n\nText.\n') }], { ...baseOptions, engine: engines[0], startupMs: 0, startupCpuMs: 0, lastPass: 1 });
  if (probe.failures.length && i === 0) {
    console.error(`fuzz: the CLI fails on a plain post; fix that first:\n${probe.failures.map((f) => `  ${f.kind}: ${f.detail}`).join('\n')}`);
    process.exit(2);
  }
  startupMs = Math.min(startupMs, probe.runs[0].wallMs);
  startupCpuMs = Math.min(startupCpuMs, probe.runs[0].cpuMs);
}
log(`startup ${startupMs} ms wall, ${startupCpuMs} ms CPU (subtracted from run times); budgets (CPU time): ${options.avgPostMs} ms a post on average, ${options.postBudgetMs} ms for one post; ${options.rssBudgetMb} MB peak RSS a run`);
const checkOptions = { ...baseOptions, startupMs, startupCpuMs };

const indices = options.only ?? Array.from({ length: options.count }, (_, i) => options.start + i);
const batches = [];
for (let i = 0; i < indices.length; i += options.batch) batches.push(indices.slice(i, i + options.batch));

const stats = {
  inputs: 0, batches: 0, runs: 0, peakRssMb: 0, peakRssRun: '', overBudgetReported: 0, fixableLeft: 0,
  failures: Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, 0])),
  slowestBatch: undefined, slowestPost: undefined,
};
const records = [];
const minimizedPerKey = new Map();
let minimizeSpentMs = 0;

function describe(input) {
  return { index: input.index, base: input.base, mutations: input.mutations, bytes: input.bytes.length };
}

function noteRuns(outcome, label) {
  for (const run of outcome.runs) {
    stats.runs++;
    if (run.rssMb > stats.peakRssMb) {
      stats.peakRssMb = run.rssMb;
      stats.peakRssRun = `${label} pass ${run.pass} (${run.posts} posts)`;
    }
  }
}

/** Does `posts` (as a blog of `engine`) still fail with the class of `failure`? */
async function reproduces(posts, engine, failure) {
  const outcome = await checkPosts(posts, { ...checkOptions, engine, lastPass: failure.pass, killAtBudget: failureClass(failure.kind) === 'slow' });
  return outcome.failures.some((f) => failureClass(f.kind) === failureClass(failure.kind));
}

function safeName(text) {
  return text.replace(/[^a-z0-9._-]+/gi, '-').slice(0, 80);
}

/** Minimizes one failure of a batch and writes its reproducer; returns the record. */
async function handleFailure(failure, inputs, engine, batchNumber) {
  const record = { kind: failure.kind, what: KINDS[failure.kind], pass: failure.pass, detail: failure.detail.slice(0, 4000), engine, seed: options.seed, batch: batchNumber, cli: options.cli, cliArgs };
  const culprit = failure.post !== undefined ? inputs.find((input) => input.index === failure.post) : undefined;
  const budgetLeft = () => options.minimize && minimizeSpentMs < options.minimizeTotal * 1000;
  let suspects = culprit ? [culprit] : inputs;
  const t0 = Date.now();
  const deadline = t0 + options.minimizeSeconds * 1000;
  let tests = 0;
  try {
    if (!culprit && budgetLeft() && inputs.length > 1) {
      const result = await ddmin(inputs, (subset) => reproduces(subset, engine, failure), { deadline, key: (list) => list.map((input) => input.index).join(',') });
      suspects = result.items;
      tests += result.tests;
    }
    record.inputs = suspects.map(describe);
    const key = `${failureClass(failure.kind)}:${suspects.length === 1 ? suspects[0].mutations.map((m) => m.replace(/\(.*$/, '')).join('+') || 'unmutated' : 'batch'}`;
    record.key = key;
    const done = minimizedPerKey.get(key) ?? 0;
    if (suspects.length === 1 && budgetLeft() && done < options.maxMinimize && Date.now() < deadline) {
      minimizedPerKey.set(key, done + 1);
      const input = suspects[0];
      const alone = culprit ? await reproduces([input], engine, failure) : true;
      tests += culprit ? 1 : 0;
      if (alone) {
        const shrunk = await shrinkBytes(input.bytes, (bytes) => reproduces([{ ...input, bytes }], engine, failure), { deadline });
        tests += shrunk.tests;
        record.minimizedBytes = shrunk.bytes.length;
        record.minimized = shrunk.bytes;
        const run = longestRun(shrunk.bytes);
        if (run && run.repeats >= 16) record.longestRun = { unit: shrunk.bytes.subarray(run.start, run.start + run.unit).toString('utf8'), repeats: run.repeats, line: shrunk.bytes.subarray(0, run.start).toString('latin1').split('\n').length };
      } else record.note = 'does not fail alone: the reproducer is the post as generated; it fails only with others of its batch';
    } else if (suspects.length === 1) record.note = done >= options.maxMinimize ? `not shrunk: ${done} failures of ${key} already minimized` : 'not shrunk: out of minimizing time';
    else if (Date.now() >= deadline || !budgetLeft()) record.note = `bisection stopped at ${suspects.length} posts: out of minimizing time`;
    else record.note = suspects.length === inputs.length ? 'it fails only as a whole batch' : `bisected to ${suspects.length} posts that fail only together`;
  } finally {
    minimizeSpentMs += Date.now() - t0;
  }
  record.minimizeTests = tests;
  record.minimizeSeconds = Math.round((Date.now() - t0) / 1000);
  writeReproducer(record, suspects, engine);
  return record;
}

function writeReproducer(record, suspects, engine) {
  const name = safeName(`${record.kind}-seed${options.seed}-${suspects.length === 1 ? `i${suspects[0].index}` : `batch${record.batch}`}`);
  const dir = path.join(outDir, name);
  mkdirSync(dir, { recursive: true });
  const { minimized, ...json } = record;
  const ext = '.md';
  if (minimized) writeFileSync(path.join(dir, `minimized${ext}`), minimized);
  // The posts as generated (regenerable from seed + index too: --seed S --only I).
  if (suspects.length <= 20) for (const input of suspects) writeFileSync(path.join(dir, `input-${input.index}${ext}`), input.bytes);
  json.replay = `npm run fuzz -- --seed ${options.seed} --only ${suspects.map((input) => input.index).join(',')} --engine ${engine}${options.cli !== 'dist/cli/index.js' ? ` --cli ${options.cli}` : ''}${cliArgs.length ? ` --cli-args ${JSON.stringify(cliArgs.join(' '))}` : ''}`;
  writeFileSync(path.join(dir, 'failure.json'), JSON.stringify(json, null, 2) + '\n');
  record.path = path.relative(root, dir);
}

/** A failure that stopped the batch's later passes (no report): the rest of its posts went unchecked. */
const STOPS = new Set(['crash', 'bad-exit', 'hang', 'bad-json']);

for (let b = 0; b < batches.length; b++) {
  const engine = engines[b % engines.length];
  let inputs = batches[b].map((index) => generateInput(options.seed, index, pool));
  stats.inputs += inputs.length;
  stats.batches++;
  // When a post stops the batch (a crash, a hang), it is bisected out and the rest run again, up
  // to three times, so that one bad post does not hide the others' results.
  for (let attempt = 0; attempt < 4 && inputs.length; attempt++) {
    const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
    const outcome = await checkPosts(inputs, { ...checkOptions, engine });
    stats.overBudgetReported += outcome.tooComplex.length;
    stats.fixableLeft += outcome.fixableLeft;
    noteRuns(outcome, `batch ${b + 1}`);
    const perPost = ((outcome.runs[0]?.cpuMs ?? 0) - startupCpuMs) / inputs.length;
    if (!outcome.failures.length && (!stats.slowestBatch || perPost > stats.slowestBatch.perPostMs)) stats.slowestBatch = { batch: b + 1, engine, perPostMs: perPost, inputs };
    log(`batch ${b + 1}/${batches.length}${attempt ? ` again without ${attempt === 1 ? 'its culprit' : 'the culprits'}` : ''} (${engine}, ${inputs.length} posts, ${(bytes / 1e6).toFixed(1)} MB): ${outcome.runs.map((r) => `${r.wallMs} ms wall/${r.cpuMs} ms CPU/${r.rssMb} MB`).join(', ')}${outcome.tooComplex.length ? `; ${outcome.tooComplex.length} reported over budget` : ''}${outcome.failures.length ? `; FAILED: ${[...new Set(outcome.failures.map((f) => f.kind))].join(', ')}` : ''}`);
    // One reproducer per failure class and culprit post (a crash of the batch is one failure).
    const seen = new Set();
    const culprits = new Set();
    let stopped = false;
    for (const failure of outcome.failures) {
      stats.failures[failure.kind]++;
      const key = `${failureClass(failure.kind)}:${failure.post ?? 'batch'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      log(`  ${failure.kind} (pass ${failure.pass}): ${failure.detail.split('\n')[0].slice(0, 300)}`);
      const record = await handleFailure(failure, inputs, engine, b + 1);
      records.push(record);
      log(`  -> ${record.path}${record.minimizedBytes !== undefined ? ` (minimized to ${record.minimizedBytes} bytes in ${record.minimizeSeconds} s, ${record.minimizeTests} runs)` : ''}${record.note ? `: ${record.note}` : ''}`);
      if (STOPS.has(failure.kind) || (failure.kind === 'over-time' && failure.post === undefined)) {
        stopped = stopped || STOPS.has(failure.kind);
        if ((record.inputs?.length ?? inputs.length) < inputs.length) for (const input of record.inputs) culprits.add(input.index);
      }
    }
    if (!stopped || culprits.size === 0) break;
    inputs = inputs.filter((input) => !culprits.has(input.index));
  }
}

// The slowest post: bisect the slowest clean batch, following the slower half (report pass only).
if (options.slowest && stats.slowestBatch) {
  let current = stats.slowestBatch.inputs;
  const engine = stats.slowestBatch.engine;
  while (current.length > 1) {
    const half = Math.ceil(current.length / 2);
    const parts = [current.slice(0, half), current.slice(half)];
    const times = [];
    for (const part of parts) {
      const outcome = await checkPosts(part, { ...checkOptions, engine, lastPass: 1 });
      noteRuns(outcome, 'slowest-post search');
      times.push(outcome.runs[0].cpuMs);
    }
    current = times[0] >= times[1] ? parts[0] : parts[1];
  }
  const alone = await checkPosts(current, { ...checkOptions, engine, lastPass: 1 });
  noteRuns(alone, 'slowest-post search');
  stats.slowestPost = { ...describe(current[0]), engine, ms: Math.max(0, Math.round(alone.runs[0].cpuMs - startupCpuMs)), wallMs: Math.round(alone.runs[0].wallMs - startupMs), rssMb: alone.runs[0].rssMb };
}

// -----------------------------------------------------------------------------------------------
function printSummary() {
  const failed = Object.values(stats.failures).reduce((a, b) => a + b, 0);
  const lines = [
    '',
    `fuzz summary (seed ${options.seed}, ${Math.round((Date.now() - started) / 1000)} s${interrupted ? ', INTERRUPTED: partial' : ''})`,
    `  inputs               ${stats.inputs} in ${stats.batches} batches of up to ${options.batch} (${stats.runs} CLI runs)`,
    `  crashes              ${stats.failures.crash + stats.failures['bad-exit']}${stats.failures['bad-exit'] ? ` (${stats.failures['bad-exit']} exit 2)` : ''}`,
    `  hangs                ${stats.failures.hang}`,
    `  stack traces         ${stats.failures['stack-trace']}`,
    `  bad JSON             ${stats.failures['bad-json']}`,
    `  missing posts        ${stats.failures['missing-post']}`,
    `  outside writes       ${stats.failures['outside-write']} (+ ${stats.failures['non-post-write']} non-post files of the blog changed, ${stats.failures['stray-file']} stray files)`,
    `  outside reads        ${stats.failures['outside-read']}`,
    `  fix changes          ${stats.failures['stray-change']} on lines without a fixable problem, ${stats.failures['fix-unstable']} by a second --fix`,
    `  budget violations    ${stats.failures['over-time']} over time, ${stats.failures['over-memory']} over memory (${options.avgPostMs} ms a post, ${options.postBudgetMs} ms one post, ${options.rssBudgetMb} MB)`,
    `  reported over budget ${stats.overBudgetReported} (${options.overBudgetRule})`,
    `  fixable left         ${stats.fixableLeft} problems still fixable after --fix (not a failure)`,
    `  peak RSS of a run    ${stats.peakRssMb} MB (${stats.peakRssRun})`,
    `  slowest post         ${stats.slowestPost ? `${stats.slowestPost.ms} ms CPU (${stats.slowestPost.wallMs} ms wall), ${stats.slowestPost.rssMb} MB alone: input ${stats.slowestPost.index} (${stats.slowestPost.base}; ${stats.slowestPost.mutations.join(' ') || 'unmutated'}), from the slowest clean batch (${stats.slowestBatch.perPostMs.toFixed(0)} ms a post)` : 'not measured'}`,
    `  failures             ${failed}${records.length ? `; reproducers in ${path.relative(root, outDir)}/:` : ''}`,
    ...records.map((r) => `    ${r.kind.padEnd(14)} ${r.path}${r.inputs?.length === 1 ? `  [${r.inputs[0].mutations.join(' ') || 'unmutated'}]` : ''}`),
  ];
  console.log(lines.join('\n'));
  if (records.length) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `summary-seed${safeName(options.seed)}.json`), JSON.stringify({ options: { ...options, cliArgs }, startupMs, stats: { ...stats, slowestBatch: stats.slowestBatch && { batch: stats.slowestBatch.batch, engine: stats.slowestBatch.engine, perPostMs: Math.round(stats.slowestBatch.perPostMs) } }, failures: records.map(({ minimized, ...r }) => r) }, null, 2) + '\n');
  }
  return failed;
}

process.exitCode = printSummary() ? 1 : 0;
