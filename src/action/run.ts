// The action front door: inputs -> the project run (src/runner/project.ts, the same as the CLI's)
// -> sinks (annotations, job summary, outputs, and on pull requests one summary comment and one
// review). One try/catch, ending in setFailed with a message, never a stack. Only `fail-on` decides
// the exit status: a comment that cannot be posted (fork, no token, act) degrades to the log.
// Fork mode: a pull_request run also writes the publish artifact; `publish-report` (a workflow_run
// run) only posts one (publish-only.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getInputs, type ActionInputs } from './inputs.js';
import { ConfigError } from '../config/load.js';
import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatText } from '../report/text.js';
import { formatPullRequestComment } from '../report/comment.js';
import { annotate } from '../report/annotations.js';
import { shouldFail } from '../report/verdict.js';
import type { Problem, Report } from '../core/types.js';
import type { EarlyWorker } from '../runner/early-worker.js';
import { allProblems } from '../report/summary.js';
import { inlineFactsFor, type InlineFacts } from '../github/review.js';
import { buildArtifact, writeArtifact } from '../github/artifact.js';
import { EventFileError, isPullRequestEvent, readRunContext, type RunContext } from '../github/event.js';
import { createClient, type GitHubClient } from '../github/client.js';
import { renamedPosts, type ChangedFile } from '../github/files.js';
import { asWriter, ReadOnlyTokenError } from '../github/errors.js';
import { SUMMARY_MARKER } from '../github/comment.js';
import { COMMIT_MARKER, formatCommitComment } from '../github/commit-comment.js';
import { lintProject, projectSettings, readProblemTexts, type ProjectPlan, type ProjectRun } from '../runner/project.js';
import type { Settings } from '../config/settings.js';
import { OptionError } from '../options.js';
import { selectChanged, type Selection } from './changed.js';
import { publishOnly } from './publish-only.js';
import { postToPullRequest } from './publish.js';
import { upsertCommitComment } from './comments.js';
import { commitFixes, type FixCommit } from './commit-fixes.js';

export interface RunOptions {
  /** The bundle to start lint workers from (a full audit of many posts); without it runs stay serial. */
  workerEntry?: URL;
  /** The first of those workers, started before the action was loaded (early.ts). */
  earlyWorker?: EarlyWorker;
}

export async function run(options: RunOptions = {}): Promise<void> {
  let project: ProjectRun | undefined;
  try {
    const inputs = getInputs();
    const context = readRunContext();
    const client = inputs.githubToken ? createClient(inputs.githubToken, { baseUrl: context.apiUrl, log: core.info, ...(context.retryBaseMs !== undefined ? { retryBaseMs: context.retryBaseMs } : {}) }) : undefined;
    // Fork mode's publish side: no checkout is read, nothing is linted.
    if (inputs.publishReport) return await publishOnly(inputs, context, client);
    const { workspace } = context;
    const root = path.resolve(workspace, inputs.workingDirectory);
    const rootStat = await fs.stat(root).catch(() => undefined);
    if (!rootStat?.isDirectory()) {
      throw new OptionError(`input working-directory "${inputs.workingDirectory}" is not a folder in the workspace (${workspace}); is the repository checked out (actions/checkout)?`);
    }
    const prefix = path.relative(workspace, root).split(path.sep).join('/');

    const { settings } = await projectSettings({
      root,
      presetOption: 'input preset',
      ...(inputs.config ? { config: inputs.config } : {}),
      ...(inputs.preset ? { preset: inputs.preset } : {}),
      ...(inputs.lang ? { lang: inputs.lang } : {}),
      ...(inputs.maxFileSize ? { maxFileSize: inputs.maxFileSize } : {}),
    });
    // Only the posts this run's change touched (a pull request's files, a pushed range), once the blog is indexed.
    let selection: Selection | undefined;
    const changedPosts = async () => {
      selection = await selectChanged({ context, root, prefix, log: core.info, ...(client ? { client } : {}) });
      if (selection.kind === 'all') return undefined;
      return { files: selection.files, previousPaths: renamedPosts(selection.files, selection.source === 'api' ? prefix : '') };
    };
    project = await lintProject({
      root,
      settings,
      paths: inputs.paths,
      changed: changedPosts,
      ...(inputs.shard ? { shard: inputs.shard } : {}),
      ...(options.workerEntry ? { workerEntry: options.workerEntry } : {}),
      ...(options.earlyWorker ? { earlyWorker: options.earlyWorker } : {}),
      budget: { timeoutMs: inputs.postTimeout * 1000, memoryMb: inputs.postMemory },
      ...(inputs.cache ? { cache: path.resolve(workspace, inputs.cache) } : {}),
      preview: true,
      onPlan: (plan) => logPlan(plan, inputs, selection, settings, prefix),
    });
    const { report, environment } = project;
    const changed = selection?.kind === 'changed' ? selection.files : undefined;
    // The pull request's files from the API carry the blob SHAs `fix: commit` checks the workspace against.
    const withBlobShas = selection?.kind === 'changed' && selection.source === 'api' ? { changed: selection.files } : {};
    if (project.cache) core.info(`Cache: ${project.cache.hits} unchanged posts reused, ${project.cache.misses} linted.`);
    core.startGroup('Problems');
    core.info(formatText(report));
    core.endGroup();

    annotate(report, prefix, core);
    const facts = isPullRequestEvent(context) ? inlineFactsFor(allProblems(report), await readProblemTexts(report, environment)) : new Map<Problem, InlineFacts>();
    // The fix commit goes first, so that the comment can say so and skip suggestions it has applied.
    const fixCommit =
      inputs.fix === 'commit'
        ? await commitFixes({ context, environment, report, prefix, log: core.info, warn: core.warning, fix: project.fix, ...(client ? { client } : {}), ...withBlobShas })
        : undefined;
    const outcome = await commentOnPullRequest(inputs, context, report, facts, changed, prefix, client, fixCommit);
    const pushed = await commentOnPush(inputs, context, report, prefix, client);
    await writeSummary(context, outcome.unposted ?? pushed.unposted ?? formatMarkdown(report, { surface: 'summary', ...summaryLinks(context, prefix) }));
    const reportPath = await writeReport(context, report);
    // Fork mode's lint side: what the workflow_run workflow needs to post (upload it as an artifact).
    const artifactPath = isPullRequestEvent(context) && context.headSha ? await writeArtifact(context.tempDirectory, buildArtifact({ report, pullNumber: context.pullNumber!, headSha: context.headSha, prefix, facts })) : '';

    core.setOutput('errors', report.errorCount);
    core.setOutput('warnings', report.warningCount);
    core.setOutput('report', reportPath);
    core.setOutput('comment-url', outcome.url ?? pushed.url ?? '');
    core.setOutput('publish-artifact', artifactPath);
    if (shouldFail(report, inputs.failOn)) {
      core.setFailed(`blog-post-lint found ${report.errorCount} errors and ${report.warningCount} warnings (fail-on: ${inputs.failOn}).`);
    }
  } catch (error) {
    if (error instanceof OptionError || error instanceof ConfigError || error instanceof EventFileError) core.setFailed(error.message);
    else core.setFailed(`blog-post-lint: internal error: ${(error as Error).message}`);
  } finally {
    await project?.close();
  }
}

