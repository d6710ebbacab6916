// The pull-request sink: one sticky summary comment, one review with inline comments, and the review
// threads of fixed problems resolved. It knows nothing about rules: it gets a report, the changed
// files' patches and, per problem, the text of its line and its suggestion (InlineFacts). Both the
// lint run (run.ts) and fork mode's publish run (publish-only.ts) post through `postToPullRequest`.
import * as core from '@actions/core';
import type { Problem, Report } from '../core/types.js';
import { formatPullRequestComment } from '../report/comment.js';
import type { GitHubClient } from '../github/client.js';
import { SUMMARY_MARKER } from '../github/comment.js';
import { asWriter, isRefusal } from '../github/errors.js';
import type { RunContext } from '../github/event.js';
import type { ChangedFile } from '../github/files.js';
import { readReviewThreads, resolveThreads } from '../github/graphql.js';
import { createReview, listReviewComments, type Repository } from '../github/rest.js';
import { fingerprint, fingerprintsBy, planInlineComments, type InlineFacts } from '../github/review.js';
import { fixedThenResolvedFingerprints, planThreadResolution, type ReviewThread, type ThreadPlan } from '../github/threads.js';
import type { ActionInputs } from './inputs.js';
import { upsertSummaryComment } from './comments.js';

export interface PublishInput {
  repository: Repository;
  pullNumber: number;
  headSha?: string;
  serverUrl: string;
  report: Report;
  /** Blog-relative post path -> its changed-file entry (patch, repo path). */
  changed: Map<string, ChangedFile>;
  /** The blog root's path in the repository ('' at the top). */
  prefix: string;
  facts: Map<Problem, InlineFacts>;
  ownLogin: string;
  maxInlineComments: number;
  /** `fix: commit` pushed these posts' fixes in this run: their fixable problems get no inline comment. */
  fixCommit?: { sha: string; url: string; files: Set<string> };
  log: (message: string) => void;
}

export interface PublishResult {
  commentUrl: string;
  commentAction: 'created' | 'updated' | 'unchanged';
  /** Inline comments posted (0 when GitHub rejected the review). */
  inlineComments: number;
}

/** What is posted, from either side of the action. */
export type PullRequestPost = Pick<PublishInput, 'pullNumber' | 'headSha' | 'report' | 'changed' | 'prefix' | 'facts' | 'fixCommit'>;

/**
 * Posts to the pull request as the action's inputs and the run say (the repository, the account,
 * the cap on inline comments) and logs what was posted. GitHub's refusal of the token is a
 * ReadOnlyTokenError; the caller says what that means for its run.
 */
export async function postToPullRequest(inputs: ActionInputs, context: RunContext & { owner: string; repo: string }, client: GitHubClient, post: PullRequestPost): Promise<PublishResult> {
  const result = await publishToPullRequest({
    repository: { client, owner: context.owner, repo: context.repo },
    serverUrl: context.serverUrl,
    ownLogin: inputs.botLogin,
    maxInlineComments: inputs.maxInlineComments,
    log: core.info,
    ...post,
  });
  core.info(`Summary comment ${result.commentAction}: ${result.commentUrl}; ${result.inlineComments} inline comments.`);
  return result;
}

async function publishToPullRequest(input: PublishInput): Promise<PublishResult> {
  const { repository, pullNumber, report } = input;
  const repoPath = (file: string) => (input.prefix ? `${input.prefix}/${file}` : file);
  const files = new Map([...input.changed].map(([file, changed]) => [file, { repoPath: repoPath(file), ...(changed.patch !== undefined ? { patch: changed.patch } : {}) }]));
  const fixedByCommit = (problem: Problem) => !!problem.fix && !!input.fixCommit?.files.has(problem.file);
  // A problem the fix commit already fixed would get a suggestion for a line that has changed.
  const problems = report.files.flatMap((file) => file.problems).filter((problem) => !fixedByCommit(problem));

  return asWriter(async () => {
    // The threads are read before this run posts, so its own new threads are never judged.
    const threads = await tryReadReviewThreads(input);
    const posted = fingerprintsBy(await listReviewComments(repository, pullNumber), input.ownLogin);
    // A problem whose thread this action resolved as fixed, reported again, came back: post it again.
    for (const print of threads ? fixedThenResolvedFingerprints(threads, input.ownLogin) : []) posted.delete(print);
    const plan = planInlineComments({ problems, files, facts: input.facts, posted, cap: input.maxInlineComments });
    const { owner, repo } = repository;
    const linkBase = input.headSha ? `${input.serverUrl}/${owner}/${repo}/blob/${input.headSha}/${input.prefix ? input.prefix + '/' : ''}` : undefined;
    const render = (omittedInline: number) =>
      formatPullRequestComment(report, {
        marker: SUMMARY_MARKER,
        ...(linkBase ? { linkBase } : {}),
        omittedInline,
        ...(input.fixCommit ? { fixCommit: { sha: input.fixCommit.sha, url: input.fixCommit.url, posts: [...input.fixCommit.files].sort() } } : {}),
      });

    let reviewRejected = false;
    if (plan.comments.length > 0) {
      try {
        await createReview(repository, pullNumber, input.headSha, plan.comments, '');
      } catch (error) {
        if (isRefusal(error)) throw error;
        // One bad comment rejects the whole review (422) without saying which: every problem is
        // in the summary comment anyway, so nothing is lost.
        reviewRejected = true;
        input.log(`The review was rejected (${(error as Error).message}); the summary comment lists every problem.`);
      }
    }
    const omitted = plan.overCap.length + (reviewRejected ? plan.comments.length : 0);
    const comment = await upsertSummaryComment(repository, pullNumber, render(omitted), input.ownLogin);
    if (threads) await followThreads(input, planThreadResolution({ threads, ownLogin: input.ownLogin, ...reportedProblems(input, repoPath) }));
    return { commentUrl: comment.url, commentAction: comment.action, inlineComments: reviewRejected ? 0 : plan.comments.length };
  });
}

/** Fingerprints of every problem reported, and the repository paths of the files they were looked for in. */
function reportedProblems(input: PublishInput, repoPath: (file: string) => string): { reported: Set<string>; linted: Set<string> } {
  const reported = new Set<string>();
  const linted = new Set<string>();
  for (const file of input.report.files) {
    // A file that could not be read has a problem without facts: no fingerprints, so no verdict on its threads.
    if (!file.problems.every((problem) => input.facts.has(problem))) continue;
    linted.add(repoPath(file.file));
    for (const problem of file.problems) reported.add(fingerprint(problem, input.facts.get(problem)!.lineText));
  }
  return { reported, linted };
}

/**
 * The threads, or undefined when GitHub would not let us read them (logged; nothing is resolved
 * then). A failure with the threads (a token without the permission, GraphQL down) never fails the run.
 */
async function tryReadReviewThreads(input: PublishInput): Promise<ReviewThread[] | undefined> {
  const { client, owner, repo } = input.repository;
  try {
    return await readReviewThreads(client, owner, repo, input.pullNumber);
  } catch (error) {
    input.log(`Could not read the review threads, none resolved: ${(error as Error).message}`);
    return undefined;
  }
}

/** Resolves the fixed threads among those read before this run posted anything. */
async function followThreads(input: PublishInput, plan: ThreadPlan): Promise<void> {
  const resolved = plan.resolve.length > 0 ? await resolveThreads(input.repository.client, plan.resolve, input.log) : 0;
  if (plan.resolve.length > 0 || plan.discussed > 0)
    input.log(`Review threads: ${resolved} fixed resolved, ${plan.discussed} fixed but discussed left open, ${plan.stillReported} still reported.`);
}
