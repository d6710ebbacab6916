// Applying fixes, after eslint's source-code-fixer: every fix is a set of range edits on the
// original text; edits are applied from the start, a fix that overlaps one already taken is left
// for the next pass (its problem stays reported), and the caller repeats lint+fix until nothing
// changes or the pass cap is reached. Bytes outside the edits are never touched.
import type { Edit, Fix, Problem } from '../core/types.js';

export interface FixResult {
  output: string;
  /** Problems whose fix was applied in this pass. */
  applied: Problem[];
  /** Fixable problems left for another pass (their edits overlapped an applied one). */
  deferred: Problem[];
}

/** Offsets in a fix are into the file as read (BOM included), so `text` here is that whole text. */
export function applyFixes(text: string, problems: Problem[]): FixResult {
  const fixable = problems.filter((problem): problem is Problem & { fix: Fix } => !!problem.fix && problem.fix.edits.length > 0);
  // Deterministic order: by where the fix starts, then by rule id, then by the edit text.
  const ordered = [...fixable].sort((a, b) => fixStart(a.fix) - fixStart(b.fix) || fixEnd(a.fix) - fixEnd(b.fix) || a.ruleId.localeCompare(b.ruleId) || JSON.stringify(a.fix).localeCompare(JSON.stringify(b.fix)));
  const taken: Edit[] = [];
  const applied: Problem[] = [];
  const deferred: Problem[] = [];
  for (const problem of ordered) {
    const edits = normalizeEdits(problem.fix.edits);
    if (edits.some((edit) => edit.range[0] < 0 || edit.range[1] > text.length || edit.range[0] > edit.range[1])) {
      deferred.push(problem);
      continue;
    }
    if (edits.every((edit) => isNoop(text, edit))) continue;
    const clashes = edits.some((edit) => taken.some((other) => overlaps(edit, other)));
    if (clashes) {
      // The same edit from two rules is one edit, not a conflict.
      if (edits.every((edit) => taken.some((other) => sameEdit(edit, other)))) applied.push(problem);
      else deferred.push(problem);
      continue;
    }
    taken.push(...edits);
    applied.push(problem);
  }
  taken.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  for (const edit of taken) {
    output += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  output += text.slice(cursor);
  return { output, applied, deferred };
}

function normalizeEdits(edits: Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.range[0] - b.range[0]);
}

function fixStart(fix: Fix): number {
  return fix.edits.reduce((least, edit) => Math.min(least, edit.range[0]), Infinity);
}

function fixEnd(fix: Fix): number {
  return fix.edits.reduce((most, edit) => Math.max(most, edit.range[1]), -Infinity);
}

function isNoop(text: string, edit: Edit): boolean {
  return text.slice(edit.range[0], edit.range[1]) === edit.text;
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/** Two edits touch the same text, or insert at the same point (their order would be ambiguous). */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.range[0] === a.range[1] || b.range[0] === b.range[1]) {
    return a.range[0] === b.range[0] || (a.range[0] > b.range[0] && a.range[0] < b.range[1]) || (b.range[0] > a.range[0] && b.range[0] < a.range[1]);
  }
  return a.range[0] < b.range[1] && b.range[0] < a.range[1];
}

/** A unified diff of two texts (whole lines, 3 lines of context), for `--fix-dry-run`. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = toLines(before);
  const b = toLines(after);
  const aEndsOpen = before !== '' && !before.endsWith('\n');
  const bEndsOpen = after !== '' && !after.endsWith('\n');
  // Fixes change few lines: keep the common head and tail out of the LCS table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops = [
    ...a.slice(0, head).map((text) => ({ kind: ' ' as const, text })),
    ...diffLines(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map((text) => ({ kind: ' ' as const, text })),
  ];
  // Line numbers before each op, in the old and the new text.
  const aAt: number[] = [];
  const bAt: number[] = [];
  let aLine = 1;
  let bLine = 1;
  for (const op of ops) {
    aAt.push(aLine);
    bAt.push(bLine);
    if (op.kind !== '+') aLine++;
    if (op.kind !== '-') bLine++;
  }
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let index = 0;
  while (index < changed.length) {
    let last = index;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 7) last++;
    const from = Math.max(0, changed[index]! - 3);
    const to = Math.min(ops.length - 1, changed[last]! + 3);
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((op) => op.kind !== '+').length;
    const bCount = slice.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${aCount ? aAt[from] : aAt[from]! - 1},${aCount} +${bCount ? bAt[from] : bAt[from]! - 1},${bCount} @@`);
    for (let i = from; i <= to; i++) {
      const op = ops[i]!;
      out.push(op.kind + op.text);
      // `\ No newline at end of file` after the last line of a side that has none.
      const lastOfA = op.kind !== '+' && aAt[i] === a.length && aEndsOpen;
      const lastOfB = op.kind !== '-' && bAt[i] === b.length && bEndsOpen;
      if (lastOfA || lastOfB) out.push('\\ No newline at end of file');
    }
    index = last + 1;
  }
  return out.join('\n') + '\n';
}

/** 1-based lines of `before` that `after` removed or changed (line LCS around the common head and tail). */
export function changedLines(before: string, after: string): number[] {
  return lineChanges(before, after).changed;
}

