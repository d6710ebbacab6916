// What an Astro site says, read from its text and never run: the content collections config
// (`src/content.config.ts`, legacy `src/content/config.ts`; .ts/.js/.mjs), tsconfig/jsconfig path
// aliases, and where an image written in a post lives.
//
// The config is a program, and a hostile one may be in a pull request: nothing here imports,
// evaluates or requires it. A small tokenizer (strings, comments, templates and regex literals
// skipped, brackets matched) and a flat reader of call chains (`z.string().max(80).optional()`)
// recognise the shapes real blogs write. Whatever is not recognised becomes kind 'unknown' (which
// accepts anything), never an exception. Every loop is linear in the input, recursion is bounded by
// depth, and the whole read stops after a fixed budget of steps.
//
// Engine facts this module relies on (checked in Astro's and zod's sources and docs):
// - Front matter: Astro parses `---` YAML with js-yaml 4 `load()` and its DEFAULT_SCHEMA
//   (packages/markdown/remark/src/frontmatter.ts, later packages/internal-helpers/src/frontmatter.ts
//   in withastro/astro), and `+++` TOML with smol-toml. The DEFAULT_SCHEMA has the YAML timestamp
//   type: a *plain* (unquoted) `2025-12-20`, `2025-12-20T10:00:00`, `2025-2-3 1:02:03`,
//   `2025-12-20 10:00:00 +09:00` becomes a JS Date (no zone = UTC); `2025.12.20`, `2025-12-20T10:00`
//   (no seconds), `2024-12-15 21:00:00 +0900` (offset without colon) and anything quoted stay strings.
//   A TOML date literal is a Date; a quoted TOML string is a string.
// - zod: `z.date()` accepts only a valid Date, so a string fails ("Expected date, received string").
//   `z.coerce.date()` runs `new Date(input)` first and accepts whatever that makes valid
//   (zod README, "Coercion for primitives": `z.coerce.date(); // new Date(input)`), so `'2025.12.20'`
//   passes (V8 parses it). `z.coerce.string()` is `String(input)` and `z.coerce.boolean()` is
//   `Boolean(input)`: they accept anything, even a missing key ("undefined") or null.
//   `.optional()` accepts undefined only, `.nullable()` null only, `.nullish()` both; `.default(x)`
//   replaces undefined (not null); `.catch(x)` replaces any failure. `z.object()` strips unknown keys
//   by default, `.strict()` rejects them, `.passthrough()` keeps them.
// - This project's frontmatter parser (`yaml` v2, core schema) keeps every date as the string it was
//   written as. `validateAgainstSchema` therefore rebuilds what js-yaml would have handed zod: an
//   unquoted string that matches js-yaml's timestamp pattern counts as a Date. Whether a value was
//   quoted is not in the data: pass `quotedKeys` (the YAML nodes know) to get quoted dates right;
//   without it every string is taken as written plain.
import path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Public types

export type ZodKind = 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'array' | 'object' | 'image' | 'reference' | 'unknown';

export interface FieldSchema {
  kind: ZodKind;
  /** The key may be absent: `.optional()`, `.nullish()`, `.default(…)`, `.catch(…)`. */
  optional: boolean;
  /** `null` is accepted: `.nullable()`, `.nullish()`. */
  nullable: boolean;
  /** `z.coerce.*`: the input goes through `String()`/`Number()`/`Boolean()`/`new Date()` first. */
  coerce: boolean;
  /** `.default(…)` was given (undefined is replaced; null is not). */
  hasDefault?: boolean;
  /** `.catch(…)` was given: no input fails. */
  catches?: boolean;
  /** `z.enum([...])` / `z.literal('x')` values, when written literally (or in a const the file declares). */
  enumValues?: string[];
  /** The kind of an array's items, and their schema. */
  items?: ZodKind;
  itemSchema?: FieldSchema;
  /** `z.union([...])` / `.or(…)`: kind is 'unknown' and the members are listed here. */
  anyOf?: FieldSchema[];
  /** `reference('authors')`: the collection referred to. */
  referenceTo?: string;
  /** For a nested `z.object`: what happens to keys it does not declare (its own keys are not read). */
  unknownKeys?: UnknownKeys;
}

/** zod's default strips unknown keys; `.strict()` rejects them; `.passthrough()` keeps them. */
export type UnknownKeys = 'strip' | 'strict' | 'passthrough';

export interface AstroObjectSchema {
  fields: Record<string, FieldSchema>;
  unknownKeys: UnknownKeys;
  /** False when a spread or computed key means the list of keys may be incomplete. */
  complete: boolean;
}

export interface AstroCollection {
  name: string;
  /** 'legacy': no loader (files under `src/content/<name>`); 'glob'/'file': Astro's loaders. */
  loader: 'legacy' | 'glob' | 'file' | 'custom';
  /** `type:` as written ('content', 'data', …), if any. */
  type?: string;
  /** Folder of the entries, project-relative (`src/content/blog`, `src/data/blog`, '' for the root). */
  base: string;
  /** The glob loader's `pattern` (always a list). */
  pattern?: string[];
  /** The file loader's file, project-relative. */
  file?: string;
  schema?: AstroObjectSchema;
  /** 'none': no schema given; 'unknown': a schema this reader could not follow. */
  schemaStatus: 'ok' | 'none' | 'unknown';
}

export interface AstroCollections {
  collections: AstroCollection[];
  /** What could not be understood: a collection by name ('*' for the whole file), and why. */
  unparsed: Array<{ name: string; reason: string }>;
}

export interface ReadCollectionsOptions {
  /** The config file, project-relative (for `new URL('./x', import.meta.url)` bases). */
  configFile?: string;
  /** The project's folder inside the repository ('' = the repository root): prefixed to paths. */
  projectDir?: string;
}

/** Texts longer than this are not read (a content config is a few KB). */
export const MAX_CONFIG_CHARS = 1_000_000;
/** A content config is a few thousand tokens; past this the text is not one. */
const MAX_TOKENS = 50_000;
const MAX_DEPTH = 32;
const MAX_STEPS = 2_000_000;

// ---------------------------------------------------------------------------------------------
// Tokenizer

type TokKind = 'id' | 'str' | 'num' | 'p' | 'tmpl' | 'regex';
interface Tok {
  k: TokKind;
  /** Identifier name, punctuator, or a string's value (escapes read); '' for a template with `${}`. */
  v: string;
  /** A template literal with substitutions: its value is not known. */
  dyn: boolean;
}

const TEMPLATE_SEEN: Tok = { k: 'tmpl', v: '', dyn: true };
const OPEN_BRACE: Tok = { k: 'p', v: '{', dyn: false };
const CLOSE_BRACE: Tok = { k: 'p', v: '}', dyn: false };
const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await', 'else', 'do']);
const MULTI_PUNCT = ['===', '!==', '...', '=>', '?.', '==', '!=', '>=', '<=', '&&', '||', '??'];
const MULTI_START = new Set(MULTI_PUNCT.map((p) => p[0]!));

function isIdStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}
function isIdPart(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

/** Reads the escapes of a quoted string's inside (`\n`, `\'`, `\u00e9`); unknown escapes keep the character. */
function cook(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '\\' || i + 1 >= raw.length) {
      out += ch;
      continue;
    }
    const next = raw[++i]!;
    if (next === 'n') out += '\n';
    else if (next === 't') out += '\t';
    else if (next === 'r') out += '\r';
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === '\n') {
      // line continuation
    } else out += next;
  }
  return out;
}

/**
 * JS/TS tokens outside template substitutions (whose inside is skipped, so a template with `${}`
 * is one token of unknown value). Linear: every branch advances, and a regex literal that does not
 * close on its line turns off regex detection for the rest of that line.
 */
