// Emphasis the post's renderer leaves as literal asterisks. CommonMark renderers (Hugo's goldmark,
// remark/Astro, markdown-it, GitHub) end emphasis only at a right-flanking delimiter run: a `**`
// after punctuation must be followed by a space or punctuation, so `**계약(Contract)**이다` and
// `**“무엇”**를` publish their asterisks (Korean particles follow the closing `**` directly).
// kramdown (Jekyll) renders those, but not a delimiter with a space on its inner side (`** x**`) nor
// an `_` inside a word. The tree is remark's (CommonMark): delimiter runs left in its text nodes are
// the candidates; an opener-like run and the next closer-like run of the same kind are the pair the
// author meant; kramdown's own rules then decide for Jekyll.
import type { Nodes, Parent, RootContent } from 'mdast';
import { defineRule } from '../rule-api/rule.js';
import { positionAt } from '../post/source.js';
import type { Edit } from '../core/types.js';
import type { Renderer } from '../engines/types.js';
import { isJsSpace, lowerBound } from '../post/scan.js';

type Flavour = 'commonmark' | 'kramdown';

/** Which emphasis rules the renderer follows; undefined where the linter does not know them. */
function flavourOf(renderer: Renderer): Flavour | undefined {
  if (renderer === 'kramdown') return 'kramdown';
  if (renderer === 'goldmark' || renderer === 'remark' || renderer === 'markdown-it' || renderer === 'commonmark') return 'commonmark';
  // marked (before v5) counts only ASCII punctuation, and an unknown renderer may do anything.
  return undefined;
}

/** CommonMark 0.31 (micromark): Unicode whitespace, and punctuation including symbols. */
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;

export interface DelimiterRun {
  char: '*' | '_';
  start: number;
  end: number;
  /** The text node it sits in (its neighbours are other nodes: a link's URL is not its word). */
  nodeStart?: number;
  nodeEnd?: number;
  /** CommonMark made it an emphasis delimiter (kramdown's pairing sees these too). */
  rendered?: boolean;
}

/** A pair of literal delimiter runs the author meant as one emphasis. */
export interface LiteralEmphasis {
  open: DelimiterRun;
  close: DelimiterRun;
}

const isSpace = (char: string) => char === '' || WHITESPACE.test(char);
const isPunct = (char: string) => char !== '' && PUNCTUATION.test(char);

/** What the character helpers read: a string, or the post with edits applied (`Joined`). */
interface Chars {
  readonly length: number;
  charCodeAt(index: number): number;
}

/** One character (a whole code point) before `offset`, or '' at the start. */
function charBefore(text: Chars, offset: number): string {
  if (offset <= 0) return '';
  const code = text.charCodeAt(offset - 1);
  return code >= 0xdc00 && code <= 0xdfff && offset >= 2 ? String.fromCharCode(text.charCodeAt(offset - 2), code) : String.fromCharCode(code);
}

function charAfter(text: Chars, offset: number): string {
  if (offset >= text.length) return '';
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return String.fromCharCode(code, low);
  }
  return String.fromCharCode(code);
}

/**
 * A string made of pieces (slices of the post, edit texts), read without joining them: joining the
 * whole post once per finding was quadratic in the number of findings.
 */
class Joined implements Chars {
  readonly length: number;
  constructor(private readonly pieces: string[]) {
    this.length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  }
  charCodeAt(index: number): number {
    for (const piece of this.pieces) {
      if (index < piece.length) return piece.charCodeAt(index);
      index -= piece.length;
    }
    return NaN;
  }
}

/** The pieces of `text` from `from` to `to` with `edits` (sorted, inside that range) applied. */
function appliedPieces(text: string, from: number, to: number, edits: Edit[]): string[] {
  const pieces: string[] = [];
  let at = from;
  for (const edit of edits) {
    pieces.push(text.slice(at, edit.range[0]), edit.text);
    at = edit.range[1];
  }
  pieces.push(text.slice(at, to));
  return pieces;
}

/** CommonMark's left-flanking and right-flanking tests, and what they let a run do. */
export function commonmarkCan(char: '*' | '_', before: string, after: string): { open: boolean; close: boolean } {
  const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  if (char === '*') return { open: left, close: right };
  return { open: left && (!right || isPunct(before)), close: right && (!left || isPunct(after)) };
}

