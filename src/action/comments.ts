// The action's comments: the sticky summary comment of a pull request and the commit comment of a
// push, each found and updated in place. What to keep, update or delete is decided in
// src/github/comment.ts; here are the requests, in order.
import { convergeAfterCreate, isOwnComment, ownSummaryComments, uniqueComments, type UpsertResult } from '../github/comment.js';
import { COMMIT_MARKER } from '../github/commit-comment.js';
import { statusOf } from '../github/errors.js';
import {
  createCommitComment,
  createIssueComment,
  deleteIssueComment,
  listCommitComments,
  listIssueComments,
  updateCommitComment,
  updateIssueComment,
  type ListedComment,
  type Repository,
} from '../github/rest.js';

export async function upsertSummaryComment(repository: Repository, issueNumber: number, body: string, ownLogin: string): Promise<UpsertResult> {
  const mine = ownSummaryComments(await listIssueComments(repository, issueNumber), ownLogin);
  const existing = mine[0];
  if (existing) {
    // Duplicates left by an earlier race whose runs did not both get to converge.
    await deleteComments(repository, mine.slice(1));
    if (existing.body === body) return { url: existing.html_url, action: 'unchanged' };
    return { url: await updateIssueComment(repository, existing.id, body), action: 'updated' };
  }
  const created = await createIssueComment(repository, issueNumber, body);
  const after = ownSummaryComments(await listIssueComments(repository, issueNumber), ownLogin);
  const { keep, createdStays, remove } = convergeAfterCreate(after, { ...created, body, login: ownLogin });
  await deleteComments(repository, remove);
  if (createdStays) return { url: created.html_url, action: 'created' };
  // Another run's comment is older: it stays, with this run's body, and ours goes.
  if (keep.body === body) return { url: keep.html_url, action: 'unchanged' };
  return { url: await updateIssueComment(repository, keep.id, body), action: 'updated' };
}

/** A 404 means the racing run deleted it first: that is the outcome we want. */
async function deleteComments(repository: Repository, comments: ListedComment[]): Promise<void> {
  for (const comment of uniqueComments(comments)) {
    try {
      await deleteIssueComment(repository, comment.id);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}

export async function upsertCommitComment(repository: Repository, commitSha: string, body: string, ownLogin: string): Promise<UpsertResult> {
  const existing = (await listCommitComments(repository, commitSha)).find((comment) => isOwnComment(comment, COMMIT_MARKER, ownLogin));
  if (existing) {
    if (existing.body === body) return { url: existing.html_url, action: 'unchanged' };
    return { url: await updateCommitComment(repository, existing.id, body), action: 'updated' };
  }
  return { url: await createCommitComment(repository, commitSha, body), action: 'created' };
}
