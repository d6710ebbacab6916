// The push sink: one commit comment with the summary on the pushed head commit, for blogs that
// publish by pushing to the default branch. Only posted when there are problems (a clean push
// stays quiet). It knows nothing about rules: it gets the rendered body.
import type { GitHubClient } from './client.js';
import { ReadOnlyTokenError } from './publish.js';

export const COMMIT_MARKER = '<!-- blog-post-lint:commit -->';

export async function postCommitComment(client: GitHubClient, owner: string, repo: string, commitSha: string, body: string): Promise<string> {
  try {
    const { data } = await client.rest.repos.createCommitComment({ owner, repo, commit_sha: commitSha, body });
    return data.html_url;
  } catch (error) {
    const status = (error as { status?: number }).status;
    // A token without contents: write (or a fork's) answers 403; say so rather than "internal error".
    if (status === 403 || status === 401 || status === 404) throw new ReadOnlyTokenError(`GitHub refused to write (${status}: ${(error as Error).message})`);
    throw error;
  }
}
