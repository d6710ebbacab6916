// Running the action bundle as a runner does, shared by the scenario tests and the request-count
// benchmark: the machine's node, every input of action.yml at its default, a clean environment,
// and an ASYNC child process (the fake GitHub answers from this process's event loop).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../helpers.js';

/** The committed bundle, or BLOG_POST_LINT_ACTION_BUNDLE (a build of the sources elsewhere, e.g. in /tmp). */
export const actionBundle = process.env.BLOG_POST_LINT_ACTION_BUNDLE || path.join(projectRoot, 'dist', 'index.js');
export const node24 = path.join(projectRoot, 'node_modules', 'node', 'bin', 'node');

/** The machine's node (20 here): the first `node` on PATH outside node_modules. */
export function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

/** INPUT_<NAME> for every input of action.yml at its default; expressions are a runner's to evaluate. */
export function inputDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`INPUT_${name.toUpperCase()}`, String(input.default ?? '').replace(/^\$\{\{.*\}\}$/, '')]));
}

/** This process's environment without anything a runner (or an outer CI run) sets. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|ACT$|CI$)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  ms: number;
  summary: string;
  outputs: string;
}

export function runAction(bin: string, env: Record<string, string>): Promise<ActionRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(bin, [actionBundle], { cwd: env.GITHUB_WORKSPACE, env: { ...cleanEnv(), ...env } });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const read = (file: string | undefined) => (file && existsSync(file) ? readFileSync(file, 'utf8') : '');
      resolve({ status, stdout, ms: performance.now() - started, summary: read(env.GITHUB_STEP_SUMMARY), outputs: read(env.GITHUB_OUTPUT) });
    });
  });
}
