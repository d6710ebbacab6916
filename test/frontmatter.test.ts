import { describe, it, expect, vi, afterEach } from 'vitest';
import { parseFrontmatter, type Frontmatter } from '../src/post/frontmatter.js';
import { createSource, positionAt, lineText, type Source } from '../src/post/source.js';
import { parsePostDate, calendarDay } from '../src/post/dates.js';

/** Parses `text` and returns the frontmatter, failing the test when none was found. */
function parse(text: string): { source: Source; fm: Frontmatter } {
  const source = createSource(text);
  const located = parseFrontmatter(source);
  if (!located.found) throw new Error(`expected frontmatter in ${JSON.stringify(text)}`);
  return { source, fm: located.frontmatter };
}

function entry(fm: Frontmatter, key: string) {
  const found = fm.entries.find((e) => e.key === key);
  if (!found) throw new Error(`no entry for ${key}; have ${fm.entries.map((e) => e.key).join(', ')}`);
  return found;
}

function valueText(source: Source, fm: Frontmatter, key: string): string | undefined {
  const range = entry(fm, key).valueRange;
  return range ? source.text.slice(range[0], range[1]) : undefined;
}

describe('createSource / positionAt / lineText', () => {
  it('strips a UTF-8 BOM and remembers it', () => {
    const source = createSource('\ufeff---\ntitle: x\n');
    expect(source.bomLength).toBe(1);
    expect(source.text.startsWith('---')).toBe(true);
    expect(source.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('has bomLength 0 without a BOM', () => {
    expect(createSource('abc').bomLength).toBe(0);
  });

  it('detects CRLF and LF line endings from the first line break', () => {
    expect(createSource('a\r\nb\r\n').eol).toBe('\r\n');
    expect(createSource('a\nb\n').eol).toBe('\n');
    expect(createSource('no newline').eol).toBe('\n');
  });

  it('maps offsets to 1-based line and column with CRLF endings', () => {
    const source = createSource('ab\r\ncd\r\nef');
    expect(source.lineStarts).toEqual([0, 4, 8]);
    expect(positionAt(source, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(source, 5)).toEqual({ line: 2, column: 2 });
    expect(positionAt(source, 8)).toEqual({ line: 3, column: 1 });
  });

  it('returns line text without the line ending', () => {
    const source = createSource('\ufefffirst\r\nsecond\nthird');
    expect(lineText(source, 1)).toBe('first');
    expect(lineText(source, 2)).toBe('second');
    expect(lineText(source, 3)).toBe('third');
    expect(lineText(source, 4)).toBe('');
  });
});

describe('parseFrontmatter: finding the block', () => {
  it('reports no frontmatter when the file does not start with a fence', () => {
    expect(parseFrontmatter(createSource('# Title\n\n---\ntitle: x\n---\n')).found).toBe(false);
    expect(parseFrontmatter(createSource(' ---\ntitle: x\n---\n')).found).toBe(false);
  });

  it('parses a YAML block and records the closing line and range', () => {
    const text = '---\ntitle: Hello\ndate: 2025-03-03\n---\nBody\n';
    const { fm } = parse(text);
    expect(fm.format).toBe('yaml');
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ title: 'Hello', date: '2025-03-03' });
    expect(fm.closeLine).toBe(4);
    expect(text.slice(fm.range[0], fm.range[1])).toBe('---\ntitle: Hello\ndate: 2025-03-03\n---\n');
    expect(text.slice(fm.contentRange[0], fm.contentRange[1])).toBe('title: Hello\ndate: 2025-03-03\n');
  });

  it('keeps YAML dates as the strings they were written as', () => {
    const { fm } = parse('---\ndate: 2024-12-15 21:00:00 +0900\nday: 2025-06-27\n---\n');
    expect(fm.data.date).toBe('2024-12-15 21:00:00 +0900');
    expect(fm.data.day).toBe('2025-06-27');
  });

  it('does not close the block at a line that merely starts with --- (Jekyll rule)', () => {
    const { fm } = parse('---\ntitle: x\n---not-close: y\nmore: z\n---\nbody\n');
    expect(fm.closeLine).toBe(5);
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ title: 'x', '---not-close': 'y', more: 'z' });
  });

  it('closes a YAML block with `...`', () => {
    const { fm } = parse('---\ntitle: x\n...\nbody: not frontmatter\n');
    expect(fm.closeLine).toBe(3);
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ title: 'x' });
  });

  it('does not close a TOML block with `...`', () => {
    const { fm } = parse('+++\ntitle = "x"\n+++\n...\n');
    expect(fm.closeLine).toBe(3);
    const { fm: unclosed } = parse('+++\ntitle = "x"\n...\n');
    expect(unclosed.errors.map((e) => e.kind)).toEqual(['unclosed']);
  });

  it('accepts trailing blanks after the fences', () => {
    const { fm } = parse('--- \ntitle: x\n---\t\nbody');
    expect(fm.closeLine).toBe(3);
    expect(fm.data).toEqual({ title: 'x' });
  });

  it('reports an unclosed block at line 1 and parses nothing', () => {
    const { fm } = parse('---\ntitle: x\n\nBody text\n');
    expect(fm.errors).toEqual([{ kind: 'unclosed', detail: '---', line: 1, column: 1 }]);
    expect(fm.closeLine).toBe(0);
    expect(fm.data).toEqual({});
    expect(fm.entries).toEqual([]);
  });

  it('reports an unclosed TOML block', () => {
    const { fm } = parse('+++\ntitle = "x"\n');
    expect(fm.errors).toEqual([{ kind: 'unclosed', detail: '+++', line: 1, column: 1 }]);
  });

  it('treats an empty block as valid with no data', () => {
    const { fm } = parse('---\n---\nbody');
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({});
    expect(fm.closeLine).toBe(2);
  });

  it('rejects a block that is a list, not a mapping', () => {
    const { fm } = parse('---\n- a\n- b\n---\n');
    expect(fm.errors).toEqual([{ kind: 'not-a-mapping', detail: 'list', line: 2, column: 1 }]);
  });

  it('rejects an unknown language after the fence', () => {
    const { fm } = parse('---xml\ntitle: x\n---\n');
    expect(fm.errors).toEqual([{ kind: 'unknown-language', detail: 'xml', line: 1, column: 4 }]);
    expect(fm.data).toEqual({});
  });

  it('accepts explicit ---yaml and ---toml language names', () => {
    expect(parse('---yaml\ntitle: x\n---\n').fm).toMatchObject({ format: 'yaml', data: { title: 'x' }, errors: [] });
    expect(parse('---toml\ntitle = "x"\n---\n').fm).toMatchObject({ format: 'toml', data: { title: 'x' }, errors: [] });
  });
});

