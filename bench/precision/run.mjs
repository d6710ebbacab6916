#!/usr/bin/env node
// Precision of the linter on whole real blogs, judged against human labels.
//
//   npm run precision -- [--json] [--rule <id>] [--blog <dir>] [--save <dir>] [--from <dir>]
//                        [--sample <n>] [--labels <file>]
//
// For every blog of blogs.json found under BLOGS_DIR (default: ../blogs next to the project), run
// the built CLI (dist/cli/index.js) with no --preset; when it exits 2 (no posts matched, ...) run it
// again with the engine's preset (jekyll, hugo; hexo/astro if the CLI accepts them; else markdown).
// Then match the findings against labels.jsonl and print counts, label shares and precision.
// See README.md in this folder for what the numbers mean.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');
// BLOG_POST_LINT_CLI: another build of the CLI (a throwaway bundle from a worktree) instead of dist/.
const cli = process.env.BLOG_POST_LINT_CLI ? path.resolve(process.env.BLOG_POST_LINT_CLI) : path.join(projectRoot, 'dist', 'cli', 'index.js');
const blogsDir = process.env.BLOGS_DIR ? path.resolve(process.env.BLOGS_DIR) : path.resolve(projectRoot, '..', 'blogs');
const MOVED_WINDOW = 3;

// ---- arguments -------------------------------------------------------------------------------
function parseArgs(argv) {
  const options = { json: false, rules: [], blogs: [], save: null, from: null, sample: 0, labels: path.join(here, 'labels.jsonl') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--rule') options.rules.push(value());
    else if (arg === '--blog') options.blogs.push(value().replace(/\/+$/, ''));
    else if (arg === '--save') options.save = path.resolve(value());
    else if (arg === '--from') options.from = path.resolve(value());
    else if (arg === '--sample') options.sample = Number(value());
    else if (arg === '--labels') options.labels = path.resolve(value());
    else if (arg === '-h' || arg === '--help') usage();
    else usage(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.sample) || options.sample < 0) usage('--sample takes a whole number');
  return options;
}

function usage(error) {
  const text = `usage: node bench/precision/run.mjs [options]
  --json            print the summary as JSON
  --rule <id>       only this rule (repeatable)
  --blog <dir>      only this blog, by its folder name in blogs.json (repeatable)
  --save <dir>      also write each blog's raw JSON report to <dir>/<blog>.json
  --from <dir>      read the reports saved by --save instead of running the CLI
  --sample <n>      print, as JSON lines, up to n unlabelled findings per blog and rule to label
                    (evenly spaced over the sorted findings; the same picks every run)
  --labels <file>   labels file (default: bench/precision/labels.jsonl)
env BLOGS_DIR       where the blogs are (default: ${path.resolve(projectRoot, '..', 'blogs')})
env BLOG_POST_LINT_CLI  the CLI bundle to run (default: dist/cli/index.js)`;
  if (error) {
    console.error(`run.mjs: ${error}\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

// ---- running the CLI -------------------------------------------------------------------------
/** Presets to try, in order, when the run without --preset exits 2. hexo and astro are tried
 * (the CLI may have learnt them since) before the markdown preset. */
function fallbackPresets(engine) {
  if (engine === 'jekyll' || engine === 'hugo') return [engine];
  if (engine === 'hexo' || engine === 'astro') return [engine, 'markdown'];
  return ['markdown'];
}

function runCli(dir, preset) {
  const args = [cli, '--cwd', dir, '--format', 'json', '--fail-on', 'never'];
  if (preset) args.push('--preset', preset);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started, args: args.slice(1) };
}

function lintBlog(blog, dir, options) {
  if (options.from) {
    const file = path.join(options.from, `${blog.dir}.json`);
    if (!fs.existsSync(file)) return { error: `no saved report ${file}` };
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  let run = runCli(dir, null);
  let fallback = null;
  if (run.status === 2) {
    fallback = { preset: null, reason: run.stderr.trim().split('\n')[0], refused: [] };
    for (const preset of fallbackPresets(blog.engine)) {
      fallback.preset = preset;
      run = runCli(dir, preset);
      if (run.status !== 2) break;
      fallback.refused.push(`${preset}: ${run.stderr.trim().split('\n')[0]}`);
    }
  }
  if (run.status !== 0 && run.status !== 1) {
    return { error: `CLI exited ${run.status}: ${run.stderr.trim().split('\n').slice(0, 3).join(' | ')}`, fallback };
  }
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch (error) {
    return { error: `CLI output is not JSON: ${error.message}`, fallback };
  }
  const result = { report, fallback, ms: run.ms };
  if (options.save) {
    fs.mkdirSync(options.save, { recursive: true });
    fs.writeFileSync(path.join(options.save, `${blog.dir}.json`), JSON.stringify(result));
  }
  return result;
}

// ---- labels ----------------------------------------------------------------------------------
function readLabels(file) {
  if (!fs.existsSync(file)) return [];
  const labels = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let label;
    try {
      label = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not JSON (${error.message})`);
    }
    for (const key of ['repo', 'path', 'line', 'rule', 'verdict']) {
      if (label[key] === undefined) throw new Error(`${file}:${index + 1}: no "${key}"`);
    }
    if (!['true', 'nit', 'wrong'].includes(label.verdict)) throw new Error(`${file}:${index + 1}: verdict must be true, nit or wrong`);
    labels.push({ ...label, lineNo: index + 1 });
  });
  return labels;
}

