// The real blog engines as test oracles: build a tiny site with Jekyll or Hugo (installed from
// Debian: `apt-get install -y jekyll hugo ruby-kramdown-parser-gfm`) or Hexo (the devDependencies
// `hexo` and `hexo-renderer-marked`, run through its Node API in a child process), read what they published,
// parse YAML the way Jekyll does (Ruby Psych), and run our CLI in-process on the same files.
// Every temp dir made here is removed before the helper returns.
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { promises as fs, existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JsonReport } from '../../src/report/json.js';
import { loadConfig } from '../../src/config/load.js';
import { resolveSettings } from '../../src/config/settings.js';
import { lintFiles } from '../../src/runner/lint.js';
import { createEnvironment, selectPosts } from '../../src/runner/environment.js';
import type { PostPreview } from '../../src/core/types.js';
import type { PresetName } from '../../src/presets/index.js';
import { makeBlog, projectRoot, runCli, type CliRun, tempDir } from '../helpers.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';

export type SiteFiles = Record<string, string | Buffer>;

export const INSTALL_HINT = 'apt-get install -y jekyll hugo ruby-kramdown-parser-gfm';
/** One build may not take longer than this (each takes well under 2 s here). */
const BUILD_TIMEOUT_MS = 60_000;

export interface Availability {
  available: boolean;
  /** Why not, or the version found. */
  reason: string;
}

function probe(command: string, args: string[], missing: string): Availability {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 20_000 });
  if (run.error) return { available: false, reason: `${missing} (${(run.error as NodeJS.ErrnoException).code ?? run.error.message}): ${INSTALL_HINT}` };
  if (run.status !== 0) return { available: false, reason: `${missing} (\`${command} ${args.join(' ')}\` exited ${run.status}: ${(run.stderr || run.stdout).trim().split('\n')[0]}): ${INSTALL_HINT}` };
  return { available: true, reason: run.stdout.trim().split('\n')[0] ?? '' };
}

const cache = new Map<string, Availability>();
function cached(key: string, check: () => Availability): Availability {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = check()));
  return value;
}

/** Ruby with Psych (the YAML parser Jekyll uses). */
export function rubyAvailable(): Availability {
  return cached('ruby', () => probe('ruby', ['-ryaml', '-e', 'puts "ruby #{RUBY_VERSION}, psych #{Psych::VERSION}"'], 'ruby not installed'));
}

/** Jekyll, and the GFM parser its default markdown setting needs. */
export function jekyllAvailable(): Availability {
  return cached('jekyll', () => {
    const jekyll = probe('jekyll', ['--version'], 'jekyll not installed');
    if (!jekyll.available) return jekyll;
    const gfm = probe('ruby', ['-rkramdown-parser-gfm', '-e', '1'], 'kramdown-parser-gfm not installed');
    return gfm.available ? jekyll : gfm;
  });
}

export function hugoAvailable(): Availability {
  return cached('hugo', () => probe('hugo', ['version'], 'hugo not installed'));
}

const requireHere = createRequire(import.meta.url);

/** Hexo and the Markdown renderer a default Hexo site installs, from this project's devDependencies. */
export function hexoAvailable(): Availability {
  return cached('hexo', () => {
    const versions: string[] = [];
    for (const name of ['hexo', 'hexo-renderer-marked']) {
      try {
        versions.push(`${name} ${(requireHere(`${name}/package.json`) as { version: string }).version}`);
      } catch (error) {
        return { available: false, reason: `${name} cannot be loaded (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): npm install (it is a devDependency)` };
      }
    }
    return { available: true, reason: versions.join(', ') };
  });
}

const warned = new Set<string>();
/** Prints once per engine why its tests are skipped; returns whether they should be. */
export function skipUnless(name: string, availability: Availability): boolean {
  if (!availability.available && !warned.has(name)) {
    warned.add(name);
    console.warn(`oracle tests for ${name} skipped: ${availability.reason}`);
  }
  return !availability.available;
}

// ---------------------------------------------------------------------------------------------
// Temp sites

async function writeSite(prefix: string, files: SiteFiles): Promise<string> {
  const root = await tempDir(prefix);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
  return root;
}

