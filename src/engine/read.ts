// Reading a post from disk without trusting it: a size cap, binary detection and strict UTF-8
// decoding happen before any parser sees the bytes.
import { promises as fs } from 'node:fs';
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
  let bytes: Buffer;
  try {
    const stat = await fs.stat(absolutePath);
    if (!stat.isFile()) return { ok: false, failure: { kind: 'unreadable', reason: 'not a regular file' } };
    if (stat.size > maxBytes) return { ok: false, failure: { kind: 'too-large', size: stat.size, limit: maxBytes } };
    bytes = await fs.readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, failure: { kind: 'unreadable', reason: code } };
  }
  return decodePost(bytes, maxBytes);
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
