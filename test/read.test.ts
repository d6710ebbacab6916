import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodePost, readPost, DEFAULT_MAX_BYTES, type ReadResult } from '../src/post/read.js';
import { tempDir } from './helpers.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<Uint8Array | number[]>) => Uint8Array.from(parts.flatMap((part) => [...part]));

function source(result: ReadResult) {
  if (!result.ok) throw new Error(`expected a decoded post, got ${JSON.stringify(result.failure)}`);
  return result.source;
}

describe('decodePost', () => {
  it('decodes plain UTF-8 text, Korean included', () => {
    const s = source(decodePost(utf8('---\ntitle: 안녕\n---\n')));
    expect(s.text).toBe('---\ntitle: 안녕\n---\n');
    expect(s.bomLength).toBe(0);
    expect(s.eol).toBe('\n');
    expect(s.lineStarts).toEqual([0, 4, 14, 18]);
  });

  it('refuses a post larger than the limit, with size and limit', () => {
    expect(decodePost(utf8('hello'), 4)).toEqual({ ok: false, failure: { kind: 'too-large', size: 5, limit: 4 } });
  });

  it('accepts a post exactly at the limit', () => {
    expect(decodePost(utf8('hello'), 5).ok).toBe(true);
  });

  it('uses a 1 MiB default limit', () => {
    expect(DEFAULT_MAX_BYTES).toBe(1024 * 1024);
    const big = new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61);
    expect(decodePost(big)).toEqual({ ok: false, failure: { kind: 'too-large', size: DEFAULT_MAX_BYTES + 1, limit: DEFAULT_MAX_BYTES } });
  });

  it('treats a NUL byte as binary', () => {
    expect(decodePost(bytes(utf8('---\ntitle: x'), [0], utf8('\n---\n')))).toEqual({ ok: false, failure: { kind: 'binary' } });
  });

  it('treats a PNG header as binary, not as bad UTF-8', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d];
    expect(decodePost(Uint8Array.from(png))).toEqual({ ok: false, failure: { kind: 'binary' } });
  });

  it('reports invalid UTF-8 with its line and byte column', () => {
    expect(decodePost(bytes(utf8('line one\nline two\nab'), [0xff], utf8('cd\n')))).toEqual({
      ok: false,
      failure: { kind: 'not-utf8', line: 3, column: 3 },
    });
  });

  it('counts columns in bytes after multi-byte characters', () => {
    // "한" is 3 bytes, so the truncated sequence starts at byte column 4 of line 2
    expect(decodePost(bytes(utf8('é\n한'), [0xe2, 0x82]))).toEqual({ ok: false, failure: { kind: 'not-utf8', line: 2, column: 4 } });
  });

  it('reports Latin-1 text (é as 0xE9) on the right line with CRLF endings', () => {
    expect(decodePost(bytes(utf8('---\r\ntitle: Caf'), [0xe9], utf8('\r\n---\r\n')))).toEqual({
      ok: false,
      failure: { kind: 'not-utf8', line: 2, column: 11 },
    });
  });

  it('rejects overlong encodings and lone surrogates', () => {
    expect(decodePost(bytes(utf8('a'), [0xc0, 0x80]))).toMatchObject({ ok: false, failure: { kind: 'not-utf8', line: 1, column: 2 } });
    expect(decodePost(bytes([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, failure: { kind: 'not-utf8', line: 1, column: 1 } });
  });

  it('strips a UTF-8 BOM from the text and records bomLength 1', () => {
    const s = source(decodePost(bytes([0xef, 0xbb, 0xbf], utf8('---\ntitle: x\n---\n'))));
    expect(s.bomLength).toBe(1);
    expect(s.text).toBe('---\ntitle: x\n---\n');
    expect(s.lineStarts[0]).toBe(0);
  });

  it('detects CRLF line endings', () => {
    const s = source(decodePost(bytes([0xef, 0xbb, 0xbf], utf8('---\r\ntitle: x\r\n---\r\n'))));
    expect(s.eol).toBe('\r\n');
    expect(s.bomLength).toBe(1);
    expect(s.text).toBe('---\r\ntitle: x\r\n---\r\n');
    expect(s.lineStarts).toEqual([0, 5, 15, 20]);
  });
});

describe('readPost', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('bpl-read-');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads a post from disk', async () => {
    const file = path.join(dir, 'ok.md');
    await fs.writeFile(file, '\ufeff---\r\ntitle: x\r\n---\r\n');
    const s = source(await readPost(file));
    expect(s.bomLength).toBe(1);
    expect(s.eol).toBe('\r\n');
    expect(s.text).toBe('---\r\ntitle: x\r\n---\r\n');
  });

  it('refuses a file over the limit without reading it, with size and limit', async () => {
    const file = path.join(dir, 'big.md');
    await fs.writeFile(file, 'x'.repeat(2048));
    expect(await readPost(file, 1024)).toEqual({ ok: false, failure: { kind: 'too-large', size: 2048, limit: 1024 } });
  });

  it('reports binary files', async () => {
    const file = path.join(dir, 'image.md');
    await fs.writeFile(file, Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01]));
    expect(await readPost(file)).toEqual({ ok: false, failure: { kind: 'binary' } });
  });

  it('reports invalid UTF-8 with its line', async () => {
    const file = path.join(dir, 'latin1.md');
    await fs.writeFile(file, Buffer.concat([Buffer.from('---\ntitle: x\n---\n\nna'), Buffer.from([0xef]), Buffer.from('ve\n')]));
    expect(await readPost(file)).toEqual({ ok: false, failure: { kind: 'not-utf8', line: 5, column: 3 } });
  });

  it('reports a missing file as unreadable with its error code', async () => {
    expect(await readPost(path.join(dir, 'missing.md'))).toEqual({ ok: false, failure: { kind: 'unreadable', reason: 'ENOENT' } });
  });

  it('reports a directory as unreadable', async () => {
    const sub = path.join(dir, 'folder.md');
    await fs.mkdir(sub);
    expect(await readPost(sub)).toEqual({ ok: false, failure: { kind: 'unreadable', reason: 'not a regular file: a folder, FIFO, socket or device' } });
  });
});