/** kramdown's emphasis parser: no space on the inner side, and `_` not inside a word. */
function kramdownRenders(char: '*' | '_', openBefore: string, openAfter: string, closeBefore: string, closeAfter: string): boolean {
  if (isSpace(openAfter) || isSpace(closeBefore)) return false;
  return char === '*' || (!LETTER.test(openBefore) && !ALNUM.test(closeAfter));
}

function renders(flavour: Flavour, text: Chars, open: DelimiterRun, close: DelimiterRun): boolean {
  const [ob, oa, cb, ca] = [charBefore(text, open.start), charAfter(text, open.end), charBefore(text, close.start), charAfter(text, close.end)];
  if (flavour === 'kramdown') return kramdownRenders(open.char, ob, oa, cb, ca);
  return commonmarkCan(open.char, ob, oa).open && commonmarkCan(close.char, cb, ca).close;
}

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'math', 'inlineMath', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
/** Emphasis cannot reach into or out of these: their delimiter runs pair only among themselves. */
const GROUPS = new Set(['paragraph', 'heading', 'tableCell', 'link', 'linkReference']);

/**
 * Delimiter runs left as text, grouped by the block (or link) they sit in, in source order. With
 * `rendered`, also the runs CommonMark turned into emphasis: kramdown pairs them its own way.
 */
function literalRuns(tree: Parent, text: string, rendered: boolean): DelimiterRun[][] {
  const groups: DelimiterRun[][] = [];
  const visit = (node: Nodes, group: DelimiterRun[] | undefined) => {
    if (SKIPPED.has(node.type)) return;
    // An autolink (`<https://…>`, a bare `www.…`) is a URL, not prose.
    if (node.type === 'link' && node.position && text[node.position.start.offset!] !== '[') return;
    if (node.type === 'text') {
      if (group && node.position) scanText(text, node.position.start.offset!, node.position.end.offset!, group);
      return;
    }
    if (!('children' in node)) return;
    if (rendered && group && (node.type === 'emphasis' || node.type === 'strong') && node.position) {
      const length = node.type === 'strong' ? 2 : 1;
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      const char = text[start] === '_' ? '_' : '*';
      group.push({ char, start, end: start + length, rendered: true });
      for (const child of node.children as RootContent[]) visit(child, group);
      group.push({ char, start: end - length, end, rendered: true });
      return;
    }
    let inner = group;
    if (GROUPS.has(node.type)) groups.push((inner = []));
    for (const child of node.children as RootContent[]) visit(child, inner);
  };
  visit(tree as Nodes, undefined);
  return groups.filter((group) => group.length > 1);
}

function scanText(text: string, start: number, end: number, into: DelimiterRun[]): void {
  for (let at = start; at < end; at++) {
    const char = text[at];
    if (char !== '*' && char !== '_') continue;
    let stop = at + 1;
    while (stop < end && text[stop] === char) stop++;
    let from = at;
    let slashes = 0;
    while (from - slashes - 1 >= 0 && text[from - slashes - 1] === '\\') slashes++;
    if (slashes % 2 === 1) from++;
    if (from < stop) into.push({ char, start: from, end: stop, nodeStart: start, nodeEnd: end });
    at = stop - 1;
  }
}

// ---- where marks are in the post, found once ----

/** The last item < `limit`, or -1. */
function lastBefore(items: number[], limit: number): number {
  const index = lowerBound(items, limit);
  return index === 0 ? -1 : items[index - 1]!;
}

/** Whether an item lies in [from, to). */
function anyIn(items: number[], from: number, to: number): boolean {
  return to > from && lowerBound(items, from) < lowerBound(items, to);
}

/**
 * The offsets of the marks `ignorable` looks for (line breaks, white space, `$`, `\\(`, `{{`, …), each
 * list found once per post, so each run is judged by binary searches instead of rescanning its line
 * (a line of 20,000 runs was quadratic; regexes like `/\S*$/` on the line were too).
 */
