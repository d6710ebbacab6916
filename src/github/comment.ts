// The one summary comment per pull request: found by its hidden marker AND by its author being
// this action's own account, updated in place on every run. A comment by anyone else that
// happens to contain the marker is never touched.
import type { GitHubClient } from './client.js';

export const SUMMARY_MARKER = '<!-- blog-post-lint:summary -->';

export interface UpsertResult {
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

export async function upsertSummaryComment(client: GitHubClient, owner: string, repo: string, issueNumber: number, body: string, ownLogin: string): Promise<UpsertResult> {
  const mine = await findOwnComments(client, owner, repo, issueNumber, ownLogin);
  const existing = mine[0];
  if (existing) {
    if (existing.body === body) return { url: existing.html_url, action: 'unchanged' };
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { url: data.html_url, action: 'updated' };
  }
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { url: data.html_url, action: 'created' };
}

async function findOwnComments(client: GitHubClient, owner: string, repo: string, issueNumber: number, ownLogin: string) {
  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  return comments
    .filter((comment) => (comment.body ?? '').includes(SUMMARY_MARKER) && comment.user?.login === ownLogin)
    .map((comment) => ({ id: comment.id, html_url: comment.html_url, body: comment.body ?? '' }));
}
