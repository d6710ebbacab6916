// Parts of a post body that the engine never renders as markdown: code in template tags (Jekyll
// `{% highlight %}`, Hugo `{{< highlight >}}`, Hexo `{% codeblock %}`), Liquid comments, and
// kramdown's block attribute lines (`{: .prompt-tip }`), and math (`$$…$$`) that the renderer hands
// to MathJax/KaTeX. A markdown parser reads them as markdown
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

export interface TagPair {
  open: RegExp;
  close: RegExp;
}

// Tags on a line of their own, as engines' docs write them. Each pattern is anchored and has no
// nested quantifiers, so a line is matched in linear time.
export const LIQUID_PAIRS: TagPair[] = [
  { open: /^[ \t]*\{%-?[ \t]*highlight\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/ },
  { open: /^[ \t]*\{%-?[ \t]*comment[ \t]*-?%\}[ \t]*$/, close: /^[ \t]*\{%-?[ \t]*endcomment[ \t]*-?%\}[ \t]*$/ },
];
const NUNJUCKS_PAIRS: TagPair[] = [
  { open: /^[ \t]*\{%[ \t]*(?:codeblock|code)\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%[ \t]*end(?:codeblock|code)[ \t]*%\}[ \t]*$/ },
  { open: /^[ \t]*\{%[ \t]*highlight\b[^%\n]*%\}[ \t]*$/, close: /^[ \t]*\{%[ \t]*endhighlight[ \t]*%\}[ \t]*$/ },
];
export const HUGO_PAIRS: TagPair[] = [
  { open: /^[ \t]*\{\{[<%][ \t]*highlight\b[^\n]*[>%]\}\}[ \t]*$/, close: /^[ \t]*\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}[ \t]*$/ },
];

/** `{{< name … >}}` … `{{< /name >}}` on lines of their own, for the site's code shortcodes (names are `[\w-]+`). */
function shortcodePairs(names: string[]): TagPair[] {
  return names
    .filter((name) => /^[\w-]+$/.test(name))
    .map((name) => ({ open: new RegExp(`^[ \\t]*\\{\\{<[ \\t]*${name}(?=[ \\t>])[^\\n]*>\\}\\}[ \\t]*$`), close: new RegExp(`^[ \\t]*\\{\\{<[ \\t]*\\/[ \\t]*${name}[ \\t]*>\\}\\}[ \\t]*$`) }));
}
const KRAMDOWN_ATTRIBUTE_LINE = /^[ \t]{0,3}\{:[^\n{}]*\}[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

const QUOTED_MATH = /^([ \t]*(?:>[ \t]?)+)\$\$/;
const TOC_MARKER = /^[ \t]{0,3}\{:[ \t]*\.?toc[ \t]*\}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]/;