class Marks {
  private readonly found = new Map<string, number[]>();
  constructor(private readonly text: string) {}
  /** Where `mark` starts (overlapping occurrences included); `' '` stands for any white space. */
  of(mark: string): number[] {
    let items = this.found.get(mark);
    if (items) return items;
    items = [];
    const text = this.text;
    if (mark === ' ') {
      for (let at = 0; at < text.length; at++) if (isJsSpace(text.charCodeAt(at))) items.push(at);
    } else {
      for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) items.push(at);
    }
    this.found.set(mark, items);
    return items;
  }
  /** Whether `mark` lies wholly inside [from, to). */
  within(mark: string, from: number, to: number): boolean {
    return anyIn(this.of(mark), from, to - mark.length + 1);
  }
  /** The start of the last `mark` wholly before `end`, or -1. */
  lastBefore(mark: string, end: number): number {
    return lastBefore(this.of(mark), end - mark.length + 1);
  }
}

/** Runs that are no emphasis whatever the renderer does: identifiers, paths, URLs, math, template tags. */
function ignorable(text: string, run: DelimiterRun, marks: Marks): boolean {
  if (run.end - run.start > 3) return true;
  const before = charBefore(text, run.start);
  const after = charAfter(text, run.end);
  if (run.char === '_' && ASCII_ALNUM.test(before) && ASCII_ALNUM.test(after)) return true;
  if (before === '/' || after === '/' || (after === '.' && ASCII_ALNUM.test(charAfter(text, run.end + 1)))) return true;
  // The run's line, inside its text node: `head` is [lineStart, run.start), `tail` [run.end, lineEnd).
  const lineStart = Math.max(marks.lastBefore('\n', run.start) + 1, run.nodeStart ?? 0);
  const newline = lowerBound(marks.of('\n'), run.end);
  const lineEnd = Math.min(marks.of('\n')[newline] ?? text.length, run.nodeEnd ?? text.length);
  // The word around the run (the run left out): a URL or a file path is no place for emphasis.
  const wordStart = Math.max(marks.lastBefore(' ', run.start) + 1, lineStart);
  const wordEnd = Math.min(marks.of(' ')[lowerBound(marks.of(' '), run.end)] ?? text.length, lineEnd);
  const inWord = (mark: string) => marks.within(mark, wordStart, run.start) || marks.within(mark, run.end, wordEnd);
  // A mark across the gap the run leaves (`http:**//`), and how the word starts.
  const seam = text.slice(Math.max(wordStart, run.start - 2), run.start) + text.slice(run.end, Math.min(wordEnd, run.end + 2));
  const opening = (text.slice(wordStart, Math.min(run.start, wordStart + 4)) + text.slice(run.end, Math.min(wordEnd, run.end + 4))).slice(0, 4);
  if (inWord('://') || seam.includes('://') || opening.startsWith('www.') || opening.startsWith('<') || inWord('@')) return true;
  if (run.char === '_' && inWord('/')) return true;
  // Between `$` signs on its line (math the page's MathJax/KaTeX reads as text), or inside a
  // template tag (`{{ … }}`, `{% … %}`).
  const dollars = marks.of('$');
  if ((lowerBound(dollars, run.start) - lowerBound(dollars, lineStart)) % 2 === 1 && marks.within('$', run.end, lineEnd)) return true;
  const mathOpen = marks.lastBefore('\\(', run.start);
  if (mathOpen >= lineStart && marks.lastBefore('\\)', run.start) < mathOpen && marks.within('\\)', run.end, lineEnd)) return true;
  const opened = Math.max(marks.lastBefore('{{', run.start), marks.lastBefore('{%', run.start));
  if (opened >= lineStart && Math.max(marks.lastBefore('}}', run.start), marks.lastBefore('%}', run.start)) < opened && (marks.within('}}', run.end, lineEnd) || marks.within('%}', run.end, lineEnd))) return true;
  return false;
}

