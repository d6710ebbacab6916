// Writing a fixed post back: never half-written. The text goes to a temporary file in the same
// folder (so the rename stays on one file system), which takes the post's mode, and is renamed over
// the post; a crash leaves either the old post or the new one. A link is written through, to the
// file it points at (the fix must not turn a link into a copy).
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Replaces the file's content; returns undefined when written, else why not (an errno code). */
export async function writeAtomically(file: string, text: string): Promise<string | undefined> {
  let target: string;
  let temporary: string | undefined;
  try {
    target = await fs.realpath(file);
    // The rename would succeed on a read-only post (only its folder's permission counts): its
    // own write permission decides, as it does for an editor.
    await fs.access(target, constants.W_OK);
    const stat = await fs.stat(target);
    if (!stat.isFile()) return 'not a regular file';
    const mode = stat.mode & 0o7777;
    temporary = path.join(path.dirname(target), `.blog-post-lint-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    const handle = await fs.open(temporary, 'wx', mode);
    try {
      await handle.writeFile(text);
      // The umask may have narrowed the mode given to open.
      await handle.chmod(mode);
      if (process.getuid?.() === 0) await handle.chown(stat.uid, stat.gid).catch(() => undefined);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
    return undefined;
  } catch (error) {
    if (temporary) await fs.rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}${REASONS[code] ? `: ${REASONS[code]}` : ''}` : (error as Error).message;
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
};
