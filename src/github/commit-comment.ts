// The push sink: one commit comment with the summary on the pushed head commit, for blogs that
// publish by pushing to the default branch. Like the pull-request comment it is found by its hidden
// marker AND its author being this action's account, and updated in place (a re-run of the same
// push does not add a second one). Its body is the report's markdown from the one renderer
// (src/report/comment.ts), under this comment's own marker.
import type { Report } from '../core/types.js';
import { formatPullRequestComment } from '../report/comment.js';
import type { GitHubClient } from './client.js';
import type { UpsertResult } from './comment.js';
import { ReadOnlyTokenError } from './publish.js';

export const COMMIT_MARKER = '<!-- blog-post-lint:commit -->';

/** The commit comment's body: the PR comment's markdown under the commit marker. */
export function formatCommitComment(report: Report, linkBase?: string): string {
  return formatPullRequestComment(report, { marker: COMMIT_MARKER, ...(linkBase ? { linkBase } : {}) });
}

export async function upsertCommitComment(client: GitHubClient, owner: string, repo: string, commitSha: string, body: string, ownLogin: string): Promise<UpsertResult> {
  try {
    const comments = await client.paginate(client.rest.repos.listCommentsForCommit, { owner, repo, commit_sha: commitSha, per_page: 100 });
    const existing = comments.find((comment) => comment.body.includes(COMMIT_MARKER) && comment.user?.login === ownLogin);
    if (existing) {
      if (existing.body === body) return { url: existing.html_url, action: 'unchanged' };
      const { data } = await client.rest.repos.updateCommitComment({ owner, repo, comment_id: existing.id, body });
      return { url: data.html_url, action: 'updated' };
    }
    const { data } = await client.rest.repos.createCommitComment({ owner, repo, commit_sha: commitSha, body });
    return { url: data.html_url, action: 'created' };
  } catch (error) {
    const status = (error as { status?: number }).status;
    // A token without contents: write answers 403; say so rather than "internal error".
    if (status === 403 || status === 401) throw new ReadOnlyTokenError(`GitHub refused to write (${status}: ${(error as Error).message})`);
    throw error;
  }
}