function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  // Brace depth inside each open template substitution; tokens are emitted only when it is empty.
  const subst: number[] = [];
  let templateStart = -1;
  let templateDynamic = false;
  let last: Tok | undefined; // last token seen, emitted or not (for the regex heuristic)
  let noRegexBefore = -1;
  let i = 0;

  const emit = (tok: Tok) => {
    last = tok;
    if (subst.length === 0 && toks.push(tok) > MAX_TOKENS) throw new BudgetExceeded();
  };

  /** Scans a template body from `j`; returns where it stopped and why. */
  const templateBody = (j: number): { end: number; how: 'close' | 'subst' | 'eof' } => {
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === 92) j += 2; // backslash
      else if (ch === 96) return { end: j + 1, how: 'close' };
      else if (ch === 36 && text.charCodeAt(j + 1) === 123) return { end: j + 2, how: 'subst' };
      else j++;
    }
    return { end: n, how: 'eof' };
  };

  const afterTemplateChunk = (from: number, r: { end: number; how: 'close' | 'subst' | 'eof' }) => {
    if (r.how === 'subst') {
      if (subst.length === 0) templateDynamic = true;
      subst.push(0);
    } else if (subst.length === 0) {
      const rawEnd = r.how === 'close' ? r.end - 1 : r.end;
      emit({ k: 'tmpl', v: templateDynamic ? '' : cook(text.slice(from, rawEnd)), dyn: templateDynamic });
    } else {
      last = TEMPLATE_SEEN;
    }
    return r.end;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 0xa0) {
      i++;
      continue;
    }
    if (c === 47 /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const nl = text.indexOf('\n', i);
        i = nl === -1 ? n : nl + 1;
        continue;
      }
      if (next === 42) {
        const close = text.indexOf('*/', i + 2);
        i = close === -1 ? n : close + 2;
        continue;
      }
      const regexAllowed =
        i >= noRegexBefore &&
        (!last ||
          (last.k === 'p' && last.v !== ')' && last.v !== ']' && last.v !== '}') ||
          (last.k === 'id' && KEYWORDS_BEFORE_EXPRESSION.has(last.v)));
      if (regexAllowed) {
        let j = i + 1;
        let inClass = false;
        let closed = false;
        while (j < n) {
          const ch = text.charCodeAt(j);
          if (ch === 10 || ch === 13) break;
          if (ch === 92) {
            j += 2;
            continue;
          }
          if (ch === 91) inClass = true;
          else if (ch === 93) inClass = false;
          else if (ch === 47 && !inClass) {
            closed = true;
            break;
          }
          j++;
        }
        if (closed) {
          j++;
          while (j < n && isIdPart(text.charCodeAt(j))) j++;
          emit({ k: 'regex', v: text.slice(i, j), dyn: false });
          i = j;
          continue;
        }
        noRegexBefore = Math.min(j, n); // the rest of this line is not a regex start
      }
      emit({ k: 'p', v: '/', dyn: false });
      i++;
      continue;
    }
    if (c === 39 || c === 34) {
      let j = i + 1;
      while (j < n) {
        const ch = text.charCodeAt(j);
        if (ch === 92) j += 2;
        else if (ch === c || ch === 10) break;
        else j++;
      }
      const end = Math.min(j, n);
      emit({ k: 'str', v: subst.length === 0 ? cook(text.slice(i + 1, end)) : '', dyn: false });
      i = end + 1;
      continue;
    }
    if (c === 96) {
      if (subst.length === 0) {
        templateStart = i + 1;
        templateDynamic = false;
      }
      i = afterTemplateChunk(templateStart, templateBody(i + 1));
      continue;
    }
    if (subst.length > 0 && (c === 123 || c === 125)) {
      const top = subst.length - 1;
      if (c === 123) {
        subst[top]!++;
        last = OPEN_BRACE;
        i++;
        continue;
      }
      if (subst[top]! > 0) {
        subst[top]!--;
        last = CLOSE_BRACE;
        i++;
        continue;
      }
      // The substitution closes: back into its template's body.
      subst.pop();
      i = afterTemplateChunk(templateStart, templateBody(i + 1));
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && (isIdPart(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      emit({ k: 'num', v: text.slice(i, j), dyn: false });
      i = j;
      continue;
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdPart(text.charCodeAt(j))) j++;
      emit({ k: 'id', v: text.slice(i, j), dyn: false });
      i = j;
      continue;
    }
    let punct = text[i]!;
    if (MULTI_START.has(punct)) {
      for (const multi of MULTI_PUNCT) {
        if (text.startsWith(multi, i)) {
          punct = multi;
          break;
        }
      }
    }
    emit({ k: 'p', v: punct, dyn: false });
    i += punct.length;
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------
// Token-level structure: matched brackets, top-level splitting, declarations

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

class Source {
  readonly toks: Tok[];
  readonly match: Int32Array;
  steps = 0;

  constructor(toks: Tok[]) {
    this.toks = toks;
    this.match = new Int32Array(toks.length).fill(-1);
    const stack: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.k !== 'p') continue;
      const v = t.v;
      if (v === '(' || v === '[' || v === '{') stack.push(i);
      else if (v === ')' || v === ']' || v === '}') {
        const top = stack[stack.length - 1];
        if (top !== undefined && OPEN[toks[top]!.v] === v) {
          stack.pop();
          this.match[top] = i;
          this.match[i] = top;
        }
      }
    }
  }

  tick(): void {
    if (++this.steps > MAX_STEPS) throw new BudgetExceeded();
  }

  is(i: number, v: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.k === 'p' && t.v === v;
  }

  isId(i: number, v?: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.k === 'id' && (v === undefined || t.v === v);
  }

  /** The index after the token at `i`, or after its whole bracket group. */
  skip(i: number): number {
    const t = this.toks[i];
    if (t && t.k === 'p' && OPEN[t.v]) {
      const m = this.match[i]!;
      return m === -1 ? this.toks.length : m + 1;
    }
    return i + 1;
  }

  /** Closing index of the group opened at `i`, or -1. */
  close(i: number): number {
    return this.match[i] ?? -1;
  }

  /** Splits [start, end) at top-level commas; empty pieces are dropped. */
  split(start: number, end: number): Array<[number, number]> {
    const parts: Array<[number, number]> = [];
    let from = start;
    let i = start;
    while (i < end) {
      this.tick();
      if (this.is(i, ',')) {
        if (i > from) parts.push([from, i]);
        from = i + 1;
        i++;
      } else i = this.skip(i);
    }
    if (end > from) parts.push([from, end]);
    return parts;
  }
}

class BudgetExceeded extends Error {
  constructor() {
    super('the config is too large or too deeply nested to read');
  }
}

const STATEMENT_KEYWORDS = new Set(['const', 'let', 'var', 'export', 'import', 'function', 'class', 'interface', 'type', 'enum', 'declare']);

interface Declarations {
  values: Map<string, [number, number]>;
  /** Local names of what the file imports, by the name it was imported as. */
  imports: Map<string, string>;
  /** Local names bound to the zod namespace. */
  zod: Set<string>;
}

function readDeclarations(src: Source): Declarations {
  const values = new Map<string, [number, number]>();
  const imports = new Map<string, string>();
  const zod = new Set<string>();
  const { toks } = src;
  let i = 0;
  while (i < toks.length) {
    src.tick();
    if (src.isId(i, 'import')) i = readImport(src, i, imports, zod);
    else if (src.isId(i, 'const') || src.isId(i, 'let') || src.isId(i, 'var')) i = readDeclaration(src, i + 1, values);
    else i = src.skip(i);
  }
  if (zod.size === 0) zod.add('z');
  return { values, imports, zod };
}

function readImport(src: Source, i: number, imports: Map<string, string>, zod: Set<string>): number {
  const { toks } = src;
  let j = i + 1;
  const named: Array<[string, string]> = [];
  let namespace: string | undefined;
  let defaultName: string | undefined;
  if (src.isId(j, 'type')) j++;
  while (j < toks.length && !(toks[j]!.k === 'id' && toks[j]!.v === 'from') && toks[j]!.k !== 'str') {
    src.tick();
    if (src.is(j, '{')) {
      const end = src.close(j);
      if (end === -1) return j + 1;
      for (const [s, e] of src.split(j + 1, end)) {
        let a = s;
        if (src.isId(a, 'type') && e - s > 1) a++;
        const imported = toks[a];
        if (!imported || (imported.k !== 'id' && imported.k !== 'str')) continue;
        const local = src.isId(a + 1, 'as') && toks[a + 2]?.k === 'id' ? toks[a + 2]!.v : imported.v;
        named.push([local, imported.v]);
      }
      j = end + 1;
    } else if (src.is(j, '*') && src.isId(j + 1, 'as') && toks[j + 2]?.k === 'id') {
      namespace = toks[j + 2]!.v;
      j += 3;
    } else if (toks[j]!.k === 'id' && defaultName === undefined && !src.is(j + 1, '=')) {
      defaultName = toks[j]!.v;
      j++;
    } else if (src.is(j, ',')) j++;
    else return j;
  }
  if (src.isId(j, 'from')) j++;
  const module = toks[j]?.k === 'str' ? toks[j]!.v : '';
  const isZodModule = module === 'zod' || module.startsWith('zod/') || module === 'astro/zod' || module === 'astro:schema';
  for (const [local, imported] of named) {
    imports.set(local, imported);
    if (imported === 'z' || (isZodModule && imported === 'default')) zod.add(local);
  }
  if (namespace && isZodModule) zod.add(namespace);
  if (defaultName && isZodModule) zod.add(defaultName);
  return j + 1;
}

