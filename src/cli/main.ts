// `blog-post-lint [paths or globs...]`: argv -> settings -> the engine -> a formatter -> exit code.
// Streams and the working directory are passed in, so tests run it in-process.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, createEnvironment, readForFix, selectPosts, type LintEnvironment } from '../runner/environment.js';
import type { FixedText } from '../runner/lint.js';
import { fixTextInProcess, lintFilesInProcess } from '../runner/in-process.js';
import { unifiedDiff } from '../runner/fix.js';
import { DEFAULT_BUDGET, defaultJobs, LintPool, parseMegabytes, parseSeconds, POST_MEMORY_RANGE, POST_TIMEOUT_RANGE, type Budget } from '../runner/parallel.js';
import { takeEarlyWorker, type EarlyWorker } from '../runner/early-worker.js';
import { writeAtomically } from '../runner/write.js';
import type { FileResult } from '../core/types.js';
import { inShard, parseShard } from '../runner/shard.js';
import { lintWithCache } from '../runner/cache.js';
import { MergeError, mergeJsonReports } from '../report/merge.js';
import { formatMarkdown } from '../report/markdown.js';
import type { Lang } from '../core/types.js';
import { siteLanguage } from '../engines/site-config.js';
import { resolveSettings, type SettingsInput } from '../config/settings.js';
import { ConfigError, loadConfig, parseSize } from '../config/load.js';
import { isPresetName, presets, type PresetName } from '../presets/index.js';
import { choosePreset } from '../engines/detect.js';
import { isLang } from '../i18n/index.js';
import { formatText } from '../report/text.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatRuleList } from '../report/rules.js';
import { shouldFail, isFailOn, type FailOn } from '../report/verdict.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { Report } from '../core/types.js';
import { ruleCatalogue } from '../rules/catalogue.js';

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

export { PARALLEL_THRESHOLD } from '../runner/parallel.js';

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

