// Small string scans written as loops, where the obvious regex backtracks on hostile input: an
// unanchored `[ \t]+$` or `\s+$` tries every start in a long run of blanks that does not end the
// string, which is quadratic (a 100 KB line of spaces took seconds).

/** Index of the first item >= `value` in an ascending list (the list's length when none). */
export function lowerBound(items: readonly number[], value: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `text.indexOf(pattern, from)` (text.length when absent) for calls whose `from` never decreases:
 * each answer is kept until a call passes it, so a scan that asks again from every start (an
 * unclosed `{{` after an unclosed `{{`) reads the text once instead of once per start.
 */
export function forwardFinder(text: string): (pattern: string, from: number) => number {
  const next = new Map<string, number>();
  return (pattern, from) => {
    const known = next.get(pattern);
    if (known !== undefined && known >= from) return known;
    const at = text.indexOf(pattern, from);
    const found = at === -1 ? text.length : at;
    next.set(pattern, found);
    return found;
  };
}

/** JavaScript's `\s` (Unicode white space and line terminators), by UTF-16 code unit. */
export function isJsSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text.replace(/[ \t]+$/, '')`. */
export function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text.replace(/<char>+$/, '')` for one character. */
export function trimEndChar(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Where `/[?#].*$/` matches (the query and fragment of a URL), or -1: the first `?` or `#` after the
 * last line terminator (`.` matches none). The regex tried every `#` of a long run before a newline.
 */
export function querySuffixStart(url: string): number {
  let from = 0;
  for (let at = url.length - 1; at >= 0; at--) {
    const c = url[at];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      from = at + 1;
      break;
    }
  }
  for (let at = from; at < url.length; at++) if (url[at] === '?' || url[at] === '#') return at;
  return -1;
}

/** `url.replace(/[?#].*$/, '')`. */
export function withoutQuery(url: string): string {
  const at = querySuffixStart(url);
  return at === -1 ? url : url.slice(0, at);
}

/**
 * `text.replace(/\{:[^}\n]*\}|\{%[^%]*%\}|\{\{[^}]*\}\}/g, ' ')`: kramdown attribute lists and Liquid
 * tags and output blanked. Each alternative's end is the first `}`/newline, `%` or `}` after its
 * opening, remembered across starts (the regex rescanned it from every `{:` or `{{`: quadratic).
 */
export function blankMarkup(text: string): string {
  if (!text.includes('{')) return text;
  const next = new Map<string, number>();
  // The first `char` at or after `from` (text.length when none), each search done once per stretch.
  const find = (char: string, from: number) => {
    const known = next.get(char);
    if (known !== undefined && known >= from) return known;
    const at = text.indexOf(char, from);
    const found = at === -1 ? text.length : at;
    next.set(char, found);
    return found;
  };
  let result = '';
  let copied = 0;
  let at = text.indexOf('{');
  while (at !== -1 && at < text.length - 1) {
    const second = text[at + 1];
    let end = -1;
    if (second === ':') {
      const close = Math.min(find('}', at + 2), find('\n', at + 2));
      if (text[close] === '}') end = close + 1;
    } else if (second === '%') {
      const percent = find('%', at + 2);
      if (text[percent + 1] === '}') end = percent + 2;
    } else if (second === '{') {
      const close = find('}', at + 2);
      if (text[close + 1] === '}') end = close + 2;
    }
    if (end === -1) {
      at = text.indexOf('{', at + 1);
      continue;
    }
    result += text.slice(copied, at) + ' ';
    copied = end;
    at = text.indexOf('{', end);
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/**
 * `text.replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u200b//')`: a zero-width space after the scheme
 * of every URL-looking `scheme://`, found from each `://` backwards (the regex retried every start
 * in a long run of scheme characters).
 */
export function breakSchemes(text: string): string {
  let result = '';
  let copied = 0;
  for (let colon = text.indexOf('://'); colon !== -1; colon = text.indexOf('://', colon + 3)) {
    let start = colon;
    while (start > 0 && isSchemeChar(text.charCodeAt(start - 1))) start--;
    let valid = false;
    for (let at = start; at < colon && !valid; at++) {
      // A letter at a word boundary: the run's first character, or one after `+`, `.` or `-`.
      valid = isLetter(text.charCodeAt(at)) && !isWordChar(text.charCodeAt(at - 1));
    }
    if (!valid) continue;
    result += text.slice(copied, colon + 1) + '\u200b';
    copied = colon + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSchemeChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 43 || code === 46 || code === 45;
}

function isWordChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95;
}