describe('parseFrontmatter: key positions with CRLF and BOM', () => {
  it('YAML keys keep their lines and columns with a BOM and CRLF', () => {
    const text = '\ufeff---\r\ntitle: Hello\r\ndate: 2025-03-03\r\ntags: [a, b]\r\n---\r\nBody\r\n';
    const { source, fm } = parse(text);
    expect(source.bomLength).toBe(1);
    expect(source.eol).toBe('\r\n');
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ title: 'Hello', date: '2025-03-03', tags: ['a', 'b'] });
    expect(fm.entries.map((e) => [e.key, e.line, e.column])).toEqual([
      ['title', 2, 1],
      ['date', 3, 1],
      ['tags', 4, 1],
    ]);
    expect(fm.closeLine).toBe(5);
    // value ranges never swallow the \r
    expect(valueText(source, fm, 'title')).toBe('Hello');
    expect(valueText(source, fm, 'date')).toBe('2025-03-03');
    // offsets into source.text + bomLength are offsets into the file as read
    const title = entry(fm, 'title');
    expect(text.slice(title.keyRange[0] + source.bomLength, title.keyRange[1] + source.bomLength)).toBe('title');
  });

  it('YAML key columns follow indentation', () => {
    const { fm } = parse('---\r\n  title: x\r\n  date: 2025-03-03\r\n---\r\n');
    expect(fm.entries.map((e) => [e.key, e.line, e.column])).toEqual([
      ['title', 2, 3],
      ['date', 3, 3],
    ]);
  });

  it('TOML keys keep their lines and columns with a BOM and CRLF', () => {
    const { source, fm } = parse('\ufeff+++\r\ntitle = "Hi"\r\n  date = 2025-03-03\r\n+++\r\nBody\r\n');
    expect(fm.format).toBe('toml');
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ title: 'Hi', date: '2025-03-03' });
    expect(fm.entries.map((e) => [e.key, e.line, e.column])).toEqual([
      ['title', 2, 1],
      ['date', 3, 3],
    ]);
    expect(valueText(source, fm, 'title')).toBe('"Hi"');
    expect(valueText(source, fm, 'date')).toBe('2025-03-03');
  });

  it('TOML entries stop at the first [table]', () => {
    const { fm } = parse('+++\ntitle = "x"\n[params]\nauthor = "me"\n+++\n');
    expect(fm.entries.map((e) => e.key)).toEqual(['title']);
    expect(fm.data).toEqual({ title: 'x', params: { author: 'me' } });
  });

  it('JSON keys keep their lines and columns with a BOM and CRLF', () => {
    const { fm } = parse('\ufeff---json\r\n{\r\n  "title": "Hi",\r\n  "date": "2025-03-03"\r\n}\r\n---\r\nBody\r\n');
    expect(fm.format).toBe('json');
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ title: 'Hi', date: '2025-03-03' });
    expect(fm.entries.map((e) => [e.key, e.line, e.column])).toEqual([
      ['title', 3, 3],
      ['date', 4, 3],
    ]);
  });
});

