// Shared test helpers: temp blogs on disk, the CLI run in-process, and the ../shared corpus.
import { promises as fs, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { JsonReport } from '../src/report/json.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = path.resolve(projectRoot, '..', 'shared');
export const seedsDir = path.join(sharedDir, 'seeds');
export const corpusDir = path.join(sharedDir, 'corpus', 'real');
export const hasShared = existsSync(seedsDir) && existsSync(corpusDir);
export const SHARED_MISSING = `../shared is absent (it exists in CI and on the developers' machines, not on a user's clone): skipping tests that read the seeds and corpus.`;

/** A fixed "now" so that future-date checks do not drift. */
export const NOW = new Date('2026-11-25T00:00:00Z');

const tempDirs = new Set<string>();

/** A fresh folder in the system temp directory, removed when the test file ends (test/setup.ts). */
export async function tempDir(prefix = 'bpl-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** `tempDir` for synchronous callers. */
export function tempDirSync(prefix = 'bpl-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Removes every folder `tempDir`/`makeBlog` made (test/setup.ts runs it after each test file). */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...tempDirs];
  tempDirs.clear();
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true, maxRetries: 3 })));
}

export async function makeBlog(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await tempDir('bpl-blog-');
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
  return root;
}

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.text += chunk.toString();
    callback();
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process; "now" is the fixed NOW unless `now` is given (the oracle tests use the real clock). */
export async function runCli(argv: string[], cwd: string, options: { tty?: boolean; now?: Date } = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = !!options.tty;
  const code = await main({ argv, cwd, stdout, stderr, env: { NO_COLOR: '1' }, now: options.now ?? NOW });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export async function lintJson(argv: string[], cwd: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runCli([...argv, '--format', 'json'], cwd);
  if (run.stdout === '') throw new Error(`no JSON on stdout (exit ${run.code}): ${run.stderr}`);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

/** Rule ids with the lines they were reported on, for compact assertions: {ruleId: [lines]}. */
export function linesByRule(report: JsonReport, file?: string): Record<string, number[]> {
  const result: Record<string, number[]> = {};
  for (const problem of report.problems) {
    if (file && problem.file !== file) continue;
    (result[problem.ruleId] ??= []).push(problem.line);
  }
  return result;
}

/** Every .md/.markdown/.mdx file below `dir`, sorted (absolute paths). */
export async function markdownFilesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(md|markdown|mdx)$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
