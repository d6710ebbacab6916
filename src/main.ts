// The action front door: inputs -> which posts -> the same engine as the CLI -> sinks
// (annotations, job summary, outputs, and on pull requests one summary comment and one review).
// One try/catch, ending in setFailed with a message, never a stack. Only `fail-on` decides the
// exit status: a comment that cannot be posted (fork, no token, act) degrades to the log.
// Fork mode: a pull_request run also writes the publish artifact; `publish-report` (a workflow_run
// run) only posts one (src/publish-only.ts).
import { choosePreset } from './engines/detect.js';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { getInputs, InputError, type ActionInputs } from './inputs.js';
import { createEnvironment, readForFix, selectPosts, type LintEnvironment } from './runner/environment.js';
import { lintFilesInProcess } from './runner/in-process.js';
import { siteLanguage } from './engines/site-config.js';
import { resolveSettings } from './config/settings.js';
import { ConfigError, loadConfig } from './config/load.js';
import { formatJson } from './report/json.js';
import { formatMarkdown } from './report/markdown.js';
import { formatText } from './report/text.js';
import { formatPullRequestComment } from './report/comment.js';
import { annotate } from './report/annotations.js';
import { shouldFail } from './report/verdict.js';
import type { Problem, Report } from './core/types.js';
import { allProblems } from './report/summary.js';
import { inlineFactsFor, type InlineFacts } from './github/review.js';
import { buildArtifact, writeArtifact } from './github/artifact.js';
import { publishOnly } from './publish-only.js';
import { EventFileError, isPullRequestEvent, readRunContext, type RunContext } from './github/event.js';
import { createClient, type GitHubClient } from './github/client.js';
import { selectChanged } from './github/changed.js';
import type { ChangedFile } from './github/files.js';
import { publishToPullRequest, ReadOnlyTokenError } from './github/publish.js';
import { SUMMARY_MARKER } from './github/comment.js';
import { COMMIT_MARKER, formatCommitComment, upsertCommitComment } from './github/commit-comment.js';
import { commitFixes, type FixCommit } from './commit-fixes.js';
import { inShard } from './runner/shard.js';
import { defaultJobs, LintPool, type Budget } from './runner/parallel.js';
import { takeEarlyWorker, type EarlyWorker } from './runner/early-worker.js';
import { lintWithCache } from './runner/cache.js';
import { ruleCatalogue } from './rules/catalogue.js';

export interface RunOptions {
  /** The bundle to start lint workers from (a full audit of many posts); without it runs stay serial. */
  workerEntry?: URL;
  /** The first of those workers, started before the action was loaded (early.ts). */
  earlyWorker?: EarlyWorker;
}

