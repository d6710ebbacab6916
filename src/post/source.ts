// A post's text plus the bookkeeping every rule needs: where lines start, whether a BOM was
// stripped, which line ending it uses. Offsets are UTF-16 code units into `text` (BOM removed);
// `bomLength` converts them back to offsets into the file as read.

export interface Source {
  /** The decoded text without a leading BOM. */
  text: string;
  bomLength: 0 | 1;
  eol: '\n' | '\r\n';
  lineStarts: number[];
}

export function createSource(decoded: string): Source {
  const bomLength = decoded.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bomLength ? decoded.slice(1) : decoded;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  const firstNewline = text.indexOf('\n');
  const eol = firstNewline > 0 && text[firstNewline - 1] === '\r' ? '\r\n' : '\n';
  return { text, bomLength, eol, lineStarts };
}

/** 1-based line and column of an offset into `source.text`. */
export function positionAt(source: Source, offset: number): { line: number; column: number } {
  const starts = source.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The 1-based position of `text.slice(start, end)`, as problems carry it. */
export function spanPosition(source: Source, start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
  const from = positionAt(source, start);
  const to = positionAt(source, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The text of a 1-based line, without its line ending. */
export function lineText(source: Source, line: number): string {
  const start = source.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = source.lineStarts[line];
  const end = next === undefined ? source.text.length : next - 1;
  const raw = source.text.slice(start, end);
  return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}
