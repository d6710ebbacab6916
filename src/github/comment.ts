// The one summary comment per pull request: found by its hidden marker AND by its author being
// this action's own account, updated in place on every run. A comment by anyone else that
// happens to contain the marker is never touched.
//
// Two runs on one PR can overlap (a push while the last run still lints, or the lint and publish
// workflows of a fork): both find no comment and both create one. So after a create we list once
// more and converge the same way in every run: the oldest of ours (lowest id) stays and carries
// this run's body, the others are deleted. Whichever run looks last, one comment is left.
import type { GitHubClient } from './client.js';

export const SUMMARY_MARKER = '<!-- blog-post-lint:summary -->';

export interface UpsertResult {
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

interface OwnComment {
  id: number;
  html_url: string;
  body: string;
}

export async function upsertSummaryComment(client: GitHubClient, owner: string, repo: string, issueNumber: number, body: string, ownLogin: string): Promise<UpsertResult> {
  const mine = await findOwnComments(client, owner, repo, issueNumber, ownLogin);
  const existing = mine[0];
  if (existing) {
    // Duplicates left by an earlier race whose runs did not both get to converge.
    await deleteComments(client, owner, repo, mine.slice(1));
    if (existing.body === body) return { url: existing.html_url, action: 'unchanged' };
    return { url: await updateComment(client, owner, repo, existing.id, body), action: 'updated' };
  }
  const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  const after = await findOwnComments(client, owner, repo, issueNumber, ownLogin);
  const keep = after[0];
  if (!keep || keep.id === created.id) {
    await deleteComments(client, owner, repo, after.slice(1));
    return { url: created.html_url, action: 'created' };
  }
  // Another run's comment is older: it stays, with this run's body, and ours goes.
  await deleteComments(client, owner, repo, [...after.slice(1), { id: created.id, html_url: created.html_url, body }]);
  if (keep.body === body) return { url: keep.html_url, action: 'unchanged' };
  return { url: await updateComment(client, owner, repo, keep.id, body), action: 'updated' };
}

/** Ours, oldest first. */
async function findOwnComments(client: GitHubClient, owner: string, repo: string, issueNumber: number, ownLogin: string): Promise<OwnComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  return comments
    .filter((comment) => (comment.body ?? '').includes(SUMMARY_MARKER) && comment.user?.login === ownLogin)
    .map((comment) => ({ id: comment.id, html_url: comment.html_url, body: comment.body ?? '' }))
    .sort((a, b) => a.id - b.id);
}

async function updateComment(client: GitHubClient, owner: string, repo: string, commentId: number, body: string): Promise<string> {
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
  return data.html_url;
}

/** A 404 means the racing run deleted it first: that is the outcome we want. */
async function deleteComments(client: GitHubClient, owner: string, repo: string, comments: OwnComment[]): Promise<void> {
  const unique = [...new Map(comments.map((comment) => [comment.id, comment])).values()];
  for (const comment of unique) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
}
