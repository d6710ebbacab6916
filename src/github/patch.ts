// Which lines of a file a review comment may sit on: GitHub accepts RIGHT-side comments on lines
// that are in the PR's diff (added or context lines of a hunk), and a multi-line comment only
// within one hunk. The file's `patch` from pulls.listFiles is the source of truth.

export interface CommentableLines {
  /** New-file line number -> the index of the hunk it belongs to. */
  hunkOf: Map<number, number>;
}

export function commentableLines(patch: string | undefined): CommentableLines {
  const hunkOf = new Map<number, number>();
  if (!patch) return { hunkOf };
  let hunk = -1;
  let line = 0;
  for (const raw of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (header) {
      hunk++;
      line = Number(header[1]);
      continue;
    }
    if (hunk < 0) continue;
    if (raw.startsWith('-')) continue; // a deleted line exists only on the LEFT
    if (raw.startsWith('\\')) continue; // "\ No newline at end of file"
    hunkOf.set(line, hunk);
    line++;
  }
  return { hunkOf };
}

/** True when lines start..end (inclusive) are all commentable and in one hunk. */
export function canComment(lines: CommentableLines, start: number, end: number): boolean {
  const hunk = lines.hunkOf.get(start);
  if (hunk === undefined) return false;
  for (let line = start; line <= end; line++) if (lines.hunkOf.get(line) !== hunk) return false;
  return true;
}
