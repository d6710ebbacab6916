// fix: commit trusts a workspace file only when its bytes hash to the PR head's blob SHA; the hash
// must be git's own, byte for byte (BOM, CRLF, non-ASCII), or every file would be skipped.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitBlobSha } from '../src/github/fix-commit.js';

function gitHashObject(bytes: Buffer): string {
  return execFileSync('git', ['hash-object', '--stdin'], { input: bytes, encoding: 'utf8' }).trim();
}

describe('gitBlobSha', () => {
  it.each([
    ['empty', ''],
    ['LF', '---\ntitle: A\n---\n\nText.\n'],
    ['CRLF with a BOM', '\ufeff---\r\ntitle: A\r\n---\r\n'],
    ['Korean, no final newline', '---\ntitle: 한글 제목\n---\n\n본문'],
  ])('matches git hash-object: %s', (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(gitBlobSha(bytes)).toBe(gitHashObject(bytes));
  });

  it('differs when one byte differs (LF vs CRLF)', () => {
    expect(gitBlobSha(Buffer.from('a\n'))).not.toBe(gitBlobSha(Buffer.from('a\r\n')));
  });
});
