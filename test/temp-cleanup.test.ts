// A test run and the demo leave nothing in the system temp directory: each is run here with a
// temp directory of its own (TMPDIR), which must be empty when it ends.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';

const run = promisify(execFile);
let privateTmp: string | undefined;

afterEach(async () => {
  if (privateTmp) await fs.rm(privateTmp, { recursive: true, force: true });
});

async function leftBehind(command: string[], env: NodeJS.ProcessEnv = {}): Promise<{ left: string[]; stdout: string }> {
  privateTmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-tmpdir-'));
  const { stdout } = await run(command[0]!, command.slice(1), { cwd: projectRoot, env: { ...process.env, ...env, TMPDIR: privateTmp }, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
    // A non-zero exit is the command's own verdict (the demo's blog has errors); its output is what matters.
    if (typeof error.code !== 'number') throw error;
    return { stdout: error.stdout ?? '' };
  });
  return { left: await fs.readdir(privateTmp), stdout };
}

describe('temporary folders', () => {
  it('a representative test file (the CLI tests: makeBlog, tempDir) removes every folder it made', async () => {
    const vitest = path.join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs');
    const { left, stdout } = await leftBehind([process.execPath, vitest, 'run', 'test/cli.test.ts', '--reporter=dot'], { CI: 'true', NO_COLOR: '1' });
    expect(stdout).toMatch(/Tests\s+\d+ passed/);
    expect(left).toEqual([]);
  }, 180_000);

  it('npm run demo removes its runner folder', async () => {
    const { left, stdout } = await leftBehind([process.execPath, path.join(projectRoot, 'examples', 'demo.mjs')]);
    expect(stdout).toContain('blog-post-lint');
    expect(left).toEqual([]);
  }, 120_000);
});
