// The pull-request sink: one sticky summary comment and one review with inline comments. It knows
// nothing about rules: it gets a report, the changed files' patches and, per problem, the text of
// its line and its suggestion (InlineFacts).
import type { Problem, Report } from '../core/types.js';
import { formatPullRequestComment } from '../report/comment.js';
import type { GitHubClient } from './client.js';
import { SUMMARY_MARKER, upsertSummaryComment } from './comment.js';
import type { ChangedFile } from './files.js';
import { createReview, existingFingerprints, fingerprint, planInlineComments, type InlineFacts } from './review.js';
import { fixedThenResolvedFingerprints, followThreads, tryReadReviewThreads } from './threads.js';

export interface PublishInput {
  client: GitHubClient;
  owner: string;
  repo: string;
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
  inlineComments: number;
  reviewUrl?: string;
  reviewRejected: boolean;
  /** Review threads of fixed problems resolved on this run. */
  threadsResolved: number;
}

export class ReadOnlyTokenError extends Error {}

export async function publishToPullRequest(input: PublishInput): Promise<PublishResult> {
  const { client, owner, repo, pullNumber, report } = input;
  const repoPath = (file: string) => (input.prefix ? `${input.prefix}/${file}` : file);
  const files = new Map([...input.changed].map(([file, changed]) => [file, { repoPath: repoPath(file), ...(changed.patch !== undefined ? { patch: changed.patch } : {}) }]));
  const fixedByCommit = (problem: Problem) => !!problem.fix && !!input.fixCommit?.files.has(problem.file);
  // A problem the fix commit already fixed would get a suggestion for a line that has changed.
  const problems = report.files.flatMap((file) => file.problems).filter((problem) => !fixedByCommit(problem));

  return guardWrites(async () => {
    // The threads are read before this run posts, so its own new threads are never judged.
    const threads = await tryReadReviewThreads(client, owner, repo, pullNumber, input.log);
    const posted = await existingFingerprints(client, owner, repo, pullNumber, input.ownLogin);
    // A problem whose thread this action resolved as fixed, reported again, came back: post it again.
    for (const print of threads ? fixedThenResolvedFingerprints(threads, input.ownLogin) : []) posted.delete(print);
    const plan = planInlineComments({ problems, files, facts: input.facts, posted, cap: input.maxInlineComments });
    const linkBase = input.headSha ? `${input.serverUrl}/${owner}/${repo}/blob/${input.headSha}/${input.prefix ? input.prefix + '/' : ''}` : undefined;
    const render = (omittedInline: number) =>
      formatPullRequestComment(report, {
        marker: SUMMARY_MARKER,
        ...(linkBase ? { linkBase } : {}),
        omittedInline,
        ...(input.fixCommit ? { fixCommit: { sha: input.fixCommit.sha, url: input.fixCommit.url, posts: [...input.fixCommit.files].sort() } } : {}),
      });

    let reviewUrl: string | undefined;
    let reviewRejected = false;
    if (plan.comments.length > 0) {
      try {
        reviewUrl = await createReview(client, owner, repo, pullNumber, input.headSha, plan.comments, '');
      } catch (error) {
        if ((error as { status?: number }).status === 403) throw error;
        // One bad comment rejects the whole review (422) without saying which: every problem is
        // in the summary comment anyway, so nothing is lost.
        reviewRejected = true;
        input.log(`The review was rejected (${(error as Error).message}); the summary comment lists every problem.`);
      }
    }
    const omitted = plan.overCap.length + (reviewRejected ? plan.comments.length : 0);
    const comment = await upsertSummaryComment(client, owner, repo, pullNumber, render(omitted), input.ownLogin);
    const followed = threads ? await followThreads({ client, owner, repo, pullNumber, ownLogin: input.ownLogin, threads, ...reportedProblems(input, repoPath), log: input.log }) : undefined;
    const result: PublishResult = {
      commentUrl: comment.url,
      commentAction: comment.action,
      inlineComments: reviewRejected ? 0 : plan.comments.length,
      reviewRejected,
      threadsResolved: followed?.resolved ?? 0,
    };
    if (reviewUrl) result.reviewUrl = reviewUrl;
    return result;
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

/** A read-only token (a fork's pull_request run) answers 403 to writes: report it as such. */
async function guardWrites<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401 || status === 404) throw new ReadOnlyTokenError(`GitHub refused to write (${status}: ${(error as Error).message})`);
    throw error;
  }
}