async function run(io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  let parsed;
  try {
    parsed = parseArgs({
      args: io.argv,
      allowPositionals: true,
      strict: true,
      options: {
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
      },
    });
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
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) return usage(io, `--shard must be i/n with 1 <= i <= n, e.g. 2/4 (got "${values.shard}")`);
  if (!isFailOn(values['fail-on'])) return usage(io, `--fail-on must be error, warning or never (got "${values['fail-on']}")`);
  if (values.preset !== undefined && !isPresetName(values.preset)) return usage(io, `--preset must be jekyll, hugo, hexo, astro or markdown (got "${values.preset}")`);
  if (values.lang !== undefined && !isLang(values.lang)) return usage(io, `--lang must be en or ko (got "${values.lang}")`);
  const maxFileSize = values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
  if (values['max-file-size'] !== undefined && maxFileSize === undefined) return usage(io, `--max-file-size must be a size like 512KB or 2MB (got "${values['max-file-size']}")`);

  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) return usage(io, `--jobs must be a whole number of 1 or more (got "${values.jobs}")`);
  const budget: Budget = { ...DEFAULT_BUDGET };
  if (values['post-timeout'] !== undefined) {
    const seconds = parseSeconds(values['post-timeout']);
    if (seconds === undefined) return usage(io, `--post-timeout must be a number of seconds from ${POST_TIMEOUT_RANGE.min} to ${POST_TIMEOUT_RANGE.max}, e.g. 10 or 2.5 (got "${values['post-timeout']}")`);
    budget.timeoutMs = seconds * 1000;
  }
  if (values['post-memory'] !== undefined) {
    const megabytes = parseMegabytes(values['post-memory']);
    if (megabytes === undefined) return usage(io, `--post-memory must be a whole number of megabytes from ${POST_MEMORY_RANGE.min} to ${POST_MEMORY_RANGE.max}, e.g. 128 (got "${values['post-memory']}")`);
    budget.memoryMb = megabytes;
  }
  const root = path.resolve(io.cwd, values.cwd ?? '.');
  try {
    const stat = await fs.stat(root);
    if (!stat.isDirectory()) return usage(io, `--cwd ${root} is not a folder`);
  } catch {
    return usage(io, `--cwd ${root} does not exist`);
  }

  let input: SettingsInput;
  try {
    input = (await loadConfig(ruleCatalogue, root, values.config)).input;
  } catch (error) {
    if (error instanceof ConfigError) return fail(io, `config error: ${error.message}`);
    throw error;
  }
  const chosen = await choosePreset(root, values.preset as PresetName | undefined, input.preset, '--preset');
  input.preset = chosen.name;
  input.presetReason = chosen.reason;
  if (chosen.posts && !input.posts) input.posts = chosen.posts;
  if (values.lang) input.lang = values.lang;
  // Neither --lang nor the config file: the site's own language (`lang: ko-KR`), else English.
  const siteLang = input.lang ? undefined : await siteLanguage(root, chosen.name);
  if (siteLang) input.lang = siteLang;
  if (maxFileSize) input.maxFileSize = maxFileSize;
  if (io.now) input.now = io.now;
  const settings = resolveSettings(ruleCatalogue, input);

  // A merge renders in the language asked for (--lang, the config, the site here), else the reports' own.
  if (values.merge) return mergeReports(io, root, positionals, values.format, values['fail-on'] as FailOn, input.lang, values.output);

  if (values.rules) {
    io.stdout.write(formatRuleList(settings));
    return EXIT_CLEAN;
  }

  // At a terminal, say which engine was detected; scripts read it from the JSON report.
  if (chosen.reason.startsWith('detected') && io.stderr.isTTY) io.stderr.write(`${TOOL_NAME}: ${chosen.reason}\n`);
  // Every post is linted in a worker, under the budget; the first one started before this file
  // was loaded (cli/early.ts) and has loaded the bundle while the repository is indexed.
  const pool = io.workerEntry ? new LintPool(io.workerEntry, budget, 1, takeEarlyWorker(io.earlyWorker, budget.memoryMb)) : undefined;
  try {
    const environment = await createEnvironment(root, settings);
    pool?.setEnvironment(environment);
    const missing = await missingExplicitPaths(root, environment.repo.root, positionals);
    if (missing) return usage(io, missing);
    // Paths are relative to the blog root; an absolute one is taken relative to the root as typed,
    // which may be a symlink (macOS /tmp) while the index holds the real path.
    const patterns = positionals.map((given) => (path.isAbsolute(given) && !path.relative(root, given).startsWith('..') ? path.relative(root, given) || '.' : given));
    const selected = selectPosts(environment.repo, settings, patterns);
    const files = shard ? selected.filter((file) => inShard(file, shard)) : selected;
    if (files.length === 0 && shard && selected.length > 0) {
      io.stderr.write(`${TOOL_NAME}: shard ${values.shard} has no posts (of ${selected.length})\n`);
      io.stdout.write(render(buildReport([], settings), values.format, false));
      return EXIT_CLEAN;
    }
    if (files.length === 0) {
      const patterns = positionals.length > 0 ? positionals.join(' ') : settings.posts.join(' ');
      io.stderr.write(`${TOOL_NAME}: no posts matched ${patterns} under ${root} (${settings.presetReason})\n`);
      return EXIT_USAGE;
    }
    const progress = createProgress(io.stderr, files.length);
    const jobs = values.jobs ? Number(values.jobs) : defaultJobs(files.length);
    pool?.resize(Math.min(jobs, files.length));
    const lint = (subset: string[]) => (pool ? pool.lint(subset, { onFile: progress.update }) : lintFilesInProcess(subset, environment, { onFile: progress.update }));
    let report: Report;
    let unwritten = 0;
    if (values.cache && !values.fix && !values['fix-dry-run']) {
      const cached = await lintWithCache(path.resolve(io.cwd, values.cache), files, environment, lint);
      report = cached.report;
      io.stderr.write(`${TOOL_NAME}: cache: ${cached.stats.hits} unchanged posts reused, ${cached.stats.misses} linted\n`);
    } else {
      report = await lint(files);
    }
    progress.done();
    if (values.fix || values['fix-dry-run']) {
      const fixed = await fixFiles(report, environment, !values['fix-dry-run'], pool);
      report = fixed.report;
      if (values['fix-dry-run']) {
        io.stdout.write(fixed.diff);
        io.stderr.write(`${TOOL_NAME}: ${fixed.changed.length === 1 ? '1 file' : `${fixed.changed.length} files`} would be changed by --fix\n`);
        return shouldFail(report, values['fail-on'] as FailOn) ? EXIT_PROBLEMS : EXIT_CLEAN;
      }
      unwritten = fixed.unwritten.length;
      if (fixed.changed.length > 0) io.stderr.write(`${TOOL_NAME}: fixed ${fixed.changed.join(', ')}\n`);
      for (const failure of fixed.unwritten) io.stderr.write(`${TOOL_NAME}: could not write ${failure.file} (${failure.reason}); its fixes were not applied\n`);
    }

    const color = values['no-color'] ? false : values.color ?? (!!io.stdout.isTTY && !env.NO_COLOR && !values.output);
    // SARIF fingerprints and fixes need the posts' text (after --fix: the fixed text).
    const output = values.format === 'sarif' ? formatSarif(report, await readTexts(report, environment)) : render(report, values.format, color);
    if (values.output) await fs.writeFile(path.resolve(io.cwd, values.output), output);
    else io.stdout.write(output);
    // A post that --fix could not write is a failed run, whatever the problems left.
    if (unwritten > 0) return EXIT_USAGE;
    return shouldFail(report, values['fail-on'] as FailOn) ? EXIT_PROBLEMS : EXIT_CLEAN;
  } catch (error) {
    return fail(io, `internal error: ${(error as Error).message}`);
  } finally {
    await pool?.close();
  }
}

