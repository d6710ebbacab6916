// `fix: commit`'s files: what one fixed post is in the Git Data API's tree, and git's blob id, with
// which the action checks that the checked-out post is the pull request's head version. The commit
// itself is made by the action (src/action/commit-fixes.ts) through rest.ts.
import { createHash } from 'node:crypto';

export interface FixedFile {
  /** Repository-relative path. */
  path: string;
  /** The whole fixed file (UTF-8 text, BOM and line endings as in the original). */
  content: string;
  mode: '100644' | '100755';
}

/** Git's blob id for these bytes: sha1 of `blob <length>\0` and the bytes (listFiles' `sha`). */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
