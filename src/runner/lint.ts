// Linting: files -> posts -> problems -> report. The front doors call `lintFiles` (through the
// workers of runner/parallel.ts); tests can call `lintText` with no disk at all.
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { parseFrontmatter, type Frontmatter } from '../post/frontmatter.js';
import { remarkInput, parseMarkdown } from '../post/markdown.js';
import { createContext, type LintContext, type RemarkMessage } from '../rule-api/context.js';
import { readPost, type ReadFailure } from '../post/read.js';
import { applyFixes, strayLines } from './fix.js';
import { createSource, type Source } from '../post/source.js';
import { toRepoPath } from '../post/repo.js';
import type { FileResult, Fix, Position, PostPreview, Problem, Report, Severity } from '../core/types.js';
import { computePreview } from './preview.js';
import { allRules } from '../rules/index.js';
import fileUnreadable from '../rules/file-unreadable.js';
import { remarkLintRules, runRemarkLint } from '../rules/remark-lint.js';
import type { RuleMeta } from '../rule-api/rule.js';
import { effectiveSeverity, type Settings } from '../config/settings.js';
import { buildReport, type LintEnvironment } from './environment.js';
import { format, type LocalizedText, type MessageData } from '../i18n/index.js';
import { maskTemplates } from '../engines/templates.js';
import { inRanges, rangeOf, type LineRanges } from '../rule-api/line-ranges.js';
import type { PostKind } from '../engines/types.js';

/** Lints one post already in memory. `file` is its repo-relative path. */
export async function lintText(file: string, source: Source, environment: LintEnvironment, onPreview?: (preview: PostPreview) => void): Promise<Problem[]> {
  return checkPost(await parsePost(file, source, environment), environment, onPreview);
}

/**
 * A post parsed and put through remark-lint: everything of its lint that needs only the post, the
 * engine and the settings, not what comes from every post of the site (the vocabulary, the URL
 * index). A worker can do this while the front door is still reading the site (runner/parallel.ts).
 */
export interface ParsedPost {
  file: string;
  source: Source;
  frontmatter: Frontmatter | undefined;
  tree: Root;
  kind: PostKind;
  templateCode: ReadonlyArray<readonly [number, number]>;
  remarkMessages: Map<string, RemarkMessage[]>;
}

export async function parsePost(file: string, source: Source, environment: Pick<LintEnvironment, 'engine' | 'settings'>): Promise<ParsedPost> {
  const { settings, engine } = environment;
  const located = parseFrontmatter(source, { lenientYaml: engine.yamlReader === 'psych' || engine.yamlReader === 'js-yaml' });
  const frontmatter = located.found ? located.frontmatter : undefined;
  const masked = maskTemplates(remarkInput(source, frontmatter), frontmatter?.range[1] ?? 0, engine);
  const text = masked.text;
  const tree = parseMarkdown(text);
  if (masked.syntheticCode.size > 0) removeSyntheticCode(tree, masked.syntheticCode);
  const kind = engine.kindOf(file, frontmatter?.data);
  const enabledRemark = new Set(kind === 'unpublished' ? [] : remarkLintRules.filter((rule) => effectiveSeverity(settings, rule.id)).map((rule) => rule.id));
  // MDX has no indented code blocks (an indented line is JSX or text there): the style rule cannot be right.
  if (/\.mdx$/i.test(file)) enabledRemark.delete('code-block-style');
  // Tag lines and code the engine never renders as markdown are no place for markdown rules.
  const remarkMessages = groupByRule((await runRemarkLint(tree, text, enabledRemark)).filter((message) => !inRanges(masked.codeLines, message.line)));
  // The same for our rules: markdown that a tag pair's lines leaked into the tree (a pair opened in
  // a list item and closed outside it ends the fence early) is code on the published page.
  if (masked.codeLines.length > 0) removeTemplateCode(tree, masked.codeLines);
  return { file, source, frontmatter, tree, kind, templateCode: masked.codeLines, remarkMessages };
}

