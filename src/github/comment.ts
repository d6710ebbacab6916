// The one summary comment per pull request, the plan: found by its hidden marker AND by its author
// being this action's own account (a comment by anyone else that happens to contain the marker is
// never touched), updated in place on every run.
//
// Two runs on one PR can overlap (a push while the last run still lints, or the lint and publish
// workflows of a fork): both find no comment and both create one. So after a create the action lists
// once more and converges the same way in every run: the oldest of ours (lowest id) stays and
// carries this run's body, the others are deleted. Whichever run looks last, one comment is left.
// The requests are the action's (src/action/comments.ts); this file decides.
import type { ListedComment } from './rest.js';

export const SUMMARY_MARKER = '<!-- blog-post-lint:summary -->';

export interface UpsertResult {
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

/** A comment of ours: our marker, our account. */
export function isOwnComment(comment: ListedComment, marker: string, ownLogin: string): boolean {
  return comment.body.includes(marker) && comment.login === ownLogin;
}

/** Our summary comments, oldest first. */
export function ownSummaryComments(comments: ListedComment[], ownLogin: string): ListedComment[] {
  return comments.filter((comment) => isOwnComment(comment, SUMMARY_MARKER, ownLogin)).sort((a, b) => a.id - b.id);
}

/**
 * After this run created `created`, ours as listed again (oldest first): which one stays and which
 * go. The oldest stays; when it is another run's, it takes this run's body and ours goes.
 */
export function convergeAfterCreate(after: ListedComment[], created: ListedComment): { keep: ListedComment; createdStays: boolean; remove: ListedComment[] } {
  const keep = after[0];
  if (!keep || keep.id === created.id) return { keep: created, createdStays: true, remove: after.slice(1) };
  return { keep, createdStays: false, remove: [...after.slice(1), created] };
}

/** Each comment once (a comment listed twice is deleted once). */
export function uniqueComments(comments: ListedComment[]): ListedComment[] {
  return [...new Map(comments.map((comment) => [comment.id, comment])).values()];
}
