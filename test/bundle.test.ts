// The committed bundles, run as child processes the way GitHub, nektos/act and users run them:
// `node dist/cli/index.js` and `node dist/index.js`, under the machine's node 20 and under the
// node 24 that action.yml declares (the `node` npm devDependency). Last, dist/ must be what a
// fresh build of src/ produces, or the action that users get is not the code that was tested.
import { spawnSync, execFile, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lintJson, projectRoot, tempDir } from './helpers.js';
import type { JsonReport } from '../src/report/json.js';
import type { Problem } from '../src/core/types.js';

const execFileAsync = promisify(execFile);

const exampleBlog = path.join(projectRoot, 'examples', 'blog');
const actionBundle = path.join(projectRoot, 'dist', 'index.js');
const cliBundle = path.join(projectRoot, 'dist', 'cli', 'index.js');
const packageJson = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const actionYml = parseYaml(await fs.readFile(path.join(projectRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string | number | boolean; required?: boolean }>;
  runs: { using: string; main: string };
};

// ---------------------------------------------------------------------------------------------
// Runtimes

interface Runtime {
  label: string;
  major: number;
  bin?: string;
  version?: string;
  /** Why the runtime is absent (the test is skipped with this note). */
  missing?: string;
}

function versionOf(bin: string): string | undefined {
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8', env: childEnv() });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The machine's node: what act and a user's shell run. Under `npm test` node_modules/.bin comes
 * first on PATH (and holds node 24), so it is looked up with every node_modules entry removed. */
function machineNode(): Runtime {
  const PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => entry !== '' && !entry.includes('node_modules'))
    .join(path.delimiter);
  const found = spawnSync('node', ['-e', 'process.stdout.write(process.execPath + "\\n" + process.version)'], { encoding: 'utf8', env: { ...childEnv(), PATH } });
  if (found.status === 0) {
    const [bin, version] = found.stdout.split('\n');
    return { label: `the machine's node (${bin})`, major: 20, bin, version };
  }
  return { label: `the machine's node (fallback: ${process.execPath})`, major: 20, bin: process.execPath, version: process.version };
}

function devDependencyNode(): Runtime {
  const bin = path.join(projectRoot, 'node_modules', 'node', 'bin', 'node');
  const label = 'node 24 (npm devDependency `node`)';
  if (!existsSync(bin)) return { label, major: 24, missing: `${path.relative(projectRoot, bin)} is absent (run \`npm ci\` with the \`node\` devDependency's install script allowed): skipping the node 24 runs.` };
  const version = versionOf(bin);
  if (!version) return { label, major: 24, missing: `${bin} does not run here: skipping the node 24 runs.` };
  return { label, major: 24, bin, version };
}

const runtimes: Runtime[] = [machineNode(), devDependencyNode()];

/** Skips the test, with the reason, when the runtime is not installed. */
function need(runtime: Runtime, context: TestContext): string {
  if (!runtime.bin) context.skip(runtime.missing ?? `${runtime.label} is absent`);
  return runtime.bin!;
}

// ---------------------------------------------------------------------------------------------
// Environments

/** The test process's environment without anything a runner (or an outer CI run) sets. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_)/.test(key) || ['ACT', 'CI', 'NODE_OPTIONS', 'FORCE_COLOR', 'NO_COLOR'].includes(key)) continue;
    env[key] = value;
  }
  return env;
}

/** INPUT_<NAME> for every input of action.yml with its default, as a runner sets them: name
 * upper-cased, spaces to `_`, hyphens kept (`INPUT_FAIL-ON`). */
function inputDefaults(): Record<string, string> {
  const inputs: Record<string, string> = {};
  // Expressions (`${{ github.token }}`) are the runner's to evaluate; outside a runner they are empty.
  for (const [name, input] of Object.entries(actionYml.inputs)) inputs[inputName(name)] = String(input.default ?? '').replace(/^\$\{\{.*\}\}$/, '');
  return inputs;
}

function inputName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface Workspace {
  dir: string;
  /** The blog's root: the workspace itself or a folder in it. */
  blog: string;
  runnerTemp: string;
  summaryFile: string;
  outputFile: string;
}

/** A post whose title and image path carry HTML, pipes and a mention: the job summary must not
 * render any of it. */
const HTML_POST = [
  '---',
  'title: "Escaping <script>alert(1)</script> & <img src=x onerror=alert(1)> | pipes"',
  'date: 2025-06-01 10:00:00 +0900',
  'tags: [html]',
  '---',
  '',
  '# Escaping <script>alert(1)</script> & <img src=x onerror=alert(1)> | pipes',
  '',
  'Text for @someone about #12.',
  '',
  '![a chart](/assets/<b>chart</b>.png)',
  '',
].join('\n');

async function makeWorkspace(options: { subfolder?: string; htmlPost?: boolean } = {}): Promise<Workspace> {
  const base = await tempDir('bpl-runner-');
  const dir = path.join(base, 'workspace');
  const blog = options.subfolder ? path.join(dir, options.subfolder) : dir;
  await fs.cp(exampleBlog, blog, { recursive: true });
  if (options.htmlPost) await fs.writeFile(path.join(blog, '_posts', '2025-06-01-html-in-title.md'), HTML_POST);
  const runnerTemp = path.join(base, 'runner-temp');
  await fs.mkdir(runnerTemp);
  const summaryFile = path.join(runnerTemp, 'step_summary');
  const outputFile = path.join(runnerTemp, 'output');
  await fs.writeFile(summaryFile, '');
  await fs.writeFile(outputFile, '');
  return { dir, blog, runnerTemp, summaryFile, outputFile };
}

/** What a GitHub-hosted runner gives the step: every input, the workspace, the temp folder and the
 * files for the job summary and outputs. */
function runnerEnv(workspace: Workspace, inputs: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...childEnv(),
    ...inputDefaults(),
    ...inputs,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace.dir,
    RUNNER_TEMP: workspace.runnerTemp,
    GITHUB_STEP_SUMMARY: workspace.summaryFile,
    GITHUB_OUTPUT: workspace.outputFile,
  };
}

