// GitHub's REST endpoints the action calls, one function each: the request as GitHub documents it,
// the fields of the answer the action reads, nothing decided here. What to post is planned elsewhere
// (review.ts, comment.ts, threads.ts); when to call what is the action's (src/action/). Errors are
// Octokit's own (with `status`); errors.ts says which ones mean a read-only token.
import type { GitHubClient } from './client.js';
import { MAX_PULL_FILES, type ChangedFile } from './files.js';
import type { FixedFile } from './fix-commit.js';
import type { ReviewComment } from './review.js';

/** A repository, and the client to reach it with. */
export interface Repository {
  client: GitHubClient;
  owner: string;
  repo: string;
}

/** A comment as the listing endpoints give it: who wrote it matters as much as what it says. */
export interface ListedComment {
  id: number;
  html_url: string;
  body: string;
  /** undefined for a deleted account. */
  login: string | undefined;
}

/** pulls.listFiles, 100 a page following the Link header (300 files: 3 requests), up to GitHub's 3000 files. */
export async function listPullRequestFiles({ client, owner, repo }: Repository, pullNumber: number): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  for await (const { data } of pages) {
    for (const file of data) {
      const changed: ChangedFile = { filename: file.filename, status: file.status };
      if (file.previous_filename) changed.previousFilename = file.previous_filename;
      if (typeof file.patch === 'string') changed.patch = file.patch;
      if (typeof file.sha === 'string' && file.sha !== '') changed.sha = file.sha;
      files.push(changed);
    }
    if (files.length >= MAX_PULL_FILES) break;
  }
  return files.slice(0, MAX_PULL_FILES);
}

/** pulls.get: the pull request's head commit and the repository it comes from. */
export async function getPullRequest({ client, owner, repo }: Repository, pullNumber: number): Promise<{ headSha: string; headRepository: string | undefined }> {
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pullNumber });
  return { headSha: data.head.sha, headRepository: data.head.repo?.full_name };
}

/** pulls.listReviewComments, every page. */
export async function listReviewComments({ client, owner, repo }: Repository, pullNumber: number): Promise<ListedComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
  return comments.map((comment) => ({ id: comment.id, html_url: comment.html_url, body: comment.body, login: comment.user?.login }));
}

/** pulls.createReview with event COMMENT; its URL. */
export async function createReview({ client, owner, repo }: Repository, pullNumber: number, commitId: string | undefined, comments: ReviewComment[], body: string): Promise<string> {
  const { data } = await client.rest.pulls.createReview({
    owner,
    repo,
    pull_number: pullNumber,
    event: 'COMMENT',
    body,
    comments,
    ...(commitId ? { commit_id: commitId } : {}),
  });
  return data.html_url;
}

/** issues.listComments, every page. */
export async function listIssueComments({ client, owner, repo }: Repository, issueNumber: number): Promise<ListedComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  return comments.map((comment) => ({ id: comment.id, html_url: comment.html_url, body: comment.body ?? '', login: comment.user?.login }));
}

/** issues.createComment. */
export async function createIssueComment({ client, owner, repo }: Repository, issueNumber: number, body: string): Promise<{ id: number; html_url: string }> {
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { id: data.id, html_url: data.html_url };
}

/** issues.updateComment; its URL. */
export async function updateIssueComment({ client, owner, repo }: Repository, commentId: number, body: string): Promise<string> {
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
  return data.html_url;
}

/** issues.deleteComment. */
export async function deleteIssueComment({ client, owner, repo }: Repository, commentId: number): Promise<void> {
  await client.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
}

/** repos.listCommentsForCommit, every page. */
export async function listCommitComments({ client, owner, repo }: Repository, commitSha: string): Promise<ListedComment[]> {
  const comments = await client.paginate(client.rest.repos.listCommentsForCommit, { owner, repo, commit_sha: commitSha, per_page: 100 });
  return comments.map((comment) => ({ id: comment.id, html_url: comment.html_url, body: comment.body, login: comment.user?.login }));
}

/** repos.createCommitComment; its URL. */
export async function createCommitComment({ client, owner, repo }: Repository, commitSha: string, body: string): Promise<string> {
  const { data } = await client.rest.repos.createCommitComment({ owner, repo, commit_sha: commitSha, body });
  return data.html_url;
}

/** repos.updateCommitComment; its URL. */
export async function updateCommitComment({ client, owner, repo }: Repository, commentId: number, body: string): Promise<string> {
  const { data } = await client.rest.repos.updateCommitComment({ owner, repo, comment_id: commentId, body });
  return data.html_url;
}

/** git.getRef (`heads/<branch>`): the commit it points at. */
export async function getRef({ client, owner, repo }: Repository, ref: string): Promise<string> {
  return (await client.rest.git.getRef({ owner, repo, ref })).data.object.sha;
}

/** git.getCommit: its tree. */
export async function getCommitTree({ client, owner, repo }: Repository, commitSha: string): Promise<string> {
  return (await client.rest.git.getCommit({ owner, repo, commit_sha: commitSha })).data.tree.sha;
}

/** git.createTree: these files (whole contents) on top of `baseTree`. */
export async function createTree({ client, owner, repo }: Repository, baseTree: string, files: FixedFile[]): Promise<string> {
  const tree = await client.rest.git.createTree({
    owner,
    repo,
    base_tree: baseTree,
    tree: files.map((file) => ({ path: file.path, mode: file.mode, type: 'blob' as const, content: file.content })),
  });
  return tree.data.sha;
}

/** git.createCommit with one parent. */
export async function createCommit({ client, owner, repo }: Repository, message: string, tree: string, parent: string): Promise<{ sha: string; html_url: string }> {
  const { data } = await client.rest.git.createCommit({ owner, repo, message, tree, parents: [parent] });
  return { sha: data.sha, html_url: data.html_url };
}

/** git.updateRef, never forced: GitHub refuses a non-fast-forward (422). */
export async function updateRef({ client, owner, repo }: Repository, ref: string, sha: string): Promise<void> {
  await client.rest.git.updateRef({ owner, repo, ref, sha, force: false });
}