/** What the run is about to lint, and why those posts, in the log. */
function logPlan(plan: ProjectPlan, inputs: ActionInputs, selection: Selection | undefined, settings: Settings, prefix: string): void {
  if (inputs.shard) core.info(`Shard ${inputs.shard.index}/${inputs.shard.count}: ${plan.inShard} of ${plan.selected} posts.`);
  if (!selection || selection.kind === 'all') {
    core.info(`Linting every post: ${selection?.reason}.`);
    // Not a failure, but never silent: a wrong preset or glob shows here.
    if (plan.files.length === 0) core.warning(`blog-post-lint: no posts matched ${(inputs.paths.length > 0 ? inputs.paths : settings.posts).join(', ')} under ${prefix || '.'}; check the paths and preset inputs.`);
  } else {
    const count = plan.files.length;
    core.info(`${plural(selection.files.size, 'file')} changed (${selection.source}); ${count} of them ${count === 1 ? 'is a post' : 'are posts'}.`);
  }
  core.info(`blog-post-lint: ${plural(plan.files.length, 'post')} under ${prefix || '.'} (${settings.presetReason})`);
  if (plan.threads > 1) core.info(`Linting with ${plan.threads} threads.`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

async function commentOnPullRequest(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  facts: Map<Problem, InlineFacts>,
  changed: Map<string, ChangedFile> | undefined,
  prefix: string,
  client: GitHubClient | undefined,
  fixCommit: FixCommit | undefined,
): Promise<{ url?: string; unposted?: string }> {
  if (!inputs.comment || !isPullRequestEvent(context)) return {};
  const { owner, repo } = context;
  const why = !client ? 'no github-token was given' : !owner || !repo ? 'the repository is unknown' : undefined;
  if (why || !client || !owner || !repo) return printComment(report, `the comment was not posted: ${why}`);
  try {
    const result = await postToPullRequest(inputs, { ...context, owner, repo }, client, {
      pullNumber: context.pullNumber!,
      ...(context.headSha ? { headSha: context.headSha } : {}),
      report,
      changed: changed ?? new Map(),
      prefix,
      facts,
      ...(fixCommit ? { fixCommit } : {}),
    });
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
    const result = await asWriter(() => upsertCommitComment({ client, owner: context.owner!, repo: context.repo! }, sha, body, inputs.botLogin));
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

async function writeSummary(context: RunContext, markdown: string): Promise<void> {
  // core.summary.write() throws without GITHUB_STEP_SUMMARY (a run by hand, some local runners).
  if (!context.hasStepSummary) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

async function writeReport(context: RunContext, report: Report): Promise<string> {
  const file = path.join(context.tempDirectory, 'blog-post-lint-report.json');
  await fs.writeFile(file, formatJson(report));
  return file;
}

