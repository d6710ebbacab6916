// One project run for both front doors (the CLI, the action): the settings (config file, preset,
// the door's overlays), which posts (paths or globs, the shard, the changed files), workers or one
// thread under the budget, the cache, and the report. The doors parse their own inputs into these
// options and hand what comes back to their sinks (stdout, files, annotations, GitHub).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { addVocabulary, buildReport, createBaseEnvironment, readForFix, selectPosts, type LintEnvironment } from './environment.js';
import type { FixedText } from './lint.js';
import { fixTextInProcess, lintFilesInProcess } from './in-process.js';
import { unifiedDiff } from './fix.js';
import { defaultJobs, LintPool, type Budget } from './parallel.js';
import { takeEarlyWorker, type EarlyWorker } from './early-worker.js';
import { writeAtomically } from './write.js';
import { inShard, type Shard } from './shard.js';
import { lintWithCache, type CacheStats } from './cache.js';
import type { FileResult, Lang, Report } from '../core/types.js';
import { siteLanguage } from '../engines/site-config.js';
import { resolveSettings, type Settings, type SettingsInput } from '../config/settings.js';
import { loadConfig } from '../config/load.js';
import type { PresetName } from '../presets/index.js';
import { choosePreset } from '../engines/detect.js';
import { ruleCatalogue } from '../rules/catalogue.js';

/** A value a door was given is not valid (an option, a path it names); the message says why. */
export class OptionError extends Error {}

export interface SettingsOptions {
  /** The blog's root folder. */
  root: string;
  /** A config file the door names (else `.blog-post-lint.yml` and the like at the root, if present). */
  config?: string;
  /** Overlays on the config file. */
  preset?: PresetName;
  /** How the door spells its preset option, for the report's presetReason (`--preset`, `input preset`). */
  presetOption: string;
  lang?: Lang;
  maxFileSize?: number;
  now?: Date;
}

export interface ProjectSettings {
  /** The config file with the overlays applied (`lang` is the one a merge of reports renders in). */
  input: SettingsInput;
  settings: Settings;
}

/** The config file (a ConfigError when it is broken), the preset chosen, the door's overlays, the site's language. */
export async function projectSettings(options: SettingsOptions): Promise<ProjectSettings> {
  const input = (await loadConfig(ruleCatalogue, options.root, options.config)).input;
  const chosen = await choosePreset(options.root, options.preset, input.preset, options.presetOption);
  input.preset = chosen.name;
  input.presetReason = chosen.reason;
  if (chosen.posts && !input.posts) input.posts = chosen.posts;
  if (options.lang) input.lang = options.lang;
  // Neither the door's lang nor the config file: the site's own language (`lang: ko-KR`), else English.
  const siteLang = input.lang ? undefined : await siteLanguage(options.root, chosen.name);
  if (siteLang) input.lang = siteLang;
  if (options.maxFileSize) input.maxFileSize = options.maxFileSize;
  if (options.now) input.now = options.now;
  return { input, settings: resolveSettings(ruleCatalogue, input) };
}

/** The files a change touched (a pull request's, a pushed range's), blog-relative. */
export interface ChangedPosts {
  files: { has(file: string): boolean };
  /** Renamed posts: path now -> path before (permalink-changed). */
  previousPaths: ReadonlyMap<string, string>;
}

export interface LintProjectOptions {
  root: string;
  settings: Settings;
  /** Paths and globs relative to the root; none: every post the preset knows. */
  paths: string[];
  /** Paths that are not globs must name files or folders inside the blog (an OptionError otherwise). */
  pathsMustExist?: boolean;
  /** Only the selected posts among the files a change touched; asked once the blog is indexed. Undefined from it: every selected post. */
  changed?: () => Promise<ChangedPosts | undefined>;
  /** Only this slice of the selected posts (a CI matrix). */
  shard?: Shard;
  /** The bundle to start lint workers from; without it every post is linted in this thread. */
  workerEntry?: URL;
  /** The first of those workers, started before the door was loaded. */
  earlyWorker?: EarlyWorker;
  /** Worker threads (default: defaultJobs of the number of posts). */
  jobs?: number;
  /** What one post may take (in a worker) before it is reported as file-too-complex. */
  budget: Budget;
  /** The content-hash cache file (an absolute path): unchanged posts are not linted again. */
  cache?: string;
  /** Also compute the clean posts' preview cards (the pull-request comment shows them). */
  preview?: boolean;
  /** Told which posts are about to be linted, and with how many threads, before the linting starts. */
  onPlan?: (plan: ProjectPlan) => void;
  /** Progress: after each post. */
  onFile?: (done: number, total: number, file: string) => void;
}

export interface ProjectPlan {
  /** How many posts the paths (or the preset) selected. */
  selected: number;
  /** How many of them are in the shard (all of them without one). */
  inShard: number;
  /** The posts that are linted. */
  files: string[];
  threads: number;
}