/** `NAME (: type)? = value` at `i`; records the value's token range. */
function readDeclaration(src: Source, i: number, values: Map<string, [number, number]>): number {
  const { toks } = src;
  const name = toks[i];
  if (!name || name.k !== 'id') return i;
  let j = i + 1;
  // Skip a type annotation up to the `=`.
  while (j < toks.length && !src.is(j, '=') && !src.is(j, ';')) {
    src.tick();
    if (src.is(j, '<')) {
      j++;
      continue;
    }
    if (toks[j]!.k === 'id' && STATEMENT_KEYWORDS.has(toks[j]!.v) && j > i + 1 && !src.is(j - 1, ':') && !src.is(j - 1, '.')) return j;
    j = src.skip(j);
  }
  if (!src.is(j, '=')) return j;
  const start = j + 1;
  let end = start;
  while (end < toks.length) {
    src.tick();
    const t = toks[end]!;
    if (t.k === 'p' && (t.v === ';' || t.v === ',')) break;
    if (t.k === 'id' && STATEMENT_KEYWORDS.has(t.v) && end > start && !src.is(end - 1, '.') && !src.is(end - 1, ':') && !src.is(end + 1, ':')) break;
    if (t.k === 'p' && (t.v === ')' || t.v === ']' || t.v === '}')) break;
    end = src.skip(end);
  }
  if (!values.has(name.v)) values.set(name.v, [start, end]);
  return end;
}

// ---------------------------------------------------------------------------------------------
// Expressions as flat chains

type Head =
  | { t: 'id'; name: string }
  | { t: 'str'; value: string }
  | { t: 'num'; value: string }
  | { t: 'obj'; s: number; e: number }
  | { t: 'arr'; s: number; e: number }
  | { t: 'paren'; s: number; e: number }
  | { t: 'arrow'; params: [number, number]; body: [number, number]; block: boolean }
  | { t: 'new'; name: string; args: [number, number] }
  | { t: 'other' };

type Link = { t: 'member'; name: string } | { t: 'call'; s: number; e: number };

interface Chain {
  head: Head;
  links: Link[];
}

const OTHER: Chain = { head: { t: 'other' }, links: [] };

function parseChain(src: Source, start: number, end: number): Chain {
  const { toks } = src;
  // `x as const`, `x satisfies T`, `x as T`: the type part is dropped.
  for (let k = start; k < end; k = src.skip(k)) {
    src.tick();
    if (k > start && (src.isId(k, 'as') || src.isId(k, 'satisfies')) && !src.is(k - 1, '.') && !src.is(k - 1, '?.')) {
      end = k;
      break;
    }
  }
  if (start >= end) return OTHER;
  const first = toks[start]!;
  let head: Head;
  let i: number;
  if (first.k === 'str' || (first.k === 'tmpl' && !first.dyn)) {
    head = { t: 'str', value: first.v };
    i = start + 1;
  } else if (first.k === 'num') {
    head = { t: 'num', value: first.v };
    i = start + 1;
  } else if (first.k === 'p' && (first.v === '{' || first.v === '[')) {
    const close = src.close(start);
    if (close === -1 || close >= end) return OTHER;
    head = first.v === '{' ? { t: 'obj', s: start + 1, e: close } : { t: 'arr', s: start + 1, e: close };
    i = close + 1;
  } else if (first.k === 'p' && first.v === '(') {
    const close = src.close(start);
    if (close === -1 || close >= end) return OTHER;
    if (src.is(close + 1, '=>')) return arrow(src, [start + 1, close], close + 2, end);
    head = { t: 'paren', s: start + 1, e: close };
    i = close + 1;
  } else if (first.k === 'id' && first.v === 'async') {
    return parseChain(src, start + 1, end);
  } else if (first.k === 'id' && src.is(start + 1, '=>')) {
    return arrow(src, [start, start + 1], start + 2, end);
  } else if (first.k === 'id' && first.v === 'function') {
    let p = start + 1;
    if (src.isId(p)) p++;
    const close = src.close(p);
    if (!src.is(p, '(') || close === -1 || !src.is(close + 1, '{')) return OTHER;
    const bodyEnd = src.close(close + 1);
    if (bodyEnd === -1) return OTHER;
    return { head: { t: 'arrow', params: [p + 1, close], body: [close + 2, bodyEnd], block: true }, links: [] };
  } else if (first.k === 'id' && first.v === 'new') {
    const name = toks[start + 1];
    const close = src.close(start + 2);
    if (!name || name.k !== 'id' || !src.is(start + 2, '(') || close === -1) return OTHER;
    return { head: { t: 'new', name: name.v, args: [start + 3, close] }, links: [] };
  } else if (first.k === 'id') {
    head = { t: 'id', name: first.v };
    i = start + 1;
  } else return OTHER;

  const links: Link[] = [];
  while (i < end) {
    src.tick();
    if ((src.is(i, '.') || src.is(i, '?.')) && toks[i + 1]?.k === 'id') {
      links.push({ t: 'member', name: toks[i + 1]!.v });
      i += 2;
    } else if (src.is(i, '(')) {
      const close = src.close(i);
      if (close === -1 || close >= end) return OTHER;
      links.push({ t: 'call', s: i + 1, e: close });
      i = close + 1;
    } else if (src.is(i, '!')) {
      i++; // TypeScript non-null assertion
    } else return OTHER; // an operator or something this reader does not follow
  }
  return { head, links };
}

function arrow(src: Source, params: [number, number], bodyStart: number, end: number): Chain {
  if (src.is(bodyStart, '{')) {
    const close = src.close(bodyStart);
    if (close === -1) return OTHER;
    return { head: { t: 'arrow', params, body: [bodyStart + 1, close], block: true }, links: [] };
  }
  return { head: { t: 'arrow', params, body: [bodyStart, end], block: false }, links: [] };
}

/** The expression after the first top-level `return` in a function body. */
function returnedExpression(src: Source, start: number, end: number): [number, number] | undefined {
  for (let i = start; i < end; i = src.skip(i)) {
    src.tick();
    if (src.isId(i, 'return')) {
      let j = i + 1;
      while (j < end && !src.is(j, ';')) j = src.skip(j);
      return [i + 1, j];
    }
  }
  return undefined;
}

interface Entry {
  key?: string;
  /** `...spread` or `[computed]`: the key list is not fully known. */
  opaque?: boolean;
  value: [number, number];
}

/** Entries of an object literal's inside: `key: value`, `'key': value`, shorthand `key`. */
function objectEntries(src: Source, s: number, e: number): Entry[] {
  const out: Entry[] = [];
  const { toks } = src;
  for (const [a, b] of src.split(s, e)) {
    const t = toks[a]!;
    if (t.k === 'p' && t.v === '...') out.push({ opaque: true, value: [a + 1, b] });
    else if ((t.k === 'id' || t.k === 'str' || t.k === 'num') && src.is(a + 1, ':')) out.push({ key: t.v, value: [a + 2, b] });
    else if (t.k === 'id' && b === a + 1) out.push({ key: t.v, value: [a, b] });
    else if (t.k === 'p' && t.v === '[') out.push({ opaque: true, value: [a, b] });
    else if (t.k === 'id' && src.is(a + 1, '(')) continue; // method
    else out.push({ opaque: true, value: [a, b] });
  }
  return out;
}

