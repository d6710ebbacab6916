// Finding and parsing a post's frontmatter, with a line for every top-level key.
//
// Where the block ends is decided here and nowhere else, by Jekyll's and Hugo's rule: the opening
// line is exactly `---` (YAML) or `+++` (TOML), optionally followed by a language name, and the
// block closes at the next line that is exactly the fence (trailing blanks allowed; YAML also
// accepts `...`). gray-matter closes at any line that merely *starts* with `---`, and evaluates
// `---js` blocks; we do neither. Parsing uses `yaml` (positions, duplicate keys, alias limits) and
// `smol-toml`; no engine that can run code is ever reachable.
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import jsYaml from 'js-yaml';
import { positionAt, type Source } from './source.js';
import { parseYamlDocument } from './yaml-document.js';
import { trimEndBlanks } from './scan.js';
import { dataNestingPast, MAX_NESTING, yamlNestingPast } from './nesting.js';

export type FrontmatterFormat = 'yaml' | 'toml' | 'json';

export interface FrontmatterEntry {
  key: string;
  value: unknown;
  /** 1-based line and column of the key. */
  line: number;
  column: number;
  /** Offsets of the key and value in `source.text` (the value is absent for `key:` with nothing). */
  keyRange: [number, number];
  valueRange?: [number, number];
  /** Set for YAML, where the node carries its source form (quoting, flow or block). */
  yamlNode?: YamlNode | null;
}

export interface FrontmatterError {
  kind: 'unclosed' | 'syntax' | 'duplicate-key' | 'not-a-mapping' | 'executable' | 'unknown-language' | 'too-deep';
  detail: string;
  line: number;
  column: number;
}

export interface Frontmatter {
  format: FrontmatterFormat;
  /** The whole block, fences included, as offsets into `source.text`. */
  range: [number, number];
  /** The text between the fences. */
  contentRange: [number, number];
  closeLine: number;
  data: Record<string, unknown>;
  entries: FrontmatterEntry[];
  errors: FrontmatterError[];
  yamlDocument?: Document | undefined;
  /** Read by the engine's more lenient YAML reader after `yaml` rejected it: values have no ranges. */
  lenient?: boolean;
}

/** What `locateFrontmatter` found when the file does start with a fence. */
export type Located =
  | { found: false }
  | { found: true; frontmatter: Frontmatter };

const EXECUTABLE_LANGUAGES = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson']);
const MAX_ALIASES = 100;

export interface ParseOptions {
  /**
   * The engine's YAML reader is libyaml-like (Ruby Psych for Jekyll, js-yaml for Hexo and Astro),
   * more lenient than `yaml`: a block only `yaml` rejects is read the engine's way, not an error.
   */
  lenientYaml?: boolean;
}

export function parseFrontmatter(source: Source, options: ParseOptions = {}): Located {
  const located = locateFrontmatter(source);
  if (!located.found) return located;
  const { frontmatter } = located;
  if (frontmatter.errors.length > 0) return located;
  const [start, end] = frontmatter.contentRange;
  const content = source.text.slice(start, end);
  if (frontmatter.format === 'yaml') {
    parseYaml(source, content, start, frontmatter);
    if (options.lenientYaml && frontmatter.errors.length > 0 && frontmatter.errors.every((error) => error.kind === 'syntax')) readLeniently(source, content, start, frontmatter);
  }
  else if (frontmatter.format === 'toml') parseTomlBlock(source, content, start, frontmatter);
  else parseJsonBlock(source, content, start, frontmatter);
  return located;
}

/** Where the block is and in which format, by the fences alone: `data` and `entries` stay empty. */
export function locateFrontmatter(source: Source): Located {
  const { text } = source;
  const firstLineEnd = lineEnd(text, 0);
  const firstLine = text.slice(0, firstLineEnd).replace(/\r$/, '');
  const opening = openingFence(firstLine);
  if (!opening) return { found: false };

  const fence = opening.fence;
  const language = opening.language.toLowerCase();
  const format: FrontmatterFormat | undefined =
    fence === '+++' ? 'toml' : language === '' || language === 'yaml' || language === 'yml' ? 'yaml' : language === 'toml' ? 'toml' : language === 'json' ? 'json' : undefined;

  const contentStart = Math.min(firstLineEnd + 1, text.length);
  const close = findClosingFence(text, contentStart, fence);
  const frontmatter: Frontmatter = {
    format: format ?? 'yaml',
    range: [0, close ? close.end : text.length],
    contentRange: [contentStart, close ? close.start : text.length],
    closeLine: close ? positionAt(source, close.start).line : 0,
    data: {},
    entries: [],
    errors: [],
  };

  if (EXECUTABLE_LANGUAGES.has(language)) {
    frontmatter.errors.push({ kind: 'executable', detail: language, line: 1, column: 4 });
    return { found: true, frontmatter };
  }
  if (!format) {
    frontmatter.errors.push({ kind: 'unknown-language', detail: language, line: 1, column: 4 });
    return { found: true, frontmatter };
  }
  if (!close) frontmatter.errors.push({ kind: 'unclosed', detail: fence, line: 1, column: 1 });
  return { found: true, frontmatter };
}