describe('parseFrontmatter: errors with lines', () => {
  it('reports a duplicate YAML key by name at the line of the second one', () => {
    const { fm } = parse('---\ntitle: a\ndate: 2025-03-03\ntitle: b\n---\n');
    expect(fm.errors).toEqual([{ kind: 'duplicate-key', detail: 'title', line: 4, column: 1 }]);
  });

  it('reports a duplicate YAML key with CRLF and a BOM at the right line', () => {
    const { fm } = parse('\ufeff---\r\ntitle: a\r\n"title": b\r\n---\r\n');
    expect(fm.errors).toHaveLength(1);
    expect(fm.errors[0]).toMatchObject({ kind: 'duplicate-key', detail: 'title', line: 3 });
  });

  it('reports a duplicate TOML key at its line', () => {
    const { fm } = parse('+++\ntitle = "a"\ndate = 2025-03-03\ntitle = "b"\n+++\n');
    expect(fm.errors).toHaveLength(1);
    expect(fm.errors[0]).toMatchObject({ kind: 'duplicate-key', line: 4 });
    expect(fm.data).toEqual({});
  });

  it('reports invalid YAML at the offending line', () => {
    const { fm } = parse('---\ntitle: x\nfoo: bar: baz\n---\n');
    expect(fm.errors.length).toBeGreaterThan(0);
    expect(fm.errors[0]).toMatchObject({ kind: 'syntax', line: 3 });
    expect(fm.errors[0]!.detail).not.toBe('');
    expect(fm.data).toEqual({});
  });

  it('reports invalid YAML at the right line with a BOM and CRLF', () => {
    const { fm } = parse('\ufeff---\r\ntitle: x\r\ndate: 2025-03-03\r\nfoo: bar: baz\r\n---\r\n');
    expect(fm.errors[0]).toMatchObject({ kind: 'syntax', line: 4 });
  });

  it('reports invalid TOML at the offending line', () => {
    const { fm } = parse('+++\ntitle = "x"\ndate =\n+++\n');
    expect(fm.errors).toHaveLength(1);
    expect(fm.errors[0]).toMatchObject({ kind: 'syntax', line: 3 });
  });

  it('reports invalid JSON at the line V8 points to', () => {
    const { fm } = parse('---json\n{\n  "title": "x",\n}\n---\n');
    expect(fm.errors).toHaveLength(1);
    expect(fm.errors[0]).toMatchObject({ kind: 'syntax', line: 4 });
  });

  it('rejects a JSON block that is not an object', () => {
    const { fm } = parse('---json\n["a"]\n---\n');
    expect(fm.errors).toEqual([{ kind: 'not-a-mapping', detail: 'list', line: 2, column: 1 }]);
  });
});

describe('parseFrontmatter: executable frontmatter is refused, never run', () => {
  const g = globalThis as { __pwned?: unknown };
  afterEach(() => {
    delete g.__pwned;
    vi.restoreAllMocks();
  });

  const variants: Array<[string, string]> = [
    ['---js', 'js'],
    ['---javascript', 'javascript'],
    ['--- JS ', 'js'],
    ['---JavaScript', 'javascript'],
    ['---\tjs', 'js'],
    ['---coffee', 'coffee'],
    ['+++js', 'js'],
  ];

  for (const [opening, language] of variants) {
    it(`${JSON.stringify(opening)} is an executable error and the code does not run`, () => {
      const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
        throw new Error('process.exit was called');
      }) as never);
      const body = '{ title: (globalThis.__pwned = true, "x"), exit: process.exit(3) }';
      const { fm } = parse(`${opening}\n${body}\n---\n\n# Post\n`);
      expect(fm.errors).toEqual([{ kind: 'executable', detail: language, line: 1, column: 4 }]);
      expect(fm.data).toEqual({});
      expect(fm.entries).toEqual([]);
      expect(g.__pwned).toBeUndefined();
      expect(exit).not.toHaveBeenCalled();
    });
  }

  it('refuses executable frontmatter even when the block is unclosed', () => {
    const { fm } = parse('---js\nglobalThis.__pwned = true\n');
    expect(fm.errors.map((e) => e.kind)).toEqual(['executable']);
    expect(g.__pwned).toBeUndefined();
  });
});

