// Fork mode's publish side (input `publish-report`), run by a `workflow_run` workflow with a write
// token: read the artifact the fork's `pull_request` run left, check it, and post its summary
// comment and review. Nothing is linted and nothing from the workspace is read or run: the only
// input from the fork is the artifact, and it is treated as hostile (artifact.ts, verify.ts).
// A rejected artifact posts nothing and fails the step with one line saying which check failed.
import path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from './inputs.js';
import { OptionError } from '../options.js';
import type { RunContext } from '../github/event.js';
import type { GitHubClient } from '../github/client.js';
import { ArtifactError, readArtifact, type ReceivedArtifact } from '../github/artifact.js';
import { checkClaim, checkPullRequest, ProvenanceError } from '../github/verify.js';
import { postsUnder } from '../github/files.js';
import { statusOf } from '../github/errors.js';
import { getPullRequest, listPullRequestFiles, type Repository } from '../github/rest.js';
import { postToPullRequest } from './publish.js';

export async function publishOnly(inputs: ActionInputs, context: RunContext, client: GitHubClient | undefined): Promise<void> {
  const run = context.workflowRun;
  if (context.eventName !== 'workflow_run' || !run) {
    throw new OptionError(`input publish-report is for the workflow_run workflow of fork mode (see the README); this is a ${context.eventName || 'manual'} run`);
  }
  if (!client) throw new OptionError('input publish-report needs a github-token with pull-requests: write');
  if (!context.owner || !context.repo) throw new OptionError('input publish-report: the repository is unknown (GITHUB_REPOSITORY is not set)');
  const { owner, repo } = context;
  const repository: Repository = { client, owner, repo };
  const file = path.resolve(context.workspace, inputs.publishReport!);
  const name = path.basename(file);
  const reject = (reason: string) => core.setFailed(`blog-post-lint: rejected the artifact ${reason}; nothing was posted.`);

  let artifact: ReceivedArtifact;
  try {
    artifact = await readArtifact(file);
    checkClaim(run, artifact);
    checkPullRequest(run, artifact, await pullRequestOrNothing(repository, artifact.pullNumber));
  } catch (error) {
    if (error instanceof ArtifactError) return reject(error.message);
    if (error instanceof ProvenanceError) return reject(`${name}: ${error.message}`);
    throw error;
  }
  const { report, pullNumber } = artifact;
  core.info(`blog-post-lint: publishing the report of pull request #${pullNumber} at ${artifact.headSha.slice(0, 12)} (${report.errorCount} errors, ${report.warningCount} warnings).`);
  core.setOutput('errors', report.errorCount);
  core.setOutput('warnings', report.warningCount);

  try {
    // Where inline comments may go comes from GitHub, never from the artifact.
    const changed = postsUnder(await listPullRequestFiles(repository, pullNumber), artifact.prefix);
    const result = await postToPullRequest(inputs, { ...context, owner, repo }, client, { pullNumber, headSha: artifact.headSha, report, changed, prefix: artifact.prefix, facts: artifact.facts });
    core.setOutput('comment-url', result.commentUrl);
  } catch (error) {
    core.setFailed(`blog-post-lint: could not post to pull request #${pullNumber}: ${(error as Error).message} (the publish workflow needs permissions: pull-requests: write)`);
  }
}

/** The pull request the artifact claims, as GitHub has it; undefined when it does not exist. */
async function pullRequestOrNothing(repository: Repository, pullNumber: number) {
  try {
    return await getPullRequest(repository, pullNumber);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}
