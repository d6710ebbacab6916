// Small string scans written as loops, where the obvious regex backtracks on hostile input: an
// unanchored `[ \t]+$` or `\s+$` tries every start in a long run of blanks that does not end the
// string, which is quadratic (a 100 KB line of spaces took seconds).

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
