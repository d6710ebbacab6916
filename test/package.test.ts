// The package as a user gets it: `npm pack` contents, an install from the packed tarball (standing in
// for `github:blog-post-lint/blog-post-lint#v0`, whose tarball npm builds the same way) with no
// network, and the README's terminal commands and matrix-audit recipe run as written.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';

const run = promisify(execFile);
const GITHUB_SPEC = 'github:blog-post-lint/blog-post-lint#v0';

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
}

const packageJson = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
const readme = await fs.readFile(path.join(projectRoot, 'README.md'), 'utf8');

let temp: string;
let tarball: string;
let packedFiles: Array<{ path: string; mode: number }>;

/** npm, offline against an empty cache and an unreachable registry: any download fails the test. */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_cache: path.join(temp, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_yes: 'true',
    NO_COLOR: '1',
    ...extra,
  };
}

/** Runs a shell line; a non-zero exit is returned, not thrown. */
async function sh(line: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('sh', ['-c', line], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The lines of the first ```sh block after `heading`, comments stripped. */
function shellBlockAfter(heading: string): string[] {
  const start = readme.indexOf(heading);
  expect(start, `README has "${heading}"`).toBeGreaterThan(-1);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start));
  expect(block, `a sh block after "${heading}"`).not.toBeNull();
  return (block?.[1] ?? '').split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter((line) => line !== '');
}

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', temp], { cwd: projectRoot, env: npmEnv() });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string; mode: number }> }>;
  if (!packed) throw new Error(`npm pack printed no package: ${stdout}`);
  tarball = path.join(temp, packed.filename);
  packedFiles = packed.files;
});

afterAll(async () => {
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

describe('package.json', () => {
  it('is ready to publish: a bin, the files it ships, the node it needs, nothing to download or build on install', () => {
    expect(packageJson.bin).toEqual({ 'blog-post-lint': 'dist/cli/index.js' });
    expect(packageJson.files).toEqual(expect.arrayContaining(['dist/', 'action.yml', 'README.md']));
    expect(packageJson.engines.node).toBe('>=20');
    // dist/ is a self-contained ncc bundle: runtime libraries are build inputs, so an install from
    // GitHub or a tarball pulls nothing from the registry.
    expect(packageJson.dependencies ?? {}).toEqual({});
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) {
      expect(packageJson.scripts[script], `an install-time "${script}" script would need the devDependencies`).toBeUndefined();
    }
  });

  it('the README says how to install it from GitHub and never that it is on the npm registry', () => {
    expect(readme).toContain(`npm install -g ${GITHUB_SPEC}`);
    expect(readme).not.toMatch(/npx blog-post-lint\b(?!` alone)/);
    expect(readme).not.toMatch(/npm (i|install) (-g )?blog-post-lint\b/);
  });
});

