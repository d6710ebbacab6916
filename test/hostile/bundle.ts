// The budget lives in worker threads, which start from a bundle: dist/ is rebuilt only at release,
// so these tests bundle the current sources themselves (rolldown, which vitest's vite brings) into
// a temporary folder, once per test file, and run it as the CLI: `node <bundle>/cli/index.js`.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../helpers.js';

const run = promisify(execFile);

/** Builds src/cli/index.ts, src/index.ts and the lint worker src/worker.ts; returns the folder
 * (cli/index.js, index.js, worker/index.js inside, as in dist/). */
export async function buildBundle(): Promise<string> {
  const { build } = await import('rolldown');
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-bundle-'));
  for (const [input, dir] of [
    ['src/cli/index.ts', path.join(out, 'cli')],
    ['src/index.ts', out],
    ['src/worker.ts', path.join(out, 'worker')],
  ] as const) {
    await build({ input: path.join(projectRoot, input), cwd: projectRoot, platform: 'node', logLevel: 'silent', output: { dir, format: 'esm', entryFileNames: 'index.js', codeSplitting: false } });
  }
  await fs.writeFile(path.join(out, 'package.json'), '{"type":"module"}\n');
  return out;
}

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the bundled CLI in a child process (a crash there is an exit code, not a dead test runner). */
export async function runBundle(bundle: string, args: string[], options: { uid?: number; gid?: number; timeoutMs?: number } = {}): Promise<BundleRun> {
  const started = Date.now();
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(bundle, 'cli', 'index.js'), ...args], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 120_000,
      env: { ...process.env, NO_COLOR: '1' },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    return { code: 0, stdout, stderr, ms: Date.now() - started };
  } catch (error) {
    const failed = error as { code?: number | string; signal?: string; stdout?: string; stderr?: string };
    const code = typeof failed.code === 'number' ? failed.code : -1;
    return { code, stdout: failed.stdout ?? '', stderr: `${failed.stderr ?? ''}${failed.signal ? `\n(killed by ${failed.signal})` : ''}`, ms: Date.now() - started };
  }
}
