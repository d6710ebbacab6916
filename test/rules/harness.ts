// The fixture harness's one door into src/: every import of the sources that test/rules/fixtures.test.ts
// needs is here, so that a move in src/ is one edit. It lints a fixture site the way the CLI does
// (config file, preset detection, the site's language, `--max-file-size`, the fixed "now"), through
// the real pipeline: createEnvironment -> selectPosts -> lintFiles, and fixText for the fixes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../src/rules/index.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { remarkLintRules } from '../../src/rules/remark-lint.js';
import fileUnreadable from '../../src/rules/file-unreadable.js';
import type { JsonReport } from '../../src/report/json.js';
import { format } from '../../src/i18n/index.js';
import { PARTICLE_MARKER } from '../../src/i18n/particles.js';
import { loadConfig, parseSize } from '../../src/config/load.js';
import { choosePreset } from '../../src/engines/detect.js';
import { siteLanguage } from '../../src/engines/site-config.js';
import { effectiveSeverity, resolveSettings, type Settings } from '../../src/config/settings.js';
import { createEnvironment, readForFix, selectPosts, type LintEnvironment } from '../../src/runner/environment.js';
import { fixText, lintFiles } from '../../src/runner/lint.js';
import type { Lang, Problem, Report } from '../../src/core/types.js';
import type { PresetName } from '../../src/presets/index.js';

export type { JsonReport, Lang, Problem, Report };

/** remark-lint's rule ids, and the engine's own for a post it cannot read. */
export const remarkRuleIds: string[] = remarkLintRules.map((rule) => rule.id);
export const fileUnreadableId = fileUnreadable.id;

/** Every rule id a config may name, in the registry's order. */
export const ruleIds: string[] = allRules.map((rule) => rule.id);

export function isFixable(ruleId: string): boolean {
  return allRules.find((rule) => rule.id === ruleId)?.fixable ?? false;
}

/** What a fixture's `fixture.yml` may set: the command-line flags a user would pass. */
export interface RunOptions {
  preset?: string;
  lang?: string;
  maxFileSize?: string;
  now: Date;
  /** Paths or globs to lint (the CLI's positionals); all the preset's posts when empty. */
  paths: string[];
  /** Renamed posts, path now -> path before, as the action reads them from the pull request. */
  renamed?: Record<string, string>;
}

export interface SiteRun {
  report: Report;
  environment: LintEnvironment;
  settings: Settings;
}

/** Lints the blog at `root` as `blog-post-lint --cwd root [flags] [paths]` would (without worker threads). */
export async function lintSite(root: string, options: RunOptions): Promise<SiteRun> {
  const input = (await loadConfig(ruleCatalogue, root)).input;
  const chosen = await choosePreset(root, options.preset as PresetName | undefined, input.preset, '--preset');
  input.preset = chosen.name;
  input.presetReason = chosen.reason;
  if (chosen.posts && !input.posts) input.posts = chosen.posts;
  if (options.lang) input.lang = options.lang as Lang;
  const siteLang = input.lang ? undefined : await siteLanguage(root, chosen.name);
  if (siteLang) input.lang = siteLang;
  if (options.maxFileSize) {
    const size = parseSize(options.maxFileSize);
    if (size === undefined) throw new Error(`max-file-size: not a size: ${options.maxFileSize}`);
    input.maxFileSize = size;
  }
  input.now = options.now;
  const settings = resolveSettings(ruleCatalogue, input);
  const indexed = await createEnvironment(root, settings);
  const renamed = Object.entries(options.renamed ?? {});
  const environment: LintEnvironment = renamed.length > 0 ? { ...indexed, previousPaths: new Map(renamed) } : indexed;
  const files = selectPosts(environment.repo, settings, options.paths);
  const report = await lintFiles(files, environment);
  return { report, environment, settings };
}

/** Whether the rule is on in this run (a passing post proves nothing where the rule is off). */
export function ruleIsOn(settings: Settings, ruleId: string): boolean {
  return effectiveSeverity(settings, ruleId) !== undefined;
}

/** `--fix` for one post: its text after every fix applies, or undefined when it cannot be read. */
export async function fixPost(file: string, environment: LintEnvironment): Promise<{ original: string; output: string } | undefined> {
  const original = await readForFix(file, environment);
  if (original === undefined) return undefined;
  const fixed = await fixText(file, original, environment);
  return { original, output: fixed.output };
}

/**
 * The message ids the rules report, as they report them: each rule's `check` is wrapped (once, for
 * this test file) so that every report is also written down with its id, the text it becomes and its
 * line. Two messages may read the same (emphasis-unrendered's `underscore` and `underscoreHtml`), so
 * the id cannot always be told from the text alone.
 */
const reported = new Map<string, Set<string>>();
const reportKey = (ruleId: string, line: number, message: string) => `${ruleId}\u0000${line}\u0000${message}`;
for (const rule of allRules) {
  const check = rule.check.bind(rule);
  rule.check = (context, report) =>
    check(context, (input) => {
      const lastLine = context.source.lineStarts.length;
      const line = Math.min(Math.max(input.position.line, 1), lastLine);
      const key = reportKey(rule.id, line, format(rule.messages[input.messageId]!, context.settings.lang, input.data));
      (reported.get(key) ?? reported.set(key, new Set()).get(key)!).add(input.messageId);
      report(input);
    });
}

const PLACEHOLDER = new RegExp(`\\{\\w+\\}|${PARTICLE_MARKER.source}`, 'g');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A template as a pattern: its words literal, each placeholder a wildcard. */
const pattern = (template: string) => template.replace(PLACEHOLDER, '\u0000').split('\u0000').map(escape).join('[\\s\\S]*?');
const literalLength = (template: string) => template.replace(PLACEHOLDER, '').length;

/**
 * Which of the rule's messages a problem is: what the wrapped `check` wrote down, else (what the
 * runner itself reports, `file-unreadable` and `file-too-complex`, and a post linted in a worker)
 * told from the text: each message template (placeholders as wildcards) matches only its own texts;
 * when two match, the one with more fixed words wins. Undefined when none matches (a text the rule
 * does not declare) or two match alike.
 */
export function messageIdOf(problem: Problem, lang: Lang): string | undefined {
  const seen = reported.get(reportKey(problem.ruleId, problem.line, problem.message));
  if (seen) return seen.size === 1 ? [...seen][0] : undefined;
  const messages = allRules.find((rule) => rule.id === problem.ruleId)?.messages ?? {};
  let best: { ids: string[]; length: number } | undefined;
  for (const [id, text] of Object.entries(messages)) {
    if (!new RegExp(`^${pattern(text[lang])}$`).test(problem.message)) continue;
    const length = literalLength(text[lang]);
    if (!best || length > best.length) best = { ids: [id], length };
    else if (length === best.length) best.ids.push(id);
  }
  // Two messages that read alike cannot be told apart by their text: no answer rather than a guess.
  return best?.ids.length === 1 ? best.ids[0] : undefined;
}

/** Copies a fixture site to `to`, leaving out what belongs to the harness (settings, expectations, fixed outputs, tests). */
export async function copySite(from: string, to: string, isHarnessFile: (name: string) => boolean): Promise<void> {
  await fs.mkdir(to, { recursive: true });
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await copySite(source, target, isHarnessFile);
    else if (entry.isFile() && !isHarnessFile(entry.name)) await fs.copyFile(source, target);
  }
}