function setField<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Interpreting zod

interface Scope {
  /** Local names that call Astro's `image()` helper (from the schema function's parameter). */
  imageNames: Set<string>;
  /** A schema function's plain parameter (`(ctx) => …`): `ctx.image()` is the image helper. */
  contextName?: string;
}

const EMPTY_SCOPE: Scope = { imageNames: new Set() };

function field(kind: ZodKind): FieldSchema {
  return { kind, optional: false, nullable: false, coerce: false };
}

const UNKNOWN_FIELD = (): FieldSchema => field('unknown');

type SchemaValue = { object: AstroObjectSchema; field: FieldSchema } | { object?: undefined; field: FieldSchema };

class Reader {
  readonly src: Source;
  readonly decls: Declarations;
  readonly names: { defineCollection: Set<string>; reference: Set<string>; glob: Set<string>; file: Set<string> };
  private readonly active = new Set<string>();
  private readonly stringListCache = new Map<string, string[] | undefined>();

  constructor(src: Source, decls: Declarations) {
    this.src = src;
    this.decls = decls;
    const localsOf = (imported: string) => {
      const set = new Set<string>();
      for (const [local, name] of decls.imports) if (name === imported) set.add(local);
      if (![...decls.imports.keys()].includes(imported)) set.add(imported);
      return set;
    };
    this.names = {
      defineCollection: localsOf('defineCollection'),
      reference: localsOf('reference'),
      glob: localsOf('glob'),
      file: localsOf('file'),
    };
  }

  /** Follows `name` to the range of its declared value, guarding against cycles. */
  private withDeclaration<T>(name: string, depth: number, fallback: T, read: (range: [number, number]) => T): T {
    const range = this.decls.values.get(name);
    if (!range || this.active.has(name) || depth > MAX_DEPTH) return fallback;
    this.active.add(name);
    try {
      return read(range);
    } finally {
      this.active.delete(name);
    }
  }

  chainOf(range: [number, number]): Chain {
    return parseChain(this.src, range[0], range[1]);
  }

  /** A string literal, or a const holding one. */
  stringValue(range: [number, number], depth = 0): string | undefined {
    const chain = this.chainOf(range);
    if (chain.links.length > 0) return undefined;
    if (chain.head.t === 'str') return chain.head.value;
    if (chain.head.t === 'id') return this.withDeclaration(chain.head.name, depth + 1, undefined, (r) => this.stringValue(r, depth + 1));
    return undefined;
  }

  /** `['a', 'b']` (or a const holding it, or `Object.values({...})`-free object forms of zod 4's enum). */
  stringList(range: [number, number], depth = 0): string[] | undefined {
    const chain = this.chainOf(range);
    if (chain.links.length > 0) return undefined;
    const { head } = chain;
    if (head.t === 'arr' || head.t === 'obj') {
      const out: string[] = [];
      if (head.t === 'arr') {
        for (const part of this.src.split(head.s, head.e)) {
          const value = this.stringValue(part, depth + 1);
          if (value === undefined) return undefined;
          out.push(value);
        }
      } else {
        for (const entry of objectEntries(this.src, head.s, head.e)) {
          const value = entry.opaque ? undefined : this.stringValue(entry.value, depth + 1);
          if (value === undefined) return undefined;
          out.push(value);
        }
      }
      return out;
    }
    if (head.t === 'id') {
      const name = head.name;
      if (this.stringListCache.has(name)) return this.stringListCache.get(name);
      const list = this.withDeclaration(name, depth + 1, undefined, (r) => this.stringList(r, depth + 1));
      this.stringListCache.set(name, list);
      return list;
    }
    return undefined;
  }

  /** The schema a range describes: a field, and the object's keys when it is a `z.object`. */
  schema(range: [number, number], scope: Scope, depth: number, wantObject: boolean): SchemaValue {
    if (depth > MAX_DEPTH) return { field: UNKNOWN_FIELD() };
    return this.schemaOfChain(this.chainOf(range), scope, depth, wantObject);
  }

  private schemaOfChain(chain: Chain, scope: Scope, depth: number, wantObject: boolean): SchemaValue {
    const { head, links } = chain;
    const { zod } = this.decls;
    let value: SchemaValue | undefined;
    let rest = 0;

    const call = (k: number): Link & { t: 'call' } | undefined => {
      const link = links[k];
      return link && link.t === 'call' ? link : undefined;
    };

    if (head.t === 'id' && zod.has(head.name)) {
      let k = 0;
      let coerce = false;
      if (links[0]?.t === 'member' && links[0].name === 'coerce') {
        coerce = true;
        k = 1;
      }
      const ctor = links[k];
      const args = call(k + 1);
      if (ctor?.t === 'member' && args) {
        value = this.constructor_(ctor.name, args, scope, depth, wantObject);
        if (coerce) value.field.coerce = true;
        rest = k + 2;
      } else if (ctor?.t === 'member' && ctor.name === 'iso' && links[k + 1]?.t === 'member' && call(k + 2)) {
        value = { field: field('string') }; // zod 4 `z.iso.date()` and friends validate strings
        rest = k + 3;
      } else return { field: UNKNOWN_FIELD() };
    } else if (head.t === 'id' && (scope.imageNames.has(head.name)) && call(0)) {
      value = { field: field('image') };
      rest = 1;
    } else if (head.t === 'id' && scope.contextName === head.name && links[0]?.t === 'member' && links[0].name === 'image' && call(1)) {
      value = { field: field('image') };
      rest = 2;
    } else if (head.t === 'id' && this.names.reference.has(head.name) && call(0)) {
      const args = call(0)!;
      const f = field('reference');
      const first = this.src.split(args.s, args.e)[0];
      const target = first ? this.stringValue(first) : undefined;
      if (target !== undefined) f.referenceTo = target;
      value = { field: f };
      rest = 1;
    } else if (head.t === 'id') {
      const resolved = this.withDeclaration<SchemaValue | undefined>(head.name, depth + 1, undefined, (r) => this.schema(r, EMPTY_SCOPE, depth + 1, wantObject));
      if (!resolved) return { field: UNKNOWN_FIELD() };
      value = { ...resolved, field: { ...resolved.field } };
      if (value.object) value.object = cloneObject(value.object);
    } else if (head.t === 'paren') {
      value = this.schema([head.s, head.e], scope, depth + 1, wantObject);
    } else return { field: UNKNOWN_FIELD() };

    return this.modifiers(value, links, rest, scope, depth);
  }

  private constructor_(name: string, args: { s: number; e: number }, scope: Scope, depth: number, wantObject: boolean): SchemaValue {
    const parts = this.src.split(args.s, args.e);
    const argSchema = (index: number): FieldSchema => {
      const part = parts[index];
      return part ? this.schema(part, scope, depth + 1, false).field : UNKNOWN_FIELD();
    };
    switch (name) {
      case 'string':
      case 'email':
      case 'url':
      case 'uuid':
      case 'cuid':
      case 'cuid2':
      case 'ulid':
      case 'emoji':
      case 'nanoid':
      case 'ipv4':
      case 'ipv6':
      case 'base64':
        return { field: field('string') };
      case 'number':
      case 'int':
      case 'float':
      case 'bigint':
        return { field: field('number') };
      case 'boolean':
        return { field: field('boolean') };
      case 'date':
        return { field: field('date') };
      case 'enum': {
        const f = field('enum');
        const values = parts[0] ? this.stringList(parts[0]) : undefined;
        if (values) f.enumValues = values;
        return { field: f };
      }
      case 'literal': {
        const value = parts[0] ? this.stringValue(parts[0]) : undefined;
        if (value === undefined) return { field: UNKNOWN_FIELD() };
        const f = field('enum');
        f.enumValues = [value];
        return { field: f };
      }
      case 'array':
      case 'set': {
        if (name === 'set') return { field: UNKNOWN_FIELD() };
        const f = field('array');
        const items = argSchema(0);
        f.items = items.kind;
        f.itemSchema = items;
        return { field: f };
      }
      case 'tuple': {
        const f = field('array');
        return { field: f };
      }
      case 'object':
      case 'strictObject':
      case 'looseObject': {
        const unknownKeys: UnknownKeys = name === 'strictObject' ? 'strict' : name === 'looseObject' ? 'passthrough' : 'strip';
        const f = field('object');
        f.unknownKeys = unknownKeys;
        if (!wantObject) return { field: f };
        const object = parts[0] ? this.objectShape(parts[0], scope, depth + 1) : undefined;
        if (!object) return { field: f };
        object.unknownKeys = unknownKeys;
        return { object, field: f };
      }
      case 'record':
        return { field: field('object') };
      case 'union':
      case 'discriminatedUnion': {
        const list = parts[name === 'union' ? 0 : 1];
        const chain = list ? this.chainOf(list) : OTHER;
        if (chain.head.t !== 'arr' || chain.links.length > 0) return { field: UNKNOWN_FIELD() };
        const f = UNKNOWN_FIELD();
        f.anyOf = this.src.split(chain.head.s, chain.head.e).map((part) => this.schema(part, scope, depth + 1, false).field);
        return { field: f };
      }
      case 'optional': {
        const f = { ...argSchema(0), optional: true };
        return { field: f };
      }
      case 'nullable': {
        const f = { ...argSchema(0), nullable: true };
        return { field: f };
      }
      case 'preprocess': {
        // The function can turn any input into anything: do not judge the input.
        return { field: UNKNOWN_FIELD() };
      }
      default:
        return { field: UNKNOWN_FIELD() };
    }
  }