/** The rules over a parsed post, with the site-wide data of the environment. */
export function checkPost(parsed: ParsedPost, environment: LintEnvironment, onPreview?: (preview: PostPreview) => void): Problem[] {
  const { settings, engine } = environment;
  const { file, source, frontmatter, tree, kind } = parsed;
  const previousPath = environment.previousPaths?.get(file);
  const context = createContext({
    file,
    source,
    frontmatter,
    tree,
    preset: settings.preset,
    site: environment.site,
    engine,
    kind,
    templateCode: parsed.templateCode,
    repo: environment.repo,
    settings,
    ...(environment.vocabulary ? { vocabulary: environment.vocabulary } : {}),
    ...(environment.siteIndex ? { siteIndex: environment.siteIndex } : {}),
    ...(previousPath !== undefined ? { previousPath } : {}),
    remarkMessages: parsed.remarkMessages,
  });

  if (onPreview) {
    // A preview is a nicety: if it fails, the post is still linted (it just gets no card).
    try {
      onPreview(computePreview(context));
    } catch {
      // no card
    }
  }
  const problems: Problem[] = [];
  for (const rule of allRules) {
    const severity = effectiveSeverity(settings, rule.id);
    if (!severity) continue;
    if (kind === 'page' && rule.postsOnly) continue;
    // A file the engine skips has one problem worth saying: that it is skipped.
    if (kind === 'unpublished' && !rule.forUnpublished) continue;
    rule.check(context, ({ messageId, data, position, fix }) => {
      problems.push(toProblem(context, rule, severity, rule.messages[messageId]!, data, position, fix));
    });
  }
  return problems.sort(byPosition);
}

function toProblem(context: LintContext, rule: RuleMeta, severity: Severity, text: LocalizedText, data: MessageData | undefined, position: Position, fix?: Fix): Problem {
  // The engine distrusts rules: positions are clamped to the file so sinks never see line 0 or past the end.
  const lastLine = context.source.lineStarts.length;
  const line = clamp(position.line, 1, lastLine);
  const endLine = clamp(position.endLine ?? line, line, lastLine);
  const problem: Problem = {
    file: context.file,
    line,
    column: Math.max(1, position.column),
    endLine,
    endColumn: Math.max(1, position.endColumn ?? position.column),
    ruleId: rule.id,
    severity,
    message: format(text, context.settings.lang, data),
  };
  if (fix) {
    if (!rule.fixable) throw new Error(`rule ${rule.id} reported a fix but is not marked fixable`);
    // Rules edit the text without its BOM; a fix is stored against the file as read.
    const shift = context.source.bomLength;
    problem.fix = { edits: fix.edits.map((edit) => ({ range: [edit.range[0] + shift, edit.range[1] + shift], text: edit.text })) };
  }
  return problem;
}

function groupByRule(messages: RemarkMessage[]): Map<string, RemarkMessage[]> {
  const byRule = new Map<string, RemarkMessage[]>();
  for (const message of messages) {
    const list = byRule.get(message.ruleId);
    if (list) list.push(message);
    else byRule.set(message.ruleId, [message]);
  }
  return byRule;
}

/** Drops the code nodes that stand for template tags: they are the engine's code, not the author's fences. */
function removeSyntheticCode(node: Root | RootContent, starts: ReadonlySet<number>): void {
  if (!('children' in node)) return;
  node.children = (node.children as RootContent[]).filter((child) => !(child.type === 'code' && starts.has(child.position?.start.offset ?? -1))) as typeof node.children;
  for (const child of node.children as RootContent[]) removeSyntheticCode(child, starts);
}

/** Drops the nodes that lie wholly inside one template code range (`{{< highlight >}}`…`{{< /highlight >}}`). */
function removeTemplateCode(root: Root, ranges: LineRanges): void {
  // A stack, not recursion: a fuzzed post nests block quotes thousands deep.
  const stack: Array<Root | RootContent> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    node.children = (node.children as RootContent[]).filter((child) => {
      const range = rangeOf(ranges, child.position?.start.line ?? 0);
      return range < 0 || (child.position?.end.line ?? Infinity) > ranges[range]![1];
    }) as typeof node.children;
    for (const child of node.children as RootContent[]) stack.push(child);
  }
}


function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export interface LintFilesOptions {
  /** Called after each file, for progress output. */
  onFile?: (done: number, total: number, file: string) => void;
  /** Also compute each post's preview card (for the pull-request comment). */
  preview?: boolean;
  /** Called with each file's result as soon as it is ready (worker threads stream them back). */
  onResult?: (result: FileResult) => void;
  /** Posts already read and parsed (prepareFile): each is used once, then dropped from the map. */
  prepared?: Map<string, PreparedPost>;
}

/** Lints the given repo-relative files. Every file gets a result; nothing here throws per file. */
export async function lintFiles(files: string[], environment: LintEnvironment, options: LintFilesOptions = {}): Promise<Report> {
  const { settings } = environment;
  const results: FileResult[] = [];
  let done = 0;
  for (const file of files) {
    const result = await lintOneFile(file, environment, options.preview ?? false, options.prepared);
    results.push(result);
    options.onResult?.(result);
    options.onFile?.(++done, files.length, file);
  }
  return buildReport(results, settings);
}

