// Issue 15, items 5 and 9: what a pull request can put where the linter reads. A FIFO, a socket-like
// entry or a folder named like a post gets file-unreadable like any post that cannot be read (it
// was left out of the report); the site's own files are read only when they are regular files
// inside the repository (the FIFO cases and `.blog-post-lint.yml` -> /dev/zero are in
// test/site-files.test.ts). Nothing here may block: every run has a deadline.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintJson, makeBlog, runCli } from '../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const POST = '---\ntitle: A\ndate: 2025-01-01 08:30:00 +0900\n---\n\nText.\n';
const NOT_A_FILE = 'File could not be read (not a regular file: a folder, FIFO, socket or device).';

async function blog(files: Record<string, string>): Promise<string> {
  const root = await makeBlog(files);
  roots.push(root);
  return root;
}

describe('an entry named like a post that is no regular file is reported, never skipped or waited on', () => {
  it('a FIFO and a folder named _posts/x.md each get file-unreadable; the real post is linted', async () => {
    const root = await blog({ '_config.yml': 'timezone: Asia/Seoul\n', '_posts/2025-01-01-a.md': POST, '_posts/2025-01-01-folder.md/note.txt': 'x' });
    execFileSync('mkfifo', [path.join(root, '_posts', '2025-01-01-fifo.md')]);
    const { code, report } = await lintJson([], root);
    expect(code).toBe(1);
    expect(report.files).toEqual(['_posts/2025-01-01-a.md', '_posts/2025-01-01-fifo.md', '_posts/2025-01-01-folder.md']);
    expect(report.problems).toEqual([
      { file: '_posts/2025-01-01-fifo.md', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'file-unreadable', severity: 'error', message: NOT_A_FILE },
      { file: '_posts/2025-01-01-folder.md', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'file-unreadable', severity: 'error', message: NOT_A_FILE },
    ]);
  }, 20_000);

  it('named on the command line, linked to, with --cache and with --fix: the same, and no hang', async () => {
    const root = await blog({ '_config.yml': 'timezone: Asia/Seoul\n', '_posts/2025-01-01-a.md': POST });
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    await fs.symlink('../pipe', path.join(root, '_posts', '2025-01-01-link.md'));
    execFileSync('mkfifo', [path.join(root, '_posts', '2025-01-01-fifo.md')]);
    const named = await lintJson(['_posts/2025-01-01-fifo.md'], root);
    expect(named.report.problems.map((problem) => [problem.file, problem.ruleId])).toEqual([['_posts/2025-01-01-fifo.md', 'file-unreadable']]);
    const cached = await lintJson(['--cache', path.join(root, '.cache.json')], root);
    expect(cached.report.problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['_posts/2025-01-01-fifo.md', NOT_A_FILE],
      ['_posts/2025-01-01-link.md', NOT_A_FILE],
    ]);
    const fixed = await runCli(['--fix'], root);
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain('_posts/2025-01-01-link.md');
  }, 20_000);
});

describe('site files: only regular files inside the repository are read', () => {
  it('a _config.yml that links to /dev/zero is not read (no endless read): the run ends and lints the post', async () => {
    const root = await blog({ '_posts/2025-01-01-a.md': POST });
    await fs.symlink('/dev/zero', path.join(root, '_config.yml'));
    const { report } = await lintJson(['--preset', 'jekyll'], root);
    // No `timezone:` was read, so the +0900 date lands on the UTC day before.
    expect(report.problems.map((problem) => problem.ruleId)).toEqual(['date-timezone']);
  }, 20_000);

  it('a .blog-post-lint.yml that links to a file outside the repository is a config error naming it, and its settings are not used', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-outside-'));
    roots.push(outside);
    await fs.writeFile(path.join(outside, 'lint.yml'), 'rules:\n  date-timezone: off\n');
    const root = await blog({ '_posts/2025-01-01-a.md': POST });
    await fs.symlink(path.join(outside, 'lint.yml'), path.join(root, '.blog-post-lint.yml'));
    const run = await runCli([], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('blog-post-lint: config error: .blog-post-lint.yml: a link that leads outside the repository: not read\n');
  });

  it('a _config.yml that is a folder, or a link to a FIFO inside the repository, is not read', async () => {
    const folder = await blog({ '_posts/2025-01-01-a.md': POST, '_config.yml/x': 'timezone: Asia/Seoul\n' });
    expect((await lintJson(['--preset', 'jekyll'], folder)).report.problems.map((problem) => problem.ruleId)).toEqual(['date-timezone']);
    const linked = await blog({ '_posts/2025-01-01-a.md': POST });
    execFileSync('mkfifo', [path.join(linked, 'pipe')]);
    await fs.symlink('pipe', path.join(linked, '_config.yml'));
    expect((await lintJson(['--preset', 'jekyll'], linked)).report.problems.map((problem) => problem.ruleId)).toEqual(['date-timezone']);
  }, 20_000);
});