/** The text of every post with a problem, as read (BOM included). */
async function readTexts(report: Report, environment: LintEnvironment): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const result of report.files) {
    if (result.problems.length === 0) continue;
    const text = await readForFix(result.file, environment);
    if (text !== undefined) texts.set(result.file, text);
  }
  return texts;
}

/**
 * Fixes every file that has a fixable problem (in the pool, under the budget, when there is one);
 * returns the report of what is left. A file that cannot be written keeps its problems and is
 * named in `unwritten`; the others are still fixed. Each write replaces the file atomically.
 */
async function fixFiles(report: Report, environment: LintEnvironment, write: boolean, pool: LintPool | undefined) {
  const changed: string[] = [];
  const unwritten: Array<{ file: string; reason: string }> = [];
  let diff = '';
  const files: FileResult[] = [];
  for (const result of report.files) {
    if (!result.problems.some((problem) => problem.fix)) {
      files.push(result);
      continue;
    }
    const original = await readForFix(result.file, environment);
    if (original === undefined) {
      files.push(result);
      continue;
    }
    const fixed: FixedText | FileResult = pool ? await pool.fix(result.file, original) : await fixTextInProcess(result.file, original, environment);
    if (!('output' in fixed)) {
      // Over its budget while fixing: the post keeps what the lint found, plus why it was not fixed.
      files.push({ file: result.file, problems: [...result.problems, ...fixed.problems] });
      continue;
    }
    if (fixed.output === original) {
      files.push({ file: result.file, problems: fixed.problems });
      continue;
    }
    if (write) {
      const failure = await writeAtomically(path.join(environment.repo.root, result.file), fixed.output);
      if (failure) {
        unwritten.push({ file: result.file, reason: failure });
        files.push(result);
        continue;
      }
    }
    files.push({ file: result.file, problems: fixed.problems });
    changed.push(result.file);
    diff += unifiedDiff(result.file, original, fixed.output);
  }
  return { report: buildReport(files, environment.settings), changed, diff, unwritten };
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

/** A named file (not a glob) that does not exist or lies outside the root is a usage error. */
async function missingExplicitPaths(cwd: string, root: string, positionals: string[]): Promise<string | undefined> {
  for (const given of positionals) {
    if (/[*?{[]/.test(given)) continue;
    const absolute = path.resolve(cwd, given);
    const real = await fs.realpath(absolute).catch(() => undefined);
    if (!real) return `${given}: no such file or folder`;
    const relative = path.relative(root, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return `${given}: outside the blog's root ${root} (run from the blog's folder or pass --cwd)`;
  }
  return undefined;
}

function createProgress(stream: CliIo['stderr'], total: number) {
  // Only a person at a terminal wants a moving counter; logs and pipes get nothing.
  const active = !!stream.isTTY && total >= 20;
  let last = 0;
  return {
    update(done: number, count: number) {
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
