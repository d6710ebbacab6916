// The files a pull request changes (rest.ts listPullRequestFiles gives them, up to GitHub's 3000) as
// the posts of the blog: removed files are dropped, renamed ones are kept under their new name (with
// the old one noted), and a missing `patch` (binary or huge diff) is kept as "no commentable lines".
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

/**
 * Renamed posts (path now -> path before, both relative to the blog root), for permalink-changed.
 * The API names files from the repository root (pass the blog's prefix); git (--relative) from the
 * blog root (pass ''). A post moved in from outside the blog had no URL here before: left out.
 */
export function renamedPosts(changed: Map<string, ChangedFile>, prefix: string): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [file, entry] of changed) {
    if (entry.status !== 'renamed' || !entry.previousFilename) continue;
    const previous = entry.previousFilename;
    if (!prefix) renames.set(file, previous);
    else if (previous.startsWith(prefix + '/')) renames.set(file, previous.slice(prefix.length + 1));
  }
  return renames;
}
