// The fuzz harness's checks: build a temp blog from a batch of posts, run the CLI on it three times
// (report, --fix, --fix again) and say what went wrong, if anything. Each failure has a `kind`
// (see KINDS), the pass it happened in, and the post it belongs to when that is known.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const KINDS = {
  crash: 'the CLI died (a signal, or an exit code other than 0, 1 or 2)',
  'bad-exit': 'the CLI exited 2 (usage or internal error) on posts',
  hang: 'the CLI was killed at the per-run wall-clock timeout',
  'stack-trace': 'a stack trace on stderr',
  'bad-json': 'stdout of --format json did not parse as the JSON report',
  'missing-post': 'a post got no line in the report (silently skipped)',
  'over-time': 'a run used more CPU than its budget (posts x average, plus one post budget per post reported over budget and one per 50 posts)',
  'over-memory': 'the whole process went over the memory budget (peak RSS)',
  'outside-write': 'a file outside the blog folder (or a symlink target) changed',
  'outside-read': 'a post reached through a symlink out of the blog was linted',
  'non-post-write': 'a file of the blog that is not a post (config, image, link) changed',
  'stray-file': 'a file appeared in or vanished from the blog',
  'stray-change': '--fix changed a line that had no fixable problem',
  'fix-unstable': 'the second --fix changed the post again',
};