function runBundle(bin: string, bundle: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): SpawnSyncReturns<string> {
  const result = spawnSync(bin, [bundle, ...args], { cwd: options.cwd, env: options.env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Reading what the action wrote

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** `::name key=value,key=value::message` lines, unescaped as the runner does. */
function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z][a-z-]*)(?: (.*?))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of match[2] ? match[2].split(',') : []) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeCommand(pair.slice(at + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescapeCommand(match[3]!) });
  }
  return commands;
}

function unescapeCommand(text: string): string {
  const codes: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };
  return text.replace(/%(25|0D|0A|3A|2C)/g, (code) => codes[code]!);
}

/** The GITHUB_OUTPUT file: `name<<DELIMITER`, value lines, `DELIMITER` (or `name=value`). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (i + 1 < lines.length && lines[i + 1] !== delimiter) value.push(lines[++i]!);
      expect(lines[i + 1], `output ${name} is not closed by its delimiter`).toBe(delimiter);
      i++;
      outputs[name!] = value.join('\n');
    } else {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/** One comparable line per annotation: severity, place, rule (from the title) and message. */
function annotationKeys(commands: WorkflowCommand[]): string[] {
  return commands
    .filter((c) => (c.command === 'error' || c.command === 'warning') && c.properties.file)
    .map((c) => {
      const p = c.properties;
      const rule = /\(([a-z0-9-]+)\)/.exec(p.title ?? '')?.[1] ?? '?';
      return `${c.command} ${p.file}:${p.line}-${p.endLine}:${p.col ?? ''}-${p.endColumn ?? ''} ${rule} ${c.message}`;
    })
    .sort();
}

function expectedAnnotationKeys(problems: Problem[], prefix = ''): string[] {
  return problems
    .map((p) => {
      const columns = p.endLine === p.line ? `${p.column}-${p.endColumn}` : '-';
      return `${p.severity} ${prefix}${p.file}:${p.line}-${p.endLine}:${columns} ${p.ruleId} ${p.message}`;
    })
    .sort();
}

/** A report without the parts that describe fixes (`problem.fix`, `summary.fixable`): the bundles
 * must find the same problems as the source; whether their fixes match is what the staleness test at
 * the end checks, byte for byte. */
function comparable(report: JsonReport) {
  const { fixable: _fixable, ...summary } = report.summary;
  return { ...report, summary, problems: report.problems.map(({ fix: _fix, ...problem }) => problem) };
}