/** The literal emphasis pairs of a post, as its renderer leaves them. */
export function findLiteralEmphasis(tree: Parent, text: string, flavour: Flavour): LiteralEmphasis[] {
  const found: LiteralEmphasis[] = [];
  const marks = new Marks(text);
  for (const group of literalRuns(tree, text, flavour === 'kramdown')) {
    const openers = new Openers(text, group[0]!.start);
    for (const run of group) {
      if (!run.rendered && ignorable(text, run, marks)) continue;
      const before = charBefore(text, run.start);
      const after = charAfter(text, run.end);
      const length = run.end - run.start;
      const open = openers.match(run);
      // A closer does not follow an opening bracket (`(__記事)` is a placeholder), and one that looks
      // like an opener (` *따뜻`: a linguist's mark) closes only as `**`/`__` (`**a few seconds **to`).
      // A space on both inner sides is arithmetic or a list of symbols (`a * b * c`), not emphasis.
      const closes = !OPENING.test(before) && (!isSpace(before) || length >= 2);
      if (open && closes && !(isSpace(charAfter(text, open.run.end)) && isSpace(before))) {
        openers.cut(open);
        if (flavour === 'kramdown' && renders('kramdown', text, open.run, run)) continue;
        found.push({ open: open.run, close: run });
        continue;
      }
      // An opener is followed by its text (`**x`) or stands alone (` ** x`); `x** y` only closes.
      // An `_` after a letter is part of a word (`변수_이름`), not an opener.
      if (isSpace(after) && !isSpace(before)) continue;
      if (run.char === '_' && ALNUM.test(before)) continue;
      openers.push(run);
    }
  }
  return found;
}

const OPENING = /[\p{Ps}\p{Pi}]/u;

interface Opener {
  run: DelimiterRun;
  /** Push order: later openers have larger ids. */
  id: number;
  /** The delimiter and its length, with the bracket balance of the text before the opener's end. */
  balanceKey: string;
}

/**
 * The open delimiter runs of one group (in source order), and what a closer pairs with: the last
 * opener of its kind (same character and length) that both CommonMark rendered, or with words
 * between them and the brackets between them balanced (code in prose, `*itab)(alloc(x)*p`, is not
 * emphasis). The group's text is read once, left to right, keeping the bracket balance and the last
 * letter or digit, so a closer finds its opener by lookups: walking back over every opener and
 * slicing the text between was cubic on a paragraph of openers that never close.
 */
class Openers {
  private readonly byKind = new Map<string, Opener[]>();
  private readonly byBalance = new Map<string, Opener[]>();
  private readonly renderedByKind = new Map<string, Opener[]>();
  private nextId = 0;
  private at: number;
  private readonly balance = [0, 0, 0];
  private lastWord = -1;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.at = start;
  }

  /** Reads the text up to `to` (a run's start or end: never inside a surrogate pair). */
  private read(to: number): void {
    const text = this.text;
    while (this.at < to) {
      const code = text.codePointAt(this.at)!;
      if (code === 40) this.balance[0]!++;
      else if (code === 41) this.balance[0]!--;
      else if (code === 91) this.balance[1]!++;
      else if (code === 93) this.balance[1]!--;
      else if (code === 123) this.balance[2]!++;
      else if (code === 125) this.balance[2]!--;
      else if (isWordCode(code)) this.lastWord = this.at;
      this.at += code > 0xffff ? 2 : 1;
    }
  }

  private key(run: DelimiterRun): string {
    return run.char + (run.end - run.start);
  }

  /** The opener `run` closes, if any (see the class comment). */
  match(run: DelimiterRun): Opener | undefined {
    this.read(run.start);
    const kind = this.key(run);
    let best = run.rendered ? this.renderedByKind.get(kind)?.at(-1) : undefined;
    const balanced = this.byBalance.get(`${kind}|${this.balance.join(',')}`);
    if (balanced) {
      // A letter or digit between the two: the openers that end at or before the last one read.
      let low = 0;
      let high = balanced.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (balanced[mid]!.run.end <= this.lastWord) low = mid + 1;
        else high = mid;
      }
      const candidate = balanced[low - 1];
      if (candidate && (!best || candidate.id > best.id)) best = candidate;
    }
    return best;
  }

  push(run: DelimiterRun): void {
    this.read(run.end);
    const kind = this.key(run);
    const opener: Opener = { run, id: this.nextId++, balanceKey: `${kind}|${this.balance.join(',')}` };
    append(this.byKind, kind, opener);
    append(this.byBalance, opener.balanceKey, opener);
    if (run.rendered) append(this.renderedByKind, kind, opener);
  }

  /** Drops `opener` and every opener pushed after it (emphasis does not cross a pair). */
  cut(opener: Opener): void {
    for (const [kind, list] of this.byKind) {
      while (list.length > 0 && list[list.length - 1]!.id >= opener.id) {
        // The last of its kind is the last of its balance and of the rendered ones too.
        const gone = list.pop()!;
        this.byBalance.get(gone.balanceKey)!.pop();
        if (gone.run.rendered) this.renderedByKind.get(kind)!.pop();
      }
    }
  }
}