/** Hang and over-time are one failure class (too slow): minimizing one may turn it into the other. */
export function failureClass(kind) {
  return kind === 'hang' || kind === 'over-time' ? 'slow' : kind;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const OUTSIDE_POST = '---\ntitle: Outside\ntags: "Kubernetes Docker"\ndate: 2024-01-01\n---\n\nText with trailing spaces   \n![x](file:///Users/me/x.png)\n';

export const ENGINES = {
  jekyll: {
    site: { '_config.yml': 'title: Fuzz\ntimezone: Asia/Seoul\n' },
    postDir: '_posts',
    postName: (n, index) => `2024-01-01-fuzz-${String(n).padStart(4, '0')}-${index}.md`,
    assets: 'assets/img',
  },
  hugo: {
    site: { 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Fuzz"\n' },
    postDir: 'content/posts',
    postName: (n, index) => `fuzz-${String(n).padStart(4, '0')}-${index}.md`,
    assets: 'static/assets/img',
  },
  markdown: {
    site: {},
    postDir: 'posts',
    postName: (n, index) => `fuzz-${String(n).padStart(4, '0')}-${index}.md`,
    assets: 'assets/img',
  },
};

/**
 * Writes a blog for `posts` under a new folder of `tmpRoot`:
 *   <dir>/blog/      the blog (site file, posts, images, symlinks pointing out)
 *   <dir>/outside/   a sentinel sibling: files no run may change
 * Returns { dir, blog, outside, posts: [{ rel, bytes, input }], linkPaths }.
 */
export function buildBlog(tmpRoot, posts, engineName) {
  const engine = ENGINES[engineName];
  if (!engine) throw new Error(`unknown engine ${engineName}`);
  const dir = mkdtempSync(path.join(tmpRoot, 'b-'));
  const blog = path.join(dir, 'blog');
  const outside = path.join(dir, 'outside');
  const write = (file, content) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  write(path.join(outside, 'target.md'), OUTSIDE_POST);
  write(path.join(outside, 'img.png'), PNG);
  write(path.join(outside, 'dir', 'inside.md'), OUTSIDE_POST);
  write(path.join(outside, 'config.yml'), 'title: not this blog\n');
  for (const [name, content] of Object.entries(engine.site)) write(path.join(blog, name), content);
  for (let i = 0; i < 10; i++) write(path.join(blog, engine.assets, `p${i}.png`), PNG);
  const written = posts.map((post, n) => {
    const rel = `${engine.postDir}/${engine.postName(n, post.index)}`;
    write(path.join(blog, rel), post.bytes);
    return { rel, bytes: Buffer.from(post.bytes), input: post };
  });
  // Symlinks out of the blog: a post, a folder of posts, an image, the whole sentinel folder.
  const link = (rel, target) => {
    const at = path.join(blog, rel);
    mkdirSync(path.dirname(at), { recursive: true });
    symlinkSync(path.relative(path.dirname(at), target), at);
  };
  const linkPaths = {
    post: `${engine.postDir}/2020-01-01-outside-link.md`,
    dir: `${engine.postDir}/linked-dir`,
    image: `${engine.assets}/outside.png`,
    root: 'linked-root',
  };
  link(linkPaths.post, path.join(outside, 'target.md'));
  link(linkPaths.dir, path.join(outside, 'dir'));
  link(linkPaths.image, path.join(outside, 'img.png'));
  link(linkPaths.root, outside);
  return { dir, blog, outside, posts: written, linkPaths };
}

/** Every path under `root` (symlinks not followed) -> what it is: type, size, mtime, content hash. */
export function snapshot(root) {
  const out = new Map();
  const walk = (rel) => {
    const abs = path.join(root, rel);
    const stat = lstatSync(abs);
    if (stat.isDirectory()) {
      out.set(rel || '.', `dir:${stat.mode}`);
      for (const name of readdirSync(abs).sort()) walk(rel ? `${rel}/${name}` : name);
    } else if (stat.isFile()) {
      out.set(rel, `file:${stat.mode}:${stat.size}:${stat.mtimeMs}:${createHash('sha1').update(readFileSync(abs)).digest('hex')}`);
    } else out.set(rel, `${stat.isSymbolicLink() ? 'link' : 'other'}:${stat.mode}`);
  };
  walk('');
  return out;
}

/** Paths whose entry differs between two snapshots (added, removed or changed). */
export function diffSnapshots(before, after) {
  const changed = { added: [], removed: [], changed: [] };
  for (const [rel, value] of after) {
    if (!before.has(rel)) changed.added.push(rel);
    else if (before.get(rel) !== value) changed.changed.push(rel);
  }
  for (const rel of before.keys()) if (!after.has(rel)) changed.removed.push(rel);
  return changed;
}

/** 1-based lines of `before` that `after` removed or changed (whole lines split on \n, bytes compared). */
export function changedLines(before, after) {
  const { changed, inserted, atEnd } = lineChanges(before, after);
  // A line inserted between lines k and k+1 is shown as k+1 (k at the end).
  const last = Math.max(1, toLines(Buffer.from(before).toString('latin1')).length);
  const lines = new Set(changed);
  for (const k of inserted) lines.add(Math.min(k + 1, last));
  if (atEnd) lines.add(atEnd);
  return [...lines].sort((x, y) => x - y);
}

/**
 * What `after` did to the lines of `before`: `changed`, 1-based lines removed or replaced;
 * `inserted`, for each line only added, the k of "after line k" (0: before the first line);
 * `atEnd`, the last line when nothing else differs but the bytes do (a final newline).
 */
export function lineChanges(before, after) {
  const a = toLines(Buffer.from(before).toString('latin1'));
  const b = toLines(Buffer.from(after).toString('latin1'));
  const none = { changed: [], inserted: [], atEnd: 0 };
  if (Buffer.compare(Buffer.from(before), Buffer.from(after)) === 0) return none;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const changed = [];
  const inserted = new Set();
  const script = editScript(midA, midB, MAX_EDITS);
  if (!script) {
    // Too different to diff cheaply: every line of the middle counts as changed.
    for (let i = 0; i < midA.length; i++) changed.push(head + i + 1);
  } else {
    for (const op of script) {
      if (op.type === 'delete') changed.push(head + op.line);
      else inserted.add(head + op.after);
    }
    changed.sort((x, y) => x - y);
  }
  // An insertion next to a changed line (a line replaced by two) is part of that change.
  const changedSet = new Set(changed);
  const alone = [...inserted].filter((k) => !changedSet.has(k) && !changedSet.has(k + 1)).sort((x, y) => x - y);
  // Only a change at the very end (a final newline added or removed): it belongs to the last line.
  const atEnd = changed.length === 0 && alone.length === 0 ? Math.max(1, a.length) : 0;
  return { changed, inserted: alone, atEnd };
}

/** Edits past this many lines (deleted plus inserted) are not diffed: the whole middle is changed. */
const MAX_EDITS = 2_000;

/**
 * Myers' O((N+M)·D) diff of two arrays of lines: the lines of `a` deleted (`line`, 1-based) and
 * where lines of `b` were inserted (`after`: after that many lines of `a`), or undefined when it
 * takes more than `maxEdits` edits. A fix changes a few lines of a long post: an LCS table of the
 * lines between the first and the last change was quadratic (and capped, blaming every line).
 */
export function editScript(a, b, maxEdits) {
  const n = a.length;
  const m = b.length;
  const offset = maxEdits + 1;
  let v = new Int32Array(2 * maxEdits + 3);
  const trace = [];
  for (let d = 0; d <= maxEdits; d++) {
    trace.push(v);
    v = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, offset);
    }
  }
  return undefined;
}