async function removeSite(root: string): Promise<void> {
  await fs.rm(root, { recursive: true, force: true });
}

/** Every file under `dir`, as forward-slash paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const ANSI = /\u001b\[[0-9;]*m/g;

interface Run {
  code: number;
  log: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: BUILD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      const killed = error && (error as { killed?: boolean }).killed ? `\n[killed after ${BUILD_TIMEOUT_MS} ms]` : '';
      resolve({ code, log: (stdout + stderr).replace(ANSI, '') + killed });
    });
  });
}

export interface BuildResult {
  /** The engine exited 0. */
  ok: boolean;
  /** stdout and stderr, colours removed. */
  log: string;
  /** Published HTML pages by output path (`2025/03/03/post.html`, `posts/x/index.html`). */
  pages: Map<string, string>;
  /** Every published file by output path. */
  files: Set<string>;
}

async function collect(outDir: string, status: Run): Promise<BuildResult> {
  const files = await listFiles(outDir);
  const pages = new Map<string, string>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, await fs.readFile(path.join(outDir, file), 'utf8'));
  return { ok: status.code === 0, log: status.log, pages, files: new Set(files) };
}

/** A minimal environment for a child: no proxies, nothing from the developer's shell. */
function childEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...extra };
}

// --- Jekyll ---------------------------------------------------------------------------------

/** The page title is rendered from `page.title`, so a test can see which title key Jekyll read. */
export const JEKYLL_LAYOUTS: SiteFiles = {
  '_layouts/default.html': '{{ content }}\n',
  '_layouts/post.html': '---\nlayout: default\n---\n<h1 class="page-title">{{ page.title }}</h1>\n<time datetime="{{ page.date | date_to_xmlschema }}"></time>\n{{ content }}\n',
};

/** Every document gets the `post` layout (Jekyll has no default layout without a theme). */
export const JEKYLL_CONFIG = 'title: oracle\ndefaults:\n  - scope: {path: ""}\n    values: {layout: post}\n';

export interface JekyllOptions {
  /** YAML lines appended to the default `_config.yml` (ignored when the files have one). */
  config?: string;
  /** The build machine's time zone (Jekyll converts dates to it); GitHub's runners are UTC. */
  tz?: string;
  /** Extra `jekyll build` arguments (`--future`, `--drafts`). */
  args?: string[];
}

/** Builds `files` as a Jekyll site (`jekyll build --safe`, offline) and returns what it published. */
export async function buildJekyll(files: SiteFiles, options: JekyllOptions = {}): Promise<BuildResult> {
  const site: SiteFiles = { ...JEKYLL_LAYOUTS, '_config.yml': JEKYLL_CONFIG + (options.config ?? ''), ...files };
  const root = await writeSite('bpl-oracle-jekyll-', site);
  try {
    const status = await run('jekyll', ['build', '--safe', '--disable-disk-cache', '--source', root, '--destination', path.join(root, '_site'), ...(options.args ?? [])], root, childEnv({ TZ: options.tz ?? 'UTC', JEKYLL_ENV: 'production' }));
    return await collect(path.join(root, '_site'), status);
  } finally {
    await removeSite(root);
  }
}

// --- Hugo -----------------------------------------------------------------------------------

export const HUGO_LAYOUTS: SiteFiles = {
  'layouts/_default/single.html': '<h1 class="page-title">{{ .Title }}</h1>\n<time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}"></time>\n<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>\n{{ .Content }}\n',
  'layouts/_default/list.html': '<h1 class="page-title">{{ .Title }}</h1>\n<ul class="pages">{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>\n',
};

/** Top-level keys only, so that options.config can append more (`theme = "t"`, `buildFuture = true`). */
export const HUGO_CONFIG = 'baseURL = "https://example.org/"\ntitle = "oracle"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "404"]\n';

export interface HugoOptions {
  /** TOML lines appended to the default `hugo.toml` (ignored when the files have one). */
  config?: string;
  tz?: string;
  args?: string[];
}