  /** The keys of `{ title: z.string(), … }` (or of a const holding it). */
  objectShape(range: [number, number], scope: Scope, depth: number): AstroObjectSchema | undefined {
    const chain = this.chainOf(range);
    if (chain.head.t === 'id' && chain.links.length === 0) {
      return this.withDeclaration(chain.head.name, depth + 1, undefined, (r) => this.objectShape(r, EMPTY_SCOPE, depth + 1));
    }
    if (chain.head.t !== 'obj' || chain.links.length > 0) return undefined;
    const fields: Record<string, FieldSchema> = {};
    let complete = true;
    for (const entry of objectEntries(this.src, chain.head.s, chain.head.e)) {
      this.src.tick();
      if (entry.opaque || entry.key === undefined) {
        complete = false;
        continue;
      }
      setField(fields, entry.key, this.schema(entry.value, scope, depth + 1, false).field);
    }
    return { fields, unknownKeys: 'strip', complete };
  }

  private modifiers(value: SchemaValue, links: Link[], from: number, scope: Scope, depth: number): SchemaValue {
    let { field: f, object } = value;
    let k = from;
    while (k < links.length) {
      this.src.tick();
      const member = links[k];
      const args = links[k + 1];
      if (member?.t !== 'member') return { field: UNKNOWN_FIELD() };
      if (args?.t !== 'call') {
        // A property (`.shape`, `.element`): not a schema this reader follows.
        return { field: UNKNOWN_FIELD() };
      }
      k += 2;
      const parts = this.src.split(args.s, args.e);
      switch (member.name) {
        case 'optional':
          f = { ...f, optional: true };
          break;
        case 'nullable':
          f = { ...f, nullable: true };
          break;
        case 'nullish':
          f = { ...f, optional: true, nullable: true };
          break;
        case 'default':
        case 'prefault':
          f = { ...f, optional: true, hasDefault: true };
          break;
        case 'catch':
          f = { ...f, optional: true, catches: true };
          break;
        case 'array': {
          const wrapped = field('array');
          wrapped.items = f.kind;
          wrapped.itemSchema = f;
          f = wrapped;
          object = undefined;
          break;
        }
        case 'or': {
          const other = parts[0] ? this.schema(parts[0], scope, depth + 1, false).field : UNKNOWN_FIELD();
          const union = UNKNOWN_FIELD();
          union.anyOf = [...(f.anyOf && f.kind === 'unknown' && !f.optional && !f.nullable ? f.anyOf : [f]), other];
          f = union;
          object = undefined;
          break;
        }
        case 'and':
          f = UNKNOWN_FIELD();
          object = undefined;
          break;
        case 'strict':
          if (object) object = { ...object, unknownKeys: 'strict' };
          if (f.kind === 'object') f = { ...f, unknownKeys: 'strict' };
          break;
        case 'passthrough':
        case 'loose':
          if (object) object = { ...object, unknownKeys: 'passthrough' };
          if (f.kind === 'object') f = { ...f, unknownKeys: 'passthrough' };
          break;
        case 'strip':
          if (object) object = { ...object, unknownKeys: 'strip' };
          if (f.kind === 'object') f = { ...f, unknownKeys: 'strip' };
          break;
        case 'catchall':
          if (object) object = { ...object, unknownKeys: 'passthrough' };
          if (f.kind === 'object') f = { ...f, unknownKeys: 'passthrough' };
          break;
        case 'partial':
        case 'deepPartial':
          if (object) object = mapFields(object, (x) => ({ ...x, optional: true }));
          break;
        case 'required':
          if (object) object = mapFields(object, (x) => ({ ...x, optional: false, hasDefault: false }));
          break;
        case 'extend':
        case 'merge':
        case 'safeExtend': {
          if (!object) break;
          const extra =
            member.name === 'merge'
              ? parts[0] ? this.schema(parts[0], scope, depth + 1, true).object : undefined
              : parts[0] ? this.objectShape(parts[0], scope, depth + 1) : undefined;
          if (!extra) {
            object = { ...object, complete: false };
            break;
          }
          const fields = { ...object.fields };
          for (const [key, x] of Object.entries(extra.fields)) setField(fields, key, x);
          object = { fields, unknownKeys: member.name === 'merge' ? extra.unknownKeys : object.unknownKeys, complete: object.complete && extra.complete };
          break;
        }
        case 'pick':
        case 'omit': {
          if (!object) break;
          const keys = parts[0] ? this.objectKeys(parts[0]) : undefined;
          if (!keys) {
            object = { ...object, complete: false };
            break;
          }
          const fields: Record<string, FieldSchema> = {};
          for (const [key, x] of Object.entries(object.fields)) {
            if (keys.has(key) === (member.name === 'pick')) setField(fields, key, x);
          }
          object = { ...object, fields };
          break;
        }
        case 'pipe':
        case 'transform':
        case 'refine':
        case 'superRefine':
        case 'check':
        case 'describe':
        case 'meta':
        case 'brand':
        case 'readonly':
          break; // the input is judged by what came before
        default:
          break; // `.min()`, `.max()`, `.url()`, `.trim()`…: same kind of input
      }
    }
    return object ? { object, field: f } : { field: f };
  }

  private objectKeys(range: [number, number]): Set<string> | undefined {
    const chain = this.chainOf(range);
    if (chain.head.t !== 'obj' || chain.links.length > 0) return undefined;
    const keys = new Set<string>();
    for (const entry of objectEntries(this.src, chain.head.s, chain.head.e)) {
      if (entry.opaque || entry.key === undefined) return undefined;
      keys.add(entry.key);
    }
    return keys;
  }

  /** `schema:` of a collection: an object schema, a function returning one, or a const. */
  collectionSchema(range: [number, number], depth: number): AstroObjectSchema | undefined {
    const chain = this.chainOf(range);
    if (chain.head.t === 'arrow' && chain.links.length === 0) {
      const scope = this.schemaFunctionScope(chain.head.params);
      const body = chain.head.block ? returnedExpression(this.src, chain.head.body[0], chain.head.body[1]) : chain.head.body;
      if (!body) return undefined;
      return this.schema(body, scope, depth + 1, true).object;
    }
    if (chain.head.t === 'id' && chain.links.length === 0 && !this.decls.zod.has(chain.head.name)) {
      return this.withDeclaration(chain.head.name, depth + 1, undefined, (r) => this.collectionSchema(r, depth + 1));
    }
    return this.schema(range, EMPTY_SCOPE, depth + 1, true).object;
  }