function append<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** A letter or a digit (`[\p{L}\p{N}]`), by code point. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ALNUM.test(String.fromCodePoint(code));
}

const TAGS: Record<string, [string, string]> = { 1: ['<em>', '</em>'], 2: ['<strong>', '</strong>'], 3: ['<em><strong>', '</strong></em>'] };

interface Remedy {
  kind: 'space' | 'star' | 'html' | 'move' | 'none';
  edits: Edit[];
}

/**
 * What makes the renderer render the pair, keeping the words: spaces on the inner side moved
 * outside; else HTML tags where the renderer passes HTML; else the delimiters moved inside the
 * punctuation that blocks them (suggested, not applied: the punctuation leaves the emphasis).
 */
function remedyFor(text: string, pair: LiteralEmphasis, flavour: Flavour, rawHtml: boolean): Remedy {
  const { open, close } = pair;
  const openDelim = text.slice(open.start, open.end);
  const closeDelim = text.slice(close.start, close.end);
  const leading = /^[^\S\r\n]*/.exec(text.slice(open.end, close.start))![0].length;
  // (The trailing ones by a loop: `/[^\S\r\n]*$/` retried every start of a long run of spaces.)
  let trailing = 0;
  for (let at = close.start; at > open.end && isBlank(text.charCodeAt(at - 1)); at--) trailing++;
  if (leading > 0 || trailing > 0) {
    const edits: Edit[] = [];
    if (leading > 0) edits.push({ range: [open.start, open.end + leading], text: text.slice(open.end, open.end + leading) + openDelim });
    if (trailing > 0) edits.push({ range: [close.start - trailing, close.end], text: closeDelim + text.slice(close.start - trailing, close.start) });
    if (rendersAfter(text, edits, pair, flavour)) return { kind: 'space', edits };
  }
  // `_` inside a word: `*` of the same length renders where `_` does not (`_conversion flag_와`).
  if (open.char === '_' && leading === 0 && trailing === 0) {
    const stars = '*'.repeat(openDelim.length);
    const starred = new Joined([text.slice(0, open.start), stars, text.slice(open.end, close.start), stars, text.slice(close.end)]);
    if (renders(flavour, starred, { ...open, char: '*' }, { ...close, char: '*' })) return { kind: 'star', edits: [{ range: [open.start, open.end], text: stars }, { range: [close.start, close.end], text: stars }] };
  }
  const tags = TAGS[openDelim.length];
  if (rawHtml && tags && leading === 0 && trailing === 0) {
    return { kind: 'html', edits: [{ range: [open.start, open.end], text: tags[0] }, { range: [close.start, close.end], text: tags[1] }] };
  }
  // Move the delimiters past the punctuation that stops them (`**“무엇”**를` -> `“**무엇**”를`).
  const inner = text.slice(open.end, close.start);
  const lead = /^\p{P}*/u.exec(inner)![0].length;
  const trail = punctuationBefore(inner, inner.length);
  if (lead + trail < inner.length) {
    const edits: Edit[] = [];
    if (lead > 0) edits.push({ range: [open.start, open.end + lead], text: inner.slice(0, lead) + openDelim });
    if (trail > 0) edits.push({ range: [close.start - trail, close.end], text: closeDelim + inner.slice(inner.length - trail) });
    if (edits.length > 0 && rendersAfter(text, edits, pair, flavour)) return { kind: 'move', edits };
  }
  return { kind: 'none', edits: [] };
}

/** White space other than a line break (`[^\S\r\n]`). */
function isBlank(code: number): boolean {
  return code !== 10 && code !== 13 && isJsSpace(code);
}

const PUNCTUATION_ONLY = /^\p{P}$/u;

