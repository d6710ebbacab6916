// Fork mode's publish side (input `publish-report`), run by a `workflow_run` workflow with a write
// token: read the artifact the fork's `pull_request` run left, check it, and post its summary
// comment and review. Nothing is linted and nothing from the workspace is read or run: the only
// input from the fork is the artifact, and it is treated as hostile (artifact.ts, verify.ts).
// A rejected artifact posts nothing and fails the step with one line saying which check failed.
import path from 'node:path';
import * as core from '@actions/core';
import { InputError, type ActionInputs } from './inputs.js';
import type { RunContext } from './github/event.js';
import { createClient } from './github/client.js';
import { ArtifactError, readArtifact } from './github/artifact.js';
import { ProvenanceError, verifyArtifactOrigin } from './github/verify.js';
import { listPullRequestFiles, postsUnder } from './github/files.js';
import { publishToPullRequest } from './github/publish.js';

export async function publishOnly(inputs: ActionInputs, context: RunContext, clientOptions: { retryBaseMs?: number }): Promise<void> {
  const run = context.workflowRun;
  if (context.eventName !== 'workflow_run' || !run) {
    throw new InputError(`input publish-report is for the workflow_run workflow of fork mode (see the README); this is a ${context.eventName || 'manual'} run`);
  }
  if (!inputs.githubToken) throw new InputError('input publish-report needs a github-token with pull-requests: write');
  if (!context.owner || !context.repo) throw new InputError('input publish-report: the repository is unknown (GITHUB_REPOSITORY is not set)');
  const { owner, repo } = context;
  const file = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.publishReport!);
  const name = path.basename(file);
  const reject = (reason: string) => core.setFailed(`blog-post-lint: rejected the artifact ${reason}; nothing was posted.`);

  const client = createClient(inputs.githubToken, { baseUrl: context.apiUrl, log: core.info, ...clientOptions });
  let artifact;
  try {
    artifact = await readArtifact(file);
    await verifyArtifactOrigin(client, owner, repo, run, artifact);
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
    const changed = postsUnder(await listPullRequestFiles(client, owner, repo, pullNumber), artifact.prefix);
    const result = await publishToPullRequest({
      client,
      owner,
      repo,
      pullNumber,
      headSha: artifact.headSha,
      serverUrl: context.serverUrl,
      report,
      changed,
      prefix: artifact.prefix,
      facts: artifact.facts,
      ownLogin: inputs.botLogin,
      maxInlineComments: inputs.maxInlineComments,
      log: core.info,
    });
    core.info(`Summary comment ${result.commentAction}: ${result.commentUrl}; ${result.inlineComments} inline comments.`);
    core.setOutput('comment-url', result.commentUrl);
  } catch (error) {
    core.setFailed(`blog-post-lint: could not post to pull request #${pullNumber}: ${(error as Error).message} (the publish workflow needs permissions: pull-requests: write)`);
  }
}