async function lintOneFile(file: string, environment: LintEnvironment, preview: boolean, prepared?: Map<string, PreparedPost>): Promise<FileResult> {
  const ahead = prepared?.get(file);
  if (ahead) prepared!.delete(file);
  const post = ahead ?? (await prepareFile(file, environment));
  if (post.type === 'result') return post.result;
  const { parsed } = post;
  try {
    const result: FileResult = { file: parsed.file, problems: [] };
    result.problems = checkPost(parsed, environment, preview ? (card) => (result.preview = card) : undefined);
    return result;
  } catch (error) {
    return unreadable(parsed.file, format(fileUnreadable.messages.internal!, environment.settings.lang, { reason: (error as Error).message }));
  }
}

/** A post read and parsed ahead of its rules, or the result of one that could not be read or parsed. */
export type PreparedPost = { type: 'parsed'; parsed: ParsedPost } | { type: 'result'; result: FileResult };

/** Reads a post (repo-relative, inside the repository only) and parses it: the part of its lint that needs no site-wide data. */
export async function prepareFile(file: string, environment: Pick<LintEnvironment, 'repo' | 'engine' | 'settings'>): Promise<PreparedPost> {
  const { settings, repo } = environment;
  const lang = settings.lang;
  const safe = await toRepoPath(repo.root, file);
  if (safe === undefined) return { type: 'result', result: unreadable(file, format(fileUnreadable.messages.outsideRepo!, lang)) };
  const read = await readPost(path.join(repo.root, safe), settings.maxFileSize);
  if (!read.ok) return { type: 'result', result: unreadable(safe, describeFailure(read.failure, settings), read.failure.kind === 'not-utf8' ? read.failure.line : 1) };
  try {
    return { type: 'parsed', parsed: await parsePost(safe, read.source, environment) };
  } catch (error) {
    return { type: 'result', result: unreadable(safe, format(fileUnreadable.messages.internal!, lang, { reason: (error as Error).message })) };
  }
}

function unreadable(file: string, message: string, line = 1): FileResult {
  return { file, problems: [{ file, line, column: 1, endLine: line, endColumn: 1, ruleId: fileUnreadable.id, severity: 'error', message }] };
}

function describeFailure(failure: ReadFailure, settings: Settings): string {
  const lang = settings.lang;
  switch (failure.kind) {
    case 'too-large':
      return format(fileUnreadable.messages.tooLarge!, lang, { size: failure.size, limit: failure.limit });
    case 'binary':
      return format(fileUnreadable.messages.binary!, lang);
    case 'not-utf8':
      return format(fileUnreadable.messages.notUtf8!, lang, { line: failure.line, column: failure.column });
    case 'unreadable':
      return format(fileUnreadable.messages.unreadable!, lang, { reason: failure.reason });
  }
}

export const MAX_FIX_PASSES = 10;

export interface FixedText {
  /** The whole file after every fix that applies (BOM included when the file had one). */
  output: string;
  /** Problems that remain after fixing. */
  problems: Problem[];
  passes: number;
}

/** Lints and fixes one file's text until no fix applies (eslint's loop, capped at 10 passes). */
export async function fixText(file: string, original: string, environment: LintEnvironment): Promise<FixedText> {
  let text = original;
  let passes = 0;
  let problems = await lintText(file, createSource(text), environment);
  // A fix changes only what the report named: the lines of the first report's fixable problems.
  const named = new Set<number>();
  for (const problem of problems) if (problem.fix) for (let line = problem.line; line <= problem.endLine; line++) named.add(line);
  let firstPass: { output: string; problems: Problem[] } | undefined;
  while (passes < MAX_FIX_PASSES) {
    const { output, applied } = applyFixes(text, problems);
    if (applied.length === 0 || output === text) break;
    passes++;
    text = output;
    problems = await lintText(file, createSource(text), environment);
    firstPass ??= { output: text, problems };
  }
  // A later pass may find what the first one made visible (`Tags:` renamed, then its list); it
  // must stay on the named lines too, or only the first pass is kept.
  if (passes > 1 && firstPass && strayLines(original, text, named).length > 0) return { output: firstPass.output, problems: firstPass.problems, passes: 1 };
  return { output: text, problems, passes };
}