/** How many code units of punctuation (`\p{P}`) end `text` before `end`: `/\p{P}*$/u`, by a loop. */
function punctuationBefore(text: string, end: number): number {
  let at = end;
  while (at > 0) {
    const char = charBefore(text, at);
    if (!PUNCTUATION_ONLY.test(char)) break;
    at -= char.length;
  }
  return end - at;
}

/** `text.slice(from, to).indexOf(delim)` (direction 1) or `.lastIndexOf(delim)` (-1), read in place. */
function find(text: Chars, delim: string, from: number, to: number, direction: 1 | -1): number {
  const last = to - delim.length;
  for (let at = direction === 1 ? from : last; direction === 1 ? at <= last : at >= from; at += direction) {
    let hit = true;
    for (let index = 0; index < delim.length && hit; index++) hit = text.charCodeAt(at + index) === delim.charCodeAt(index);
    if (hit) return at - from;
  }
  return -1;
}

/** Whether the pair renders once `edits` (which move its delimiters) are applied. */
function rendersAfter(text: string, edits: Edit[], pair: LiteralEmphasis, flavour: Flavour): boolean {
  const from = pair.open.start;
  const to = pair.close.end;
  const changed = appliedPieces(text, from, to, edits);
  const changedEnd = from + changed.reduce((sum, piece) => sum + piece.length, 0);
  const whole = new Joined([text.slice(0, from), ...changed, text.slice(to)]);
  const length = pair.open.end - pair.open.start;
  const delim = pair.open.char.repeat(length);
  // Both are found within a few characters of the pair's ends: each end is a delimiter or an edit ending in one.
  const openStart = from + find(whole, delim, from, changedEnd, 1);
  const closeStart = from + find(whole, delim, from, changedEnd, -1);
  if (openStart === closeStart) return false;
  return renders(flavour, whole, { char: pair.open.char, start: openStart, end: openStart + length }, { char: pair.open.char, start: closeStart, end: closeStart + length });
}

/**
 * Up to `limit` code units of `text` with each run of white space as one space (`/\s+/g` -> ' '),
 * from the start (direction 1) or the end (-1).
 */
function collapsed(text: Chars, limit: number, direction: 1 | -1): string {
  const units: number[] = [];
  let space = false;
  for (let at = direction === 1 ? 0 : text.length - 1; at >= 0 && at < text.length && units.length < limit; at += direction) {
    const code = text.charCodeAt(at);
    if (!isJsSpace(code)) units.push(code);
    else if (!space) units.push(32);
    space = isJsSpace(code);
  }
  if (direction === -1) units.reverse();
  return String.fromCharCode(...units);
}

/**
 * The pair with one character of context after it (the particle that stops it), white space
 * collapsed, shortened when long. Only its two ends are read: a pair around many others (each
 * read in full) was quadratic.
 */
function snippet(text: string, from: number, to: number, edits: Edit[] = []): string {
  const end = Math.min(text.length, to + charAfter(text, to).length);
  const shown = new Joined(appliedPieces(text, from, end, edits));
  const head = collapsed(shown, 81, 1);
  return head.length > 80 ? `${head.slice(0, 38)}…${collapsed(shown, 38, -1)}` : head;
}

