// The push sink: one commit comment with the summary on the pushed head commit, for blogs that
// publish by pushing to the default branch. Like the pull-request comment it is found by its hidden
// marker AND its author being this action's account, and updated in place (a re-run of the same
// push does not add a second one). Its body is the report's markdown from the one renderer
// (src/report/comment.ts), under this comment's own marker. The requests are the action's
// (src/action/comments.ts).
import type { Report } from '../core/types.js';
import { formatPullRequestComment } from '../report/comment.js';

export const COMMIT_MARKER = '<!-- blog-post-lint:commit -->';

/** The commit comment's body: the PR comment's markdown under the commit marker. */
export function formatCommitComment(report: Report, linkBase?: string): string {
  return formatPullRequestComment(report, { marker: COMMIT_MARKER, ...(linkBase ? { linkBase } : {}) });
}