const key = (repo, file, rule) => `${repo}\u0000${file}\u0000${rule}`;

/** One label per finding, at most: exact lines first (same message preferred), then the nearest
 * label within ±MOVED_WINDOW lines ("moved"). */
function matchLabels(findings, labels) {
  const byKey = new Map();
  for (const label of labels) {
    const k = key(label.repo, label.path, label.rule);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push(label);
  }
  const used = new Set();
  const take = (finding, accept) => {
    const candidates = (byKey.get(key(finding.repo, finding.file, finding.ruleId)) ?? []).filter((l) => !used.has(l) && accept(l));
    if (candidates.length === 0) return null;
    candidates.sort((a, b) => Math.abs(a.line - finding.line) - Math.abs(b.line - finding.line) || (b.message === finding.message) - (a.message === finding.message));
    const exactMessage = candidates.find((l) => l.line === candidates[0].line && l.message === finding.message);
    const label = exactMessage ?? candidates[0];
    used.add(label);
    return label;
  };
  for (const finding of findings) {
    const label = take(finding, (l) => l.line === finding.line);
    if (label) finding.label = { ...label, match: 'exact' };
  }
  for (const finding of findings) {
    if (finding.label) continue;
    const label = take(finding, (l) => Math.abs(l.line - finding.line) <= MOVED_WINDOW);
    if (label) finding.label = { ...label, match: 'moved' };
  }
  return labels.filter((label) => !used.has(label));
}

// ---- sampling --------------------------------------------------------------------------------
const compareFindings = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** Up to n findings evenly spaced over the sorted list: index floor((i + 0.5) * len / n). */
function spread(sorted, n) {
  if (sorted.length <= n) return sorted;
  return Array.from({ length: n }, (_, i) => sorted[Math.floor(((i + 0.5) * sorted.length) / n)]);
}

