// `fix: commit`, the action's side: which posts may be committed and what their fixed text is.
// On pull_request, actions/checkout checks out the merge commit, so a workspace file is only
// committed when its bytes are the head's (same git blob SHA as the files API gives); its fixed
// text comes from the engine (fixText), which changes only the bytes the fixes change.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readForFix, type LintEnvironment } from './runner/environment.js';
import { fixTextInProcess } from './runner/in-process.js';
import type { Report } from './core/types.js';
import type { GitHubClient } from './github/client.js';
import { isPullRequestEvent, type RunContext } from './github/event.js';
import type { ChangedFile } from './github/files.js';
import { gitBlobSha, pushFixCommit, type FixedFile } from './github/fix-commit.js';
import { ReadOnlyTokenError } from './github/publish.js';
import type { LintPool } from './runner/parallel.js';

export interface CommitFixesInput {
  context: RunContext;
  client?: GitHubClient;
  environment: LintEnvironment;
  report: Report;
  /** Blog-relative post -> its entry in the pull request's files (API only: it carries the blob SHA). */
  changed?: Map<string, ChangedFile>;
  prefix: string;
  log: (message: string) => void;
  warn: (message: string) => void;
  /** The workers that lint under the budget: the fixes are made there too, when given. */
  pool?: LintPool;
}

export interface FixCommit {
  sha: string;
  url: string;
  /** Blog-relative paths of the posts the commit changed. */
  files: Set<string>;
}

/** Pushes the fix commit when it is safe to; returns it, or undefined with the reason logged. */
export async function commitFixes(input: CommitFixesInput): Promise<FixCommit | undefined> {
  const { context, client, changed } = input;
  const skip = (reason: string) => {
    input.log(`fix: commit: nothing committed: ${reason}.`);
    return undefined;
  };
  if (!isPullRequestEvent(context)) return skip(`it only applies to pull requests (this is a ${context.eventName || 'manual'} run)`);
  if (context.fromFork) return skip('the pull request comes from a fork; its branch is in another repository and is never written to');
  if (!context.sameRepository) return skip('the event does not show the head branch to be in this repository (a deleted fork?)');
  if (!client || !context.owner || !context.repo) return skip('no github-token was given');
  if (!context.headRef || !context.headSha) return skip('the event names no head branch and commit');
  if (!changed) return skip("the pull request's files could not be listed through the API (their blob SHAs are needed)");

  const files: FixedFile[] = [];
  const posts = new Set<string>();
  for (const result of input.report.files) {
    if (!result.problems.some((problem) => problem.fix)) continue;
    const fixed = await fixedFile(result.file, input);
    if (fixed) {
      files.push(fixed);
      posts.add(result.file);
    }
  }
  if (files.length === 0) return skip('no post in this pull request has an automatic fix that can be committed');

  try {
    const result = await pushFixCommit({
      client,
      owner: context.owner,
      repo: context.repo,
      branch: context.headRef,
      headSha: context.headSha,
      files,
      message: `blog-post-lint: apply automatic fixes\n\nFixed ${files.map((file) => file.path).join(', ')}.`,
    });
    if (!result.pushed) {
      input.warn(`fix: commit: nothing committed: ${result.reason}.`);
      return undefined;
    }
    input.log(`fix: commit: pushed ${result.sha} to ${context.headRef} (${files.length} ${files.length === 1 ? 'post' : 'posts'}): ${result.url}. A commit made with GITHUB_TOKEN starts no new workflow run.`);
    return { sha: result.sha, url: result.url, files: posts };
  } catch (error) {
    const reason = error instanceof ReadOnlyTokenError ? error.message : `GitHub failed: ${(error as Error).message}`;
    input.warn(`fix: commit: nothing committed: ${reason}.`);
    return undefined;
  }
}

async function fixedFile(file: string, input: CommitFixesInput): Promise<FixedFile | undefined> {
  const repoPath = input.prefix ? `${input.prefix}/${file}` : file;
  const headSha = input.changed!.get(file)?.sha;
  if (!headSha) {
    input.log(`fix: commit: skipped ${repoPath}: the pull request's files give no blob SHA for it.`);
    return undefined;
  }
  const absolute = path.join(input.environment.repo.root, file);
  const bytes = await fs.readFile(absolute).catch(() => undefined);
  if (!bytes || gitBlobSha(bytes) !== headSha) {
    input.log(`fix: commit: skipped ${repoPath}: the checked-out file is not the pull request's head version (actions/checkout checks out the merge commit unless \`ref: \${{ github.event.pull_request.head.sha }}\`).`);
    return undefined;
  }
  const original = await readForFix(file, input.environment);
  // Only text that round-trips to the same bytes can be committed as `content` without changing anything else.
  if (original === undefined || !Buffer.from(original, 'utf8').equals(bytes)) {
    input.log(`fix: commit: skipped ${repoPath}: it could not be read back byte for byte.`);
    return undefined;
  }
  const fixed = input.pool ? await input.pool.fix(file, original) : await fixTextInProcess(file, original, input.environment);
  if (!('output' in fixed)) {
    input.log(`fix: commit: skipped ${repoPath}: ${fixed.problems[0]?.message ?? 'it could not be fixed'}`);
    return undefined;
  }
  if (fixed.output === original) return undefined;
  const mode = ((await fs.stat(absolute)).mode & 0o111) !== 0 ? '100755' : '100644';
  return { path: repoPath, content: fixed.output, mode };
}
