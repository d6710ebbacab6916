// A fix as a GitHub suggestion: the whole lines the fix touches, rewritten, inside a
// ```suggestion fence that is longer than any backtick run in the text.
import type { Fix } from '../core/types.js';

export interface Suggestion {
  startLine: number;
  endLine: number;
  /** The replacement lines, joined with \n (no trailing newline). */
  text: string;
}

/** `text` is the file as read (BOM included), the same text the fix's offsets refer to. */
export function suggestionFor(text: string, fix: Fix): Suggestion | undefined {
  if (fix.edits.length === 0) return undefined;
  const edits = [...fix.edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = edits[0]!.range[0];
  const end = edits.reduce((most, edit) => Math.max(most, edit.range[1]), -Infinity);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // The last character the fix touches decides the last line; an edit that swallows a line's
  // newline (removing the whole line) ends on that line.
  const last = end > start ? end - 1 : start;
  let lineEnd = text[last] === '\n' ? last : text.indexOf('\n', last);
  if (lineEnd === -1) lineEnd = text.length;
  let replaced = '';
  let cursor = lineStart;
  for (const edit of edits) {
    replaced += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  replaced += text.slice(cursor, lineEnd);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const body = replaced.replace(/\r(?=\n|$)/g, '').replace(/^\ufeff/, '');
  // A fix that only ends the last line (final-newline) changes no line a suggestion can show.
  if (lineEnd === text.length && body.endsWith('\n') && body.slice(0, -1) === text.slice(lineStart, lineEnd).replace(/\r(?=\n|$)/g, '').replace(/^\ufeff/, '')) return undefined;
  return { startLine: lineOf(lineStart), endLine: lineOf(lineEnd), text: body };
}

export function suggestionBlock(suggestion: Suggestion): string {
  const longest = Math.max(0, ...[...suggestion.text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}suggestion\n${suggestion.text}\n${fence}`;
}
