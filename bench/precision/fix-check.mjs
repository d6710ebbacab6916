// `--fix` on whole blogs changes only what its report names: for every fetched blog, lint a copy,
// run `--fix` on it, and check that every changed line of every file carried a fixable problem in
// the report, and that no file outside the linted posts changed. Outside `npm test` (it needs the
// fetched blogs, see README.md); prints one line per blog and exits 1 on any stray change.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const blogsDir = process.env.BLOGS_DIR ?? path.resolve(projectRoot, '..', 'blogs');
const cli = path.join(projectRoot, 'dist', 'cli', 'index.js');
const blogs = JSON.parse(readFileSync(path.join(projectRoot, 'bench', 'precision', 'blogs.json'), 'utf8'));

/** 1-based lines of `before` that `after` removed or changed (common head and tail, then a set test). */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = new Set(b.slice(head, b.length - tail));
  return a.slice(head, a.length - tail).flatMap((line, index) => (middle.has(line) ? [] : [head + index + 1]));
}

let failed = false;
for (const blog of blogs) {
  const source = path.join(blogsDir, blog.dir);
  if (!existsSync(source)) continue;
  const copy = mkdtempSync(path.join(os.tmpdir(), 'bpl-fixcheck-'));
  try {
    cpSync(source, copy, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: copy });
    execFileSync('git', ['add', '-A'], { cwd: copy });
    execFileSync('git', ['-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'before', '--no-gpg-sign'], { cwd: copy });
    const lint = spawnSync('node', [cli, '--cwd', copy, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const report = JSON.parse(lint.stdout);
    spawnSync('node', [cli, '--cwd', copy, '--fix', '--fail-on', 'never', '--format', 'json', '--output', path.join(os.tmpdir(), `bpl-fixcheck-${blog.dir}.json`)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const changed = execFileSync('git', ['diff', '--name-only', '-z'], { cwd: copy, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\0').filter(Boolean);
    const fixable = new Map();
    for (const problem of report.problems) {
      if (!problem.fix) continue;
      if (!fixable.has(problem.file)) fixable.set(problem.file, new Set());
      for (let line = problem.line; line <= problem.endLine; line++) fixable.get(problem.file).add(line);
    }
    const stray = [];
    let lines = 0;
    for (const file of changed) {
      const before = execFileSync('git', ['show', `HEAD:${file}`], { cwd: copy, encoding: 'utf8', maxBuffer: 1 << 28 });
      const after = readFileSync(path.join(copy, file), 'utf8');
      for (const line of changedLines(before, after)) {
        lines++;
        if (!fixable.get(file)?.has(line)) stray.push(`${file}:${line}`);
      }
    }
    const fixableCount = report.problems.filter((problem) => problem.fix).length;
    console.log(`${blog.dir.padEnd(38)} ${String(fixableCount).padStart(5)} fixable problems, ${String(changed.length).padStart(4)} files and ${String(lines).padStart(5)} lines changed, ${stray.length} outside a named problem${stray.length ? ': ' + stray.slice(0, 5).join(', ') : ''}`);
    if (stray.length) failed = true;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
process.exitCode = failed ? 1 : 0;