function backtrack(trace, n, m, offset) {
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (x === prevX) ops.push({ type: 'insert', after: x });
    else ops.push({ type: 'delete', line: x });
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/** Lines changed that no fixable problem covers; a line only inserted is covered by either neighbour. */
export function strayLines(before, after, fixable) {
  const { changed, inserted, atEnd } = lineChanges(before, after);
  const stray = new Set(changed.filter((line) => !fixable.has(line)));
  for (const k of inserted) if (!fixable.has(k) && !fixable.has(k + 1)) stray.add(Math.max(1, k));
  if (atEnd && !fixable.has(atEnd)) stray.add(atEnd);
  return [...stray].sort((x, y) => x - y);
}

function toLines(text) {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

const STACK = /^\s+at\s.+(?::\d+:\d+\)?|\(native\)|<anonymous>\)?)$|FATAL ERROR|Segmentation fault|node:internal/m;

export function hasStackTrace(stderr) {
  return STACK.test(stderr);
}

/** Splits "--a b 'c d'" into ['--a', 'b', 'c d']. */
export function splitArgs(text) {
  const out = [];
  for (const match of (text ?? '').matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(match[1] ?? match[2] ?? match[3]);
  return out;
}

const TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(TIME);

const TICK_MS = 1000 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100);

/** The pids of `pid` and its children (GNU time runs node as its child). */
function processTree(pid) {
  const pids = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    }
  } catch {}
  return pids;
}

/** Peak RSS (VmHWM, KB) and CPU time (user+sys of every thread, ms) of a process tree, from /proc. */
function sample(pid) {
  let peakKb = 0;
  let cpuMs = 0;
  for (const p of processTree(pid)) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuMs += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {}
  }
  return { peakKb, cpuMs };
}

/**
 * Runs `node cli args` in `cwd` in its own process group, killed (the whole group) after
 * `timeoutMs` of wall-clock time or, when `cpuLimitMs` is set, as soon as it has used that much CPU.
 * Peak RSS and CPU time come from GNU time (%M, %U+%S) when it is installed and from polling /proc
 * in any case; the larger wins. CPU time is what a post costs whatever else the machine is doing;
 * wall time is what a CI job waits. Returns { code, signal, timedOut, overCpu, wallMs, cpuMs, rssKb,
 * stdout, stderr }.
 */