/**
 * The original lines an edit from `before` to `after` touches outside `named`: changed or removed
 * lines not in it, and inserted lines whose neighbours (the original lines just before and after
 * the insertion) are both outside it. A fix that wraps a block in new lines (`{% raw %}` …
 * `{% endraw %}`) touches only the block it named.
 */
export function strayLines(before: string, after: string, named: ReadonlySet<number>): number[] {
  const { changed, insertedAfter } = lineChanges(before, after);
  const stray = changed.filter((line) => !named.has(line));
  for (const gap of insertedAfter) if (!named.has(gap) && !named.has(gap + 1)) stray.push(gap);
  return stray;
}

/** Changed or removed original lines (1-based), and the gaps lines were inserted into (the original
 *  line before each insertion, 0 for the top). */
function lineChanges(before: string, after: string): { changed: number[]; insertedAfter: number[] } {
  if (before === after) return { changed: [], insertedAfter: [] };
  const a = toLines(before);
  const b = toLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const changed: number[] = [];
  const insertedAfter: number[] = [];
  let line = head;
  const ops = diffLines(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  ops.forEach((op, index) => {
    if (op.kind !== '+') {
      line++;
      if (op.kind === '-') changed.push(line);
      return;
    }
    // The first line of a run of added lines that replaces nothing (no removed line beside it).
    if (ops[index - 1]?.kind === '+') return;
    let end = index;
    while (ops[end + 1]?.kind === '+') end++;
    if (ops[index - 1]?.kind !== '-' && ops[end + 1]?.kind !== '-') insertedAfter.push(line);
  });
  // A change to the end of the file (a final newline added) belongs to its last line.
  if (changed.length === 0 && insertedAfter.length === 0) changed.push(Math.max(1, a.length));
  return { changed, insertedAfter };
}

/** Lines without their terminators; a final newline ends the last line, it does not start another. */
function toLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Edits past this many lines (removed plus added) are not diffed: every line of the middle counts as changed. */
const MAX_EDITS = 1_000;

type LineOp = { kind: ' ' | '-' | '+'; text: string };

/**
 * Myers' O((N+M)·D) line diff. A fix changes a few lines of a post, anywhere: a longest-common-
 * subsequence table of every line between the first and the last change was quadratic, and capped,
 * so a long post with fixes near its top and its end had every line in between "changed" (its
 * later fix passes were then thrown away as stray, and a second --fix changed the post again).
 */
function diffLines(a: string[], b: string[]): LineOp[] {
  const n = a.length;
  const m = b.length;
  // trace[d] holds the furthest x on each diagonal k in -d..d after d edits (index k + d).
  const trace: Int32Array[] = [];
  let previous = new Int32Array(1);
  for (let d = 0; d <= Math.min(MAX_EDITS, n + m); d++) {
    const v = new Int32Array(2 * d + 1);
    const at = (row: Int32Array, rowD: number, k: number) => row[k + rowD]!;
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1))) x = at(previous, d - 1, k + 1);
      else x = at(previous, d - 1, k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + d] = x;
      if (x >= n && y >= m) {
        trace.push(v);
        return backtrack(trace, a, b);
      }
    }
    trace.push(v);
    previous = v;
  }
  return [...a.map((text) => ({ kind: '-' as const, text })), ...b.map((text) => ({ kind: '+' as const, text }))];
}

function backtrack(trace: Int32Array[], a: string[], b: string[]): LineOp[] {
  const ops: LineOp[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous[k - 1 + d - 1]! < previous[k + 1 + d - 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[previousK + d - 1]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      y--;
      ops.push({ kind: ' ', text: a[--x]! });
    }
    if (down) ops.push({ kind: '+', text: b[--y]! });
    else ops.push({ kind: '-', text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    y--;
    ops.push({ kind: ' ', text: a[--x]! });
  }
  return ops.reverse();
}
