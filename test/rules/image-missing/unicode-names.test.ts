// image-missing and Hangul file names in either Unicode form: macOS writes NFD, editors type NFC, and
// both name the same file. Made on disk here, since git and macOS checkouts may change a committed
// name's form.
import { describe, expect, it } from 'vitest';
import { jekyllPost, lint, POST, seen } from '../seen.js';
import type { JsonReport } from '../harness.js';

/** The post was linted (listed in the report) and nothing was found in it. */
function expectClean(report: JsonReport, file = POST) {
  expect(report.files).toContain(file);
  expect(seen(report)).toEqual([]);
}

describe('NFC/NFD Hangul file names', () => {
  const nfc = '사진.png'.normalize('NFC');
  const nfd = '사진.png'.normalize('NFD');

  it('sanity: the two spellings differ byte-wise', () => {
    expect(nfc).not.toBe(nfd);
  });

  it('a file stored NFD (macOS) is found from an NFC reference', async () => {
    const { report } = await lint({ [POST]: jekyllPost(`![Our team at the office](/assets/${nfc})`), [`assets/${nfd}`]: 'png' });
    expectClean(report);
  });

  it('a file stored NFC is found from an NFD reference', async () => {
    const { report } = await lint({ [POST]: jekyllPost(`![Our team at the office](/assets/${nfd})`), [`assets/${nfc}`]: 'png' });
    expectClean(report);
  });

  it('another Hangul name is still reported as missing (control)', async () => {
    const other = '그림.png'.normalize('NFC');
    const { report } = await lint({ [POST]: jekyllPost(`![Our team at the office](/assets/${other})`), [`assets/${nfd}`]: 'png' });
    expect(seen(report)).toEqual([
      { ruleId: 'image-missing', line: 6, column: 1, message: `Image \`/assets/${other}\` does not exist in the repository (looked for \`assets/${other}\`): add the file, or correct the path.` },
    ]);
  });
});
