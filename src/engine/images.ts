// Every image a post shows, wherever it is written: markdown images, reference images and their
// definitions, HTML `<img src>`, kramdown-style destinations with raw spaces (which Jekyll renders
// but CommonMark does not parse), and the frontmatter cover. Code is never searched: mdast keeps
// code blocks and inline code as `code`/`inlineCode` nodes, which we skip.
import type { Root, Definition, Image, ImageReference, Html, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { Frontmatter } from './frontmatter.js';
import { positionAt, type Source } from './source.js';

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
    images.push({ kind: 'reference', url: definition.url, alt: reference.alt ?? '', ...span(source, definition.position.start.offset!, definition.position.end.offset!), ...(range ? { urlRange: range } : {}) });
  }

  if (frontmatter) images.push(...fromFrontmatter(source, frontmatter, coverKeys));
  return images.sort((a, b) => a.line - b.line || a.column - b.column);
}

function span(source: Source, start: number, end: number) {
  const from = positionAt(source, start);
  const to = positionAt(source, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

function fromImageNode(source: Source, node: Image): ImageRef {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const range = locateUrl(source, start, end, node.url, '](');
  return { kind: 'markdown', url: node.url, alt: node.alt ?? '', ...span(source, start, end), ...(range ? { urlRange: range } : {}) };
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

const IMG_TAG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
const ALT_ATTRIBUTE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

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
  for (const match of raw.matchAll(IMG_TAG)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    const tagStart = base + match.index;
    const urlStart = tagStart + match[0].indexOf(url, match[0].search(/\bsrc\s*=/i));
    const altMatch = ALT_ATTRIBUTE.exec(match[0]);
    const image: ImageRef = { kind: 'html', url, ...span(source, tagStart, tagStart + match[0].length), urlRange: [urlStart, urlStart + url.length] };
    if (altMatch) image.alt = altMatch[1] ?? altMatch[2] ?? altMatch[3] ?? '';
    found.push(image);
  }
  return found;
}

// `![alt](/assets/Pasted image 1.png)`: kramdown accepts the space, CommonMark leaves it as text.
const KRAMDOWN_IMAGE = /!\[([^\]\n]*)\]\(([^()\n<>]*\s[^()\n<>]*?)\)/g;

function fromKramdownText(source: Source, node: Text): ImageRef[] {
  if (!node.value.includes('![') || !node.position) return [];
  const start = node.position.start.offset!;
  const raw = source.text.slice(start, node.position.end.offset!);
  const found: ImageRef[] = [];
  for (const match of raw.matchAll(KRAMDOWN_IMAGE)) {
    const destination = match[2]!.trim().replace(/\s+"[^"]*"$/, '');
    const urlStart = start + match.index + match[0].indexOf(destination, match[1]!.length + 3);
    found.push({ kind: 'kramdown', url: destination, alt: match[1]!, ...span(source, start + match.index, start + match.index + match[0].length), urlRange: [urlStart, urlStart + destination.length] });
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
      const position = urlRange ? span(source, urlRange[0], urlRange[1]) : { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column + entry.key.length };
      found.push({ kind: 'frontmatter', url: value, key: coverKey, ...position, ...(urlRange ? { urlRange } : {}) });
    }
  }
  return found;
}
