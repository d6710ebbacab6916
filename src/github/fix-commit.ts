// `fix: commit`: one commit with the fixed posts on top of the pull request's head, through the
// Git Data API (tree on the head's tree, commit with the linted head as its only parent, then a
// fast-forward-only ref update). Never forced: if the branch moved since the run started, the
// check before and GitHub's non-fast-forward refusal after both leave the branch as it is.
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';
import { ReadOnlyTokenError } from './publish.js';

export interface FixedFile {
  /** Repository-relative path. */
  path: string;
  /** The whole fixed file (UTF-8 text, BOM and line endings as in the original). */
  content: string;
  mode: '100644' | '100755';
}

export interface FixCommitInput {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The pull request's head branch (in this repository) and the commit this run linted. */
  branch: string;
  headSha: string;
  files: FixedFile[];
  message: string;
}

export type FixCommitResult = { pushed: true; sha: string; url: string } | { pushed: false; reason: string };

export async function pushFixCommit(input: FixCommitInput): Promise<FixCommitResult> {
  const { client, owner, repo, headSha } = input;
  const ref = `heads/${input.branch}`;
  try {
    let current: string;
    try {
      current = (await client.rest.git.getRef({ owner, repo, ref })).data.object.sha;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return { pushed: false, reason: `the branch ${input.branch} does not exist any more` };
      throw error;
    }
    if (current !== headSha) {
      return { pushed: false, reason: `the branch ${input.branch} moved since this run started (it is at ${short(current)}, this run linted ${short(headSha)}); fixes are only committed on top of what was linted` };
    }
    const head = await client.rest.git.getCommit({ owner, repo, commit_sha: headSha });
    const tree = await client.rest.git.createTree({
      owner,
      repo,
      base_tree: head.data.tree.sha,
      tree: input.files.map((file) => ({ path: file.path, mode: file.mode, type: 'blob' as const, content: file.content })),
    });
    const commit = await client.rest.git.createCommit({ owner, repo, message: input.message, tree: tree.data.sha, parents: [headSha] });
    try {
      await client.rest.git.updateRef({ owner, repo, ref, sha: commit.data.sha, force: false });
    } catch (error) {
      // 422 "Update is not a fast forward": someone pushed between the check and now.
      if ((error as { status?: number }).status === 422) return { pushed: false, reason: `the branch ${input.branch} moved while the fix commit was being made (${(error as Error).message}); the branch was left as it is` };
      throw error;
    }
    return { pushed: true, sha: commit.data.sha, url: commit.data.html_url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401) throw new ReadOnlyTokenError(`GitHub refused to write (${status}: ${(error as Error).message}); fix: commit needs \`permissions: contents: write\``);
    throw error;
  }
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** Git's blob id for these bytes: sha1 of `blob <length>\0` and the bytes (listFiles' `sha`). */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
