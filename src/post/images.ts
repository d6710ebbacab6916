// Every image a post shows, wherever it is written: markdown images, reference images and their
// definitions, HTML `<img src>`, kramdown-style destinations with raw spaces (which Jekyll renders
// but CommonMark does not parse), and the frontmatter cover. Code is never searched: mdast keeps
// code blocks and inline code as `code`/`inlineCode` nodes, which we skip.
import type { Root, Definition, Image, ImageReference, Html, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { Frontmatter } from './frontmatter.js';
import { spanPosition, type Source } from './source.js';

export type ImageKind = 'markdown' | 'reference' | 'html' | 'kramdown' | 'frontmatter';

export interface ImageRef {
  kind: ImageKind;
  /** The URL as the post author wrote it (entities and escapes resolved by the parser). */
  url: string;
  alt?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the URL text itself in `source.text`, when it could be located exactly. */
  urlRange?: [number, number];
  /** For frontmatter covers: the key it came from (`image.path`). */
  key?: string;
}

export function collectImages(source: Source, tree: Root, frontmatter: Frontmatter | undefined, coverKeys: string[]): ImageRef[] {
  const images: ImageRef[] = [];
  const definitions = new Map<string, Definition>();
  const references: ImageReference[] = [];

  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || (node.type as string) === 'yaml' || (node.type as string) === 'toml') return SKIP;
    if (node.type === 'image') images.push(fromImageNode(source, node));
    else if (node.type === 'imageReference') references.push(node);
    else if (node.type === 'definition') definitions.set(node.identifier, node);
    else if (node.type === 'html') images.push(...fromHtml(source, node));
    else if (node.type === 'text') images.push(...fromKramdownText(source, node));
    return undefined;
  });

  // A definition is an image when an image reference uses it; the problem points at the definition,
  // where the path is written.
  const seen = new Set<string>();
  for (const reference of references) {
    const definition = definitions.get(reference.identifier);
    if (!definition?.position || seen.has(definition.identifier)) continue;
    seen.add(definition.identifier);
    const range = locateUrl(source, definition.position.start.offset!, definition.position.end.offset!, definition.url, ']:');
    images.push({ kind: 'reference', url: definition.url, alt: reference.alt ?? '', ...spanPosition(source, definition.position.start.offset!, definition.position.end.offset!), ...(range ? { urlRange: range } : {}) });
  }

  if (frontmatter) images.push(...fromFrontmatter(source, frontmatter, coverKeys));
  return images.sort((a, b) => a.line - b.line || a.column - b.column);
}


function fromImageNode(source: Source, node: Image): ImageRef {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const range = locateUrl(source, start, end, node.url, '](');
  return { kind: 'markdown', url: node.url, alt: node.alt ?? '', ...spanPosition(source, start, end), ...(range ? { urlRange: range } : {}) };
}

/** Finds the destination after `marker` inside [start, end): bare or in `<...>`. */
function locateUrl(source: Source, start: number, end: number, url: string, marker: string): [number, number] | undefined {
  const slice = source.text.slice(start, end);
  let at = marker === '](' ? slice.lastIndexOf('](') : slice.indexOf(']:');
  if (at === -1) return undefined;
  at += 2;
  while (at < slice.length && /\s/.test(slice[at]!)) at++;
  const angled = slice[at] === '<';
  if (angled) at++;
  let stop = at;
  while (stop < slice.length && !(angled ? slice[stop] === '>' : /[\s)]/.test(slice[stop]!))) stop++;
  if (stop === at && url !== '') return undefined;
  return [start + at, start + stop];
}

// `<img ... src=...>` and `alt=`, found by scans that match what these regexes match
//   /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi
//   /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
// without their backtracking (`<img src=a ` repeated with no `>` was cubic).
interface TagMatch {
  index: number;
  text: string;
  url: string;
}

const WORD = /\w/;
const SPACE = /\s/;
const isWord = (text: string, at: number) => at >= 0 && at < text.length && WORD.test(text[at]!);
const isSpace = (text: string, at: number) => at < text.length && SPACE.test(text[at]!);

/** Where an ASCII word occurs at or after `from`, ignoring case (as the regexes' `i` flag does), or -1. */
function findWord(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}
const IMG_OPEN = /<img/gi;
const SRC = /src/gi;
const ALT = /alt/gi;