/** Problems as the action computes them, from the same engine run in-process on the same folder. */
async function expectedReport(blog: string): Promise<JsonReport> {
  return (await lintJson(['--fail-on', 'never'], blog)).report;
}

// ---------------------------------------------------------------------------------------------

describe('runtimes', () => {
  it(`the machine's node is node 20`, () => {
    const runtime = runtimes[0]!;
    expect(runtime.bin).toBeTruthy();
    expect(runtime.version, `${runtime.label} is ${runtime.version}`).toMatch(/^v20\./);
  });

  it('the `node` devDependency is node 24, the runtime action.yml declares', (context) => {
    const runtime = runtimes[1]!;
    need(runtime, context);
    expect(runtime.version).toMatch(/^v24\./);
    expect(actionYml.runs.using).toBe('node24');
    expect(actionYml.runs.main).toBe('dist/index.js');
  });
});

describe.each(runtimes)('$label', (runtime) => {
  describe('CLI bundle (dist/cli/index.js)', () => {
    it('--cwd examples/blog --format json exits 1 with the same report as the in-process run', async (context) => {
      const bin = need(runtime, context);
      const result = runBundle(bin, cliBundle, ['--cwd', 'examples/blog', '--format', 'json'], { cwd: projectRoot, env: childEnv() });
      expect(result.stderr).toBe('');
      expect(result.status, result.stderr).toBe(1);
      const bundled = JSON.parse(result.stdout) as JsonReport;
      const inProcess = await expectedReport(exampleBlog);
      expect(comparable(bundled)).toEqual(comparable(inProcess));
      expect(bundled.files).toHaveLength(5);
      expect(bundled.problems.length).toBeGreaterThanOrEqual(15);
    });

    it('--version, and a usage error without a stack trace', (context) => {
      const bin = need(runtime, context);
      const version = runBundle(bin, cliBundle, ['--version'], { cwd: projectRoot, env: childEnv() });
      expect(version.status).toBe(0);
      expect(version.stdout).toBe(`${packageJson.version}\n`);
      const usage = runBundle(bin, cliBundle, ['--format', 'xml'], { cwd: exampleBlog, env: childEnv() });
      expect(usage.status).toBe(2);
      expect(usage.stdout).toBe('');
      expect(usage.stderr.split('\n')[0]).toBe('blog-post-lint: --format must be text, json, sarif or markdown (got "xml") (see blog-post-lint --help)');
      expect(usage.stderr).not.toMatch(/\n\s+at /);
    });

    it('piped into a reader that stops early (`| true`, `| head`): no EPIPE stack trace', (context) => {
      const bin = need(runtime, context);
      const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
      const piped = spawnSync('bash', ['-c', `${quote(bin)} ${quote(cliBundle)} --cwd examples/blog --format json | true; echo "status=\${PIPESTATUS[0]}"`], { cwd: projectRoot, env: childEnv(), encoding: 'utf8', timeout: 60_000 });
      expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
      // The report's own verdict stands: problems found, exit 1.
      expect(piped.stdout.trim()).toBe('status=1');
    });
  });

  describe('action bundle (dist/index.js) on a GitHub runner', () => {
    let workspace: Workspace;
    let expected: JsonReport;
    let result: SpawnSyncReturns<string> | undefined;
    beforeAll(async () => {
      if (!runtime.bin) return;
      workspace = await makeWorkspace({ htmlPost: true });
      expected = await expectedReport(workspace.blog);
      result = runBundle(runtime.bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace) });
    });

    it('sets every input of action.yml the way a runner does', () => {
      const inputs = inputDefaults();
      expect(inputs['INPUT_FAIL-ON']).toBe('error');
      expect(inputs['INPUT_WORKING-DIRECTORY']).toBe('.');
      expect(Object.keys(inputs).sort()).toEqual(expect.arrayContaining(['INPUT_CONFIG', 'INPUT_FAIL-ON', 'INPUT_LANG', 'INPUT_MAX-FILE-SIZE', 'INPUT_PATHS', 'INPUT_PRESET', 'INPUT_WORKING-DIRECTORY', 'INPUT_GITHUB-TOKEN']));
      // A runner evaluates `${{ github.token }}`; outside one there is no token.
      expect(inputs['INPUT_GITHUB-TOKEN']).toBe('');
    });

    it('fails the step (exit 1) with fail-on: error', (context) => {
      need(runtime, context);
      expect(expected.summary.errors).toBeGreaterThan(0);
      expect(result!.status, result!.stdout + result!.stderr).toBe(1);
      expect(result!.stderr).toBe('');
      const failed = parseCommands(result!.stdout).filter((c) => c.command === 'error' && !c.properties.file);
      expect(failed).toHaveLength(1);
      expect(failed[0]!.message).toBe(`blog-post-lint found ${expected.summary.errors} errors and ${expected.summary.warnings} warnings (fail-on: error).`);
    });

    it('annotates every problem with ::error / ::warning at its file and line', (context) => {
      need(runtime, context);
      const commands = parseCommands(result!.stdout);
      expect(expected.problems.length).toBeLessThanOrEqual(50);
      expect(annotationKeys(commands)).toEqual(expectedAnnotationKeys(expected.problems));
      // Spot-check one raw line, as GitHub reads it.
      expect(result!.stdout).toMatch(/^::error title=blog-post-lint \(date-invalid\),file=_posts\/2025-04-10-redis-cache-notes\.md,line=2,endLine=2,col=7,endColumn=17::`date: 2025-13-45` /m); // the message is in the example blog's language (ko-KR)
      expect(result!.stdout).toMatch(/^::warning title=blog-post-lint \(heading-increment\),file=_posts\/2025-04-10-redis-cache-notes\.md,line=15,/m);
      // Errors are annotated before warnings (GitHub shows only the first few of each step).
      const kinds = commands.filter((c) => c.properties.file).map((c) => c.command);
      expect(kinds.lastIndexOf('error')).toBeLessThan(kinds.indexOf('warning'));
      expect(result!.stdout).not.toMatch(/\n\s+at /);
    });

    it('writes errors, warnings and report to GITHUB_OUTPUT, the report being the JSON format', async (context) => {
      need(runtime, context);
      const text = await fs.readFile(workspace.outputFile, 'utf8');
      // The multi-line form that @actions/core writes: name<<DELIMITER ... DELIMITER.
      expect(text).toMatch(new RegExp(`^errors<<(\\S+)\\n${expected.summary.errors}\\n\\1$`, 'm'));
      expect(text).toMatch(new RegExp(`^warnings<<(\\S+)\\n${expected.summary.warnings}\\n\\1$`, 'm'));
      const outputs = parseOutputFile(text);
      // comment-url and publish-artifact are empty outside a pull request: nothing to post.
      expect(Object.keys(outputs).sort()).toEqual(['comment-url', 'errors', 'publish-artifact', 'report', 'warnings']);
      expect(outputs['comment-url']).toBe('');
      expect(outputs['publish-artifact']).toBe('');
      expect(outputs.errors).toBe(String(expected.summary.errors));
      expect(outputs.warnings).toBe(String(expected.summary.warnings));
      const reportPath = outputs.report!;
      expect(path.dirname(reportPath)).toBe(workspace.runnerTemp);
      const report = JSON.parse(await fs.readFile(reportPath, 'utf8')) as JsonReport;
      expect(report.version).toBe(1);
      expect(Object.keys(report).sort()).toEqual(['files', 'lang', 'preset', 'presetReason', 'problems', 'summary', 'tool', 'version']);
      // No `lang` input: the example blog's own `lang: ko-KR`.
      expect(report.lang).toBe('ko');
      expect(report.tool).toEqual({ name: 'blog-post-lint', version: packageJson.version });
      expect(comparable(report)).toEqual(comparable(expected));
      // No ::set-output fallback when GITHUB_OUTPUT exists.
      expect(result!.stdout).not.toContain('::set-output');
    });

    it('writes a job summary with a table of the problems and no raw HTML from the posts', async (context) => {
      need(runtime, context);
      const summary = await fs.readFile(workspace.summaryFile, 'utf8');
      expect(summary).toContain('## blog-post-lint');
      // In the blog's own language (`lang: ko-KR` in its _config.yml; no `lang` input).
      expect(summary).toContain(`글 ${expected.summary.files}개 중 ${expected.summary.filesWithProblems}개에서 오류 ${expected.summary.errors}개, 경고 ${expected.summary.warnings}개를 찾았습니다.`);
      expect(summary).toContain('| 줄 | 문제 |');
      // A row per rule per post (one rule's repeats share a row): severity icon and line, then the
      // message with the rule id and the rule's other lines under it.
      const rows = summary.split('\n').filter((line) => /^\| (❌|⚠️)\u00a0\[?\d+/.test(line));
      // The first line after the icon, then the others under the message ("3, 5번 줄에도 있음").
      const linesOf = (row: string) => {
        const first = /^\| \S+\u00a0\[?(\d+)/.exec(row);
        const others = /<sub>.*?(\d+(?:, \d+)*)번 줄에도 있음/.exec(row)?.[1]?.split(', ') ?? [];
        return [first?.[1], ...others].filter((line) => line !== undefined).map(Number);
      };
      for (const problem of expected.problems) {
        expect(rows.some((row) => row.includes(`\`${problem.ruleId}\``) && linesOf(row).includes(problem.line))).toBe(true);
      }
      expect(rows.length).toBeLessThanOrEqual(expected.problems.length);
      // Every row has exactly its two cells: a `|` from a post would add one.
      for (const row of rows) expect(row.split('|')).toHaveLength(4);
      // The HTML post really produced problems that quote its HTML...
      const quoting = expected.problems.filter((p) => p.file.endsWith('html-in-title.md') && p.message.includes('<'));
      expect(quoting.length).toBeGreaterThan(0);
      // ...and none of it reaches the summary raw.
      expect(summary.replace(/<\/?(br|sub|b|code|summary|details)( open)?>/g, '')).not.toContain('<');
      expect(summary).not.toMatch(/@someone/);
    });
  });

  describe('action bundle: other inputs and environments', () => {
    it('fail-on: never passes the step (exit 0) and still annotates', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace, { 'INPUT_FAIL-ON': 'never' }) });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const commands = parseCommands(result.stdout);
      expect(commands.filter((c) => c.command === 'error' && !c.properties.file)).toEqual([]);
      expect(annotationKeys(commands)).toEqual(expectedAnnotationKeys((await expectedReport(workspace.blog)).problems));
      expect(parseOutputFile(await fs.readFile(workspace.outputFile, 'utf8')).errors).toBe(String((await expectedReport(workspace.blog)).summary.errors));
    });

    it('fail-on: warning fails on warnings alone', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      // Keep only the clean post, and add one with a single warning.
      for (const name of await fs.readdir(path.join(workspace.blog, '_posts'))) {
        if (name !== '2025-03-03-github-actions-npm-cache.md') await fs.rm(path.join(workspace.blog, '_posts', name));
      }
      await fs.writeFile(path.join(workspace.blog, '_posts', '2025-03-10-warning.md'), '---\ntitle: Warning only\ndate: 2025-03-10 21:00:00 +0900\ntags: [a]\n---\n\n## A\n\n#### B\n\nText.\n');
      const expected = await expectedReport(workspace.blog);
      expect(expected.summary).toMatchObject({ errors: 0, warnings: 1 });
      const byDefault = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace) });
      expect(byDefault.status, byDefault.stdout).toBe(0);
      const strict = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace, { 'INPUT_FAIL-ON': 'warning' }) });
      expect(strict.status, strict.stdout).toBe(1);
      expect(strict.stdout).toContain('::error::blog-post-lint found 0 errors and 1 warnings (fail-on: warning).');
    });

    it('a bad input fails with one ::error:: line naming it, no stack trace', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace, { INPUT_PRESET: 'wordpress' }) });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(/\n\s+at /);
      const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toEqual(['::error::input preset must be jekyll, hugo, hexo, astro or markdown (got "wordpress")']);
      // Nothing was linted or written.
      expect(await fs.readFile(workspace.outputFile, 'utf8')).toBe('');
      expect(await fs.readFile(workspace.summaryFile, 'utf8')).toBe('');
    });

    it('an empty, broken, missing or unreadable event file fails with one ::error:: line, no stack trace', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      const events = path.join(workspace.runnerTemp, 'events');
      await fs.mkdir(path.join(events, 'a-folder'), { recursive: true });
      await fs.writeFile(path.join(events, 'empty.json'), '');
      await fs.writeFile(path.join(events, 'cut.json'), '{"pull_request": ');
      const cases: [string, RegExp][] = [
        ['empty.json', /is empty/],
        ['cut.json', /is not valid JSON/],
        ['missing.json', /does not exist/],
        ['a-folder', /is a folder/],
      ];
      for (const [name, reason] of cases) {
        const file = path.join(events, name);
        const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file }) });
        expect(result.status, result.stdout + result.stderr).toBe(1);
        expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
        expect(result.stderr).toBe('');
        const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
        expect(errors, result.stdout).toHaveLength(1);
        expect(errors[0]).toContain(`the event file ${file} (GITHUB_EVENT_PATH)`);
        expect(errors[0]).toMatch(reason);
      }
    });

    it('other bad inputs name themselves too', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      const cases: [Record<string, string>, RegExp][] = [
        [{ 'INPUT_FAIL-ON': 'sometimes' }, /^::error::input fail-on .*"sometimes"/m],
        [{ INPUT_LANG: 'fr' }, /^::error::input lang .*"fr"/m],
        [{ 'INPUT_MAX-FILE-SIZE': 'huge' }, /^::error::input max-file-size .*"huge"/m],
        [{ INPUT_CONFIG: 'missing.yml' }, /^::error::missing\.yml.*not found/m],
        [{ INPUT_FIX: 'push' }, /^::error::input fix must be off or commit \(got "push"\)/m],
        [{ 'INPUT_COMMIT-COMMENT': 'yes' }, /^::error::input commit-comment must be true or false \(got "yes"\)/m],
      ];
      for (const [inputs, message] of cases) {
        const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace, inputs) });
        expect(result.status, JSON.stringify(inputs)).toBe(1);
        expect(result.stdout).toMatch(message);
        expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toHaveLength(1);
        expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
      }
    });

    it('working-directory: annotation paths are relative to the repository root', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace({ subfolder: 'blog' });
      const expected = await expectedReport(workspace.blog);
      const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: runnerEnv(workspace, { 'INPUT_WORKING-DIRECTORY': 'blog' }) });
      expect(result.status, result.stdout + result.stderr).toBe(1);
      expect(result.stdout).toContain('blog-post-lint: 5 posts under blog (detected jekyll (_config.yml and _posts/))');
      const commands = parseCommands(result.stdout).filter((c) => c.properties.file);
      expect(commands.length).toBe(expected.problems.length);
      for (const command of commands) expect(command.properties.file).toMatch(/^blog\/_posts\//);
      expect(annotationKeys(commands)).toEqual(expectedAnnotationKeys(expected.problems, 'blog/'));
    });

    it('under nektos/act (ACT, CI, GITHUB_ACTIONS, event file, no GITHUB_OUTPUT or RUNNER_TEMP)', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      const expected = await expectedReport(workspace.blog);
      const eventPath = path.join(workspace.runnerTemp, 'event.json');
      await fs.writeFile(eventPath, JSON.stringify({ pull_request: { number: 1, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } } }));
      const tmp = await tempDir('bpl-act-tmp-');
      const env: NodeJS.ProcessEnv = {
        ...childEnv(),
        ...inputDefaults(),
        ACT: 'true',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_STEP_SUMMARY: workspace.summaryFile,
        GITHUB_WORKSPACE: workspace.dir,
        TMPDIR: tmp,
      };
      const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env });
      expect(result.status, result.stdout + result.stderr).toBe(1);
      expect(result.stderr).toBe('');
      expect(annotationKeys(parseCommands(result.stdout))).toEqual(expectedAnnotationKeys(expected.problems));
      // Without GITHUB_OUTPUT, @actions/core falls back to the ::set-output command.
      expect(result.stdout).toContain(`::set-output name=errors::${expected.summary.errors}`);
      expect(result.stdout).toContain(`::set-output name=warnings::${expected.summary.warnings}`);
      expect(await fs.readFile(workspace.summaryFile, 'utf8')).toContain('| 줄 | 문제 |');
      // Without RUNNER_TEMP the report goes to the system temp folder.
      expect(comparable(JSON.parse(await fs.readFile(path.join(tmp, 'blog-post-lint-report.json'), 'utf8')) as JsonReport)).toEqual(comparable(expected));
    });

    it('by hand, with no INPUT_* and no GITHUB_* variables: the defaults of action.yml still apply', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      const expected = await expectedReport(workspace.blog);
      const tmp = await tempDir('bpl-hand-tmp-');
      const env = { ...childEnv(), TMPDIR: tmp };
      expect(Object.keys(env).filter((key) => key.startsWith('INPUT_') || key.startsWith('GITHUB_'))).toEqual([]);
      const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env });
      // fail-on defaults to error: the example blog's errors fail the run.
      expect(result.status, result.stdout + result.stderr).toBe(1);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('blog-post-lint: 5 posts under . (detected jekyll (_config.yml and _posts/))');
      expect(result.stdout).toContain(`::error::blog-post-lint found ${expected.summary.errors} errors and ${expected.summary.warnings} warnings (fail-on: error).`);
      expect(annotationKeys(parseCommands(result.stdout))).toEqual(expectedAnnotationKeys(expected.problems));
      expect(result.stdout).not.toContain('Could not write the job summary');
      expect(comparable(JSON.parse(await fs.readFile(path.join(tmp, 'blog-post-lint-report.json'), 'utf8')) as JsonReport)).toEqual(comparable(expected));
    });

    it('by hand on a clean blog: exit 0', async (context) => {
      const bin = need(runtime, context);
      const workspace = await makeWorkspace();
      for (const name of await fs.readdir(path.join(workspace.blog, '_posts'))) {
        if (name !== '2025-03-03-github-actions-npm-cache.md') await fs.rm(path.join(workspace.blog, '_posts', name));
      }
      const tmp = await tempDir('bpl-hand-tmp-');
      const result = runBundle(bin, actionBundle, [], { cwd: workspace.dir, env: { ...childEnv(), TMPDIR: tmp } });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).not.toMatch(/^::(error|warning)/m);
      expect(result.stdout).toContain('::set-output name=errors::0');
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('dist/ is not stale', () => {
  async function listFiles(root: string, prefix = ''): Promise<string[]> {
    const files: string[] = [];
    for (const entry of await fs.readdir(path.join(root, prefix), { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
      else files.push(relative);
    }
    return files.sort();
  }

  it('a fresh build of src/ is byte for byte the committed dist/', async () => {
    // The ncc commands of the build script, with their output folders moved into a temp dir.
    const commands = packageJson.scripts.build!
      .split('&&')
      .map((command) => command.trim().split(/\s+/))
      .filter((words) => words[0] === 'ncc' && words[1] === 'build');
    expect(commands.length).toBe(3);
    const out = await tempDir('bpl-dist-');
    const ncc = path.join(projectRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    expect(existsSync(ncc), 'node_modules/@vercel/ncc is missing: run npm ci').toBe(true);
    await Promise.all(
      commands.map(async (words) => {
        const args = words.slice(1);
        const at = args.indexOf('-o');
        expect(at, `no -o in ${words.join(' ')}`).toBeGreaterThan(0);
        expect(args[at + 1]).toMatch(/^dist(\/|$)/);
        args[at + 1] = path.join(out, args[at + 1]!);
        try {
          await execFileAsync(process.execPath, [ncc, ...args], { cwd: projectRoot, env: childEnv(), maxBuffer: 64 * 1024 * 1024 });
        } catch (error) {
          const { stdout, stderr } = error as { stdout?: string; stderr?: string };
          throw new Error(`ncc ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
        }
      }),
    );

    const built = path.join(out, 'dist');
    const committed = path.join(projectRoot, 'dist');
    const builtFiles = await listFiles(built);
    const committedFiles = await listFiles(committed);
    for (const file of ['index.js', 'package.json', 'licenses.txt', 'cli/index.js', 'cli/package.json', 'cli/licenses.txt', 'worker/index.js', 'worker/package.json']) {
      expect(builtFiles).toContain(file);
    }
    const stale = 'dist/ does not match a fresh build of src/: run `npm run build` and commit dist/.';
    expect(committedFiles, `${stale} (the files differ)`).toEqual(builtFiles);
    const differing: string[] = [];
    for (const file of builtFiles) {
      const [a, b] = await Promise.all([fs.readFile(path.join(built, file)), fs.readFile(path.join(committed, file))]);
      if (!a.equals(b)) differing.push(`dist/${file}`);
    }
    expect(differing, `${stale} Differing: ${differing.join(', ')}`).toEqual([]);
    // The ESM bundles are marked as modules for node.
    for (const file of ['package.json', 'cli/package.json', 'worker/package.json']) {
      expect(JSON.parse(await fs.readFile(path.join(committed, file), 'utf8'))).toEqual({ type: 'module' });
    }
  }, 300_000); // three ncc builds; minutes when the 2 cores are shared with the other test files
});