  /** `({ image })`, `({ image: img })`, `(ctx)`: which names reach the image helper. */
  private schemaFunctionScope(params: [number, number]): Scope {
    const { toks } = this.src;
    const scope: Scope = { imageNames: new Set() };
    const [s, e] = params;
    if (this.src.is(s, '{')) {
      const close = this.src.close(s);
      if (close === -1) return scope;
      for (const entry of objectEntries(this.src, s + 1, close)) {
        if (entry.key !== 'image') continue;
        const local = toks[entry.value[0]];
        if (local?.k === 'id') scope.imageNames.add(local.v);
      }
    } else if (toks[s]?.k === 'id' && e > s) {
      scope.contextName = toks[s]!.v;
    }
    return scope;
  }
}

function cloneObject(object: AstroObjectSchema): AstroObjectSchema {
  return mapFields(object, (x) => x);
}

function mapFields(object: AstroObjectSchema, map: (f: FieldSchema) => FieldSchema): AstroObjectSchema {
  const fields: Record<string, FieldSchema> = {};
  for (const [key, x] of Object.entries(object.fields)) setField(fields, key, map(x));
  return { ...object, fields };
}

// ---------------------------------------------------------------------------------------------
// Collections

/**
 * Reads a content collections config by its text. Never throws: what it cannot follow is listed in
 * `unparsed` (the whole file as name '*').
 */
export function readAstroCollections(text: string, options: ReadCollectionsOptions = {}): AstroCollections {
  const result: AstroCollections = { collections: [], unparsed: [] };
  if (text.length > MAX_CONFIG_CHARS) {
    result.unparsed.push({ name: '*', reason: `the config is over ${MAX_CONFIG_CHARS} characters` });
    return result;
  }
  try {
    const src = new Source(tokenize(text));
    const decls = readDeclarations(src);
    const reader = new Reader(src, decls);
    const exported = decls.values.get('collections');
    if (!exported) {
      result.unparsed.push({ name: '*', reason: 'no `collections` is declared (`export const collections = { … }`)' });
      return result;
    }
    const chain = reader.chainOf(exported);
    let objectRange: [number, number] | undefined;
    if (chain.head.t === 'obj' && chain.links.length === 0) objectRange = [chain.head.s, chain.head.e];
    if (!objectRange) {
      result.unparsed.push({ name: '*', reason: '`collections` is not an object literal' });
      return result;
    }
    for (const entry of objectEntries(src, objectRange[0], objectRange[1])) {
      if (entry.opaque || entry.key === undefined) {
        result.unparsed.push({ name: '*', reason: 'a spread or computed key in `collections`: some collections may be missing' });
        continue;
      }
      try {
        const read = readCollection(reader, entry.key, entry.value, options);
        if ('reason' in read) result.unparsed.push({ name: entry.key, reason: read.reason });
        else {
          result.collections.push(read.collection);
          if (read.note) result.unparsed.push({ name: entry.key, reason: read.note });
        }
      } catch (error) {
        if (!(error instanceof BudgetExceeded)) throw error;
        result.unparsed.push({ name: entry.key, reason: error.message });
        break;
      }
    }
  } catch (error) {
    result.unparsed.push({ name: '*', reason: error instanceof BudgetExceeded ? error.message : `could not read the config: ${String(error)}` });
  }
  return result;
}

function readCollection(
  reader: Reader,
  name: string,
  range: [number, number],
  options: ReadCollectionsOptions,
): { collection: AstroCollection; note?: string } | { reason: string } {
  const config = collectionConfig(reader, range, 0);
  if (!config) return { reason: 'not a `defineCollection({ … })` this reader can follow' };
  const { src } = reader;
  const projectDir = options.projectDir ?? '';
  const collection: AstroCollection = { name, loader: 'legacy', base: joinPath(projectDir, 'src/content', name), schemaStatus: 'none' };
  let note: string | undefined;
  for (const entry of objectEntries(src, config[0], config[1])) {
    if (entry.opaque) {
      note = 'a spread in the collection config was not followed';
      continue;
    }
    if (entry.key === 'type') {
      const type = reader.stringValue(entry.value);
      if (type !== undefined) collection.type = type;
    } else if (entry.key === 'loader') {
      const loader = readLoader(reader, entry.value, options);
      collection.loader = loader.kind;
      if (loader.kind === 'custom') {
        collection.base = projectDir;
        note = 'a custom loader: where its entries live is not known';
      } else {
        collection.base = loader.base ?? projectDir;
        if (loader.pattern) collection.pattern = loader.pattern;
        if (loader.file) collection.file = loader.file;
        if (loader.note) note = loader.note;
      }
    } else if (entry.key === 'schema') {
      const schema = reader.collectionSchema(entry.value, 0);
      if (schema) {
        collection.schema = schema;
        collection.schemaStatus = 'ok';
      } else {
        collection.schemaStatus = 'unknown';
        note = 'the schema is not a `z.object({ … })` this reader can follow';
      }
    }
  }
  return note ? { collection, note } : { collection };
}

/** The inside of the object given to `defineCollection(…)` (or the object itself, or a const). */
function collectionConfig(reader: Reader, range: [number, number], depth: number): [number, number] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const chain = reader.chainOf(range);
  const { head, links } = chain;
  if (head.t === 'obj' && links.length === 0) return [head.s, head.e];
  if (head.t === 'id' && links.length === 1 && links[0]!.t === 'call' && reader.names.defineCollection.has(head.name)) {
    const args = reader.src.split(links[0]!.s, links[0]!.e)[0];
    return args ? collectionConfig(reader, args, depth + 1) : undefined;
  }
  if (head.t === 'id' && links.length === 0) {
    const value = reader.decls.values.get(head.name);
    return value && value !== range ? collectionConfig(reader, value, depth + 1) : undefined;
  }
  return undefined;
}

function readLoader(
  reader: Reader,
  range: [number, number],
  options: ReadCollectionsOptions,
): { kind: 'glob' | 'file' | 'custom'; base?: string; pattern?: string[]; file?: string; note?: string } {
  const { src } = reader;
  const chain = reader.chainOf(range);
  const { head, links } = chain;
  if (head.t !== 'id' || links.length !== 1 || links[0]!.t !== 'call') return { kind: 'custom' };
  const args = src.split(links[0]!.s, links[0]!.e);
  const projectDir = options.projectDir ?? '';
  if (reader.names.file.has(head.name)) {
    const file = args[0] ? reader.stringValue(args[0]) : undefined;
    if (file === undefined) return { kind: 'file', note: 'the file loader’s path is not a literal' };
    const rel = joinPath(projectDir, file);
    return { kind: 'file', file: rel, base: path.posix.dirname(rel) };
  }
  if (!reader.names.glob.has(head.name)) return { kind: 'custom' };
  const optionsChain = args[0] ? reader.chainOf(args[0]) : OTHER;
  if (optionsChain.head.t !== 'obj') return { kind: 'glob', base: projectDir, note: 'the glob loader’s options are not an object literal' };
  const result: { kind: 'glob'; base: string; pattern?: string[]; note?: string } = { kind: 'glob', base: projectDir };
  for (const entry of objectEntries(src, optionsChain.head.s, optionsChain.head.e)) {
    if (entry.key === 'pattern') {
      const single = reader.stringValue(entry.value);
      const list = single !== undefined ? [single] : reader.stringList(entry.value);
      if (list) result.pattern = list;
      else result.note = 'the glob pattern is not a literal';
    } else if (entry.key === 'base') {
      const base = loaderBase(reader, entry.value, options);
      if (base !== undefined) result.base = base;
      else result.note = 'the glob base is not a literal';
    }
  }
  return result;
}

/** `'./src/data/blog'` (project-relative) or `new URL('./blog', import.meta.url)` (config-relative). */
function loaderBase(reader: Reader, range: [number, number], options: ReadCollectionsOptions): string | undefined {
  const projectDir = options.projectDir ?? '';
  const literal = reader.stringValue(range);
  if (literal !== undefined) return joinPath(projectDir, literal);
  const chain = reader.chainOf(range);
  if (chain.head.t === 'new' && chain.head.name === 'URL') {
    const [first, second] = reader.src.split(chain.head.args[0], chain.head.args[1]);
    const relative = first ? reader.stringValue(first) : undefined;
    if (relative === undefined || !second) return undefined;
    const isMetaUrl = reader.chainOf(second);
    if (isMetaUrl.head.t === 'id' && isMetaUrl.head.name === 'import' && isMetaUrl.links.map((l) => (l.t === 'member' ? l.name : '()')).join('.') === 'meta.url') {
      const configDir = path.posix.dirname(options.configFile ?? 'src/content.config.ts');
      return joinPath(projectDir, configDir, relative);
    }
  }
  return undefined;
}

