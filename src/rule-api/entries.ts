// Small helpers shared by rules: where a frontmatter entry is, and what counts as "empty".
import type { FrontmatterEntry } from '../post/frontmatter.js';
import type { LintContext } from './context.js';
import { positionAt } from '../post/source.js';
import type { Edit, Position } from '../core/types.js';

export function keyPosition(entry: FrontmatterEntry): Position {
  return { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column + (entry.keyRange[1] - entry.keyRange[0]) };
}

export function valuePosition(context: LintContext, entry: FrontmatterEntry): Position {
  if (!entry.valueRange || entry.valueRange[0] === entry.valueRange[1]) return keyPosition(entry);
  const start = positionAt(context.source, entry.valueRange[0]);
  const end = positionAt(context.source, entry.valueRange[1]);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Line 1 (the opening fence), or the top of the file when there is no frontmatter. */
export function frontmatterPosition(): Position {
  return { line: 1, column: 1, endLine: 1, endColumn: 4 };
}

export function findEntry(context: LintContext, key: string): FrontmatterEntry | undefined {
  return context.frontmatter?.entries.find((entry) => entry.key === key);
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** True when the frontmatter parsed cleanly enough for key-level rules to mean anything. */
export function hasUsableFrontmatter(context: LintContext): boolean {
  return !!context.frontmatter && context.frontmatter.errors.length === 0;
}

/** An edit that renames a frontmatter key in place, keeping its quotes (`"Date":` -> `"date":`). */
export function renameKeyEdit(context: LintContext, entry: FrontmatterEntry, newKey: string): Edit {
  const written = context.source.text.slice(entry.keyRange[0], entry.keyRange[1]);
  const quote = /^["']/.exec(written)?.[0] ?? '';
  return { range: entry.keyRange, text: quote + newKey + quote };
}
