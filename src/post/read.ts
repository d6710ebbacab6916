// Reading a post from disk without trusting it: a size cap, binary detection and strict UTF-8
// decoding happen before any parser sees the bytes.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { createSource, type Source } from './source.js';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type ReadFailure =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'not-utf8'; line: number; column: number }
  | { kind: 'unreadable'; reason: string };

export type ReadResult = { ok: true; source: Source } | { ok: false; failure: ReadFailure };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function readPost(absolutePath: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const read = await readRegularFile(absolutePath, maxBytes);
  if (!read.ok) return read;
  return decodePost(read.bytes, maxBytes);
}

const NOT_A_FILE = 'not a regular file: a folder, FIFO, socket or device';

/**
 * The bytes of a regular file of at most `maxBytes`. Anything else is refused before it is read:
 * opening a FIFO waits for a writer forever and a device may never end. The type is checked on the
 * path, then again on the opened handle (opened non-blocking, so even a FIFO swapped in between
 * cannot block), and no more than `maxBytes + 1` bytes are ever read.
 */
export async function readRegularFile(absolutePath: string, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; failure: ReadFailure }> {
  const unreadable = (reason: string) => ({ ok: false as const, failure: { kind: 'unreadable' as const, reason } });
  let handle: fs.FileHandle | undefined;
  try {
    const stat = await fs.stat(absolutePath);
    if (!stat.isFile()) return unreadable(NOT_A_FILE);
    if (stat.size > maxBytes) return { ok: false, failure: { kind: 'too-large', size: stat.size, limit: maxBytes } };
    handle = await fs.open(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = await handle.stat();
    if (!opened.isFile()) return unreadable(NOT_A_FILE);
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { ok: false, failure: { kind: 'too-large', size: Math.max(length, opened.size), limit: maxBytes } };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return unreadable((error as NodeJS.ErrnoException).code ?? 'error');
  } finally {
    await handle?.close();
  }
}

export type SiteTextResult = { ok: true; text: string } | { ok: false; reason: 'missing' | 'not-a-file' | 'outside' | 'too-large' };

/** Site files (configs) are capped like posts but smaller: a real one is a few KB. */
export const MAX_SITE_FILE_BYTES = 1024 * 1024;

/**
 * Reads a site file (`_config.yml`, `.blog-post-lint.yml`) with the care a post gets: a regular file
 * only (a FIFO would block the run forever, a device never ends), under a size cap, and, unless
 * `insideRoot` is false, only when its real path is inside the repository (a link to
 * `/etc/passwd` or `/dev/zero` is not followed).
 */
export async function readSiteText(root: string, relative: string, options: { insideRoot?: boolean; maxBytes?: number } = {}): Promise<SiteTextResult> {
  const absolute = path.resolve(root, relative);
  let real: string;
  try {
    real = await fs.realpath(absolute);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (options.insideRoot !== false) {
    const realRoot = await fs.realpath(root).catch(() => root);
    const rel = path.relative(realRoot, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return { ok: false, reason: 'outside' };
  }
  const read = await readRegularFile(real, options.maxBytes ?? MAX_SITE_FILE_BYTES);
  if (read.ok) return { ok: true, text: read.bytes.toString('utf8') };
  if (read.failure.kind === 'too-large') return { ok: false, reason: 'too-large' };
  return { ok: false, reason: read.failure.kind === 'unreadable' && read.failure.reason === NOT_A_FILE ? 'not-a-file' : 'missing' };
}

export function decodePost(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  if (bytes.length > maxBytes) return { ok: false, failure: { kind: 'too-large', size: bytes.length, limit: maxBytes } };
  // Git's own heuristic: a NUL byte in the first 8000 bytes means binary.
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, failure: { kind: 'binary' } };
  try {
    return { ok: true, source: createSource(strictUtf8.decode(bytes)) };
  } catch {
    return { ok: false, failure: { kind: 'not-utf8', ...firstInvalidUtf8(bytes) } };
  }
}

/** Line and column (in bytes) of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte === 10) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    const length = byte < 0x80 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0;
    if (length === 0) break;
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      break;
    }
    i += length;
  }
  return { line, column: i - lineStart + 1 };
}