describe('parseFrontmatter: resource limits', () => {
  it('rejects a "billion laughs" alias bomb quickly', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < levels.length; i++) {
      const prev = `*${levels[i - 1]}`;
      lines.push(`${levels[i]}: &${levels[i]} [${Array(9).fill(prev).join(',')}]`);
    }
    const text = `---\n${lines.join('\n')}\n---\nbody\n`;
    const started = performance.now();
    const { fm } = parse(text);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(500);
    expect(fm.errors).toHaveLength(1);
    expect(fm.errors[0]!.kind).toBe('syntax');
    expect(fm.errors[0]!.detail).toMatch(/alias/i);
    expect(fm.data).toEqual({});
  });

  it('still resolves a few ordinary aliases', () => {
    const { fm } = parse('---\nbase: &b {x: 1}\nother: *b\n---\n');
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ base: { x: 1 }, other: { x: 1 } });
  });
});

describe('parseFrontmatter: TOML dates', () => {
  it('keeps a date-only value exactly as written', () => {
    const { fm } = parse('+++\ndate = 2025-03-03\n+++\n');
    expect(fm.data.date).toBe('2025-03-03');
  });

  it('keeps an offset datetime in its own zone instead of converting to UTC', () => {
    // 01:00 in Seoul is the previous day in UTC: the written day and offset must survive.
    const { fm } = parse('+++\ndate = 2024-12-15T01:00:00+09:00\n+++\n');
    const value = fm.data.date;
    expect(typeof value).toBe('string');
    expect(value as string).toMatch(/^2024-12-15T01:00:00(\.0+)?\+09:00$/);
    const parsed = parsePostDate(value);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(calendarDay(parsed.date)).toBe('2024-12-15');
      expect(parsed.date.offsetMinutes).toBe(540);
      expect(parsed.date.epochMs).toBe(Date.UTC(2024, 11, 14, 16, 0, 0));
    }
  });

  it('keeps a local datetime without inventing a zone', () => {
    const { fm } = parse('+++\ndate = 2025-03-03 10:00:00\n+++\n');
    const parsed = parsePostDate(fm.data.date);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.date.offsetMinutes).toBeUndefined();
      expect(parsed.date.hasTime).toBe(true);
      expect(calendarDay(parsed.date)).toBe('2025-03-03');
    }
  });

  it('normalizes dates nested in arrays and tables', () => {
    const { fm } = parse('+++\ndates = [2025-01-02]\n[params]\nupdated = 2025-02-03\n+++\n');
    expect(fm.data).toEqual({ dates: ['2025-01-02'], params: { updated: '2025-02-03' } });
  });
});

describe('parseFrontmatter: JSON and TOML details', () => {
  const parse = (text: string) => {
    const located = parseFrontmatter(createSource(text));
    if (!located.found) throw new Error('no frontmatter found');
    return located.frontmatter;
  };

  it('names the key of a TOML duplicate', () => {
    const fm = parse('+++\ntitle = "a"\ntitle = "b"\n+++\n');
    expect(fm.errors).toEqual([expect.objectContaining({ kind: 'duplicate-key', detail: 'title', line: 3 })]);
  });

  it('catches duplicate keys in JSON, which JSON.parse would overwrite', () => {
    const fm = parse('---json\n{"title": "x", "title": "y"}\n---\n');
    expect(fm.errors).toEqual([expect.objectContaining({ kind: 'duplicate-key', detail: 'title', line: 2 })]);
  });

  it('places JSON keys at the key, not at an equal string value', () => {
    const fm = parse('---json\n{"a": "title", "title": "x"}\n---\n');
    const title = fm.entries.find((entry) => entry.key === 'title')!;
    expect([title.line, title.column]).toEqual([2, 16]);
    expect(title.valueRange).toBeDefined();
  });

  it('keeps a TOML date exactly as written', () => {
    const fm = parse('+++\ndate = 2024-12-15T01:00:00+09:00\nlocal = 2025-03-03 10:00:00\n+++\n');
    expect(fm.data.date).toBe('2024-12-15T01:00:00+09:00');
    expect(fm.data.local).toBe('2025-03-03 10:00:00');
  });

  it('puts a YAML error at end of input on the last line of the block, not on the fence', () => {
    const fm = parse('---\ntitle: x\ndate: 2025-03-03\ntags: [a\n---\n');
    expect(fm.errors[0]!.line).toBe(4);
  });
});