describe('npm ci', () => {
  it('warns about no package that needs a newer node than the one running it (the README says Node 20)', async () => {
    // A dry run of `npm ci` checks every locked package's `engines` against this node, as a real one does.
    const dir = path.join(temp, 'npm-ci');
    await fs.mkdir(dir);
    for (const file of ['package.json', 'package-lock.json']) await fs.copyFile(path.join(projectRoot, file), path.join(dir, file));
    const result = await sh('npm ci --dry-run --ignore-scripts --loglevel=warn', dir, npmEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('EBADENGINE');
  });

  it('no locked package declares a node range that excludes Node 20', async () => {
    // Independent of the node running the tests: the lowest major the README promises.
    const lock = JSON.parse(await fs.readFile(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
    const excluding = Object.entries(lock.packages)
      .map(([name, entry]) => [name, Array.isArray(entry.engines) ? undefined : entry.engines?.node] as const)
      .filter(([, range]) => range !== undefined && /^\s*>=?\s*(2[1-9]|[3-9]\d)\b/.test(range))
      .map(([name, range]) => `${name} (node ${range})`);
    expect(excluding).toEqual([]);
  });
});

describe('npm pack', () => {
  it('ships the bundle, action.yml, README and package.json, and no sources, tests or benchmarks', () => {
    const names = packedFiles.map((file) => file.path).sort();
    expect(names).toEqual(expect.arrayContaining(['README.md', 'action.yml', 'dist/cli/index.js', 'dist/cli/package.json', 'dist/index.js', 'dist/package.json', 'dist/worker/index.js', 'dist/worker/package.json', 'package.json']));
    const allowed = /^(README\.md|LICENSE(\.\w+)?|action\.yml|package\.json|dist\/.+)$/;
    expect(names.filter((name) => !allowed.test(name))).toEqual([]);
    expect(names.filter((name) => /^(test|bench|src|examples|docs|node_modules)\//.test(name))).toEqual([]);
  });

  it('the bin is an executable script with a node shebang', async () => {
    const bin = packedFiles.find((file) => file.path === 'dist/cli/index.js')!;
    expect(bin.mode & 0o111, 'dist/cli/index.js is executable in the tarball').not.toBe(0);
    const head = (await fs.readFile(path.join(projectRoot, 'dist/cli/index.js'), 'utf8')).slice(0, 64);
    expect(head.split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});

describe('installed from the packed tarball, offline', () => {
  let prefix: string;
  let env: NodeJS.ProcessEnv;
  let blog: string;

  beforeAll(async () => {
    prefix = path.join(temp, 'prefix');
    env = npmEnv({ npm_config_prefix: prefix, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` });
    blog = path.join(temp, 'blog');
    await fs.cp(path.join(projectRoot, 'examples', 'blog'), blog, { recursive: true });
  });

  it('runs the README\'s terminal commands as written', async () => {
    const lines = shellBlockAfter('## From a terminal');
    expect(lines[0]).toContain(`npm install -g ${GITHUB_SPEC}`);
    for (const line of lines) {
      const result = await sh(line.replaceAll(GITHUB_SPEC, `file:${tarball}`), blog, env);
      // 0: clean, 1: problems found (the example blog has some); 2 would be a usage or install error.
      expect([0, 1], `\`${line}\` exited ${result.code}: ${result.stderr}`).toContain(result.code);
      if (line.startsWith('npm install')) {
        const installed = await sh('blog-post-lint --version', blog, env);
        expect(installed.stdout.trim()).toBe(packageJson.version);
        expect(result.stdout + result.stderr).not.toMatch(/ENOTCACHED|E404|EAI_AGAIN|ECONNREFUSED/);
      }
      if (line.includes('--output report.json')) {
        const report = JSON.parse(await fs.readFile(path.join(blog, 'report.json'), 'utf8')) as { summary: { files: number; errors: number } };
        expect(report.summary.files).toBe(5);
        expect(report.summary.errors).toBeGreaterThan(0);
      }
    }
    // `--fix` (the last line) changed the posts, and what it could not fix is still reported.
    const after = await sh('blog-post-lint --format json', blog, env);
    expect(JSON.parse(after.stdout).summary.fixable).toBe(0);
  });

  it('runs the matrix-audit recipe\'s merge step as written, with npx and no checkout', async () => {
    const recipe = readme.split('\n').find((line) => line.includes('--merge report-*.json'));
    expect(recipe, 'the README has the --merge step').toBeDefined();
    const command = recipe!.replace(/^\s*- run:\s*/, '');
    expect(command).toContain(`npx --yes ${GITHUB_SPEC} `);
    // The shard jobs' reports, then a folder holding only them (the summary job checks nothing out).
    const job = path.join(temp, 'summary-job');
    await fs.mkdir(job);
    const installedCli = path.join(prefix, 'bin', 'blog-post-lint');
    for (const shard of [1, 2]) {
      const result = await sh(`"${installedCli}" --shard ${shard}/2 --format json --output "${path.join(job, `report-${shard}.json`)}"`, path.join(projectRoot, 'examples', 'blog'), env);
      expect([0, 1]).toContain(result.code);
    }
    const summary = path.join(temp, 'step-summary.md');
    await fs.writeFile(summary, '');
    // A fresh npx cache: npx installs from the tarball itself, not from the global install above.
    const jobEnv = npmEnv({ GITHUB_STEP_SUMMARY: summary, npm_config_cache: path.join(temp, 'npx-cache') });
    const result = await sh(command.replaceAll(GITHUB_SPEC, `file:${tarball}`), job, jobEnv);
    expect(result.code, result.stderr).toBe(1); // errors in the example blog, and no --fail-on never
    const merged = await fs.readFile(summary, 'utf8');
    const whole = await sh(`"${installedCli}" --format markdown`, path.join(projectRoot, 'examples', 'blog'), env);
    expect(merged).toContain('## blog-post-lint');
    expect(merged).toBe(whole.stdout);
  });
});