export function maskTemplates(text: string, bodyStart: number, engine: Pick<Engine, 'templates' | 'kramdownAttributes' | 'math'> & Partial<Pick<Engine, 'codeShortcodes'>>): MaskedBody {
  const hugoPairs = new Set(engine.templates.includes('hugo-shortcodes') ? [...HUGO_PAIRS, ...shortcodePairs(engine.codeShortcodes ?? [])] : []);
  const pairs = [
    ...(engine.templates.includes('liquid') ? LIQUID_PAIRS : []),
    ...(engine.templates.includes('nunjucks') ? NUNJUCKS_PAIRS : []),
    ...hugoPairs,
  ];
  const result: MaskedBody = { text, syntheticCode: new Set(), codeLines: [] };
  if (pairs.length === 0 && !engine.kramdownAttributes && engine.math === 'none') return result;
  if (!mayHaveTemplates(text, bodyStart) && (engine.math === 'none' || text.indexOf('$', bodyStart) === -1)) return result;

  const lines = splitLines(text);
  const firstBodyLine = lines.findIndex((line) => line.end >= bodyStart);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let fence: string | undefined;
  // An opening tag with no closing tag after it: no later opening of that pair has one either
  // (without this, a post of unclosed tags searched to its end from every line: quadratic).
  const unclosed = new Set<TagPair>();
  // Math lookahead (at most MATH_WINDOW lines), shared by the lines that start inside one window.
  const stops = mathStops(text, lines);
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
      // `* Contents` + `{:toc}`: kramdown replaces that one-item list with the table of contents.
      const previous = lines[index - 1];
      if (previous && TOC_MARKER.test(content) && LIST_ITEM.test(text.slice(previous.start, previous.end)) && edits.at(-2)?.start !== previous.start) {
        edits.splice(edits.length - 1, 0, { start: previous.start, end: previous.end, text: ' '.repeat(previous.end - previous.start) });
      }
      continue;
    }
    if (engine.math !== 'none') {
      // Display math inside a block quote (`> $$` … `> $$`): keep the `>` markers, blank the LaTeX.
      const quoted = QUOTED_MATH.exec(content);
      if (quoted) {
        const prefix = quoted[1]!;
        let last = index;
        if (!(content.trimEnd().length > prefix.length + 4 && content.trimEnd().endsWith('$$'))) {
          // The first later line that ends the quote or ends with `$$` (within MATH_WINDOW lines).
          const next = stops.quoted(index + 1);
          if (next <= index + MATH_WINDOW && next < lines.length && stops.endsMath(next) && stops.quotedLine(next)) last = next;
        }
        if (last > index || content.trimEnd().endsWith('$$')) {
          for (let at = index; at <= last; at++) {
            const inside = text.slice(lines[at]!.start, lines[at]!.end);
            const keep = /^[ \t]*(?:>[ \t]?)+/.exec(inside)?.[0] ?? '';
            edits.push({ start: lines[at]!.start + keep.length, end: lines[at]!.end, text: ' '.repeat(inside.length - keep.length) });
          }
          result.codeLines.push([index + 1, last + 1]);
          index = last;
          continue;
        }
      }
      const mathEnd = mathBlockEnd(text, lines, index, stops);
      if (mathEnd !== undefined) {
        const inner = lines.slice(index + 1, mathEnd).map((inside) => text.slice(inside.start, inside.end));
        const marker = fenceFor(inner, 3);
        const tooShort = (at: { start: number; end: number }) => at.end - at.start < indentOf(text.slice(at.start, at.end)).length + marker.length;
        if (mathEnd === index) {
          edits.push(blankLine(text, line));
        } else if (tooShort(line) || tooShort(lines[mathEnd]!)) {
          // A bare `$$` line has no room for a fence: blank the block instead (lengths must not change).
          for (let at = index; at <= mathEnd; at++) edits.push(blankLine(text, lines[at]!));
        } else {
          edits.push(asFence(text, line, marker), asFence(text, lines[mathEnd]!, marker));
          result.syntheticCode.add(line.start + indentOf(content).length);
        }
        result.codeLines.push([index + 1, mathEnd + 1]);
        index = mathEnd;
        continue;
      }
      const inline = maskInlineMath(content, engine.math);
      if (inline !== content) edits.push({ start: line.start, end: line.end, text: inline });
    }
    const pair = pairs.find((candidate) => candidate.open.test(content));
    if (!pair || unclosed.has(pair)) continue;
    let closeIndex = -1;
    for (let next = index + 1; next < lines.length; next++) {
      if (pair.close.test(text.slice(lines[next]!.start, lines[next]!.end))) {
        closeIndex = next;
        break;
      }
    }
    if (closeIndex === -1) {
      unclosed.add(pair);
      continue;
    }
    const inner = lines.slice(index + 1, closeIndex).map((inside) => text.slice(inside.start, inside.end));
    const closing = lines[closeIndex]!;
    const closingText = text.slice(closing.start, closing.end);
    const marker = fenceFor(inner, Math.min(content.trimStart().length, closingText.trimStart().length));
    if (hugoPairs.has(pair) && indentOf(content).length > indentOf(closingText).length) {
      // A Hugo pair opened in a list item and closed further left: Hugo puts one placeholder where
      // the pair was, and the list goes on after it. A fence closed at the closing tag would end the
      // list item there; a fence left open ends with the item, at the first line that leaves it.
      edits.push(asFence(text, line, marker));
      for (let at = index + 1; at <= closeIndex; at++) edits.push(blankLine(text, lines[at]!));
    } else {
      edits.push(asFence(text, line, marker), asFence(text, closing, marker));
    }
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