/**
 * `^(---|\+\+\+)[ \t]*([^\s]*)[ \t]*$` by hand: that regex backtracks quadratically on `---`, a
 * long run of blanks and any text after it.
 */
function openingFence(line: string): { fence: string; language: string } | undefined {
  const fence = line.slice(0, 3);
  if (fence !== '---' && fence !== '+++') return undefined;
  let at = 3;
  while (line[at] === ' ' || line[at] === '\t') at++;
  const start = at;
  while (at < line.length && !WHITESPACE.test(line[at]!)) at++;
  const language = line.slice(start, at);
  while (line[at] === ' ' || line[at] === '\t') at++;
  return at === line.length ? { fence, language } : undefined;
}

const WHITESPACE = /\s/;

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

function findClosingFence(text: string, from: number, fence: string): { start: number; end: number } | undefined {
  const closers = fence === '---' ? ['---', '...'] : [fence];
  let start = from;
  while (start < text.length) {
    const end = lineEnd(text, start);
    const line = trimEndBlanks(text.slice(start, end).replace(/\r$/, ''));
    if (closers.includes(line)) return { start, end: Math.min(end + 1, text.length) };
    start = end + 1;
  }
  return undefined;
}

function parseYaml(source: Source, content: string, base: number, frontmatter: Frontmatter): void {
  // Composing a block nested deeper than this could crash the process (see nesting.ts): not read.
  const tooDeep = yamlNestingPast(content);
  if (tooDeep !== undefined) {
    frontmatter.errors.push({ kind: 'too-deep', detail: String(MAX_NESTING), ...positionAt(source, base + tooDeep) });
    return;
  }
  const document = parseYamlDocument(content, { prettyErrors: false, keepSourceTokens: false });
  frontmatter.yamlDocument = document;
  // An error "at the end of input" belongs to the last line of the block, not to the closing fence.
  const lastContentOffset = base + Math.max(0, content.replace(/\r?\n$/, '').length - 1);
  for (const error of document.errors) {
    const { line, column } = positionAt(source, Math.min(base + (error.pos[0] ?? 0), lastContentOffset));
    const duplicate = error.code === 'DUPLICATE_KEY';
    frontmatter.errors.push({
      kind: duplicate ? 'duplicate-key' : 'syntax',
      detail: duplicate ? duplicateKeyName(content, error.pos[0]) : firstLine(error.message),
      line,
      column,
    });
  }
  if (document.errors.length > 0) return;

  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return;
  if (!isMap(root)) {
    const { line, column } = positionAt(source, base + (root.range?.[0] ?? 0));
    frontmatter.errors.push({ kind: 'not-a-mapping', detail: isSeq(root) ? 'list' : 'scalar', line, column });
    return;
  }

  let data: unknown;
  try {
    // The alias cap turns a "billion laughs" block into an error instead of an hour of CPU.
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    frontmatter.errors.push({ kind: 'syntax', detail: firstLine((error as Error).message), line: 2, column: 1 });
    return;
  }
  frontmatter.data = (data ?? {}) as Record<string, unknown>;

  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    if (!keyNode || !keyNode.range) continue;
    const key = String(isScalar(keyNode) ? keyNode.value : keyNode.toString());
    const valueNode = (pair.value ?? null) as YamlNode | null;
    const keyRange: [number, number] = [base + keyNode.range[0], base + keyNode.range[1]];
    const { line, column } = positionAt(source, keyRange[0]);
    const entry: FrontmatterEntry = { key, value: frontmatter.data[key], line, column, keyRange, yamlNode: valueNode };
    if (valueNode?.range) entry.valueRange = [base + valueNode.range[0], base + valueNode.range[1]];
    frontmatter.entries.push(entry);
  }
}