/** Joins project-relative parts into a normalized repo path without `./` or a trailing slash. */
function joinPath(...parts: string[]): string {
  const joined = path.posix.normalize(path.posix.join(...parts.filter((p) => p !== '')));
  let end = joined.length;
  while (end > 0 && joined.charCodeAt(end - 1) === 47) end--; // (a loop: /\/+$/ is quadratic on `////…x`)
  const trimmed = joined.slice(0, end);
  return trimmed === '.' || trimmed === '' ? '' : trimmed;
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface SchemaProblem {
  /** The frontmatter key (`tags[2]` for an array item). */
  key: string;
  kind: 'missing' | 'type' | 'enum' | 'unknown-key';
  /** What the schema wants (`date`, `string`, `'dev' | 'life'`). */
  expected: string;
  /** What the post gives (`string`, `null`, the enum value written). */
  got: string;
}

export interface ValidateOptions {
  /**
   * Top-level keys whose value was written quoted (`'…'`/`"…"`). js-yaml and TOML keep a quoted
   * scalar a string, so a quoted `"2025-12-20"` fails a plain `z.date()`. Without this every string
   * counts as written plain (an unquoted date-shaped string becomes a Date, as js-yaml makes it).
   */
  quotedKeys?: Iterable<string>;
  /** The frontmatter's format: in TOML an unquoted string can only have been a date literal. */
  format?: 'yaml' | 'toml';
  /** A legacy `type: 'content'` collection: Astro takes `slug` out before validating. */
  legacyContent?: boolean;
}

// js-yaml 4's timestamp type (lib/type/timestamp.js): a date, or a date-time with seconds.
const YAML_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const YAML_TIMESTAMP =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?$/;

const TOML_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?)?$/;

/** What js-yaml makes of a plain scalar that matches its timestamp type (UTC when no zone). */
export function yamlTimestamp(text: string): Date | undefined {
  if (text.length > 64) return undefined;
  const date = YAML_DATE.exec(text);
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  const m = YAML_TIMESTAMP.exec(text);
  if (!m) return undefined;
  const fraction = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), fraction);
  if (m[9]) {
    const offset = (Number(m[10]) * 60 + Number(m[11] ?? 0)) * 60_000;
    ms -= m[9] === '-' ? -offset : offset;
  }
  return new Date(ms);
}

