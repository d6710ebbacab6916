// `npm run bench`: blog-post-lint beside its peers and its own floors, on the same files, each tool a
// separate child process measured by GNU time (wall, user+sys CPU, peak RSS); then a PR-sized run
// through dist/ and the GitHub requests per PR run (bench/requests.test.ts in the contract harness).
// Writes bench/RESULTS.md (and the raw numbers to bench/results.json).
//
// Knobs (environment): BENCH_RUNS (runs per tool on the real corpus, default 5), BENCH_BIG_POSTS
// (size of the scaled corpus, default 10000; 0 skips it), BENCH_BIG_RUNS (default 3), BENCH_PR_RUNS
// (default 5), BENCH_SKIP_REQUESTS=1 (keep the last bench/requests.json), BENCH_ONLY=pr (only the
// PR-sized run, 20 rounds unless BENCH_PR_RUNS says otherwise, written to RESULTS-pr.md).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(bench, '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'real');
const env = process.env;
// BENCH_ONLY=pr: only the PR-sized run (no corpora, no requests), written to RESULTS-pr.md.
const ONLY_PR = env.BENCH_ONLY === 'pr';
const RUNS = Number(env.BENCH_RUNS ?? 5);
const BIG_POSTS = ONLY_PR ? 0 : Number(env.BENCH_BIG_POSTS ?? 10000);
const BIG_RUNS = Number(env.BENCH_BIG_RUNS ?? 3);
const PR_RUNS = Number(env.BENCH_PR_RUNS ?? (ONLY_PR ? 20 : 5));
const TIME = '/usr/bin/time';
const POST = /\.(md|markdown|mdx)$/i;
const started = Date.now();

/** The machine's node (20 here), never node_modules/.bin/node (node 24 under `npm run`). */
function machineNode() {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}
const NODE = machineNode();
const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();

function log(message) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);
}