/**
 * Reads a block that `yaml` rejected with js-yaml, which accepts what libyaml (Psych) accepts in
 * the cases bloggers hit (a quoted value continued on an unindented line). Dates stay strings
 * (the core schema has no timestamps), as in the rest of the date model. Positions come from a
 * scan of top-level key lines; values get no range, so no fix rewrites a block read this way.
 * Anchors and aliases are left to `yaml`'s verdict: js-yaml has no alias budget.
 */
function readLeniently(source: Source, content: string, base: number, frontmatter: Frontmatter): void {
  if (/[&*]/.test(content)) return;
  let data: unknown;
  try {
    data = jsYaml.load(content, { schema: jsYaml.CORE_SCHEMA, json: true });
  } catch {
    return;
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) return;
  frontmatter.errors = [];
  frontmatter.yamlDocument = undefined;
  frontmatter.lenient = true;
  frontmatter.data = (data ?? {}) as Record<string, unknown>;
  frontmatter.entries = [];
  let offset = 0;
  for (const line of content.split('\n')) {
    const key = topLevelKey(line);
    if (key !== undefined && Object.prototype.hasOwnProperty.call(frontmatter.data, key.name)) {
      const keyStart = base + offset + key.start;
      const { line: lineNumber, column } = positionAt(source, keyStart);
      frontmatter.entries.push({ key: key.name, value: frontmatter.data[key.name], line: lineNumber, column, keyRange: [keyStart, keyStart + key.length] });
    }
    offset += line.length + 1;
  }
}

/** `key: value` at the start of a line (plain or quoted key), found without a regex that could backtrack. */
function topLevelKey(line: string): { name: string; start: number; length: number } | undefined {
  const first = line[0];
  if (first === undefined || first === ' ' || first === '\t' || first === '#' || first === '-' || first === '\r') return undefined;
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, 1);
    if (close === -1 || line[close + 1] !== ':') return undefined;
    return { name: line.slice(1, close), start: 0, length: close + 1 };
  }
  let colon = line.indexOf(':');
  while (colon !== -1 && !(colon + 1 === line.length || line[colon + 1] === ' ' || line[colon + 1] === '\t' || line[colon + 1] === '\r')) colon = line.indexOf(':', colon + 1);
  if (colon <= 0) return undefined;
  const name = line.slice(0, colon).trimEnd();
  return { name, start: 0, length: name.length };
}

/** True when the entry's value was written in quotes (a YAML string, never a timestamp or number). */
export function isQuotedValue(entry: FrontmatterEntry | undefined): boolean {
  const node = entry?.yamlNode;
  return !!node && isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
}

/**
 * The key a duplicate-key error points at: what `/^\s*("[^"]*"|'[^']*'|[^:\n]+?)\s*:/` finds there,
 * by a scan that cannot backtrack (the regex was cubic on blanks and quotes).
 */