/** The attribute `name` (`\bname\s*=\s*value`) at `at`: where its value starts and ends, or undefined. */
function attributeValueAt(text: string, at: number, name: string, closingQuote: (quote: string, from: number) => number): { value: string; end: number } | undefined {
  if (isWord(text, at - 1)) return undefined;
  let next = at + name.length;
  while (isSpace(text, next)) next++;
  if (text[next] !== '=') return undefined;
  next++;
  while (isSpace(text, next)) next++;
  const first = text[next];
  if (first === undefined || first === '>' || SPACE.test(first)) return undefined;
  if (first === '"' || first === "'") {
    const close = closingQuote(first, next + 1);
    if (close !== -1) return { value: text.slice(next + 1, close), end: close + 1 };
  }
  let stop = next;
  while (stop < text.length && text[stop] !== '>' && !SPACE.test(text[stop]!)) stop++;
  return { value: text.slice(next, stop), end: stop };
}

export function imgTags(html: string): TagMatch[] {
  const found: TagMatch[] = [];
  const lastGt = html.lastIndexOf('>');
  // The first quote at or after `from`, remembered: a failed search is not repeated for the next attribute.
  const quoteCache = new Map<string, { from: number; at: number }>();
  const nextQuote = (quote: string, from: number) => {
    const cached = quoteCache.get(quote);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at;
    const at = html.indexOf(quote, from);
    quoteCache.set(quote, { from, at });
    return at;
  };
  let from = 0;
  for (;;) {
    const start = findWord(IMG_OPEN, html, from);
    if (start === -1) break;
    from = start + 1;
    if (isWord(html, start + 4)) continue;
    const gt = html.indexOf('>', start + 4);
    if (gt === -1) break; // every match ends at a `>`
    // `[^>]*?\bsrc`: the first `src=` before the tag's first `>` whose value is followed by a `>`.
    for (let at = findWord(SRC, html, start + 4); at !== -1 && at < gt; at = findWord(SRC, html, at + 1)) {
      const value = attributeValueAt(html, at, 'src', (quote, quoteFrom) => {
        const close = nextQuote(quote, quoteFrom);
        return close !== -1 && close + 1 <= lastGt ? close : -1;
      });
      if (!value) continue;
      const end = html.indexOf('>', value.end);
      if (end === -1) continue;
      found.push({ index: start, text: html.slice(start, end + 1), url: value.value });
      from = end + 1;
      break;
    }
  }
  return found;
}

export function altAttribute(tag: string): string | undefined {
  for (let at = findWord(ALT, tag, 0); at !== -1; at = findWord(ALT, tag, at + 1)) {
    const value = attributeValueAt(tag, at, 'alt', (quote, quoteFrom) => tag.indexOf(quote, quoteFrom));
    if (value) return value.value;
  }
  return undefined;
}