export default defineRule({
  id: 'emphasis-unrendered',
  category: 'markdown',
  options: {},
  severity: 'warning',
  fixable: true,
  docs: {
    en: "Bold and italic text renders as bold and italic with the blog's own renderer. CommonMark renderers (Hugo, Astro, markdown-it, GitHub) print `**계약(Contract)**이다` and `**“무엇”**를` with their asterisks: a closing `**` after punctuation must be followed by a space or punctuation. kramdown (Jekyll) renders those but not `** x**` (a space inside). The fix moves a space outside, turns an `_` inside a word into `*`, or writes `<strong>` where the renderer publishes HTML (Hugo only with `markup.goldmark.renderer.unsafe`; otherwise the message says how to reword). Not checked where the renderer is marked or unknown.",
    ko: '굵은 글씨와 기울임이 블로그의 렌더러에서 실제로 적용되는지 봅니다. CommonMark 렌더러(Hugo, Astro, markdown-it, GitHub)는 `**계약(Contract)**이다`, `**“무엇”**를`의 별표를 그대로 찍습니다. 문장 부호 뒤에 오는 닫는 `**` 다음에는 공백이나 문장 부호가 와야 하기 때문입니다. kramdown(Jekyll)은 이런 경우는 괜찮지만 `** x**`(안쪽 공백)는 그대로 찍습니다. 자동 수정은 공백을 바깥으로 옮기거나, 단어 안의 `_`를 `*`로 바꾸거나, 렌더러가 HTML을 통과시키면 `<strong>`으로 바꿉니다(Hugo는 `markup.goldmark.renderer.unsafe`일 때만, 아니면 메시지가 고쳐 쓰는 법을 알려 줌). 렌더러가 marked이거나 알 수 없으면 검사하지 않습니다.',
  },
  messages: {
    space: {
      en: '`{text}` is published with its `{delimiter}` showing: emphasis cannot start or end with a space. Write `{fixed}`.',
      ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. 강조는 공백으로 시작하거나 끝날 수 없습니다. `{fixed}`처럼 쓰세요.',
    },
    punctuationHtml: {
      en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not end emphasis between punctuation and a letter. Write `{fixed}`.',
      ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 문장 부호와 글자 사이에서 강조를 끝내지 않습니다. `{fixed}`처럼 쓰세요.',
    },
    punctuationMove: {
      en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not end emphasis between punctuation and a letter, and this site drops raw HTML. Write `{fixed}` (the punctuation outside the emphasis), or put a space after the closing `{delimiter}`.',
      ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 문장 부호와 글자 사이에서 강조를 끝내지 않고, 이 사이트는 HTML을 지웁니다. 문장 부호를 강조 밖으로 빼서 `{fixed}`처럼 쓰거나, 닫는 `{delimiter}` 뒤에 공백을 넣으세요.',
    },
    punctuation: {
      en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not end emphasis between punctuation and a letter. Put a space after the closing `{delimiter}` or rephrase.',
      ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 문장 부호와 글자 사이에서 강조를 끝내지 않습니다. 닫는 `{delimiter}` 뒤에 공백을 넣거나 문장을 바꾸세요.',
    },
    underscoreHtml: {
      en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not start or end `_` emphasis inside a word. Write `{fixed}`.',
      ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 단어 안에서 `_` 강조를 시작하거나 끝내지 않습니다. `{fixed}`처럼 쓰세요.',
    },
    underscore: {
      en: '`{text}` is published with its `{delimiter}` showing: {renderer} does not start or end `_` emphasis inside a word. Write `{fixed}`.',
      ko: '`{text}`{은} `{delimiter}`{이} 그대로 보이게 발행됩니다. {renderer}{은} 단어 안에서 `_` 강조를 시작하거나 끝내지 않습니다. `{fixed}`처럼 쓰세요.',
    },
  },
  check(context, report) {
    const flavour = flavourOf(context.engine.renderer);
    if (!flavour) return;
    const text = context.source.text;
    for (const pair of findLiteralEmphasis(context.tree, text, flavour)) {
      const remedy = remedyFor(text, pair, flavour, context.engine.rawHtml);
      const start = positionAt(context.source, pair.open.start);
      const end = positionAt(context.source, pair.close.end);
      const data = {
        text: snippet(text, pair.open.start, pair.close.end),
        fixed: snippet(text, pair.open.start, pair.close.end, remedy.edits),
        delimiter: text.slice(pair.open.start, pair.open.end),
        renderer: context.engine.renderer,
      };
      const fixable = remedy.kind === 'space' || remedy.kind === 'star' || remedy.kind === 'html';
      const underscore = pair.open.char === '_' && (ALNUM.test(charBefore(text, pair.open.start)) || ALNUM.test(charAfter(text, pair.close.end)));
      const messageId =
        remedy.kind === 'space' ? 'space' : remedy.kind === 'star' ? 'underscore' : underscore && remedy.kind === 'html' ? 'underscoreHtml' : remedy.kind === 'html' ? 'punctuationHtml' : remedy.kind === 'move' ? 'punctuationMove' : 'punctuation';
      report({ messageId, data, position: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, ...(fixable ? { fix: { edits: remedy.edits } } : {}) });
    }
  },
});