if (!existsSync(TIME)) {
  console.error('GNU time is missing: apt-get install -y time');
  process.exit(2);
}
for (const file of ['dist/cli/index.js', 'dist/index.js']) {
  if (!existsSync(path.join(root, file))) {
    console.error(`${file} is missing: npm run build first`);
    process.exit(2);
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bpl-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** Runs one child under GNU time; stdout/stderr go nowhere unless `capture`. */
function measure(args, { cwd = root, capture = false, extraEnv = {} } = {}) {
  const timeFile = path.join(tmp, 'time.txt');
  const result = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', timeFile, NODE, ...args], {
    cwd,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'ignore'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop();
  const [wall, user, sys, rssKb] = last.split(' ').map(Number);
  return { wall, cpu: user + sys, rssMb: rssKb / 1024, status: result.status, stdout: result.stdout ?? '' };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function listPosts(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listPosts(dir, relative));
    else if (POST.test(entry.name)) out.push(relative);
  }
  return out.sort();
}

// 1. The floors, built with ncc from bench/floor.ts (they import the engine's own modules), and the
// CLI without the per-post budget (bench/no-budget.ts): what the budget costs a normal run.
/** Bundles `entry` with ncc into tmp/<name>/; returns its index.js. */
function bundle(entry, name) {
  const dir = path.join(tmp, name);
  const ncc = spawnSync(NODE, [path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', path.join(bench, entry), '-o', dir, '-m', '--target', 'es2022', '-q'], { cwd: root, encoding: 'utf8' });
  if (ncc.status !== 0) {
    console.error(ncc.stdout, ncc.stderr);
    process.exit(2);
  }
  return path.join(dir, 'index.js');
}
log('building the floors and the no-budget CLI with ncc');
const floor = bundle('floor.ts', 'floor');
const noBudget = bundle('no-budget.ts', 'no-budget');

// 2. The corpora: the real one copied as is, and a scaled copy (the real tree repeated, r0/, r1/, ...).
const realDir = path.join(tmp, 'real');
cpSync(corpus, realDir, { recursive: true, filter: (source) => !source.endsWith('.assets.txt') });
const realPosts = listPosts(realDir);
log(`real corpus: ${realPosts.length} posts`);
let bigDir;
if (BIG_POSTS > 0) {
  bigDir = path.join(tmp, 'big');
  for (let i = 0; i < BIG_POSTS; i++) {
    const source = realPosts[i % realPosts.length];
    const target = path.join(bigDir, `r${Math.floor(i / realPosts.length)}`, source);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(realDir, source), target);
  }
  log(`scaled corpus: ${BIG_POSTS} posts`);
}

const GLOB = '**/*.{md,markdown,mdx}';
const tools = (dir) => [
  { name: 'blog-post-lint', note: 'CLI bundle dist/cli/index.js, preset markdown, JSON report', args: [path.join(root, 'dist', 'cli', 'index.js'), '--cwd', dir, '--preset', 'markdown', '--format', 'json', '--output', '/dev/null', GLOB] },
  { name: 'markdownlint-cli2', note: 'every default rule; front matter skipped by markdownlint', args: [path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '--config', path.join(bench, 'bench.markdownlint-cli2.jsonc'), GLOB] },
  { name: 'remark-cli', note: 'remark-preset-lint-recommended + remark-frontmatter (yaml, toml)', args: [path.join(root, 'node_modules', 'remark-cli', 'cli.js'), '.', '--ext', 'md,markdown,mdx', '--rc-path', path.join(bench, 'remarkrc.json'), '--no-stdout', '--quiet'] },
  { name: 'floor: read + frontmatter', note: 'readPost + parseFrontmatter, no rules', args: [floor, 'read', dir], floor: true },
  { name: 'floor: read + frontmatter + parse', note: '+ markdownText + parseMarkdown (remark-frontmatter, gfm)', args: [floor, 'parse', dir], floor: true },
];

/** Every tool once per round, rounds interleaved so load changes hit every tool alike. */
function runCorpus(label, dir, posts, runs) {
  const list = tools(dir);
  const samples = new Map(list.map((tool) => [tool.name, []]));
  const checks = new Map();
  for (let round = 1; round <= runs; round++) {
    for (const tool of list) {
      const sample = measure(tool.args, { cwd: dir, capture: tool.floor === true });
      if (tool.floor && !checks.has(tool.name)) checks.set(tool.name, sample.stdout.trim());
      if (sample.status !== 0 && sample.status !== 1) throw new Error(`${tool.name} exited ${sample.status} on ${label}`);
      samples.get(tool.name).push(sample);
      log(`${label} round ${round}/${runs}: ${tool.name} ${sample.wall.toFixed(2)} s, ${sample.rssMb.toFixed(0)} MB, exit ${sample.status}`);
    }
  }
  const rows = list.map((tool) => {
    const s = samples.get(tool.name);
    const wall = median(s.map((x) => x.wall));
    return {
      name: tool.name,
      note: tool.note,
      runs: s.length,
      wall,
      wallMin: Math.min(...s.map((x) => x.wall)),
      wallMax: Math.max(...s.map((x) => x.wall)),
      cpu: median(s.map((x) => x.cpu)),
      rssMb: Math.max(...s.map((x) => x.rssMb)),
      postsPerSecond: posts / wall,
      exit: s[0].status,
    };
  });
  const mdl = rows.find((r) => r.name === 'markdownlint-cli2').wall;
  const parseFloor = rows.find((r) => r.name === 'floor: read + frontmatter + parse').wall;
  for (const row of rows) {
    row.vsMarkdownlint = row.wall / mdl;
    row.vsParseFloor = row.wall / parseFloor;
  }
  return { label, posts, runs, rows, checks: Object.fromEntries(checks) };
}

const corpora = [];
if (!ONLY_PR) corpora.push(runCorpus('real', realDir, realPosts.length, RUNS));
if (bigDir) corpora.push(runCorpus(`scaled ${BIG_POSTS}`, bigDir, BIG_POSTS, BIG_RUNS));

// 3. PR-sized run: 5 posts through the real CLI bundle, a fresh process each time, in the largest
// blog of the corpus (the repository index covers the whole blog, as in a PR).
const blogs = readdirSync(realDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const blog = blogs.map((name) => ({ name, posts: listPosts(path.join(realDir, name)) })).sort((a, b) => b.posts.length - a.posts.length)[0];
const blogDir = path.join(realDir, blog.name);
const five = blog.posts.slice(-5);
const prCases = [
  { key: 'nodeEmpty', name: "`node -e ''`", args: ['-e', ''] },
  { key: 'startup', name: 'bundle start-up (`dist/cli/index.js --version`)', args: [path.join(root, 'dist', 'cli', 'index.js'), '--version'] },
  { key: 'pr', name: 'PR run: 5 posts through `dist/cli/index.js`', args: [path.join(root, 'dist', 'cli', 'index.js'), '--cwd', blogDir, '--preset', 'markdown', '--format', 'json', '--output', '/dev/null', ...five] },
  { key: 'prNoBudget', name: 'the same run without the per-post budget (in-process, `bench/no-budget.ts`)', args: [noBudget, '--cwd', blogDir, '--preset', 'markdown', '--format', 'json', '--output', '/dev/null', ...five] },
  { key: 'floorStart', name: 'parse floor, 0 posts (its start-up)', args: [floor, 'parse', blogDir], extraEnv: { BENCH_FLOOR_NOOP: '1' } },
  { key: 'floor5', name: 'parse floor, the same 5 posts', args: [floor, 'parse', blogDir, ...five] },
];
const prSamples = Object.fromEntries(prCases.map((c) => [c.key, []]));
for (let round = 1; round <= PR_RUNS; round++) {
  for (const c of prCases) prSamples[c.key].push(measure(c.args, { cwd: blogDir, extraEnv: c.extraEnv ?? {} }));
}
const pr = Object.fromEntries(prCases.map((c) => [c.key, { name: c.name, wall: median(prSamples[c.key].map((x) => x.wall)), cpu: median(prSamples[c.key].map((x) => x.cpu)), rssMb: Math.max(...prSamples[c.key].map((x) => x.rssMb)) }]));
log(`PR run: ${pr.pr.wall.toFixed(2)} s (start-up ${pr.startup.wall.toFixed(2)} s) in ${blog.name}`);

// 4. GitHub requests per PR run, in the contract harness (prism + fake GitHub), via vitest.
const requestsFile = path.join(bench, 'requests.json');
if (env.BENCH_SKIP_REQUESTS !== '1' && !ONLY_PR) {
  log('counting GitHub requests (vitest, bench/requests.test.ts)');
  const vitest = spawnSync(NODE, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', path.join(bench, 'vitest.config.ts')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (vitest.status !== 0) log(`requests test failed (exit ${vitest.status}):\n${vitest.stdout}\n${vitest.stderr}`);
}
const requests = !ONLY_PR && existsSync(requestsFile) ? JSON.parse(readFileSync(requestsFile, 'utf8')) : { results: [] };

/**
 * The request target: the paginated reads (files, comments, review comments; the review-threads
 * GraphQL query pages too), plus at most two writes (the summary comment, the review) and at most
 * one GraphQL mutation (resolving every fixed thread at once). None of it may grow with problems.
 */
function requestsWithinTarget(r) {
  const pages = Math.max(1, Math.ceil(r.changedPosts / 100));
  const paged = (r.byRoute['pulls.listFiles'] ?? 0) + (r.byRoute['issues.listComments'] ?? 0) + (r.byRoute['pulls.listReviewComments'] ?? 0);
  const graphql = r.byRoute.graphql ?? 0;
  const writes = r.total - paged - graphql;
  const met = writes <= 2 && graphql <= pages + 1 && (r.byRoute['pulls.listFiles'] ?? 0) <= pages;
  return { met, note: `${r.changedPosts} posts (${r.run}): ${writes} writes, ${graphql} GraphQL requests besides the paginated lists` };
}

// 5. RESULTS.md
const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const lines = [];
lines.push('# Benchmark results', '');
lines.push('Written by `npm run bench` (bench/run.mjs); do not edit by hand. Every tool runs as its own child');
lines.push("process on identical copies of the same files, measured with GNU time: wall time (median of the runs,");
lines.push('with min–max), CPU (user+sys, median), peak RSS (the largest of the runs). Rounds are interleaved (every');
lines.push('tool once per round) so changes in machine load hit every tool alike. Ratios are of median wall time.', '');
lines.push('## Machine', '');
lines.push(`- node ${nodeVersion} (\`${NODE}\`), used for every tool, floor and the action bundle`);
lines.push(`- ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`);
lines.push(`- load average when the bench ended: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} (a shared machine: other work was running)`);
lines.push(`- run on ${new Date().toISOString()}, total bench time ${((Date.now() - started) / 60000).toFixed(1)} min`);
lines.push(`- settings: BENCH_RUNS=${RUNS}, BENCH_BIG_POSTS=${BIG_POSTS}, BENCH_BIG_RUNS=${BIG_RUNS}, BENCH_PR_RUNS=${PR_RUNS}`, '');
lines.push('## Tools', '');
for (const tool of tools('<dir>')) lines.push(`- **${tool.name}**: ${tool.note}`);
lines.push('- Peers are devDependencies: markdownlint-cli2 0.22 (the last release that runs on node 20; 0.23+ needs node 22), remark-cli 12, remark-preset-lint-recommended 7. Configs: `bench/bench.markdownlint-cli2.jsonc`, `bench/remarkrc.json`. Floors: `bench/floor.ts`, bundled with ncc at bench start.');
lines.push('- blog-post-lint and markdownlint-cli2 exit 1 when they find problems; that is expected.', '');
for (const c of corpora) {
  lines.push(`## Corpus: ${c.label} (${c.posts} posts, ${c.runs} run${c.runs === 1 ? '' : 's'} per tool)`, '');
  if (c.label === 'real') lines.push('`../shared/corpus/real/` copied to a temp dir as is.', '');
  else lines.push(`The real corpus repeated into \`r0/\`, \`r1/\`, … of a temp dir until ${c.posts} posts (same bytes, unique paths).`, '');
  lines.push('| tool | wall median (s) | wall min–max (s) | CPU (s) | peak RSS (MB) | posts/s | × markdownlint-cli2 | × parse floor |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of c.rows) lines.push(`| ${r.name} | ${f(r.wall)} | ${f(r.wallMin)}–${f(r.wallMax)} | ${f(r.cpu)} | ${f(r.rssMb, 0)} | ${f(r.postsPerSecond, 0)} | ${f(r.vsMarkdownlint)} | ${f(r.vsParseFloor)} |`);
  lines.push('', `Floor output (check that every post was seen): ${Object.values(c.checks).map((x) => `\`${x}\``).join(', ')}`, '');
}
if (ONLY_PR) lines.push('Corpora and GitHub requests were not run (BENCH_ONLY=pr); `RESULTS.md` has the last full run.', '');
else if (!bigDir) lines.push(`## Corpus: scaled 10,000 posts`, '', 'Not run this time (BENCH_BIG_POSTS=0).', '');
lines.push('## PR-sized run (5 posts, cold process)', '');
lines.push(`The last 5 posts of \`${blog.name}\` (the largest blog, ${blog.posts.length} posts), \`--cwd\` that blog, preset markdown; ${PR_RUNS} runs each, medians. "Cold" means a fresh process every run (the OS file cache stays warm).`, '');
lines.push('| measurement | wall (s) | CPU (s) | peak RSS (MB) |', '|---|---:|---:|---:|');
for (const c of prCases) lines.push(`| ${pr[c.key].name} | ${f(pr[c.key].wall)} | ${f(pr[c.key].cpu)} | ${f(pr[c.key].rssMb, 0)} |`);
const prWork = pr.pr.wall - pr.startup.wall;
const floorWork5 = Math.max(0, pr.floor5.wall - pr.floorStart.wall);
const prBudget = 2 * (pr.nodeEmpty.wall + floorWork5);
const budgetCost = { wall: pr.pr.wall / pr.prNoBudget.wall - 1, cpu: pr.pr.cpu / pr.prNoBudget.cpu - 1 };
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
lines.push('', `- bundle start-up over bare node: ${f(pr.startup.wall - pr.nodeEmpty.wall)} s; the work (PR run − start-up): ${f(prWork)} s; the parse floor's work for the same 5 posts: ${f(floorWork5)} s.`);
lines.push(`- the per-post budget (every post in a worker thread) costs ${pct(budgetCost.wall)} wall time and ${pct(budgetCost.cpu)} CPU time: the worker loads the lint code (dist/worker/index.js) and reads the site's engine again, and then parses the posts to lint, on another core, while the front door loads its own (smaller) bundle, indexes the repository and reads every post's front matter for the vocabulary. On a machine whose cores are busy that overlap is lost, and the wall time moves towards the CPU time.`, '');
lines.push('## GitHub requests per PR run', '');
lines.push('Counted by the fake GitHub behind prism (test/github harness), running the action bundle `dist/index.js` under the machine node on a PR that adds N posts (copies of examples/blog posts, full patches). "second" is a re-run on the same PR (comment and review already there). Run by `bench/requests.test.ts`.', '');
let requestsMet = requests.results.length > 0;
const requestNotes = [];
if (requests.results.length > 0) {
  lines.push('| changed posts | run | total requests | by route | action wall (s) |', '|---:|---|---:|---|---:|');
  for (const r of requests.results) {
    lines.push(`| ${r.changedPosts} | ${r.run} | ${r.total} | ${Object.entries(r.byRoute).map(([k, v]) => `${k} ${v}`).join(', ')} | ${f(r.actionMs / 1000)} |`);
    const { met, note } = requestsWithinTarget(r);
    if (!met) {
      requestsMet = false;
      requestNotes.push(note);
    }
  }
} else lines.push('No request counts: bench/requests.test.ts did not write bench/requests.json.');
lines.push('');

// Targets
const big = corpora.find((c) => c.label !== 'real');
const row = (c, name) => c?.rows.find((r) => r.name === name);
const status = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');
lines.push('## Targets', '');
lines.push('| target | measured | status |', '|---|---|---|');
for (const c of ONLY_PR ? [] : [big, corpora[0]]) {
  if (!c) {
    lines.push('| full audit of 10,000 posts no slower than markdownlint-cli2 | scaled corpus not run | not measured |');
    continue;
  }
  const us = row(c, 'blog-post-lint');
  const suffix = c === big ? '' : ` (stand-in: real corpus, ${c.posts} posts)`;
  lines.push(`| full audit of ${c === big ? c.posts : '10,000'} posts no slower than markdownlint-cli2${suffix} | ${f(us.vsMarkdownlint)} × markdownlint-cli2 (${f(us.wall)} s vs ${f(row(c, 'markdownlint-cli2').wall)} s) | ${status(us.vsMarkdownlint <= 1)} |`);
  lines.push(`| … within 2× of our read+parse floor${suffix} | ${f(us.vsParseFloor)} × floor (${f(row(c, 'floor: read + frontmatter + parse').wall)} s) | ${status(us.vsParseFloor <= 2)} |`);
  lines.push(`| peak RSS under 300 MB for 10,000 posts${suffix} | ${f(us.rssMb, 0)} MB | ${c === big ? status(us.rssMb < 300) : us.rssMb < 300 ? 'under 300 MB at this size (10k not measured)' : '**not met** (already over at this size)'} |`);
}
lines.push(`| PR run of 5 posts under 2× (\`node -e ''\` + parse floor's work for 5 posts) | ${f(pr.pr.wall)} s vs budget ${f(prBudget)} s (= 2 × (${f(pr.nodeEmpty.wall)} + ${f(floorWork5)})) | ${status(pr.pr.wall <= prBudget)} |`);
lines.push(`| PR run with the per-post budget at most 5 % slower than without it (wall) | ${pct(budgetCost.wall)} (${f(pr.pr.wall)} s vs ${f(pr.prNoBudget.wall)} s; CPU ${pct(budgetCost.cpu)}) | ${status(budgetCost.wall <= 0.05)} |`);
if (!ONLY_PR) lines.push(`| GitHub requests constant per PR run (list files, list comments, one summary write, one review; the review-threads query and at most one mutation) plus pagination | ${requests.results.length ? requests.results.map((r) => `${r.changedPosts}/${r.run}: ${r.total}`).join('; ') : 'not run'}${requestNotes.length ? ` — ${requestNotes.join('; ')}` : ''} | ${requests.results.length ? status(requestsMet) : 'not measured'} |`);
lines.push('');
writeFileSync(path.join(bench, ONLY_PR ? 'RESULTS-pr.md' : 'RESULTS.md'), lines.join('\n'));
writeFileSync(path.join(bench, ONLY_PR ? 'results-pr.json' : 'results.json'), JSON.stringify({ node: nodeVersion, cores: os.cpus().length, corpora, pr, prBudget, requests }, null, 2) + '\n');
log(`wrote bench/${ONLY_PR ? 'RESULTS-pr.md' : 'RESULTS.md'}`);