/**
 * The last line of a display-math block that starts at `index` (a line starting with `$$`), or
 * undefined. A block on one line (`$$ x^2 $$`) ends where it starts.
 */
function mathBlockEnd(text: string, lines: Array<{ start: number; end: number }>, index: number, stops: MathStops): number | undefined {
  const first = text.slice(lines[index]!.start, lines[index]!.end).trim();
  if (!first.startsWith('$$')) return undefined;
  if (first.length > 4 && first.endsWith('$$')) return index;
  // The first later line that is blank or ends with `$$`, within MATH_WINDOW lines.
  const next = stops.plain(index + 1);
  if (next > index + MATH_WINDOW || next >= lines.length || !stops.endsMath(next)) return undefined;
  return next;
}

/** How far display math may run before it is taken as not math at all. */
const MATH_WINDOW = 500;

interface MathStops {
  /** The first line at or after `from` that is blank or ends with `$$` (lines.length when none). */
  plain(from: number): number;
  /** The first line at or after `from` that is blank, not quoted, or ends with `$$`. */
  quoted(from: number): number;
  endsMath(index: number): boolean;
  quotedLine(index: number): boolean;
}

/**
 * Next-stop tables for the math lookahead, filled from the end on first use: each line is looked
 * at once, where scanning up to 500 lines from every `$$` line made a post of `$$` lines 500 times
 * slower than its length.
 */
function mathStops(text: string, lines: Array<{ start: number; end: number }>): MathStops {
  let plain: Int32Array | undefined;
  let quoted: Int32Array | undefined;
  const content = (index: number) => text.slice(lines[index]!.start, lines[index]!.end);
  const endsMath = (index: number) => content(index).trimEnd().endsWith('$$');
  const blank = (index: number) => content(index).trim() === '';
  const quotedLine = (index: number) => content(index).trimStart().startsWith('>');
  const table = (stop: (index: number) => boolean) => {
    const next = new Int32Array(lines.length + 1);
    next[lines.length] = lines.length;
    for (let index = lines.length - 1; index >= 0; index--) next[index] = stop(index) ? index : next[index + 1]!;
    return next;
  };
  return {
    plain(from) {
      plain ??= table((index) => blank(index) || endsMath(index));
      return from >= lines.length ? lines.length : plain[from]!;
    },
    quoted(from) {
      quoted ??= table((index) => blank(index) || !quotedLine(index) || endsMath(index));
      return from >= lines.length ? lines.length : quoted[from]!;
    },
    endsMath,
    quotedLine,
  };
}

function blankLine(text: string, line: { start: number; end: number }) {
  return { start: line.start, end: line.end, text: ' '.repeat(line.end - line.start) };
}

/**
 * Inline math as inline code of the same length: `$$x_1$$` becomes ``` ``x_1`` ```, and with
 * remark-math `$x_1$` becomes `` `x_1` ``. Lines with backticks are left alone (code spans decide).
 */
function maskInlineMath(line: string, math: 'double-dollars' | 'dollars'): string {
  if (!line.includes('$') || line.includes('`')) return line;
  let result = line.replace(/\$\$([^$\n]+)\$\$/g, (_whole, inner: string) => '``' + inner + '``');
  if (math === 'dollars') result = result.replace(/\$([^$\s][^$\n]*?)\$/g, (whole, inner: string) => (/\s$/.test(inner) ? whole : '`' + inner + '`'));
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
  // A loop, not Math.max(...lines): spreading 100,000 lines overflows the stack.
  const longest = (char: string) => {
    let most = 0;
    for (const line of inner) {
      let at = 0;
      while (line[at] === ' ' || line[at] === '\t') at++;
      let run = 0;
      while (line[at + run] === char) run++;
      if (run > most) most = run;
    }
    return most;
  };
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