export async function run(options: RunOptions = {}): Promise<void> {
  let pool: LintPool | undefined;
  try {
    const inputs = getInputs();
    const context = readRunContext();
    // Fork mode's publish side: no checkout is read, nothing is linted.
    if (inputs.publishReport) return await publishOnly(inputs, context, retryOptions());
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const root = path.resolve(workspace, inputs.workingDirectory);
    const rootStat = await fs.stat(root).catch(() => undefined);
    if (!rootStat?.isDirectory()) {
      throw new InputError(`input working-directory "${inputs.workingDirectory}" is not a folder in the workspace (${workspace}); is the repository checked out (actions/checkout)?`);
    }
    const prefix = path.relative(workspace, root).split(path.sep).join('/');

    const loaded = await loadConfig(ruleCatalogue, root, inputs.config);
    const settingsInput = loaded.input;
    const chosen = await choosePreset(root, inputs.preset, settingsInput.preset, 'input preset');
    settingsInput.preset = chosen.name;
    settingsInput.presetReason = chosen.reason;
    if (chosen.posts && !settingsInput.posts) settingsInput.posts = chosen.posts;
    if (inputs.lang) settingsInput.lang = inputs.lang;
    // Neither the `lang` input nor the config file: the site's own language (`lang: ko-KR`), else English.
    const siteLang = settingsInput.lang ? undefined : await siteLanguage(root, chosen.name);
    if (siteLang) settingsInput.lang = siteLang;
    if (inputs.maxFileSize) settingsInput.maxFileSize = inputs.maxFileSize;
    const settings = resolveSettings(ruleCatalogue, settingsInput);
    const client = inputs.githubToken ? createClient(inputs.githubToken, { baseUrl: context.apiUrl, log: core.info, ...retryOptions() }) : undefined;
    // Every post is linted in a worker, under the budget; the first one started before this file was
    // loaded (early.ts) and has loaded the bundle while the repository is indexed.
    const budget = budgetFrom(inputs);
    pool = options.workerEntry ? new LintPool(options.workerEntry, budget, 1, takeEarlyWorker(options.earlyWorker, budget.memoryMb)) : undefined;
    const indexed = await createEnvironment(root, settings);
    const { files, changed, source } = await choosePosts(inputs, context, indexed, root, prefix, client);
    const previousPaths = renamedPosts(changed, source === 'api' ? prefix : '');
    const environment: LintEnvironment = previousPaths.size > 0 ? { ...indexed, previousPaths } : indexed;
    pool?.setEnvironment(environment, true);
    core.info(`blog-post-lint: ${plural(files.length, 'post')} under ${prefix || '.'} (${settings.presetReason})`);

    const jobs = options.workerEntry ? defaultJobs(files.length) : 1;
    if (jobs > 1) core.info(`Linting with ${jobs} threads.`);
    pool?.resize(jobs);
    const lint = (subset: string[]) => (pool ? pool.lint(subset) : lintFilesInProcess(subset, environment, { preview: true }));
    let report: Report;
    if (inputs.cache) {
      const cached = await lintWithCache(path.resolve(workspace, inputs.cache), files, environment, lint);
      report = cached.report;
      core.info(`Cache: ${cached.stats.hits} unchanged posts reused, ${cached.stats.misses} linted.`);
    } else {
      report = await lint(files);
    }
    core.startGroup('Problems');
    core.info(formatText(report));
    core.endGroup();

    annotate(report, prefix, core);
    const facts = isPullRequestEvent(context) ? inlineFactsFor(allProblems(report), await readTexts(report, environment)) : new Map<Problem, InlineFacts>();
    // The fix commit goes first, so that the comment can say so and skip suggestions it has applied.
    const fixCommit =
      inputs.fix === 'commit'
        ? await commitFixes({ context, environment, report, prefix, log: core.info, warn: core.warning, ...(client ? { client } : {}), ...(changed && source === 'api' ? { changed } : {}), ...(pool ? { pool } : {}) })
        : undefined;
    const outcome = await commentOnPullRequest(inputs, context, report, facts, changed, prefix, client, fixCommit);
    const pushed = await commentOnPush(inputs, context, report, prefix, client);
    await writeSummary(outcome.unposted ?? pushed.unposted ?? formatMarkdown(report, { surface: 'summary', ...summaryLinks(context, prefix) }));
    const reportPath = await writeReport(report);
    // Fork mode's lint side: what the workflow_run workflow needs to post (upload it as an artifact).
    const artifactPath = isPullRequestEvent(context) && context.headSha ? await writeArtifact(tempDirectory(), buildArtifact({ report, pullNumber: context.pullNumber!, headSha: context.headSha, prefix, facts })) : '';

    core.setOutput('errors', report.errorCount);
    core.setOutput('warnings', report.warningCount);
    core.setOutput('report', reportPath);
    core.setOutput('comment-url', outcome.url ?? pushed.url ?? '');
    core.setOutput('publish-artifact', artifactPath);
    if (shouldFail(report, inputs.failOn)) {
      core.setFailed(`blog-post-lint found ${report.errorCount} errors and ${report.warningCount} warnings (fail-on: ${inputs.failOn}).`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof EventFileError) core.setFailed(error.message);
    else core.setFailed(`blog-post-lint: internal error: ${(error as Error).message}`);
  } finally {
    await pool?.close();
  }
}

function budgetFrom(inputs: ActionInputs): Budget {
  return { timeoutMs: inputs.postTimeout * 1000, memoryMb: inputs.postMemory };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Tests shorten the backoff; a real run keeps GitHub's recommended pace. */
function retryOptions(): { retryBaseMs?: number } {
  const base = Number(process.env.BLOG_POST_LINT_RETRY_BASE_MS);
  return Number.isFinite(base) && base >= 0 ? { retryBaseMs: base } : {};
}

async function choosePosts(inputs: ActionInputs, context: RunContext, environment: LintEnvironment, root: string, prefix: string, client: GitHubClient | undefined) {
  const selected = selectPosts(environment.repo, environment.settings, inputs.paths);
  const shard = inputs.shard;
  const all = shard ? selected.filter((file) => inShard(file, shard)) : selected;
  if (shard) core.info(`Shard ${shard.index}/${shard.count}: ${all.length} of ${selected.length} posts.`);
  const selection = await selectChanged({ context, root, prefix, log: core.info, ...(client ? { client } : {}) });
  if (selection.kind === 'all') {
    core.info(`Linting every post: ${selection.reason}.`);
    if (all.length === 0) {
      // Not a failure, but never silent: a wrong preset or glob shows here.
      core.warning(`blog-post-lint: no posts matched ${(inputs.paths.length > 0 ? inputs.paths : environment.settings.posts).join(', ')} under ${prefix || '.'}; check the paths and preset inputs.`);
    }
    return { files: all, changed: undefined, source: undefined };
  }
  const files = all.filter((file) => selection.files.has(file));
  core.info(`${plural(selection.files.size, 'file')} changed (${selection.source}); ${files.length} of them ${files.length === 1 ? 'is a post' : 'are posts'}.`);
  return { files, changed: selection.files, source: selection.source };
}

/** Renamed posts (path now -> path before, both relative to the blog root) for permalink-changed. */
function renamedPosts(changed: Map<string, ChangedFile> | undefined, prefix: string): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [file, entry] of changed ?? []) {
    if (entry.status !== 'renamed' || !entry.previousFilename) continue;
    const previous = blogRelative(entry, prefix);
    if (previous !== undefined) renames.set(file, previous);
  }
  return renames;
}

