// How deeply a YAML (or JSON) block nests, measured before `yaml` composes it. `yaml` composes
// collections recursively: about 1,000 levels (`{"a": [[[[…]]]]}`, 2 KB) overflow the stack, and
// past that V8 may abort the whole process (a fatal "RegExpCompiler Allocation failed" when a
// regular expression is compiled near the stack's end) instead of throwing. Its explicit-key and
// compact forms (`- ? - ? …`) also grow super-linearly: 200 levels take seconds. Real front matter
// nests a few levels; a block deeper than MAX_NESTING is reported and never composed.
//
// The count uses `yaml`'s own lexer (iterative, linear), so quotes, comments and block scalars are
// read exactly as the parser reads them. Block nesting is bounded from above by the indentation
// levels open on a line plus the `-`, `?` and `:` indicators on it; flow nesting is the number of
// open `[` and `{`.
import { Lexer } from 'yaml';

/** Deeper than this is not front matter a blog engine needs (js-yaml stops at 100, Psych at its stack). */
export const MAX_NESTING = 64;

/** The offset (into `content`) where the nesting first passes `limit`, or undefined when it never does. */
export function yamlNestingPast(content: string, limit = MAX_NESTING): number | undefined {
  let offset = 0;
  let flow = 0;
  let indicators = 0;
  let lineStart = true;
  const indents: number[] = [];
  for (const token of new Lexer().lex(content)) {
    // The lexer's control tokens (document start, scalar, flow end) take no room in the text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    const first = token[0];
    if (token === '\n' || token === '\r\n') {
      lineStart = true;
      indicators = 0;
    } else {
      if (lineStart && flow === 0) {
        // The indentation of a line is the space token it starts with (none: column 0).
        const indent = first === ' ' ? token.length : 0;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
      lineStart = false;
      if (token === '[' || token === '{') flow++;
      else if ((token === ']' || token === '}') && flow > 0) flow--;
      else if (flow === 0 && (token === '-' || token === '?' || token === ':')) indicators++;
      if (indents.length + indicators + flow > limit) return offset;
    }
    offset += token.length;
  }
  return undefined;
}

/**
 * True when objects and arrays nest more than `limit` deep in parsed data, counted without
 * recursion. For parsers whose own limit misses a way to nest: smol-toml's maxDepth bounds inline
 * tables and arrays, not dotted keys or table headers (`a.a.a.…= 1`), and every recursive walk of
 * such data (a structured clone to a worker, JSON, lower-casing keys) overflows the stack.
 */
export function dataNestingPast(value: unknown, limit = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object' || node instanceof Date) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
