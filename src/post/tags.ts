// Tag and category normalization, shared by the rules that report it and the vocabulary that
// remembers what the blog already uses. Pure functions on strings.
import { isScalar, type Scalar } from 'yaml';

export type CasePolicy = 'lower' | 'preserve';

export interface TermOptions {
  /** `lower`: lower-case ASCII letters (Hangul and other scripts have no case to fold). */
  case: CasePolicy;
  /** Alias -> canonical term, e.g. `k8s: kubernetes`. Matched after the other steps, ignoring case. */
  aliases: Record<string, string>;
}

/**
 * Options of the `tags-normalize` rule: `case` (tags only: category names are shown as written) and
 * `aliases`. Tags keep the author's case unless the option or the theme (`lowerByDefault`: Chirpy
 * documents lowercase tags) asks for lowercase: `Spring Security` is a label readers see.
 */
export function termOptionsFrom(options: Record<string, unknown>, key: string, lowerByDefault = false): TermOptions {
  const aliases = options.aliases && typeof options.aliases === 'object' ? (options.aliases as Record<string, string>) : {};
  const lower = options.case === 'lower' || (options.case !== 'preserve' && lowerByDefault);
  return { case: key === 'tags' && lower ? 'lower' : 'preserve', aliases };
}

/** Trim, collapse inner whitespace, Unicode NFC (macOS writes NFD Hangul), case policy, aliases. */
export function normalizeTerm(term: string, options: TermOptions): string {
  let value = term.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (options.case === 'lower') value = value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const alias = Object.entries(options.aliases).find(([from]) => from.normalize('NFC').toLowerCase() === value.toLowerCase());
  return alias ? alias[1].normalize('NFC') : value;
}

/** The key two terms share when they are "the same tag" (case, spaces, hyphens, underscores). */
export function foldTerm(term: string): string {
  return term.normalize('NFC').toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * How a blog engine reads a plain string in `tags:`: Jekyll splits it on whitespace; a string with
 * commas is the author's list either way (Jekyll would keep the commas in the tag names).
 */
export function termsFromString(value: string, splitOnSpaces: boolean): string[] {
  if (value.includes(',')) return value.split(',').map((part) => part.trim()).filter(Boolean);
  return splitOnSpaces ? value.split(/\s+/).filter(Boolean) : [value.trim()].filter(Boolean);
}

/**
 * What cannot be written as a plain YAML scalar and read back as the same string, by `yaml` (1.2),
 * js-yaml or Jekyll's Psych (YAML 1.1): indicators at the start, flow and comment characters
 * inside, edge blanks, booleans and nulls of either version (`yes`, `off`, `~`), numbers of either
 * (`1`, `.5`, `0x1f`, `1_000`, `.inf`, `-.Inf`, `.NaN`), `=`, the empty string, and characters a
 * reader takes as a line break or cannot print.
 */
const PLAIN_UNSAFE = /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:,#[\]{}]|\s$|^(?:true|false|null|yes|no|on|off|y|n|~|=|)$|^[-+]?(?:\d|\.\d)|^[-+]?\.(?:inf|nan)$/i;
const NOT_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** A YAML double-quoted scalar: JSON's escapes, plus the line breaks JSON leaves raw but YAML 1.1 folds. */
export function yamlDoubleQuoted(term: string): string {
  return JSON.stringify(term).replace(/[\u0085\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A term as a YAML flow-sequence item: plain when that reads back as the same string. */
export function yamlFlowItem(term: string): string {
  return PLAIN_UNSAFE.test(term) || NOT_PRINTABLE.test(term) ? yamlDoubleQuoted(term) : term;
}

/** A replacement scalar in the quoting style the author used for the original. */
export function yamlScalarLike(original: Scalar | undefined, term: string): string {
  const type = original && isScalar(original) ? original.type : undefined;
  if (type === 'QUOTE_DOUBLE') return yamlDoubleQuoted(term);
  // Single quotes have no escapes: a line break or control character inside needs double quotes.
  if (type === 'QUOTE_SINGLE') return NOT_PRINTABLE.test(term) ? yamlDoubleQuoted(term) : `'${term.replace(/'/g, "''")}'`;
  return yamlFlowItem(term);
}

export function yamlFlowList(terms: string[]): string {
  return `[${terms.map(yamlFlowItem).join(', ')}]`;
}

export function tomlList(terms: string[]): string {
  return `[${terms.map((term) => JSON.stringify(term)).join(', ')}]`;
}

/**
 * Whether `a` and `b` are at most one edit apart (one insertion, deletion or substitution): one pass,
 * where the full distance is quadratic in the tags' length.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (start === a.length) return true;
  // Skip the differing character of `b` (insertion) or of both (substitution); the rest must match.
  const skipA = a.length === b.length ? 1 : 0;
  return a.slice(start + skipA) === b.slice(start + 1);
}

/** Edit distance (insertions, deletions, substitutions), for near-duplicate tags and rule-id typos. */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