/** The API names files from the repository root (pass the blog's prefix), git (--relative) from the blog root (pass ''). */
function blogRelative(entry: ChangedFile, prefix: string): string | undefined {
  const previous = entry.previousFilename!;
  if (!prefix) return previous;
  // Moved in from outside the blog: it had no URL here before.
  return previous.startsWith(prefix + '/') ? previous.slice(prefix.length + 1) : undefined;
}

async function readTexts(report: Report, environment: LintEnvironment): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of report.files) {
    const text = await readForFix(file.file, environment);
    if (text !== undefined) texts.set(file.file, text);
  }
  return texts;
}

async function commentOnPullRequest(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  facts: Map<Problem, InlineFacts>,
  changed: Awaited<ReturnType<typeof choosePosts>>['changed'],
  prefix: string,
  client: GitHubClient | undefined,
  fixCommit: FixCommit | undefined,
): Promise<{ url?: string; unposted?: string }> {
  if (!inputs.comment || !isPullRequestEvent(context)) return {};
  const why = !client ? 'no github-token was given' : !context.owner || !context.repo ? 'the repository is unknown' : undefined;
  if (why || !client) return printComment(report, `the comment was not posted: ${why}`);
  try {
    const result = await publishToPullRequest({
      client,
      owner: context.owner!,
      repo: context.repo!,
      pullNumber: context.pullNumber!,
      ...(context.headSha ? { headSha: context.headSha } : {}),
      serverUrl: context.serverUrl,
      report,
      changed: changed ?? new Map(),
      prefix,
      facts,
      ownLogin: inputs.botLogin,
      maxInlineComments: inputs.maxInlineComments,
      ...(fixCommit ? { fixCommit } : {}),
      log: core.info,
    });
    core.info(`Summary comment ${result.commentAction}: ${result.commentUrl}; ${result.inlineComments} inline comments.`);
    return { url: result.commentUrl };
  } catch (error) {
    const reason = error instanceof ReadOnlyTokenError ? `${error.message}; a pull request from a fork gets a read-only token` : `GitHub failed: ${(error as Error).message}`;
    return printComment(report, `the comment was not posted: ${reason}`);
  }
}

/** On a push with problems (and commit-comment on): one commit comment on the pushed head commit. */
async function commentOnPush(inputs: ActionInputs, context: RunContext, report: Report, prefix: string, client: GitHubClient | undefined): Promise<{ url?: string; unposted?: string }> {
  if (!inputs.commitComment || context.eventName !== 'push') return {};
  // A clean push stays quiet: no comment says "nothing found" on every publish.
  if (report.errorCount + report.warningCount === 0) return {};
  const sha = context.after ?? context.headSha;
  const why = !client ? 'no github-token was given' : !context.owner || !context.repo ? 'the repository is unknown' : !sha ? 'the pushed commit is unknown' : undefined;
  if (why || !client || !sha) return printComment(report, `the commit comment was not posted: ${why}`, COMMIT_MARKER, 'The commit comment (not posted)');
  const linkBase = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${prefix ? prefix + '/' : ''}`;
  const body = formatCommitComment(report, linkBase);
  try {
    const result = await upsertCommitComment(client, context.owner!, context.repo!, sha, body, inputs.botLogin);
    core.info(`Commit comment ${result.action} on ${sha.slice(0, 7)}: ${result.url}`);
    return { url: result.url };
  } catch (error) {
    const reason = error instanceof ReadOnlyTokenError ? `${error.message}; commit comments need \`permissions: contents: write\`` : `GitHub failed: ${(error as Error).message}`;
    return printComment(report, `the commit comment was not posted: ${reason}`, COMMIT_MARKER, 'The commit comment (not posted)');
  }
}

/** Where no comment can be posted, the log and the job summary show the one that would have been. */
function printComment(report: Report, reason: string, marker = SUMMARY_MARKER, title = 'The pull-request comment (not posted)'): { unposted: string } {
  core.warning(`blog-post-lint: ${reason}. The comment it would have posted is in the log and the job summary.`);
  const body = formatPullRequestComment(report, { marker });
  core.startGroup(title);
  core.info(body);
  core.endGroup();
  return { unposted: body };
}

/** Links in the job summary point at the commit that was linted, when the event names one. */
function summaryLinks(context: RunContext, prefix: string): { linkBase?: string } {
  const sha = isPullRequestEvent(context) ? context.headSha : context.eventName === 'push' ? context.after : undefined;
  if (!sha || !/^[0-9a-f]{40}$/.test(sha) || !context.owner || !context.repo) return {};
  return { linkBase: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${prefix ? prefix + '/' : ''}` };
}

async function writeSummary(markdown: string): Promise<void> {
  // core.summary.write() throws without GITHUB_STEP_SUMMARY (a run by hand, some local runners).
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

function tempDirectory(): string {
  return process.env.RUNNER_TEMP || os.tmpdir();
}

async function writeReport(report: Report): Promise<string> {
  const file = path.join(tempDirectory(), 'blog-post-lint-report.json');
  await fs.writeFile(file, formatJson(report));
  return file;
}