function withoutComments(html: string): string {
  if (!html.includes('<!--')) return html;
  let result = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<!--', at);
    if (open === -1) break;
    const close = html.indexOf('-->', open + 4);
    const end = close === -1 ? html.length : close + 3;
    result += html.slice(at, open) + html.slice(open, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return result + html.slice(at);
}

function fromHtml(source: Source, node: Html): ImageRef[] {
  const base = node.position!.start.offset!;
  // An `<img>` inside an HTML comment is never loaded: blank the comments (same length) first.
  const raw = withoutComments(source.text.slice(base, node.position!.end.offset!));
  const found: ImageRef[] = [];
  for (const match of imgTags(raw)) {
    const url = match.url;
    const tagStart = base + match.index;
    const urlStart = tagStart + match.text.indexOf(url, firstSrc(match.text));
    const alt = altAttribute(match.text);
    const image: ImageRef = { kind: 'html', url, ...spanPosition(source, tagStart, tagStart + match.text.length), urlRange: [urlStart, urlStart + url.length] };
    if (alt !== undefined) image.alt = alt;
    found.push(image);
  }
  return found;
}

/** `tag.search(/\bsrc\s*=/i)`. */
function firstSrc(tag: string): number {
  for (let at = findWord(SRC, tag, 0); at !== -1; at = findWord(SRC, tag, at + 1)) {
    if (isWord(tag, at - 1)) continue;
    let next = at + 3;
    while (isSpace(tag, next)) next++;
    if (tag[next] === '=') return at;
  }
  return -1;
}

// `![alt](/assets/Pasted image 1.png)`: kramdown accepts the space, CommonMark leaves it as text.
// What `/!\[([^\]\n]*)\]\(([^()\n<>]*\s[^()\n<>]*?)\)/g` matches, found without its backtracking
// (`![` repeated, or a long run of blanks in the parentheses, was cubic).
interface KramdownMatch {
  index: number;
  length: number;
  alt: string;
  destination: string;
}

const isDestinationChar = (c: string | undefined) => c !== undefined && c !== '(' && c !== ')' && c !== '\n' && c !== '<' && c !== '>';

export function kramdownImages(text: string): KramdownMatch[] {
  const found: KramdownMatch[] = [];
  let altEnd = -1; // the first `]` or newline at or after the current alt's start
  // The destination after `](` at a given `]`: the same for every `![` that reaches that `]`.
  let destinationAt = -1;
  let destination: { end: number } | undefined;
  let from = 0;
  for (;;) {
    const start = text.indexOf('![', from);
    if (start === -1) break;
    from = start + 1;
    if (altEnd < start + 2) {
      altEnd = start + 2;
      while (altEnd < text.length && text[altEnd] !== ']' && text[altEnd] !== '\n') altEnd++;
    }
    if (text[altEnd] !== ']' || text[altEnd + 1] !== '(') continue;
    if (destinationAt !== altEnd) {
      destinationAt = altEnd;
      destination = kramdownDestination(text, altEnd + 2);
    }
    if (!destination) continue;
    found.push({ index: start, length: destination.end + 1 - start, alt: text.slice(start + 2, altEnd), destination: text.slice(altEnd + 2, destination.end) });
    from = destination.end + 1;
  }
  return found;
}

/** `[^()\n<>]*\s[^()\n<>]*?\)` from `start`: where the `)` is, or undefined. */
function kramdownDestination(text: string, start: number): { end: number } | undefined {
  let at = start;
  let blank = false;
  while (isDestinationChar(text[at])) {
    if (SPACE.test(text[at]!)) blank = true;
    at++;
  }
  if (text[at] === ')') return blank ? { end: at } : undefined;
  if (text[at] !== '\n') return undefined;
  // The newline is the one `\s`; the rest runs to the `)`.
  at++;
  while (isDestinationChar(text[at])) at++;
  return text[at] === ')' ? { end: at } : undefined;
}

/** `destination.replace(/\s+"[^"]*"$/, '')`: a kramdown title after the path. */
export function withoutTitle(destination: string): string {
  if (!destination.endsWith('"') || destination.length < 2) return destination;
  const open = destination.lastIndexOf('"', destination.length - 2);
  if (open < 1 || !SPACE.test(destination[open - 1]!)) return destination;
  let start = open - 1;
  while (start > 0 && SPACE.test(destination[start - 1]!)) start--;
  return destination.slice(0, start);
}

function fromKramdownText(source: Source, node: Text): ImageRef[] {
  if (!node.value.includes('![') || !node.position) return [];
  const start = node.position.start.offset!;
  const raw = source.text.slice(start, node.position.end.offset!);
  const found: ImageRef[] = [];
  for (const match of kramdownImages(raw)) {
    const destination = withoutTitle(match.destination.trim());
    const whole = raw.slice(match.index, match.index + match.length);
    const urlStart = start + match.index + whole.indexOf(destination, match.alt.length + 3);
    found.push({ kind: 'kramdown', url: destination, alt: match.alt, ...spanPosition(source, start + match.index, start + match.index + match.length), urlRange: [urlStart, urlStart + destination.length] });
  }
  return found;
}

function fromFrontmatter(source: Source, frontmatter: Frontmatter, coverKeys: string[]): ImageRef[] {
  const found: ImageRef[] = [];
  for (const entry of frontmatter.entries) {
    for (const coverKey of coverKeys) {
      const [head, tail] = coverKey.split('.');
      if (head !== entry.key) continue;
      let value = entry.value;
      if (tail) value = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[tail] : undefined;
      else if (value && typeof value === 'object') continue;
      if (Array.isArray(value)) value = value[0];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const range = entry.valueRange;
      const at = range ? source.text.indexOf(value, range[0]) : -1;
      const urlRange: [number, number] | undefined = range && at !== -1 && at < range[1] ? [at, at + value.length] : undefined;
      const position = urlRange ? spanPosition(source, urlRange[0], urlRange[1]) : { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column + entry.key.length };
      found.push({ kind: 'frontmatter', url: value, key: coverKey, ...position, ...(urlRange ? { urlRange } : {}) });
    }
  }
  return found;
}
