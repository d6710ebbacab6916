// What template-in-code and liquid-syntax share: Liquid and Hugo shortcodes as the engines tokenize
// them, and where they sit in code. Template syntax shown in code that the engine runs anyway. Jekyll renders Liquid over the whole
// post before markdown, code included: ```` ```yaml ```` with `${{ secrets.TOKEN }}` is published as
// `$`, inline `` `{{ message }}` `` as empty code, `{% block content %}` stops the build ("Unknown
// tag"), and `{{ a == 'b' }}` logs "Liquid syntax error" (all checked with Jekyll 4.3 / Liquid 5.4).
// `{% raw %}` … `{% endraw %}` and `render_with_liquid: false` keep the text. Hugo runs shortcodes
// (`{{< x >}}`, `{{% x %}}`) inside code fences too; `{{</* x */>}}` shows them.
import type { Code, InlineCode, Nodes, RootContent } from 'mdast';
import type { LintContext } from './context.js';
import type { Edit, Fix } from '../core/types.js';
import { lineText, positionAt, type Source } from '../post/source.js';
import { forwardFinder, lowerBound, trimEndBlanks } from '../post/scan.js';
import { HUGO_PAIRS, LIQUID_PAIRS, type TagPair } from '../engines/templates.js';

// ---------------------------------------------------------------------------------------------
// Liquid, as Liquid 5 tokenizes and (strictly) parses it
export const TAG = /^\{%-?(\s*)(\w+)\s*([^]*?)-?%\}$/;
export const OUTPUT = /^\{\{-?([^]*?)-?\}\}$/;

/** Tags Liquid 5.4 and Jekyll 4.3 define, block parts included, and those of common plugins. */
export const KNOWN_TAGS = new Set([
  'assign', 'break', 'capture', 'endcapture', 'case', 'when', 'endcase', 'comment', 'endcomment', 'continue', 'cycle', 'decrement', 'echo',
  'for', 'endfor', 'else', 'elsif', 'if', 'endif', 'ifchanged', 'endifchanged', 'include', 'increment', 'liquid', 'raw', 'endraw', 'render',
  'tablerow', 'endtablerow', 'unless', 'endunless',
  'highlight', 'endhighlight', 'include_relative', 'link', 'post_url',
  'seo', 'feed_meta', 'gist', 'include_cached', 'github_edit_link', 'twitter', 'tweet', 'youtube', 'avatar', 'jekyll_version', 'bibliography', 'cite', 'asset', 'asset_path', 'katex', 'endkatex', 'mermaid', 'endmermaid', 'responsive_image', 'picture', 'img',
]);

export interface LiquidToken {
  start: number;
  end: number;
  text: string;
  /** Why Liquid rejects it, and whether that stops the build; undefined when it parses. */
  error?: { reason: string; fatal: boolean };
}

/** Liquid tokens of the body that Liquid evaluates: `{% raw %}` and `{% comment %}` bodies excluded. */
export function liquidTokens(text: string, from: number): LiquidToken[] {
  const tokens: LiquidToken[] = [];
  let skipUntil: string | undefined;
  for (const [start, end] of liquidSpans(text, from)) {
    const token = text.slice(start, end);
    const tag = TAG.exec(token);
    if (skipUntil) {
      // Liquid's raw ends at `{% endraw %}` (a `{%-` before it is not seen as the end; checked).
      if (tag && tag[2] === skipUntil && !(skipUntil === 'endraw' && token.startsWith('{%-'))) skipUntil = undefined;
      continue;
    }
    if (tag?.[2] === 'raw') {
      skipUntil = 'endraw';
      continue;
    }
    if (tag?.[2] === 'comment') {
      skipUntil = 'endcomment';
      continue;
    }
    tokens.push({ start, end, text: token, ...withError(token, tag) });
  }
  return tokens;
}

/**
 * Liquid's tokenizer: a tag, an output (`}` or `}}` ends it), or a start that never ends, as
 * `/\{%[^]*?%\}|\{\{[^]*?\}\}?|\{\{|\{%/g` reads them, by a scan that remembers the next `%}` and
 * `}` (the regex searched to the end of the post again from every unclosed `{%` or `{{`).
 */
export function liquidSpans(text: string, from: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const find = forwardFinder(text);
  for (let at = text.indexOf('{', from); at !== -1; ) {
    const second = text[at + 1];
    if (second !== '%' && second !== '{') {
      at = text.indexOf('{', at + 1);
      continue;
    }
    let end = at + 2;
    if (second === '%') {
      const close = find('%}', at + 2);
      if (close < text.length) end = close + 2;
    } else {
      const close = find('}', at + 2);
      if (close < text.length) end = close + (text[close + 1] === '}' ? 2 : 1);
    }
    spans.push([at, end]);
    at = text.indexOf('{', end);
  }
  return spans;
}

