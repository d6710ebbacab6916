// `blog-post-lint [paths or globs...]`: argv -> settings -> the engine -> a formatter -> exit code.
// Streams and the working directory are passed in, so tests run it in-process.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BUDGET, type Budget } from '../runner/parallel.js';
import type { EarlyWorker } from '../runner/early-worker.js';
import type { Lang, Report } from '../core/types.js';
import type { Settings } from '../config/settings.js';
import { MergeError, mergeJsonReports } from '../report/merge.js';
import { formatMarkdown } from '../report/markdown.js';
import { ConfigError } from '../config/load.js';
import { presets, type PresetName } from '../presets/index.js';
import { formatText } from '../report/text.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatRuleList } from '../report/rules.js';
import { shouldFail, type FailOn } from '../report/verdict.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { fixProject, lintProject, projectSettings, readProblemTexts, type ProjectRun, type ProjectSettings } from '../runner/project.js';
import { OptionError, parseOption, type SharedOption } from '../options.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** The bundle to start lint workers from; without it (tests on the sources) runs stay serial. */
  workerEntry?: URL;
  /** The first of those workers, started before the CLI was loaded (cli/early.ts). */
  earlyWorker?: EarlyWorker;
}

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** `_posts/ and _drafts/`: the folders of a preset's post globs, as the help names them. */
function postFolders(name: PresetName): string {
  const folders = [...new Set(presets[name].posts.map((glob) => glob.slice(0, glob.search(/[*?{[]/))))];
  return folders.length > 1 ? `${folders.slice(0, -1).join(', ')} and ${folders.at(-1)}` : (folders[0] ?? '');
}

const HELP = `Usage: ${TOOL_NAME} [options] [paths or globs...]

Lints the frontmatter, markdown and images of blog posts. With no paths, lints every post the
preset knows (jekyll: ${postFolders('jekyll')}, hugo: ${postFolders('hugo')},
hexo: ${postFolders('hexo')}, astro: ${postFolders('astro')},
markdown: the usual post folders the blog has, such as posts/, content/ or blog/, else every .md).
With no --preset and no preset in the config file, the engine is detected from the blog's files
(named on stderr at a terminal, and in --format json as "presetReason"). Paths and globs are
relative to the blog root (--cwd); --output is relative to the current directory.

Options:
  --preset <name>        jekyll, hugo, hexo, astro or markdown (default: detected from the files)
  --config <file>        config file (default: .blog-post-lint.yml at the root, if present)
  --format <name>        text (default), json, sarif or markdown (the job-summary table)
  --output <file>        write the report to a file instead of stdout
  --lang <code>          en (default) or ko
  --fail-on <level>      error (default), warning or never: exit 1 at or above this level
  --max-file-size <size> skip posts larger than this (default 1MB), reporting them
  --shard <i/n>          lint only slice i of n (for a CI matrix); merge the JSON reports with --merge
  --merge <files...>     print one report made of these JSON reports (the positionals), lint nothing
  --cache <file>         reuse the results of unchanged posts from this file (and update it)
  --jobs <n>             lint with n threads (default: one per core, up to 4, from 200 posts up)
  --post-timeout <s>     stop linting a post after this many seconds and report it as
                         file-too-complex (default 10)
  --post-memory <MB>     stop linting a post whose worker heap grows past this many MB and
                         report it as file-too-complex (default 128)
  --fix                  apply every automatic fix to the files, then report what is left
  --fix-dry-run          print the fixes as a unified diff; change nothing
  --cwd <dir>            the blog's root folder (default: the current directory)
  --rules                list every rule with the severity it has in this run (the preset's and
                         the config file's settings applied) and its description
  --no-color             plain text output
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 clean, 1 problems at or above --fail-on, 2 usage, config or internal error, or a
post that --fix could not write (one line on stderr each).
`;

export async function main(io: CliIo): Promise<number> {
  try {
    return await run(io);
  } catch (error) {
    // Whatever escaped the checks below is still one line, never a stack trace.
    return fail(io, `internal error: ${(error as Error).message}`);
  }
}

/** The command line's options, as node:util's parseArgs reads them. */
const OPTIONS = {
  preset: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  lang: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  'max-file-size': { type: 'string' },
  cwd: { type: 'string' },
  rules: { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  jobs: { type: 'string' },
  'post-timeout': { type: 'string' },
  'post-memory': { type: 'string' },
  shard: { type: 'string' },
  cache: { type: 'string' },
  merge: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type CommandLine = ReturnType<typeof parseCommandLine>;

function parseCommandLine(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

async function run(io: CliIo): Promise<number> {
  let parsed: CommandLine;
  try {
    parsed = parseCommandLine(io.argv);
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_CLEAN;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_CLEAN;
  }
  if (!['text', 'json', 'sarif', 'markdown'].includes(values.format)) return usage(io, `--format must be text, json, sarif or markdown (got "${values.format}")`);
  let options;
  try {
    options = parseOptions(values);
  } catch (error) {
    if (error instanceof OptionError) return usage(io, error.message);
    throw error;
  }
  const root = path.resolve(io.cwd, values.cwd ?? '.');
  try {
    const stat = await fs.stat(root);
    if (!stat.isDirectory()) return usage(io, `--cwd ${root} is not a folder`);
  } catch {
    return usage(io, `--cwd ${root} does not exist`);
  }

  let project: ProjectSettings;
  try {
    project = await projectSettings({ root, config: values.config, presetOption: '--preset', ...options.overlays, ...(io.now ? { now: io.now } : {}) });
  } catch (error) {
    if (error instanceof ConfigError) return fail(io, `config error: ${error.message}`);
    throw error;
  }
  const { settings } = project;

  // A merge renders in the language asked for (--lang, the config, the site here), else the reports' own.
  if (values.merge) return mergeReports(io, root, positionals, values.format, options.failOn, project.input.lang, values.output);

  if (values.rules) {
    io.stdout.write(formatRuleList(settings));
    return EXIT_CLEAN;
  }

  return lintAndReport(io, parsed, options, root, settings);
}

/** The project run, its fixes (--fix, --fix-dry-run), the report in its format, and the exit code. */
async function lintAndReport(io: CliIo, { values, positionals }: CommandLine, options: CliOptions, root: string, settings: Settings): Promise<number> {
  // At a terminal, say which engine was detected; scripts read it from the JSON report.
  if (settings.presetReason.startsWith('detected') && io.stderr.isTTY) io.stderr.write(`${TOOL_NAME}: ${settings.presetReason}\n`);
  const fixing = values.fix || values['fix-dry-run'];
  const progress = createProgress(io.stderr);
  let run: ProjectRun;
  try {
    run = await lintProject({
      root,
      settings,
      paths: positionals,
      pathsMustExist: true,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
      ...(io.earlyWorker ? { earlyWorker: io.earlyWorker } : {}),
      ...(options.jobs ? { jobs: options.jobs } : {}),
      budget: options.budget,
      ...(values.cache && !fixing ? { cache: path.resolve(io.cwd, values.cache) } : {}),
      onFile: progress.update,
    });
  } catch (error) {
    if (error instanceof OptionError) return usage(io, error.message);
    return fail(io, `internal error: ${(error as Error).message}`);
  }
  try {
    progress.done();
    if (run.files.length === 0 && options.shard && run.selected > 0) {
      io.stderr.write(`${TOOL_NAME}: shard ${values.shard} has no posts (of ${run.selected})\n`);
      io.stdout.write(render(run.report, values.format, false));
      return EXIT_CLEAN;
    }
    if (run.files.length === 0) {
      const patterns = positionals.length > 0 ? positionals.join(' ') : settings.posts.join(' ');
      io.stderr.write(`${TOOL_NAME}: no posts matched ${patterns} under ${root} (${settings.presetReason})\n`);
      return EXIT_USAGE;
    }
    if (run.cache) io.stderr.write(`${TOOL_NAME}: cache: ${run.cache.hits} unchanged posts reused, ${run.cache.misses} linted\n`);
    let report = run.report;
    let unwritten = 0;
    if (fixing) {
      const fixed = await fixProject(run, !values['fix-dry-run']);
      report = fixed.report;
      if (values['fix-dry-run']) {
        io.stdout.write(fixed.diff);
        io.stderr.write(`${TOOL_NAME}: ${fixed.changed.length === 1 ? '1 file' : `${fixed.changed.length} files`} would be changed by --fix\n`);
        return shouldFail(report, options.failOn) ? EXIT_PROBLEMS : EXIT_CLEAN;
      }
      unwritten = fixed.unwritten.length;
      if (fixed.changed.length > 0) io.stderr.write(`${TOOL_NAME}: fixed ${fixed.changed.join(', ')}\n`);
      for (const failure of fixed.unwritten) io.stderr.write(`${TOOL_NAME}: could not write ${failure.file} (${failure.reason}); its fixes were not applied\n`);
    }

    const color = values['no-color'] ? false : values.color ?? (!!io.stdout.isTTY && !(io.env ?? process.env).NO_COLOR && !values.output);
    // SARIF fingerprints and fixes need the posts' text (after --fix: the fixed text).
    const output = values.format === 'sarif' ? formatSarif(report, await readProblemTexts(report, run.environment)) : render(report, values.format, color);
    if (values.output) await fs.writeFile(path.resolve(io.cwd, values.output), output);
    else io.stdout.write(output);
    // A post that --fix could not write is a failed run, whatever the problems left.
    if (unwritten > 0) return EXIT_USAGE;
    return shouldFail(report, options.failOn) ? EXIT_PROBLEMS : EXIT_CLEAN;
  } catch (error) {
    return fail(io, `internal error: ${(error as Error).message}`);
  } finally {
    await run.close();
  }
}

type CliOptions = ReturnType<typeof parseOptions>;

/** The options the action takes too, parsed by the shared parsers (their wording, with `--` names). */
function parseOptions(values: CommandLine['values']) {
  const given = <K extends SharedOption & keyof CommandLine['values']>(name: K) => {
    const text = values[name];
    return text === undefined ? undefined : parseOption(name, String(text), `--${name}`);
  };
  // In the order the errors have always been reported.
  const shard = given('shard');
  const failOn = parseOption('fail-on', values['fail-on'], '--fail-on');
  const preset = given('preset');
  const lang = given('lang');
  const maxFileSize = given('max-file-size');
  const jobs = given('jobs');
  const timeout = given('post-timeout');
  const memory = given('post-memory');
  const budget: Budget = { timeoutMs: timeout === undefined ? DEFAULT_BUDGET.timeoutMs : timeout * 1000, memoryMb: memory ?? DEFAULT_BUDGET.memoryMb };
  return {
    shard,
    failOn,
    jobs,
    budget,
    overlays: { ...(preset ? { preset } : {}), ...(lang ? { lang } : {}), ...(maxFileSize ? { maxFileSize } : {}) },
  };
}

async function mergeReports(io: CliIo, root: string, names: string[], formatName: string, failOn: FailOn, lang: Lang | undefined, output: string | undefined): Promise<number> {
  if (names.length === 0) return usage(io, '--merge needs the JSON reports to merge');
  const inputs: Array<{ name: string; text: string }> = [];
  for (const name of names) {
    try {
      inputs.push({ name, text: await fs.readFile(path.resolve(root, name), 'utf8') });
    } catch {
      return usage(io, `${name}: no such file`);
    }
  }
  let report: Report;
  try {
    report = mergeJsonReports(inputs, lang);
  } catch (error) {
    if (error instanceof MergeError) return fail(io, error.message);
    throw error;
  }
  const text = render(report, formatName, false);
  if (output) await fs.writeFile(path.resolve(io.cwd, output), text);
  else io.stdout.write(text);
  return shouldFail(report, failOn) ? EXIT_PROBLEMS : EXIT_CLEAN;
}

function render(report: Report, formatName: string, color: boolean): string {
  if (formatName === 'json') return formatJson(report);
  if (formatName === 'markdown') return formatMarkdown(report);
  if (formatName === 'sarif') return formatSarif(report);
  return formatText(report, { color });
}

function createProgress(stream: CliIo['stderr']) {
  // Only a person at a terminal wants a moving counter, for 20 posts or more; logs and pipes get nothing.
  let active = false;
  let last = 0;
  return {
    update(done: number, count: number) {
      active = !!stream.isTTY && count >= 20;
      const now = Date.now();
      if (!active || (now - last < 100 && done < count)) return;
      last = now;
      stream.write(`\r${TOOL_NAME}: ${done}/${count} posts`);
    },
    done() {
      if (active) stream.write('\r\u001b[K');
    },
  };
}

function usage(io: CliIo, message: string): number {
  return fail(io, `${message} (see ${TOOL_NAME} --help)`);
}

/** Exit 2: one line on stderr (as the README says), whatever the message holds. */
function fail(io: CliIo, message: string): number {
  io.stderr.write(`${TOOL_NAME}: ${message.replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n`);
  return EXIT_USAGE;
}