/** Builds `files` as a Hugo site (`hugo`, offline) and returns what it published. */
export async function buildHugo(files: SiteFiles, options: HugoOptions = {}): Promise<BuildResult> {
  const hasConfig = ['hugo.toml', 'hugo.yaml', 'config.toml', 'config.yaml'].some((name) => files[name] !== undefined);
  const site: SiteFiles = { ...HUGO_LAYOUTS, ...(hasConfig ? {} : { 'hugo.toml': HUGO_CONFIG + (options.config ?? '') }), ...files };
  const root = await writeSite('bpl-oracle-hugo-', site);
  try {
    const status = await run('hugo', ['--source', root, '--destination', path.join(root, 'public'), '--cacheDir', path.join(root, '.hugo-cache'), '--noBuildLock', ...(options.args ?? [])], root, childEnv({ TZ: options.tz ?? 'UTC' }));
    return await collect(path.join(root, 'public'), status);
  } finally {
    await removeSite(root);
  }
}

// --- Hexo -----------------------------------------------------------------------------------

/** A theme whose post layout prints the post's HTML and nothing else. */
export const HEXO_THEME: SiteFiles = {
  'themes/t/layout/post.njk': '{{ page.content }}\n',
  'themes/t/layout/index.njk': 'index\n',
};

export const HEXO_CONFIG = 'title: oracle\ntheme: t\n';

/** `hexo` in package.json makes the folder a Hexo site; its dependencies are the plugins Hexo loads. */
export const HEXO_PACKAGE = JSON.stringify({ name: 'oracle', private: true, hexo: { version: '8.1.2' }, dependencies: { hexo: '^8.1.2', 'hexo-renderer-marked': '^7.0.1' } }, null, 2) + '\n';

export interface HexoOptions {
  /** YAML lines appended to the default `_config.yml` (ignored when the files have one). */
  config?: string;
  tz?: string;
}

/**
 * The child's script: Hexo's own `init` (config, package.json) and `generate`. The site's plugins are
 * named in its package.json; they are loaded from this project's node_modules (the temp site has none).
 */
const HEXO_SCRIPT = `
const [hexoPath, siteDir] = process.argv.slice(1);
const { createRequire } = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const Hexo = require(hexoPath);
const fromProject = createRequire(hexoPath);
(async () => {
  const hexo = new Hexo(siteDir, { silent: true });
  await hexo.init();
  const pkg = JSON.parse(fs.readFileSync(path.join(siteDir, 'package.json'), 'utf8'));
  for (const name of Object.keys(pkg.dependencies || {})) {
    if (!/^hexo-/.test(name)) continue;
    await hexo.loadPlugin(fromProject.resolve(name));
  }
  await hexo.call('generate', {});
  await hexo.exit();
})().catch((error) => {
  console.error('Hexo build failed: ' + (error && error.message ? error.message : String(error)));
  process.exit(1);
});
`;

/** Builds `files` as a Hexo site (`hexo generate` through its Node API, in a child process) and returns what it published. */
export async function buildHexo(files: SiteFiles, options: HexoOptions = {}): Promise<BuildResult> {
  const site: SiteFiles = { ...HEXO_THEME, '_config.yml': HEXO_CONFIG + (options.config ?? ''), 'package.json': HEXO_PACKAGE, ...files };
  const root = await writeSite('bpl-oracle-hexo-', site);
  try {
    const status = await run(process.execPath, ['-e', HEXO_SCRIPT, requireHere.resolve('hexo'), root], root, childEnv({ TZ: options.tz ?? 'UTC' }));
    return await collect(path.join(root, 'public'), status);
  } finally {
    await removeSite(root);
  }
}

// --- Psych ----------------------------------------------------------------------------------

export type PsychResult = { ok: true; data: unknown } | { ok: false; error: string };

/** Jekyll reads front matter with `SafeYAML.load` (Psych `safe_load`, Date and Time permitted).
 * Times come back as ISO 8601 strings with the offset Psych gave them (`2025-03-03T21:00:00+09:00`),
 * dates as `2025-03-03`. A Ruby failure other than a YAML error throws. */