/** Process groups of runs in flight, killed if the harness exits first (they run detached). */
const live = new Set();
process.on('exit', () => {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

export function runCli({ node, cli, args, cwd, timeoutMs, cpuLimitMs = Infinity, timeFile }) {
  return new Promise((resolve) => {
    const command = HAS_GNU_TIME ? TIME : node;
    const argv = HAS_GNU_TIME ? ['-f', '%e %U %S %M', '-o', timeFile, node, cli, ...args] : [cli, ...args];
    if (HAS_GNU_TIME) rmSync(timeFile, { force: true });
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    live.add(child.pid);
    const stdout = [];
    const stderr = [];
    let stdoutBytes = 0;
    child.stdout.on('data', (chunk) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes < 512 * 1024 * 1024) stdout.push(chunk);
    });
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    let overCpu = false;
    const kill = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    };
    let polled = { peakKb: 0, cpuMs: 0 };
    const poll = setInterval(() => {
      const now = sample(child.pid);
      polled = { peakKb: Math.max(polled.peakKb, now.peakKb), cpuMs: Math.max(polled.cpuMs, now.cpuMs) };
      if (polled.cpuMs > cpuLimitMs && !overCpu) {
        overCpu = true;
        kill();
      }
    }, 100);
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.on('close', (code, signal) => {
      live.delete(child.pid);
      clearInterval(poll);
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let rssKb = polled.peakKb;
      let cpuMs = polled.cpuMs;
      if (HAS_GNU_TIME && existsSync(timeFile)) {
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const [, user, sys, kb] = (lines.pop() ?? '').split(' ').map(Number);
        if (Number.isFinite(kb)) rssKb = Math.max(rssKb, kb);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = Math.max(cpuMs, (user + sys) * 1000);
        // GNU time reports a child killed by a signal on its own line (and exits with 128+n).
        const killed = lines.map((line) => /terminated by signal (\d+)/.exec(line)).find(Boolean);
        if (killed) signal = `signal ${killed[1]}`;
      }
      resolve({ code, signal, timedOut: timedOut && !overCpu, overCpu, wallMs, cpuMs, rssKb, stdout: Buffer.concat(stdout).toString('utf8'), stdoutTruncated: stdoutBytes >= 512 * 1024 * 1024, stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/**
 * Lints `posts` ([{ index, bytes, ... }]) as one blog of `engine` and checks everything the harness
 * asserts. Options: node, cli, cliArgs, tmpRoot, startupMs, avgPostMs, postBudgetMs, rssBudgetMb,
 * overBudgetRule, lastPass (1 report, 2 +fix, 3 +fix again), killAtBudget (minimizing: stop a run
 * as soon as it is over its time budget), keep (leave the temp blog).
 * Returns { failures: [{ kind, pass, detail, post? }], runs, tooComplex, fixableLeft, dir }.
 */
export async function checkPosts(posts, options) {
  const { node, cli, cliArgs = [], tmpRoot, engine, startupMs = 300, startupCpuMs = 300, avgPostMs = 100, postBudgetMs = 5000, rssBudgetMb = 500, overBudgetRule = 'file-too-complex', lastPass = 3, killAtBudget = false, keep = false } = options;
  const layout = buildBlog(tmpRoot, posts, engine);
  const outcome = { failures: [], runs: [], tooComplex: [], fixableLeft: 0, dir: layout.dir, posts: layout.posts };
  const fail = (kind, pass, detail, post) => outcome.failures.push({ kind, pass, detail, ...(post !== undefined ? { post } : {}) });
  const byRel = new Map(layout.posts.map((post) => [post.rel, post]));
  const postRels = new Set(byRel.keys());
  const outsideBefore = snapshot(layout.outside);
  let blogBefore = snapshot(layout.blog);
  /** CPU time a run may spend beyond startup: the average per post, plus one post budget for each
   * post reported over budget and one more for every 50 posts (slow posts still within their own
   * budget). A single post may take its average plus one post budget. The first `--fix` (pass 2)
   * may spend twice the average: it lints every post, then lints each fixed post again. */
  const slack = Math.ceil(posts.length / 50);
  const budgetMs = (overBudget, pass = 1) => Math.round(posts.length * avgPostMs * (pass === 2 ? 2 : 1) + (overBudget + slack) * postBudgetMs);
  const timeFile = path.join(layout.dir, 'time.txt');
  const baseArgs = [...cliArgs, '--preset', engine, '--format', 'json', '--no-color'];
  let reportA;
  let afterFix;

  const runPass = async (pass, extra) => {
    // Before the report says how many posts were over budget, up to a tenth of them may be. A run
    // past that much CPU (or three times that much wall time, on a loaded machine) is killed: a hang.
    // Minimizing a slow post stops it as soon as it is over its budget.
    const known = pass > 1 ? outcome.tooComplex.length : Math.ceil(posts.length / 10);
    const cpuLimitMs = startupCpuMs + (killAtBudget ? budgetMs(0, pass) : budgetMs(known, pass) * 1.5);
    const timeoutMs = startupMs + 3 * (cpuLimitMs - startupCpuMs) + 20_000;
    const run = await runCli({ node, cli, args: [...baseArgs, ...extra], cwd: layout.blog, timeoutMs, cpuLimitMs, timeFile });
    outcome.runs.push({ pass, code: run.code, signal: run.signal, timedOut: run.timedOut || run.overCpu, wallMs: Math.round(run.wallMs), cpuMs: Math.round(run.cpuMs), rssMb: Math.round(run.rssKb / 1024), posts: posts.length });
    const stderrHead = run.stderr.slice(0, 2000);
    // Nothing outside the blog may change, whatever happened to the run.
    const outside = diffSnapshots(outsideBefore, snapshot(layout.outside));
    const outsideChanged = [...outside.added, ...outside.removed, ...outside.changed];
    if (outsideChanged.length) fail('outside-write', pass, `outside/: ${outsideChanged.slice(0, 10).join(', ')}`);
    const blogAfter = snapshot(layout.blog);
    const inBlog = diffSnapshots(blogBefore, blogAfter);
    if (inBlog.added.length || inBlog.removed.length) fail('stray-file', pass, `added: ${inBlog.added.slice(0, 10).join(', ') || '-'}; removed: ${inBlog.removed.slice(0, 10).join(', ') || '-'}`);
    const nonPost = inBlog.changed.filter((rel) => !postRels.has(rel));
    if (nonPost.length) fail('non-post-write', pass, nonPost.slice(0, 10).join(', '));
    blogBefore = blogAfter;
    if (run.rssKb / 1024 > rssBudgetMb) fail('over-memory', pass, `peak RSS ${Math.round(run.rssKb / 1024)} MB > ${rssBudgetMb} MB for ${posts.length} posts`);
    if (run.overCpu && killAtBudget) {
      fail('over-time', pass, `stopped at ${Math.round(run.cpuMs - startupCpuMs)} ms of CPU, over the budget of ${budgetMs(0, pass)} ms for ${posts.length} posts`);
      return undefined;
    }
    if (run.timedOut || run.overCpu) {
      fail('hang', pass, `killed after ${Math.round(run.cpuMs)} ms of CPU, ${Math.round(run.wallMs)} ms of wall time (${posts.length} posts; limits ${Math.round(cpuLimitMs)} ms CPU, ${Math.round(timeoutMs)} ms wall)`);
      return undefined;
    }
    if (run.signal || (run.code !== 0 && run.code !== 1 && run.code !== 2)) {
      fail('crash', pass, `exit ${run.code}${run.signal ? ` (${run.signal})` : ''}: ${stderrHead}`);
      return undefined;
    }
    if (hasStackTrace(run.stderr)) fail('stack-trace', pass, stderrHead);
    if (run.code === 2) {
      fail('bad-exit', pass, `exit 2: ${stderrHead}`);
      return undefined;
    }
    let report;
    try {
      report = JSON.parse(run.stdout);
      if (!report || !Array.isArray(report.files) || !Array.isArray(report.problems)) throw new Error('not a report: files[] and problems[] missing');
    } catch (error) {
      fail('bad-json', pass, `${error.message}; stdout starts ${JSON.stringify(run.stdout.slice(0, 200))}${run.stdoutTruncated ? ' (truncated at 512 MB)' : ''}`);
      return undefined;
    }
    if (pass === 1) {
      outcome.tooComplex = [...new Set(report.problems.filter((p) => p.ruleId === overBudgetRule).map((p) => p.file))];
    }
    const spent = run.cpuMs - startupCpuMs;
    if (spent > budgetMs(outcome.tooComplex.length, pass)) fail('over-time', pass, `${Math.round(spent)} ms of CPU (${Math.round(run.wallMs)} ms wall) for ${posts.length} posts; budget ${budgetMs(outcome.tooComplex.length, pass)} ms: ${avgPostMs * (pass === 2 ? 2 : 1)} ms a post + ${postBudgetMs} ms for each of ${outcome.tooComplex.length} reported over budget and ${slack} more`);
    // What came in through a symlink out of the blog must not have been read.
    const linked = (file) => file === layout.linkPaths.post || file.startsWith(layout.linkPaths.dir + '/') || file.startsWith(layout.linkPaths.root + '/');
    const readOutside = report.problems.filter((p) => linked(p.file) && p.ruleId !== 'file-unreadable');
    const listedOutside = report.files.filter((file) => linked(file) && file !== layout.linkPaths.post);
    if (readOutside.length || listedOutside.length) fail('outside-read', pass, `${[...new Set([...readOutside.map((p) => `${p.file}: ${p.ruleId}`), ...listedOutside])].slice(0, 10).join(', ')}`);
    return report;
  };

  try {
    reportA = await runPass(1, []);
    if (reportA) {
      const listed = new Set(reportA.files);
      for (const post of layout.posts) if (!listed.has(post.rel)) fail('missing-post', 1, `${post.rel} is not in the report's files`, post.input.index);
    }
    if (reportA && lastPass >= 2) {
      const reportB = await runPass(2, ['--fix']);
      if (reportB) {
        outcome.fixableLeft = reportB.problems.filter((p) => p.fix && postRels.has(p.file)).length;
        afterFix = new Map();
        for (const post of layout.posts) {
          const file = path.join(layout.blog, post.rel);
          if (!existsSync(file)) continue;
          const after = readFileSync(file);
          afterFix.set(post.rel, after);
          if (Buffer.compare(after, post.bytes) === 0) continue;
          // Reported over budget by the report: its fixable problems are unknown, and the budget is
          // wall time, so on a loaded machine --fix may lint (and fix) it in time. Not a stray change.
          if (outcome.tooComplex.includes(post.rel)) continue;
          const fixable = new Set();
          for (const p of reportA.problems) if (p.file === post.rel && p.fix) for (let line = p.line; line <= p.endLine; line++) fixable.add(line);
          const stray = strayLines(post.bytes, after, fixable);
          if (stray.length) fail('stray-change', 2, `${post.rel}: lines ${stray.slice(0, 10).join(', ')}${stray.length > 10 ? ` (+${stray.length - 10})` : ''} changed without a fixable problem`, post.input.index);
        }
      }
      if (reportB && lastPass >= 3) {
        const reportC = await runPass(3, ['--fix']);
        if (reportC) {
          // A post over budget in the first --fix was left as it was: the second may fix it.
          const overInFix = new Set(reportB.problems.filter((p) => p.ruleId === overBudgetRule).map((p) => p.file));
          for (const post of layout.posts) {
            const file = path.join(layout.blog, post.rel);
            if (!existsSync(file) || !afterFix.has(post.rel) || overInFix.has(post.rel)) continue;
            const again = readFileSync(file);
            if (Buffer.compare(again, afterFix.get(post.rel)) !== 0) fail('fix-unstable', 3, `${post.rel}: lines ${changedLines(afterFix.get(post.rel), again).slice(0, 10).join(', ')} changed on the second --fix`, post.input.index);
          }
        }
      }
    }
  } finally {
    if (!keep) rmSync(layout.dir, { recursive: true, force: true });
  }
  return outcome;
}
