// Parts of a post body that the engine never renders as markdown: code in template tags (Jekyll
// `{% highlight %}`, Hugo `{{< highlight >}}`, Hexo `{% codeblock %}`), Liquid comments, and
// kramdown's block attribute lines (`{: .prompt-tip }`). A markdown parser reads them as markdown
// (a Python `# comment` becomes a heading), so before parsing, each tag pair is rewritten into a
// code fence of the same length and each attribute line into blanks: every offset stays an offset
// into the post, and the rules see code where the engine sees code.
import type { Engine } from './types.js';

export interface MaskedBody {
  text: string;
  /** Offsets where a rewritten tag pair starts: the code node that starts there is not the author's. */
  syntheticCode: Set<number>;
  /** 1-based line ranges [first, last] of the rewritten pairs, tags included. */
  codeLines: Array<[number, number]>;
}

interface TagPair {
  open: RegExp;
  close: RegExp;
}

// Tags on a line of their own, as engines' docs write them. Each pattern is anchored and has no
// nested quantifiers, so a line is matched in linear time.
const LIQUID_PAIRS: TagPair[] = [
  { open: /^[ \t]*\{%-?[ \t]*highlight\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/ },
  { open: /^[ \t]*\{%-?[ \t]*comment[ \t]*-?%\}[ \t]*$/, close: /^[ \t]*\{%-?[ \t]*endcomment[ \t]*-?%\}[ \t]*$/ },
];
const NUNJUCKS_PAIRS: TagPair[] = [
  { open: /^[ \t]*\{%[ \t]*(?:codeblock|code)\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%[ \t]*end(?:codeblock|code)[ \t]*%\}[ \t]*$/ },
  { open: /^[ \t]*\{%[ \t]*highlight\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%[ \t]*endhighlight[ \t]*%\}[ \t]*$/ },
];
const HUGO_PAIRS: TagPair[] = [
  { open: /^[ \t]*\{\{[<%][ \t]*highlight\b[^\n]*[>%]\}\}[ \t]*$/, close: /^[ \t]*\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}[ \t]*$/ },
];
const KRAMDOWN_ATTRIBUTE_LINE = /^[ \t]{0,3}\{:[^\n{}]*\}[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

export function maskTemplates(text: string, bodyStart: number, engine: Pick<Engine, 'templates' | 'kramdownAttributes'>): MaskedBody {
  const pairs = [
    ...(engine.templates.includes('liquid') ? LIQUID_PAIRS : []),
    ...(engine.templates.includes('nunjucks') ? NUNJUCKS_PAIRS : []),
    ...(engine.templates.includes('hugo-shortcodes') ? HUGO_PAIRS : []),
  ];
  const result: MaskedBody = { text, syntheticCode: new Set(), codeLines: [] };
  if (pairs.length === 0 && !engine.kramdownAttributes) return result;
  if (!mayHaveTemplates(text, bodyStart)) return result;

  const lines = splitLines(text);
  const firstBodyLine = lines.findIndex((line) => line.end >= bodyStart);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let fence: string | undefined;
  for (let index = Math.max(0, firstBodyLine); index < lines.length; index++) {
    const line = lines[index]!;
    const content = text.slice(line.start, line.end);
    // The author's own fences hold code already: tags shown inside them stay as written.
    const fenceMatch = FENCE.exec(content);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && content.slice(fenceMatch[0].length).trim() === '') fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    if (engine.kramdownAttributes && KRAMDOWN_ATTRIBUTE_LINE.test(content)) {
      edits.push({ start: line.start, end: line.end, text: ' '.repeat(line.end - line.start) });
      continue;
    }
    const pair = pairs.find((candidate) => candidate.open.test(content));
    if (!pair) continue;
    let closeIndex = -1;
    for (let next = index + 1; next < lines.length; next++) {
      if (pair.close.test(text.slice(lines[next]!.start, lines[next]!.end))) {
        closeIndex = next;
        break;
      }
    }
    if (closeIndex === -1) continue;
    const inner = lines.slice(index + 1, closeIndex).map((inside) => text.slice(inside.start, inside.end));
    const closing = lines[closeIndex]!;
    const marker = fenceFor(inner, Math.min(content.trimStart().length, text.slice(closing.start, closing.end).trimStart().length));
    edits.push(asFence(text, line, marker), asFence(text, closing, marker));
    result.syntheticCode.add(line.start + indentOf(content).length);
    result.codeLines.push([index + 1, closeIndex + 1]);
    index = closeIndex;
  }
  if (edits.length === 0) return result;
  let masked = '';
  let at = 0;
  for (const edit of edits) {
    masked += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  result.text = masked + text.slice(at);
  return result;
}

function mayHaveTemplates(text: string, from: number): boolean {
  return text.indexOf('{%', from) !== -1 || text.indexOf('{{', from) !== -1 || text.indexOf('{:', from) !== -1;
}

function splitLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    lines.push({ start, end: text[stop - 1] === '\r' ? stop - 1 : stop });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/** A fence no inner line can close: backticks unless the code has backtick fences, longer when needed. */
function fenceFor(inner: string[], room: number): string {
  const longest = (char: string) => Math.max(0, ...inner.map((line) => (new RegExp(`^[ \\t]*(\\${char}+)`).exec(line)?.[1]?.length ?? 0)));
  const backticks = longest('`');
  if (backticks < 3) return '```';
  const tildes = longest('~');
  if (tildes < 3) return '~~~';
  return '`'.repeat(Math.min(room, backticks + 1));
}

/** The tag line rewritten as a fence: indentation kept, the rest padded with spaces to the same length. */
function asFence(text: string, line: { start: number; end: number }, marker: string) {
  const content = text.slice(line.start, line.end);
  const indent = indentOf(content).replace(/\t/g, ' ');
  const fence = indent + marker;
  return { start: line.start, end: line.end, text: fence + ' '.repeat(Math.max(0, content.length - fence.length)) };
}
