// The posts a pull request changes: pulls.listFiles, 100 per page, up to GitHub's 3000 files.
// Removed files are dropped, renamed ones are kept under their new name (with the old one noted),
// and a missing `patch` (binary or huge diff) is kept as "no commentable lines".
import type { GitHubClient } from './client.js';

export const MAX_PULL_FILES = 3000;

export interface ChangedFile {
  /** Repository-relative path at the head commit. */
  filename: string;
  status: string;
  previousFilename?: string;
  patch?: string;
  /** The git blob SHA of the file at the head (API only): what `fix: commit` checks the workspace against. */
  sha?: string;
}

export async function listPullRequestFiles(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  // Follows the Link header, so 300 files take exactly 3 requests.
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

/** Files that still exist at the head, as paths relative to the blog root (`prefix` = working-directory). */
export function postsUnder(files: ChangedFile[], prefix: string): Map<string, ChangedFile> {
  const clean = prefix.replace(/^\.\/?/, '').replace(/\/$/, '');
  const result = new Map<string, ChangedFile>();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (clean && !file.filename.startsWith(clean + '/')) continue;
    result.set(clean ? file.filename.slice(clean.length + 1) : file.filename, file);
  }
  return result;
}
