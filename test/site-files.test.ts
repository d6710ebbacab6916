// The site's own files (`_config.yml`, `.blog-post-lint.yml`, package.json) come with the repository,
// pull requests included: they are read like posts — a regular file inside the repository, capped —
// so a FIFO cannot hang the run and a link cannot make it read outside the repository.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { lintJson, makeBlog, runCli, tempDir } from './helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const POST = '---\ntitle: A\ndate: 2025-01-01 08:30:00 +0900\n---\n\nText.\n';

async function blog(files: Record<string, string>): Promise<string> {
  const root = await makeBlog(files);
  roots.push(root);
  return root;
}

describe('site files are read only when they are regular files inside the repository', () => {
  it('a FIFO named _config.yml is skipped, not waited on', async () => {
    const root = await blog({ '_posts/2025-01-01-a.md': POST });
    execFileSync('mkfifo', [path.join(root, '_config.yml')]);
    const { report } = await lintJson([], root);
    // No `timezone:` was read, so the +0900 date lands on the UTC day before.
    expect(report.problems.map((problem) => problem.ruleId)).toEqual(['date-timezone']);
  }, 20_000);

  it('a _config.yml that links outside the repository is not read (its timezone is not used)', async () => {
    const outside = await tempDir('bpl-outside-');
    roots.push(outside);
    await fs.writeFile(path.join(outside, 'config.yml'), 'timezone: Asia/Seoul\n');
    const root = await blog({ '_posts/2025-01-01-a.md': POST });
    await fs.symlink(path.join(outside, 'config.yml'), path.join(root, '_config.yml'));
    expect((await lintJson([], root)).report.problems.map((problem) => problem.ruleId)).toEqual(['date-timezone']);
    // The same file inside the repository is read.
    await fs.rm(path.join(root, '_config.yml'));
    await fs.writeFile(path.join(root, '_config.yml'), 'timezone: Asia/Seoul\n');
    expect((await lintJson([], root)).report.problems).toEqual([]);
  });

  it('a .blog-post-lint.yml that is a FIFO or links to /dev/zero is a config error naming the file, not a hang', async () => {
    const fifo = await blog({ '_posts/2025-01-01-a.md': POST });
    execFileSync('mkfifo', [path.join(fifo, '.blog-post-lint.yml')]);
    const first = await runCli([], fifo);
    expect(first.code).toBe(2);
    expect(first.stderr).toBe('blog-post-lint: config error: .blog-post-lint.yml: not a regular file (a FIFO, a device or a folder): not read\n');
    const zero = await blog({ '_posts/2025-01-01-a.md': POST });
    await fs.symlink('/dev/zero', path.join(zero, '.blog-post-lint.yml'));
    const second = await runCli([], zero);
    expect(second.code).toBe(2);
    expect(second.stderr).toBe('blog-post-lint: config error: .blog-post-lint.yml: a link that leads outside the repository: not read\n');
  }, 20_000);
});