export interface ProjectRun extends ProjectPlan {
  report: Report;
  environment: LintEnvironment;
  /** The cache's hits and misses, when there is a cache. */
  cache?: CacheStats;
  /** Lints and fixes one post's text, in a worker under the budget when there are workers. */
  fix(file: string, original: string): Promise<FixedText | FileResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * Lints the project. The caller closes what it gets back (the workers stay up for the fixes); on a
 * thrown error (ConfigError, OptionError) nothing is left running.
 */
export async function lintProject(options: LintProjectOptions): Promise<ProjectRun> {
  const { root, settings, budget } = options;
  // Every post is linted in a worker, under the budget; the first one started before the door was
  // loaded and has loaded the bundle while the repository is indexed.
  const pool = options.workerEntry ? new LintPool(options.workerEntry, budget, 1, takeEarlyWorker(options.earlyWorker, budget.memoryMb)) : undefined;
  try {
    // What parsing a post needs comes first; the site-wide data (every post's tags and URL) is read
    // while the worker parses the posts to lint ahead.
    const base = await createBaseEnvironment(root, settings);
    if (options.pathsMustExist) {
      const missing = await missingExplicitPaths(root, base.repo.root, options.paths);
      if (missing) throw new OptionError(missing);
    }
    // An absolute path is taken relative to the root as typed, which may be a symlink (macOS /tmp)
    // while the index holds the real path.
    const patterns = options.paths.map((given) => (path.isAbsolute(given) && !path.relative(root, given).startsWith('..') ? path.relative(root, given) || '.' : given));
    const selected = selectPosts(base.repo, settings, patterns);
    const shard = options.shard;
    const sharded = shard ? selected.filter((file) => inShard(file, shard)) : selected;
    pool?.setEnvironment(base, !!options.preview);
    const changed = await options.changed?.();
    const files = changed ? sharded.filter((file) => changed.files.has(file)) : sharded;
    const threads = pool ? Math.min(options.jobs ?? defaultJobs(files.length), Math.max(files.length, 1)) : 1;
    // Parsed ahead by the one worker there is (its lints then come to it). With a cache, most posts
    // are not linted at all: none is parsed ahead.
    if (!options.cache && threads === 1) pool?.prepare(files);
    const indexed = await addVocabulary(base);
    const environment: LintEnvironment = changed && changed.previousPaths.size > 0 ? { ...indexed, previousPaths: changed.previousPaths } : indexed;
    pool?.completeEnvironment(environment);

    const plan: ProjectPlan = { selected: selected.length, inShard: sharded.length, files, threads };
    options.onPlan?.(plan);
    pool?.resize(threads);
    const onFile = options.onFile ? { onFile: options.onFile } : {};
    const lint = (subset: string[]) => (pool ? pool.lint(subset, onFile) : lintFilesInProcess(subset, environment, { ...onFile, ...(options.preview ? { preview: true } : {}) }));
    let report: Report;
    let cache: CacheStats | undefined;
    if (files.length === 0) {
      // Nothing to lint leaves the cache as it is.
      report = buildReport([], settings);
    } else if (options.cache) {
      const cached = await lintWithCache(options.cache, files, environment, lint);
      report = cached.report;
      cache = cached.stats;
    } else {
      report = await lint(files);
    }
    return {
      ...plan,
      report,
      environment,
      ...(cache ? { cache } : {}),
      fix: (file, original) => (pool ? pool.fix(file, original) : fixTextInProcess(file, original, environment)),
      close: async () => {
        await pool?.close();
      },
    };
  } catch (error) {
    await pool?.close();
    throw error;
  }
}

/** A named file (not a glob) that does not exist or lies outside the root. */
async function missingExplicitPaths(cwd: string, root: string, paths: string[]): Promise<string | undefined> {
  for (const given of paths) {
    if (/[*?{[]/.test(given)) continue;
    const absolute = path.resolve(cwd, given);
    const real = await fs.realpath(absolute).catch(() => undefined);
    if (!real) return `${given}: no such file or folder`;
    const relative = path.relative(root, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return `${given}: outside the blog's root ${root} (run from the blog's folder or pass --cwd)`;
  }
  return undefined;
}

/** The text of every post with a problem, as read (BOM included): SARIF fingerprints, inline comments. */
export async function readProblemTexts(report: Report, environment: LintEnvironment): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const result of report.files) {
    if (result.problems.length === 0) continue;
    const text = await readForFix(result.file, environment);
    if (text !== undefined) texts.set(result.file, text);
  }
  return texts;
}

export interface FixedProject {
  /** What is left after the fixes. */
  report: Report;
  /** Posts whose text the fixes changed. */
  changed: string[];
  /** The changes as a unified diff. */
  diff: string;
  /** Posts that could not be written: they keep their problems, their fixes were not applied. */
  unwritten: Array<{ file: string; reason: string }>;
}

/**
 * Fixes every post that has a fixable problem; with `write`, replaces each file atomically. A post
 * that cannot be written keeps its problems and is named in `unwritten`; the others are still fixed.
 */
export async function fixProject(run: ProjectRun, write: boolean): Promise<FixedProject> {
  const { environment } = run;
  const changed: string[] = [];
  const unwritten: Array<{ file: string; reason: string }> = [];
  let diff = '';
  const files: FileResult[] = [];
  for (const result of run.report.files) {
    if (!result.problems.some((problem) => problem.fix)) {
      files.push(result);
      continue;
    }
    const original = await readForFix(result.file, environment);
    if (original === undefined) {
      files.push(result);
      continue;
    }
    const fixed = await run.fix(result.file, original);
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