/** The value zod would see, from our model (dates as strings) and whether it was quoted. */
function astroValue(value: unknown, quoted: boolean, format: 'yaml' | 'toml'): unknown {
  if (typeof value !== 'string' || quoted) return value;
  if (format === 'toml') {
    // Unquoted, a TOML string can only have been a date/time literal (RFC 3339 shapes).
    if (value.length > 64 || !TOML_DATE.test(value)) return value;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return yamlTimestamp(value) ?? value;
}

function typeName(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid date' : 'date';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function describe(f: FieldSchema): string {
  if (f.anyOf) return f.anyOf.map(describe).join(' | ');
  if (f.kind === 'enum' && f.enumValues) return f.enumValues.map((v) => JSON.stringify(v)).join(' | ');
  if (f.kind === 'array' && f.items && f.items !== 'unknown') return `${f.items}[]`;
  if (f.kind === 'reference') return f.referenceTo ? `reference to ${f.referenceTo}` : 'reference';
  if (f.kind === 'image') return 'image path';
  return f.kind;
}

type Verdict = { kind: 'missing' | 'type' | 'enum'; expected: string; got: string; key?: string } | null;

function coerces(f: FieldSchema, value: unknown): boolean {
  try {
    if (f.kind === 'string' || f.kind === 'boolean') return true; // String(x), Boolean(x)
    if (f.kind === 'number') return !Number.isNaN(Number(value));
    if (f.kind === 'date') return !Number.isNaN(new Date(value as string).getTime());
  } catch {
    return false;
  }
  return false;
}

function check(f: FieldSchema, value: unknown, depth = 0): Verdict {
  if (f.catches) return null;
  if (value === undefined && f.optional) return null;
  if (value === null && f.nullable) return null;
  if (f.anyOf) {
    if (f.anyOf.some((member) => check(member, value, depth + 1) === null)) return null;
    return value === undefined ? { kind: 'missing', expected: describe(f), got: 'undefined' } : { kind: 'type', expected: describe(f), got: typeName(value) };
  }
  if (f.kind === 'unknown') return null;
  if (f.coerce && (f.kind === 'string' || f.kind === 'number' || f.kind === 'boolean' || f.kind === 'date')) {
    return coerces(f, value) ? null : value === undefined ? { kind: 'missing', expected: describe(f), got: 'undefined' } : { kind: 'type', expected: describe(f), got: typeName(value) };
  }
  if (value === undefined) return { kind: 'missing', expected: describe(f), got: 'undefined' };
  const type = (ok: boolean): Verdict => (ok ? null : { kind: 'type', expected: describe(f), got: typeName(value) });
  switch (f.kind) {
    case 'string':
    case 'image':
      return type(typeof value === 'string');
    case 'number':
      return type(typeof value === 'number' && !Number.isNaN(value));
    case 'boolean':
      return type(typeof value === 'boolean');
    case 'date':
      return type(value instanceof Date && !Number.isNaN(value.getTime()));
    case 'enum':
      if (typeof value !== 'string') return type(false);
      if (f.enumValues && !f.enumValues.includes(value)) return { kind: 'enum', expected: describe(f), got: value };
      return null;
    case 'reference':
      if (typeof value === 'string') return null;
      return type(
        !!value &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          typeof (value as Record<string, unknown>).collection === 'string' &&
          (typeof (value as Record<string, unknown>).id === 'string' || typeof (value as Record<string, unknown>).slug === 'string'),
      );
    case 'object':
      return type(!!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date));
    case 'array': {
      if (!Array.isArray(value)) return type(false);
      if (!f.itemSchema || depth > 4) return null;
      for (let i = 0; i < value.length && i < 1000; i++) {
        const verdict = check(f.itemSchema, value[i], depth + 1);
        if (verdict) return { ...verdict, key: `[${i}]${verdict.key ?? ''}` };
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * Checks frontmatter data against a collection schema the way Astro's zod would, after rebuilding
 * the values js-yaml would have produced (see the top of this file). One problem per key.
 */
export function validateAgainstSchema(data: Record<string, unknown>, schema: AstroObjectSchema, options: ValidateOptions = {}): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const quoted = new Set(options.quotedKeys ?? []);
  const format = options.format ?? 'yaml';
  const has = (key: string) => Object.prototype.hasOwnProperty.call(data, key);
  for (const [key, f] of Object.entries(schema.fields)) {
    const raw = has(key) ? data[key] : undefined;
    // Array items: YAML lists are mostly written plain (`tags: [a, 2025-01-01]`); TOML strings are always quoted.
    const value = Array.isArray(raw) ? raw.map((item) => astroValue(item, format === 'toml', format)) : astroValue(raw, quoted.has(key), format);
    const verdict = check(f, value);
    if (verdict) problems.push({ key: key + (verdict.key ?? ''), kind: verdict.kind, expected: verdict.expected, got: verdict.got });
  }
  if (schema.unknownKeys === 'strict' && schema.complete) {
    for (const key of Object.keys(data)) {
      if (Object.prototype.hasOwnProperty.call(schema.fields, key)) continue;
      if (options.legacyContent && key === 'slug') continue;
      problems.push({ key, kind: 'unknown-key', expected: 'no such key (the schema is strict)', got: typeName(data[key]) });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// tsconfig / jsconfig paths

export interface AstroAlias {
  /** The `paths` key as written (`@assets/*`); '*' for the `baseUrl` catch-all. */
  pattern: string;
  /** What a specifier must start with (`@assets/`). */
  prefix: string;
  /** What it must end with (usually ''). */
  suffix: string;
  /** The key has a `*`: it matches a family of specifiers (at least one character in the `*`). */
  wildcard: boolean;
  /**
   * Repo paths, in order. A trailing `*` is dropped (`src/assets/`); a `*` in the middle is kept
   * and replaced by what the specifier's `*` matched.
   */
  targets: string[];
  /** The alias Astro adds for an explicit `baseUrl`: any bare specifier, resolved from it. */
  fromBaseUrl?: boolean;
}

export interface TsconfigPaths {
  baseUrl?: string;
  aliases: AstroAlias[];
  /** `extends`, which this reader does not follow (Astro's own presets define no paths). */
  extends?: string | string[];
  error?: string;
}

/** Text of JSON with comments and trailing commas, as plain JSON. Linear; strings are kept intact. */
export function stripJsonComments(text: string): string {
  const out: string[] = [];
  const n = text.length;
  let pendingComma = -1; // index in `out` of a comma with only blanks and comments after it so far
  let runStart = 0; // start of the text not yet copied to `out`
  let i = 0;
  const flush = (to: number) => {
    if (to > runStart) out.push(text.slice(runStart, to));
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // "…": copied as part of the run
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34 || d === 10) break;
        else j++;
      }
      pendingComma = -1;
      i = j + 1;
    } else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      flush(i);
      if (text.charCodeAt(i + 1) === 47) {
        const nl = text.indexOf('\n', i);
        i = nl === -1 ? n : nl;
      } else {
        const close = text.indexOf('*/', i + 2);
        i = close === -1 ? n : close + 2;
        out.push(' ');
      }
      runStart = i;
    } else if (c === 44) {
      flush(i);
      out.push(',');
      pendingComma = out.length - 1;
      runStart = ++i;
    } else if (c === 125 || c === 93) {
      if (pendingComma !== -1) out[pendingComma] = '';
      pendingComma = -1;
      i++;
    } else {
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) pendingComma = -1;
      i++;
    }
  }
  flush(n);
  return out.join('');
}

/**
 * `compilerOptions.baseUrl` and `paths` of a tsconfig.json/jsconfig.json, as Astro turns them into
 * Vite aliases (packages/astro/src/vite-plugin-config-alias): targets are relative to `baseUrl`, or
 * to the tsconfig's folder when only `paths` is given; aliases are tried in the order written, each
 * target in order; an explicit `baseUrl` also resolves every bare specifier from it.
 */
export function readTsconfigPaths(text: string, options: { dir?: string } = {}): TsconfigPaths {
  if (text.length > MAX_CONFIG_CHARS) return { aliases: [], error: 'the tsconfig is too large' };
  let data: unknown;
  try {
    data = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return { aliases: [], error: `not JSON: ${(error as Error).message}` };
  }
  const result: TsconfigPaths = { aliases: [] };
  if (!data || typeof data !== 'object') return result;
  const root = data as Record<string, unknown>;
  if (typeof root.extends === 'string' || Array.isArray(root.extends)) result.extends = root.extends as string | string[];
  const compilerOptions = root.compilerOptions;
  if (!compilerOptions || typeof compilerOptions !== 'object') return result;
  const { baseUrl, paths } = compilerOptions as Record<string, unknown>;
  if (typeof baseUrl === 'string') result.baseUrl = baseUrl;
  const hasPaths = !!paths && typeof paths === 'object' && !Array.isArray(paths);
  const effectiveBase = typeof baseUrl === 'string' ? baseUrl : hasPaths ? '.' : undefined;
  if (effectiveBase === undefined) return result;
  const baseDir = joinPath(options.dir ?? '', effectiveBase);
  if (hasPaths) {
    for (const [pattern, values] of Object.entries(paths as Record<string, unknown>)) {
      if (!Array.isArray(values)) continue;
      const star = pattern.indexOf('*');
      const wildcard = star !== -1;
      const targets: string[] = [];
      for (const value of values) {
        if (typeof value !== 'string') continue;
        const targetStar = value.indexOf('*');
        if (wildcard && targetStar !== -1 && targetStar === value.length - 1) {
          const dir = joinPath(baseDir, value.slice(0, -1));
          targets.push(dir === '' ? '' : dir + '/');
        } else targets.push(joinPath(baseDir, value) + (value.endsWith('/') ? '/' : ''));
      }
      result.aliases.push({
        pattern,
        prefix: wildcard ? pattern.slice(0, star) : pattern,
        suffix: wildcard ? pattern.slice(star + 1) : '',
        wildcard,
        targets,
      });
    }
  }
  if (typeof baseUrl === 'string') {
    result.aliases.push({ pattern: '*', prefix: '', suffix: '', wildcard: true, targets: [baseDir === '' ? '' : baseDir + '/'], fromBaseUrl: true });
  }
  return result;
}

/** Repo paths an aliased specifier may be, in the order Astro tries them; [] when no alias matches. */
export function resolveAlias(spec: string, aliases: readonly AstroAlias[]): string[] {
  const out: string[] = [];
  for (const alias of aliases) {
    let captured: string;
    if (alias.fromBaseUrl) {
      // Astro: /^(?!\.*\/|\.*$|\w:)(.+)$/ — not `./`, `../`, `/`, only dots, or a drive letter.
      if (/^\.*\//.test(spec) || /^\.*$/.test(spec) || /^\w:/.test(spec)) continue;
      captured = spec;
    } else if (alias.wildcard) {
      if (spec.length < alias.prefix.length + alias.suffix.length + 1 || !spec.startsWith(alias.prefix) || !spec.endsWith(alias.suffix)) continue;
      captured = spec.slice(alias.prefix.length, spec.length - alias.suffix.length);
    } else {
      if (spec !== alias.pattern) continue;
      captured = '';
    }
    for (const target of alias.targets) {
      const candidate = target.includes('*') ? target.replace('*', captured) : alias.wildcard ? target + captured : target;
      const normalized = joinPath(candidate);
      if (!out.includes(normalized)) out.push(normalized);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Images

/**
 * Where Astro looks for an image written in a Markdown post (`![](…)`, and the same for an
 * `image()` frontmatter field), in order. Checked in Astro's sources (remark-collect-images,
 * vite-plugin-markdown, vite-plugin-config-alias) and docs (guides/images, "Images in Markdown files").
 */
export const astroImageRoots: ReadonlyArray<{ form: string; resolvesTo: string }> = [
  { form: 'https://…, data:… (anything `URL.canParse` accepts)', resolvesTo: 'remote: not a file in the repository' },
  { form: '/x.png', resolvesTo: 'public/x.png — served as is, never processed' },
  { form: './x.png, ../x.png', resolvesTo: 'relative to the post file (src/assets/…, or beside the post)' },
  {
    form: '@assets/x.png, ~/x.png (any bare specifier)',
    resolvesTo: 'tsconfig/jsconfig `paths` (and an explicit `baseUrl`) first, in the order written',
  },
  {
    form: 'x.png, images/x.png (bare, no ./)',
    resolvesTo: 'then relative to the post file, as `./x.png` (since Astro 4.7.0, withastro/astro#10801; before, it failed)',
  },
];

export interface AstroImageOptions {
  /** `publicDir` of astro.config (default `public`), project-relative. */
  publicDir?: string;
  /** The project's folder inside the repository ('' = the repository root). */
  projectDir?: string;
}

/** Repo paths to check for an image URL written in `postFile`, in Astro's order; [] for a remote URL. */
export function astroImageCandidates(url: string, postFile: string, aliases: readonly AstroAlias[] = [], options: AstroImageOptions = {}): string[] {
  let spec = url.trim();
  if (spec === '' || spec.startsWith('#')) return [];
  if (spec.startsWith('//') || URL.canParse(spec)) return [];
  const cut = spec.search(/[?#]/);
  if (cut !== -1) spec = spec.slice(0, cut);
  try {
    spec = decodeURI(spec);
  } catch {
    // keep it as written
  }
  if (spec === '') return [];
  const projectDir = options.projectDir ?? '';
  if (spec.startsWith('/')) return [joinPath(projectDir, options.publicDir ?? 'public', spec.slice(1))];
  const postDir = path.posix.dirname(postFile);
  if (spec.startsWith('./') || spec.startsWith('../')) return [joinPath(postDir, spec)];
  const out = resolveAlias(spec, aliases);
  const relative = joinPath(postDir, spec);
  if (!out.includes(relative)) out.push(relative);
  return out;
}