const PSYCH_SCRIPT = `
require "yaml"; require "json"; require "date"; require "time"
def plain(v)
  case v
  when Hash then v.to_h { |k, x| [k.to_s, plain(x)] }
  when Array then v.map { |x| plain(x) }
  when Time then v.iso8601
  when Date then v.iso8601
  else v
  end
end
begin
  data = YAML.safe_load($stdin.read, permitted_classes: [Date, Time], aliases: true)
rescue Psych::Exception => e
  puts JSON.generate({ "ok" => false, "error" => "#{e.class}: #{e.message}" })
  exit
end
puts JSON.generate({ "ok" => true, "data" => plain(data) })
`;

/** `tz`: Ruby's local time zone (what Jekyll's `timezone:` sets), UTC unless given. */
export function psychLoad(yamlText: string, options: { tz?: string } = {}): PsychResult {
  const result = spawnSync('ruby', ['-e', PSYCH_SCRIPT], { input: yamlText, encoding: 'utf8', timeout: 20_000, env: childEnv({ TZ: options.tz ?? 'UTC' }) });
  if (result.error || result.status !== 0) throw new Error(`ruby failed: ${result.error?.message ?? result.stderr}`);
  return JSON.parse(result.stdout) as PsychResult;
}

// --- Our linter on the same files -------------------------------------------------------------

export type LintRun = CliRun;

/** Runs our CLI in-process on a temp copy of `files` (`--cwd <dir>` plus `args`), then removes it.
 * Uses the real clock, as the engines do. */
export async function runLinter(files: SiteFiles, args: string[]): Promise<LintRun> {
  const root = await writeSite('bpl-oracle-lint-', files);
  try {
    return await runCli(['--cwd', root, ...args], projectRoot, { now: new Date() });
  } finally {
    await removeSite(root);
  }
}

/** Our JSON report for `files` (`--format json --fail-on never` plus `args`, e.g. `--preset hugo`). */
export async function lintSite(files: SiteFiles, args: string[] = []): Promise<JsonReport> {
  const result = await runLinter(files, ['--format', 'json', '--fail-on', 'never', ...args]);
  if (result.stdout === '') throw new Error(`no JSON report (exit ${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as JsonReport;
}

/** The problems of one file, as `ruleId@line` strings (compact in assertion messages). */
export function findings(report: JsonReport, file: string): string[] {
  return report.problems.filter((problem) => problem.file === file).map((problem) => `${problem.ruleId}@${problem.line}`);
}

// --- Fixtures ---------------------------------------------------------------------------------

export const ORACLE_FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'oracle');

/** A fixture site from test/fixtures/oracle/<name>, as files for buildJekyll/buildHugo/lintSite. */
export function fixtureSite(name: string): SiteFiles {
  const dir = path.join(ORACLE_FIXTURES, name);
  const files: SiteFiles = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    files[relative] = /\.(png|jpe?g|gif|webp)$/i.test(entry.name) ? readFileSync(full) : readFileSync(full, 'utf8');
  }
  return files;
}

/** A one-pixel PNG, so that image files are real images. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Our preview cards (URL, date, title, tags) for `files`, by post, as the action computes them for
 * the pull-request comment: what we claim the engine will publish. */
export async function previewSite(files: SiteFiles, preset: PresetName): Promise<Map<string, PostPreview>> {
  const root = await writeSite('bpl-oracle-preview-', files);
  try {
    const input = (await loadConfig(ruleCatalogue, root)).input;
    input.preset = preset;
    input.now = new Date();
    const environment = await createEnvironment(root, resolveSettings(ruleCatalogue, input));
    const report = await lintFiles(selectPosts(environment.repo, environment.settings, []), environment, { preview: true });
    const previews = new Map<string, PostPreview>();
    for (const result of report.files) if (result.preview) previews.set(result.file, result.preview);
    return previews;
  } finally {
    await removeSite(root);
  }
}

/** One file of a site after `blog-post-lint --fix` (in a temp blog, removed when the test file ends). */
export async function fixedFile(files: SiteFiles, file: string): Promise<string> {
  const root = await makeBlog(files as Record<string, string>);
  await runCli(['--fix'], root);
  return fs.readFile(path.join(root, file), 'utf8');
}