function duplicateKeyName(content: string, offset: number): string {
  const isSpace = (at: number) => at < content.length && WHITESPACE.test(content[at]!);
  let start = offset;
  while (isSpace(start)) start++;
  const quote = content[start];
  if (quote === '"' || quote === "'") {
    const close = content.indexOf(quote, start + 1);
    if (close !== -1) {
      let after = close + 1;
      while (isSpace(after)) after++;
      if (content[after] === ':') return content.slice(start + 1, close);
    }
  }
  let stop = start;
  while (stop < content.length && content[stop] !== ':' && content[stop] !== '\n') stop++;
  let end = stop;
  while (end > start && isSpace(end - 1)) end--;
  let after = stop;
  while (isSpace(after)) after++;
  if (end === start || content[after] !== ':') return '';
  return content.slice(start, end).replace(/^["']|["']$/g, '');
}

function parseTomlBlock(source: Source, content: string, base: number, frontmatter: Frontmatter): void {
  let data: Record<string, unknown>;
  try {
    data = parseToml(content, { maxDepth: MAX_NESTING }) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      const lineNumber = positionAt(source, base).line + error.line - 1;
      const message = firstLine(error.message.replace(/^Invalid TOML document: /, ''));
      const duplicate = /already|overwrite|redefin/i.test(message);
      const keyOnLine = /^[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)[ \t]*=/.exec(content.split('\n')[error.line - 1] ?? '');
      const detail = duplicate && keyOnLine ? keyOnLine[1]!.replace(/^["']|["']$/g, '') : message;
      frontmatter.errors.push({ kind: duplicate ? 'duplicate-key' : 'syntax', detail, line: lineNumber, column: error.column });
    } else {
      frontmatter.errors.push({ kind: 'syntax', detail: firstLine(String(error)), line: 2, column: 1 });
    }
    return;
  }
  // smol-toml's maxDepth bounds inline arrays and tables only: a dotted key or a table header of
  // thousands of parts (`a.a.a.…= 1`, 4 KB) nests as deep, and every recursive walk after this one
  // (the dates below, a worker's structured clone, JSON) overflows the stack.
  if (dataNestingPast(data)) {
    frontmatter.errors.push({ kind: 'too-deep', detail: String(MAX_NESTING), ...positionAt(source, base + longestKeyPath(content)) });
    return;
  }
  frontmatter.data = normalizeTomlDates(data) as Record<string, unknown>;
  // TOML parsers keep no positions: find each top-level key on its line, before the first [table].
  let offset = base;
  for (const rawLine of content.split('\n')) {
    if (/^[ \t]*\[/.test(rawLine)) break;
    const match = tomlKeyLine(rawLine);
    if (match) {
      const key = match[1]!.replace(/^["']|["']$/g, '');
      const keyStart = offset + rawLine.indexOf(match[1]!);
      const valueStart = offset + rawLine.length - rawLine.replace(/^.*?=[ \t]*/, '').length;
      const { line, column } = positionAt(source, keyStart);
      // A TOML date keeps the text the author wrote (smol-toml would add `.000`).
      if (data[key] instanceof TomlDate) frontmatter.data[key] = match[2]!.replace(/^["']|["']$/g, '');
      frontmatter.entries.push({
        key,
        value: frontmatter.data[key],
        line,
        column,
        keyRange: [keyStart, keyStart + match[1]!.length],
        valueRange: [valueStart, valueStart + match[2]!.length],
      });
    }
    offset += rawLine.length + 1;
  }
}

const TOML_KEY = /^[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)[ \t]*=[ \t]*/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * `/^[ \t]*(key)[ \t]*=[ \t]*(.*?)[ \t]*\r?$/`: the key by an anchored regex that cannot
 * backtrack, the value by hand (the lazy value before trailing blanks was quadratic on blank runs).
 */
function tomlKeyLine(line: string): [string, string, string] | undefined {
  const head = TOML_KEY.exec(line);
  if (!head) return undefined;
  let rest = line.slice(head[0].length);
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  if (LINE_TERMINATOR.test(rest)) return undefined; // `.` matches no line terminator
  return [line, head[1]!, trimEndBlanks(rest)];
}

/**
 * The offset (into `content`) of the line with the most `.`, `[` and `{` outside quotes and
 * comments (dotted keys, table headers, inline tables): where a block that nests too deep most
 * likely does so. A value's decimal point counts too, but one line of thousands wins by far.
 */
function longestKeyPath(content: string): number {
  let best = 0;
  let bestParts = -1;
  let lineStart = 0;
  while (lineStart < content.length) {
    const end = lineEnd(content, lineStart);
    let parts = 0;
    let quote = '';
    for (let at = lineStart; at < end; at++) {
      const char = content[at]!;
      if (quote) {
        if (char === quote) quote = '';
        else if (char === '\\' && quote === '"') at++;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '.' || char === '[' || char === '{') parts++;
      else if (char === '#') break;
    }
    if (parts > bestParts) {
      best = lineStart;
      bestParts = parts;
    }
    lineStart = end + 1;
  }
  return best;
}

/** TOML dates become the string they were written as, so every format shares one date model. */
function normalizeTomlDates(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalizeTomlDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeTomlDates(v)]));
  }
  return value;
}

// JSON is YAML 1.2, so the YAML path gives JSON keys their positions and catches duplicate keys,
// which JSON.parse would silently overwrite. JSON.parse still decides what is valid JSON.
function parseJsonBlock(source: Source, content: string, base: number, frontmatter: Frontmatter): void {
  if (content.trim() === '') return;
  try {
    JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const located = /line (\d+) column (\d+)/.exec(message);
    let offset = base;
    if (at) offset = base + Number(at[1]);
    else if (located) offset = base + (content.split('\n').slice(0, Number(located[1]) - 1).join('\n').length + 1) + Number(located[2]) - 1;
    else offset = base + content.trimEnd().length - 1;
    const { line, column } = positionAt(source, offset);
    frontmatter.errors.push({ kind: 'syntax', detail: message.split(/, "|\n/)[0]!.trim(), line, column });
    return;
  }
  parseYaml(source, content, base, frontmatter);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
