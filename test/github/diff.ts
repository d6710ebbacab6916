// Unified-diff helpers for the fake GitHub: parse a file's `patch` (as pulls.listFiles returns it)
// into hunks with old/new line numbers and diff positions, decide whether a review comment can sit
// on a line the way GitHub does, and build patches for test files.
//
// This is an independent implementation of GitHub's rule on purpose (the action has its own in
// src/github/patch.ts); a contract test that shared the code would prove nothing.

export type Side = 'LEFT' | 'RIGHT';

export interface DiffLine {
  kind: ' ' | '+' | '-' | '\\';
  /** Line number in the base file (context and deleted lines). */
  oldLine?: number;
  /** Line number in the head file (context and added lines). */
  newLine?: number;
  /** GitHub's diff `position`: 1 for the first line below the first `@@` header. */
  position: number;
  hunk: number;
  text: string;
}

export interface Hunk {
  index: number;
  header: string;
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  /** The header's own position (0 for the first hunk). */
  position: number;
  lines: DiffLine[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string | undefined): Hunk[] {
  if (!patch) return [];
  const hunks: Hunk[] = [];
  let position = -1;
  let oldLine = 0;
  let newLine = 0;
  let current: Hunk | undefined;
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      position++;
      current = {
        index: hunks.length,
        header: text,
        oldStart: Number(header[1]),
        oldCount: header[2] === undefined ? 1 : Number(header[2]),
        newStart: Number(header[3]),
        newCount: header[4] === undefined ? 1 : Number(header[4]),
        position,
        lines: [],
      };
      hunks.push(current);
      oldLine = current.oldStart;
      newLine = current.newStart;
      continue;
    }
    if (!current) continue;
    position++;
    const kind = text[0];
    if (kind === '+') current.lines.push({ kind: '+', newLine: newLine++, position, hunk: current.index, text });
    else if (kind === '-') current.lines.push({ kind: '-', oldLine: oldLine++, position, hunk: current.index, text });
    else if (kind === '\\') current.lines.push({ kind: '\\', position, hunk: current.index, text });
    else current.lines.push({ kind: ' ', oldLine: oldLine++, newLine: newLine++, position, hunk: current.index, text });
  }
  return hunks;
}

/** The diff line a comment on `line` of `side` sits on, or undefined when GitHub cannot resolve it. */
export function findLine(hunks: Hunk[], line: number, side: Side): DiffLine | undefined {
  for (const hunk of hunks)
    for (const l of hunk.lines) {
      if (side === 'RIGHT' && l.kind !== '-' && l.kind !== '\\' && l.newLine === line) return l;
      if (side === 'LEFT' && l.kind !== '+' && l.kind !== '\\' && l.oldLine === line) return l;
    }
  return undefined;
}

export function findPosition(hunks: Hunk[], position: number): DiffLine | undefined {
  for (const hunk of hunks) for (const l of hunk.lines) if (l.position === position && l.kind !== '\\') return l;
  return undefined;
}

/** The `diff_hunk` GitHub stores with a review comment: the hunk header and the lines up to the comment. */
export function diffHunkUpTo(hunks: Hunk[], target: DiffLine): string {
  const hunk = hunks[target.hunk]!;
  const lines = [hunk.header];
  for (const l of hunk.lines) {
    lines.push(l.text);
    if (l === target) break;
  }
  return lines.join('\n');
}

export function countChanges(patch: string | undefined): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  for (const hunk of parsePatch(patch))
    for (const l of hunk.lines) {
      if (l.kind === '+') additions++;
      else if (l.kind === '-') deletions++;
    }
  return { additions, deletions };
}

/** `@@ -0,0 +1,N @@` and every line added: the patch of a new file. */
export function addedPatch(content: string): string {
  const lines = splitContent(content);
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

/** Every line deleted: the patch of a removed file. */
export function removedPatch(content: string): string {
  const lines = splitContent(content);
  return [`@@ -1,${lines.length} +0,0 @@`, ...lines.map((l) => `-${l}`)].join('\n');
}

/**
 * A patch of `after` against `before` with `context` lines around each change (like git's -U3),
 * computed with a plain LCS: good enough for test files of a few hundred lines.
 */
export function modifiedPatch(before: string, after: string, context = 3): string {
  const a = splitContent(before);
  const b = splitContent(after);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  type Op = { kind: ' ' | '+' | '-'; text: string; old: number; new: number };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: ' ', text: a[i]!, old: ++i, new: ++j });
    else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push({ kind: '+', text: b[j]!, old: i, new: ++j });
    else ops.push({ kind: '-', text: a[i]!, old: ++i, new: j });
  }
  const changed = ops.map((op, index) => (op.kind !== ' ' ? index : -1)).filter((index) => index >= 0);
  if (changed.length === 0) return '';
  // Group changes whose context windows touch into hunks.
  const groups: Array<[number, number]> = [];
  for (const index of changed) {
    const start = Math.max(0, index - context);
    const end = Math.min(ops.length - 1, index + context);
    const last = groups[groups.length - 1];
    if (last && start <= last[1] + 1) last[1] = end;
    else groups.push([start, end]);
  }
  const out: string[] = [];
  for (const [start, end] of groups) {
    const slice = ops.slice(start, end + 1);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const first = slice[0]!;
    const oldStart = oldCount === 0 ? first.old : first.kind === '+' ? first.old + 1 : first.old;
    const newStart = newCount === 0 ? first.new : first.kind === '-' ? first.new + 1 : first.new;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of slice) out.push(`${op.kind}${op.text}`);
  }
  return out.join('\n');
}

function splitContent(content: string): string[] {
  if (content === '') return [];
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
