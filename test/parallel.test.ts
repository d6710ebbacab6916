// Large runs use worker threads (the CLI bundle is its own worker): the report must be exactly
// the serial one, in the same order, whatever the number of threads.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeBlog, projectRoot, runCli } from './helpers.js';

const cliBundle = path.join(projectRoot, 'dist', 'cli', 'index.js');
const run = promisify(execFile);

async function report(cwd: string, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [cliBundle, '--cwd', cwd, '--format', 'json', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout);
  } catch (error) {
    const { stdout, code } = error as { stdout: string; code: number };
    expect(code).toBe(1); // problems found: still a report
    return JSON.parse(stdout);
  }
}

describe('worker threads', () => {
  it('give the serial report, in order, for the example blog with 1, 2 and 3 threads', async () => {
    const blog = path.join(projectRoot, 'examples', 'blog');
    const serial = await report(blog, '--jobs', '1');
    for (const jobs of ['2', '3']) expect(await report(blog, '--jobs', jobs)).toEqual(serial);
  }, 60_000);

  it('start by themselves from 200 posts, with the same result as one thread', async () => {
    const examples = path.join(projectRoot, 'examples', 'blog', '_posts');
    const names = (await fs.readdir(examples)).filter((name) => name.endsWith('.md'));
    const files: Record<string, string> = {};
    for (let i = 0; i < 210; i++) {
      const name = names[i % names.length]!;
      files[`_posts/${name.replace(/\.md$/, `-${i}.md`)}`] = await fs.readFile(path.join(examples, name), 'utf8');
    }
    const blog = await makeBlog(files);
    const automatic = await report(blog);
    const serial = await report(blog, '--jobs', '1');
    expect(automatic.files).toHaveLength(210);
    expect(automatic).toEqual(serial);
  }, 120_000);

  it('--jobs must be a whole number of 1 or more', async () => {
    const result = await runCli(['--jobs', '0'], path.join(projectRoot, 'examples', 'blog'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs must be a whole number of 1 or more (got "0")');
  });
});