export function withError(token: string, tag: RegExpExecArray | null): { error?: LiquidToken['error'] } {
  if (token === '{{' || token === '{%' || (token.startsWith('{{') && !token.endsWith('}}'))) {
    return { error: { reason: token.startsWith('{{') ? "Variable '{{' was not properly terminated" : "Tag '{%' was not properly terminated", fatal: true } };
  }
  if (token.startsWith('{%')) {
    if (!tag) return { error: { reason: `Tag '${oneLine(token)}' was not valid`, fatal: true } };
    if (!KNOWN_TAGS.has(tag[2]!) && !tag[2]!.startsWith('end')) return { error: { reason: `Unknown tag '${tag[2]}'`, fatal: true } };
    return {};
  }
  const reason = strictVariableError(OUTPUT.exec(token)?.[1] ?? '');
  return reason ? { error: { reason, fatal: false } } : {};
}

export type LexToken = [kind: string, value: string];

/** Liquid's strict lexer; undefined where it raises "Unexpected character". */
export function lex(markup: string): LexToken[] | string {
  const tokens: LexToken[] = [];
  const patterns: Array<[string, RegExp]> = [
    ['comparison', /^(?:==|!=|<>|<=?|>=?|contains(?=\s))/],
    ['string', /^(?:'[^']*'|"[^"]*")/],
    ['number', /^-?\d+(?:\.\d+)?/],
    ['id', /^[a-zA-Z_][\w-]*\??/],
    ['dotdot', /^\.\./],
  ];
  const specials: Record<string, string> = { '|': 'pipe', '.': 'dot', ':': 'colon', ',': 'comma', '[': 'open_square', ']': 'close_square', '(': 'open_round', ')': 'close_round', '?': 'question', '-': 'dash' };
  let rest = markup;
  while ((rest = rest.replace(/^\s+/, '')) !== '') {
    const found = patterns.find(([, pattern]) => pattern.test(rest));
    if (found) {
      const value = found[1].exec(rest)![0];
      tokens.push([found[0], value]);
      rest = rest.slice(value.length);
      continue;
    }
    const kind = specials[rest[0]!];
    if (!kind) return `Unexpected character ${rest[0]}`;
    tokens.push([kind, rest[0]!]);
    rest = rest.slice(1);
  }
  tokens.push(['end_of_string', '']);
  return tokens;
}

/** Brackets nested deeper than this are refused before the recursive parse below runs out of stack. */
export const MAX_NESTING = 100;

/** Liquid's strict parse of an output's markup: the error message Liquid gives, or undefined. */
export function strictVariableError(markup: string): string | undefined {
  const tokens = lex(markup);
  if (typeof tokens === 'string') return tokens;
  let at = 0;
  const look = (kind: string, ahead = 0) => tokens[at + ahead]?.[0] === kind;
  const consume = (kind: string) => {
    if (!look(kind)) throw new Error(`Expected ${kind} but found ${tokens[at]![0]}`);
    return tokens[at++]!;
  };
  const expression = (depth = 0): void => {
    if (depth > MAX_NESTING) throw new Error('Nesting too deep');
    const [kind] = tokens[at]!;
    if (kind === 'id') {
      at++;
      lookups(depth);
    } else if (kind === 'open_square') {
      at++;
      expression(depth + 1);
      consume('close_square');
      lookups(depth);
    } else if (kind === 'string' || kind === 'number') {
      at++;
    } else if (kind === 'open_round') {
      at++;
      expression(depth + 1);
      consume('dotdot');
      expression(depth + 1);
      consume('close_round');
    } else {
      throw new Error(`${tokens[at]![1] || kind} is not a valid expression`);
    }
  };
  const lookups = (depth: number) => {
    for (;;) {
      if (look('open_square')) {
        at++;
        expression(depth + 1);
        consume('close_square');
      } else if (look('dot')) {
        at++;
        consume('id');
      } else return;
    }
  };
  const argument = () => {
    if (look('id') && look('colon', 1)) at += 2;
    expression();
  };
  try {
    if (look('end_of_string')) return undefined;
    expression();
    while (look('pipe')) {
      at++;
      consume('id');
      if (look('colon')) {
        at++;
        argument();
        while (look('comma')) {
          at++;
          argument();
        }
      }
    }
    consume('end_of_string');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

// ---------------------------------------------------------------------------------------------
// Code in the post, as the engine sees it

export interface CodeRegion {
  kind: 'block' | 'inline';
  start: number;
  end: number;
  /** The wrapping that keeps the text, when there is one. */
  fix?: Fix;
}

export function codeNodes(tree: Nodes): Array<Code | InlineCode> {
  const found: Array<Code | InlineCode> = [];
  const visit = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'inlineCode') found.push(node);
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return found;
}

export const FENCE_LINE = /^([ \t>]*?)(`{3,}|~{3,})/;

/** Code blocks, inline code and `{% highlight %}` blocks of a Jekyll post, with the `{% raw %}` fix. */
export function liquidCodeRegions(context: LintContext): CodeRegion[] {
  const { source } = context;
  const text = source.text;
  const eol = source.eol;
  const regions: CodeRegion[] = [];
  const lineStart = (line: number) => source.lineStarts[line - 1]!;
  const lineEnd = (line: number) => lineStart(line) + lineText(source, line).length;
  for (const node of codeNodes(context.tree)) {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const inner = text.slice(start, end);
    const canWrap = !/\{%-?\s*endraw/.test(inner);
    if (node.type === 'inlineCode') {
      regions.push({ kind: 'inline', start, end, ...(canWrap ? { fix: { edits: [{ range: [start, start], text: '{% raw %}' }, { range: [end, end], text: '{% endraw %}' }] } } : {}) });
      continue;
    }
    const first = node.position!.start.line;
    const last = node.position!.end.line;
    const opening = lineText(source, first);
    const fence = FENCE_LINE.exec(opening);
    const closing = lineText(source, last);
    let fix: Fix | undefined;
    const prefix = opening.slice(0, node.position!.start.column - 1);
    const closed = fence && last > first && closing.trim().startsWith(fence[2]![0]!.repeat(3));
    if (canWrap && fence && closed && /^[ \t>]*$/.test(prefix)) {
      if (/^>*$/.test(trimEndBlanks(prefix).replace(/ /g, '')) && !/^[ \t]/.test(prefix)) {
        // At the top level (or in a quote): a `{% raw %}` line before the fence, `{% endraw %}` after.
        fix = { edits: [{ range: [lineStart(first), lineStart(first)], text: `${prefix}{% raw %}${eol}` }, { range: [lineEnd(last), lineEnd(last)], text: `${eol}${prefix}{% endraw %}` }] };
      } else if (last - 1 > first) {
        // In a list item a line of its own would leave a blank line there (the list turns loose):
        // `{%- raw %}` takes its own line break away, and `{% endraw %}` ends the last code line.
        fix = { edits: [{ range: [lineStart(first), lineStart(first)], text: `${prefix}{%- raw %}${eol}` }, { range: [lineEnd(last - 1), lineEnd(last - 1)], text: '{% endraw %}' }] };
      }
    } else if (canWrap && !fence && node.position!.start.column === 5 && source.lineStarts[first - 1] === start - 4) {
      fix = { edits: [{ range: [lineStart(first), lineStart(first)], text: `{% raw %}${eol}` }, { range: [lineEnd(last), lineEnd(last)], text: `${eol}{% endraw %}` }] };
    }
    regions.push({ kind: 'block', start, end, ...(fix ? { fix } : {}) });
  }
  // `{% highlight %}` bodies are Liquid too: `{% raw %}` goes inside (the tag trims the blank lines).
  const [highlight] = LIQUID_PAIRS;
  for (let line = 1; line <= source.lineStarts.length; line++) {
    if (!highlight!.open.test(lineText(source, line))) continue;
    let close = line + 1;
    while (close <= source.lineStarts.length && !highlight!.close.test(lineText(source, close))) close++;
    if (close > source.lineStarts.length) break;
    const start = lineEnd(line);
    const end = lineStart(close);
    const indent = /^[ \t]*/.exec(lineText(source, line))![0];
    const canWrap = !/\{%-?\s*endraw/.test(text.slice(start, end));
    regions.push({ kind: 'block', start, end, ...(canWrap ? { fix: { edits: [{ range: [start, start], text: `${eol}${indent}{% raw %}` }, { range: [end, end], text: `${indent}{% endraw %}${eol}` }] } } : {}) });
    line = close;
  }
  return regions;
}


export function oneLine(token: string): string {
  const flat = token.replace(/\s+/g, ' ');
  return flat.length > 60 ? flat.slice(0, 57) + '…' : flat;
}

/**
 * Whether an offset is on a tag line the masking turned into a fence (`{{< /highlight >}}`): the
 * engine's code tag, not the author's text. Each line is judged once (many tokens share a line).
 */
export function tagLineTest(source: Source, pairs: TagPair[]): (offset: number) => boolean {
  const known = new Map<number, boolean>();
  return (offset) => {
    const { line } = positionAt(source, offset);
    let verdict = known.get(line);
    if (verdict === undefined) {
      const text = lineText(source, line);
      verdict = pairs.some((pair) => pair.open.test(text) || pair.close.test(text));
      known.set(line, verdict);
    }
    return verdict;
  };
}

export interface Finding {
  region: CodeRegion;
  token: LiquidToken;
  error: boolean;
}

/** Per code region, the first token Liquid rejects, else the first it evaluates. */
export function liquidFindings(context: LintContext): Finding[] {
  if (!context.engine.templates.includes('liquid')) return [];
  if (context.frontmatter?.data.render_with_liquid === false) return [];
  const text = context.source.text;
  const bodyStart = context.frontmatter?.range[1] ?? 0;
  if (text.indexOf('{{', bodyStart) === -1 && text.indexOf('{%', bodyStart) === -1) return [];
  const tokens = liquidTokens(text, bodyStart);
  if (tokens.length === 0) return [];
  const findings: Finding[] = [];
  const isTagLine = tagLineTest(context.source, LIQUID_PAIRS);
  // Tokens are in text order: each region reads only its own (filtering all tokens per region was quadratic).
  const starts = tokens.map((token) => token.start);
  for (const region of liquidCodeRegions(context)) {
    const inside: LiquidToken[] = [];
    for (let index = lowerBound(starts, region.start); index < tokens.length && tokens[index]!.start < region.end; index++) {
      const token = tokens[index]!;
      if (!/^\{%-?\s*(?:end)?raw\b/.test(token.text) && !isTagLine(token.start)) inside.push(token);
    }
    if (inside.length === 0) continue;
    const bad = inside.find((token) => token.error);
    findings.push({ region, token: bad ?? inside[0]!, error: bad !== undefined });
  }
  return findings.sort((a, b) => a.token.start - b.token.start);
}

// ---------------------------------------------------------------------------------------------
// Hugo shortcodes

// Hugo shortcodes in `inner`, each on one line and not commented out (`{{</* x */>}}` shows one),
// as `/\{\{([<%])(?![ \t]*\/\*)([^\n]*?)([>%])\}\}/g` finds them, by a scan that remembers the next
// line break, `>}}` and `%}}` (the regex read to the end of the line again from every unclosed `{{<`).
export function shortcodeMatches(inner: string): Array<{ index: number; text: string; open: string; close: string }> {
  const found = [];
  const find = forwardFinder(inner);
  for (let at = inner.indexOf('{{'); at !== -1; ) {
    const open = inner[at + 2];
    let after = at + 3;
    if (open === '<' || open === '%') while (inner[after] === ' ' || inner[after] === '\t') after++;
    if ((open === '<' || open === '%') && !inner.startsWith('/*', after)) {
      const close = Math.min(find('>}}', at + 3), find('%}}', at + 3));
      if (close < find('\n', at + 3)) {
        found.push({ index: at, text: inner.slice(at, close + 3), open, close: inner[close]! });
        at = inner.indexOf('{{', close + 3);
        continue;
      }
    }
    at = inner.indexOf('{{', at + 1);
  }
  return found;
}

export function shortcodeFindings(context: LintContext): Array<{ start: number; end: number; text: string; fixed: string; fix: Fix }> {
  if (!context.engine.templates.includes('hugo-shortcodes')) return [];
  const text = context.source.text;
  if (text.indexOf('{{<') === -1 && text.indexOf('{{%') === -1) return [];
  const found = [];
  const isTagLine = tagLineTest(context.source, HUGO_PAIRS);
  for (const node of codeNodes(context.tree)) {
    const start = node.position!.start.offset!;
    const inner = text.slice(start, node.position!.end.offset!);
    const edits: Edit[] = [];
    let first: { index: number; text: string } | undefined;
    for (const match of shortcodeMatches(inner)) {
      if (match.open !== match.close && !(match.open === '<' && match.close === '>')) continue;
      if (isTagLine(start + match.index)) continue;
      first ??= match;
      const from = start + match.index;
      edits.push({ range: [from + 3, from + 3], text: '/*' }, { range: [from + match.text.length - 3, from + match.text.length - 3], text: '*/' });
    }
    if (!first) continue;
    const from = start + first.index;
    const shown = first.text;
    found.push({ start: from, end: from + shown.length, text: shown, fixed: `${shown.slice(0, 3)}/*${shown.slice(3, -3)}*/${shown.slice(-3)}`, fix: { edits } });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The rules