// ---- statistics ------------------------------------------------------------------------------
const pct = (x) => (x === null || Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function shares(labels) {
  const n = labels.length;
  const count = (v) => labels.filter((l) => l.verdict === v).length;
  return n === 0 ? { n, true: null, nit: null, wrong: null } : { n, true: count('true') / n, nit: count('nit') / n, wrong: count('wrong') / n };
}

/** Σ over strata of (stratum volume / total) × (stratum label shares); strata without labels are
 * "unlabelled". `strata` maps a name to the findings in it. */
function weighted(strata, total) {
  const out = { true: 0, nit: 0, wrong: 0, unlabelled: 0, unlabelledStrata: [] };
  let labelledFindings = 0;
  for (const [name, findings] of strata) {
    const volume = findings.length / total;
    const s = shares(findings.filter((f) => f.label).map((f) => f.label));
    if (s.n === 0) {
      out.unlabelled += volume;
      out.unlabelledStrata.push({ name, findings: findings.length, share: volume });
      continue;
    }
    labelledFindings += findings.length;
    out.true += volume * s.true;
    out.nit += volume * s.nit;
    out.wrong += volume * s.wrong;
  }
  const labelledVolume = labelledFindings / total;
  out.precisionOfLabelledVolume = labelledVolume > 0 ? out.true / labelledVolume : null;
  out.trueOrNitOfLabelledVolume = labelledVolume > 0 ? (out.true + out.nit) / labelledVolume : null;
  return out;
}

function groupBy(items, fn) {
  const map = new Map();
  for (const item of items) {
    const k = fn(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}

// ---- main ------------------------------------------------------------------------------------
const options = parseArgs(process.argv.slice(2));
const blogs = JSON.parse(fs.readFileSync(path.join(here, 'blogs.json'), 'utf8')).filter((b) => options.blogs.length === 0 || options.blogs.includes(b.dir));
if (blogs.length === 0) usage(`no blog in blogs.json matches --blog ${options.blogs.join(', ')}`);
if (!fs.existsSync(cli)) usage(`${cli} is missing: run npm run build`);
const log = options.json || options.sample ? (...a) => console.error(...a) : (...a) => console.log(...a);

const perBlog = [];
const findings = [];
for (const blog of blogs) {
  const dir = path.join(blogsDir, blog.dir);
  if (!fs.existsSync(dir)) {
    perBlog.push({ dir: blog.dir, repo: blog.repo, engine: blog.engine, status: 'absent' });
    log(`${blog.dir}: not under ${blogsDir} (see README.md: fetch + checkout.mjs)`);
    continue;
  }
  const result = lintBlog(blog, dir, options);
  if (result.error) {
    perBlog.push({ dir: blog.dir, repo: blog.repo, engine: blog.engine, status: 'error', error: result.error, fallback: result.fallback?.preset ?? null });
    log(`${blog.dir}: ${result.error}`);
    continue;
  }
  if (result.fallback) {
    const refused = result.fallback.refused?.length ? ` (refused first: ${result.fallback.refused.join('; ')})` : '';
    log(`${blog.dir}: the run without --preset failed (${result.fallback.reason}); fallback --preset ${result.fallback.preset} used${refused}`);
  }
  const problems = result.report.problems.filter((p) => options.rules.length === 0 || options.rules.includes(p.ruleId));
  for (const problem of problems) findings.push({ ...problem, repo: blog.repo, commit: blog.commit, blog: blog.dir });
  perBlog.push({
    dir: blog.dir,
    repo: blog.repo,
    engine: blog.engine,
    status: 'ok',
    preset: result.report.preset,
    fallback: result.fallback?.preset ?? null,
    posts: result.report.files.length,
    findings: problems.length,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    ms: result.ms ?? null,
  });
}

const linted = new Set(perBlog.filter((b) => b.status === 'ok').map((b) => b.repo));
const allLabels = readLabels(options.labels).filter((l) => linted.has(l.repo) && (options.rules.length === 0 || options.rules.includes(l.rule)));
const commitOf = new Map(blogs.map((b) => [b.repo, b.commit]));
const staleLabels = allLabels.filter((l) => l.commit && l.commit !== commitOf.get(l.repo));
findings.sort((a, b) => (a.blog < b.blog ? -1 : a.blog > b.blog ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || compareFindings(a, b));
const vanished = matchLabels(findings, allLabels);

if (options.sample) {
  // Label skeletons for the picks that have no label yet, one JSON object a line.
  for (const group of groupBy(findings, (f) => `${f.blog}\u0000${f.ruleId}`).values()) {
    for (const f of spread(group, options.sample)) {
      if (f.label) continue;
      console.log(JSON.stringify({ repo: f.repo, commit: f.commit, path: f.file, line: f.line, rule: f.ruleId, verdict: '', why: '', message: f.message, severity: f.severity }));
    }
  }
  process.exit(0);
}

const total = findings.length;
const byRule = groupBy(findings, (f) => f.ruleId);
const rules = [...byRule.entries()]
  .map(([rule, list]) => {
    const labelled = list.filter((f) => f.label).map((f) => f.label);
    const s = shares(labelled);
    return {
      rule,
      findings: list.length,
      share: list.length / total,
      errors: list.filter((f) => f.severity === 'error').length,
      blogs: new Set(list.map((f) => f.blog)).size,
      labelled: s.n,
      moved: list.filter((f) => f.label?.match === 'moved').length,
      true: s.true,
      nit: s.nit,
      wrong: s.wrong,
      // The same shares, each blog's labels weighted by that blog's volume for the rule.
      weightedByBlog: s.n ? weighted(groupBy(list, (f) => f.blog), list.length) : null,
    };
  })
  .sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1));

const overall = weighted(byRule, total);
for (const b of perBlog) {
  if (b.status !== 'ok') continue;
  const list = findings.filter((f) => f.blog === b.dir);
  b.labelled = list.filter((f) => f.label).length;
  // Within the blog, each rule's label shares weighted by the rule's volume in that blog.
  b.weighted = list.length ? weighted(groupBy(list, (f) => f.ruleId), list.length) : null;
}
const stratified = weighted(groupBy(findings, (f) => `${f.blog} ${f.ruleId}`), total);
const errorFindings = findings.filter((f) => f.severity === 'error');
const errorLabels = errorFindings.filter((f) => f.label).map((f) => f.label);
const errorsWeighted = errorFindings.length ? weighted(groupBy(errorFindings, (f) => f.ruleId), errorFindings.length) : null;
const errorsStratified = errorFindings.length ? weighted(groupBy(errorFindings, (f) => `${f.blog} ${f.ruleId}`), errorFindings.length) : null;
const summary = {
  blogsDir,
  labelsFile: path.relative(projectRoot, options.labels),
  filters: { rules: options.rules, blogs: options.blogs },
  blogs: perBlog,
  findings: total,
  rules,
  labels: {
    total: allLabels.length,
    matched: findings.filter((f) => f.label).length,
    exact: findings.filter((f) => f.label?.match === 'exact').length,
    moved: findings.filter((f) => f.label?.match === 'moved').map((f) => ({ repo: f.repo, path: f.file, rule: f.ruleId, labelLine: f.label.line, line: f.line })),
    vanished: vanished.map((l) => ({ repo: l.repo, path: l.path, line: l.line, rule: l.rule, verdict: l.verdict, why: l.why })),
    staleCommit: staleLabels.length,
    unlabelledFindings: findings.filter((f) => !f.label).length,
  },
  overall,
  stratifiedByBlogAndRule: stratified,
  errorLevel: {
    findings: errorFindings.length,
    labelled: errorLabels.length,
    labelledWrongShare: errorLabels.length ? errorLabels.filter((l) => l.verdict === 'wrong').length / errorLabels.length : null,
    weightedWrongShare: errorsWeighted && errorsWeighted.unlabelled < 1 ? errorsWeighted.wrong / (1 - errorsWeighted.unlabelled) : null,
    unlabelledShare: errorsWeighted ? errorsWeighted.unlabelled : null,
    stratifiedWrongShare: errorsStratified && errorsStratified.unlabelled < 1 ? errorsStratified.wrong / (1 - errorsStratified.unlabelled) : null,
    stratifiedUnlabelledShare: errorsStratified ? errorsStratified.unlabelled : null,
  },
};

if (options.json) {
  console.log(JSON.stringify(summary, null, 2));
  process.exit(0);
}

// ---- text output -----------------------------------------------------------------------------
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log(`\nBlogs (${blogsDir}); true/nit/wrong: label shares weighted by each rule's volume in the blog`);
console.log(`${pad('blog', 38)} ${pad('engine', 7)} ${pad('preset', 20)} ${num('posts', 6)} ${num('errors', 7)} ${num('warn', 6)} ${num('total', 6)} ${num('label', 5)} ${num('true', 6)} ${num('nit', 6)} ${num('wrong', 6)} ${num('unlab', 6)}`);
for (const b of perBlog) {
  if (b.status !== 'ok') {
    console.log(`${pad(b.dir, 38)} ${pad(b.engine, 7)} ${b.status}${b.error ? `: ${b.error}` : ''}`);
    continue;
  }
  const preset = b.fallback ? `${b.preset} (fallback)` : `${b.preset} (auto)`;
  const w = b.weighted ?? {};
  console.log(`${pad(b.dir, 38)} ${pad(b.engine, 7)} ${pad(preset, 20)} ${num(b.posts, 6)} ${num(b.errors, 7)} ${num(b.warnings, 6)} ${num(b.findings, 6)} ${num(b.labelled, 5)} ${pct(w.true ?? null)} ${pct(w.nit ?? null)} ${pct(w.wrong ?? null)} ${pct(w.unlabelled ?? null)}`);
}

console.log(`\nRules (${total} findings; labelled shares are of the labelled findings of the rule)`);
console.log(`${pad('rule', 30)} ${num('found', 6)} ${num('share', 6)} ${num('errors', 6)} ${num('blogs', 5)} ${num('label', 5)} ${num('true', 6)} ${num('nit', 6)} ${num('wrong', 6)}`);
for (const r of rules) {
  console.log(`${pad(r.rule, 30)} ${num(r.findings, 6)} ${pct(r.share)} ${num(r.errors, 6)} ${num(r.blogs, 5)} ${num(r.labelled || '-', 5)} ${pct(r.true)} ${pct(r.nit)} ${pct(r.wrong)}`);
}

const line = (name, w) =>
  console.log(`${pad(name, 34)} true ${pct(w.true)}  nit ${pct(w.nit)}  wrong ${pct(w.wrong)}  unlabelled ${pct(w.unlabelled)}  | precision of labelled volume ${pct(w.precisionOfLabelledVolume)} (true or nit ${pct(w.trueOrNitOfLabelledVolume)})`);
console.log('\nOverall, weighted by volume (share of all findings)');
line('by rule', overall);
line('by blog x rule (stratified)', stratified);
if (overall.unlabelledStrata.length) {
  console.log(`unlabelled rules: ${overall.unlabelledStrata.map((s) => `${s.name} ${s.findings} (${pct(s.share).trim()})`).join(', ')}`);
}
const e = summary.errorLevel;
console.log(`\nError-level findings: ${e.findings}, labelled ${e.labelled}; labelled wrong: ${pct(e.labelledWrongShare).trim()} of the labelled, ${pct(e.weightedWrongShare).trim()} weighted by rule volume (${pct(e.unlabelledShare).trim()} unlabelled), ${pct(e.stratifiedWrongShare).trim()} weighted by blog x rule volume (${pct(e.stratifiedUnlabelledShare).trim()} unlabelled)`);

const L = summary.labels;
console.log(`\nLabels: ${L.total} in ${summary.labelsFile}; ${L.exact} match a finding exactly, ${L.moved.length} moved (±${MOVED_WINDOW} lines), ${L.vanished.length} vanished; ${L.unlabelledFindings} findings have no label${L.staleCommit ? `; ${L.staleCommit} labels name another commit than blogs.json` : ''}`);
for (const m of L.moved) console.log(`  moved    ${m.repo} ${m.path}:${m.labelLine} -> ${m.line} ${m.rule}`);
for (const v of L.vanished) console.log(`  vanished ${v.repo} ${v.path}:${v.line} ${v.rule} (was ${v.verdict}${v.why ? `: ${v.why}` : ''})`);
