// image-outside-repo through a symlink: git keeps links, and a link in the repository may lead out of
// it. The report says so, and the linter never reads the target (spies on every file read). The
// `../` cases are fixtures beside this file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fsSync, { promises as fs } from 'node:fs';
import path from 'node:path';
import { lintJson, tempDir } from '../../helpers.js';
import { blog, jekyllPost, POST, seen } from '../seen.js';
import type { JsonReport } from '../harness.js';

const message = (url: string) => `Image \`${url}\` points outside the repository, so it will not be published: copy the image into the repository and link it from there.`;

/** The post was linted (listed in the report) and nothing was found in it. */
function expectClean(report: JsonReport, file = POST) {
  expect(report.files).toContain(file);
  expect(seen(report)).toEqual([]);
}

describe('a symlink in the repository to a file outside it', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is reported as outside, and the linter never reads the target', async () => {
    const outside = await tempDir('bpl-outside-');
    const secret = path.join(outside, 'secret.png');
    await fs.writeFile(secret, 'SECRET');
    const root = await blog({ [POST]: jekyllPost('![A screenshot of my desktop](/assets/secret.png)') });
    await fs.mkdir(path.join(root, 'assets'));
    await fs.symlink(secret, path.join(root, 'assets', 'secret.png'));

    const opened: string[] = [];
    const record = (target: unknown) => {
      if (typeof target === 'string' || target instanceof URL || Buffer.isBuffer(target)) opened.push(String(target));
    };
    // Spies call through to the real functions; they only record what was opened.
    const spies = [
      vi.spyOn(fs, 'readFile'),
      vi.spyOn(fs, 'open'),
      vi.spyOn(fsSync, 'readFileSync'),
      vi.spyOn(fsSync, 'openSync'),
      vi.spyOn(fsSync, 'createReadStream'),
    ];
    const { report } = await lintJson([], root);
    for (const spy of spies) for (const call of spy.mock.calls) record(call[0]);

    expect(seen(report)).toEqual([{ ruleId: 'image-outside-repo', line: 6, column: 1, message: message('/assets/secret.png') }]);
    // The spies saw the linter read the post itself, so they were live.
    expect(opened.some((file) => file.endsWith(path.join('_posts', '2025-01-01-hello.md')))).toBe(true);
    const realOutside = await fs.realpath(outside);
    expect(opened.filter((file) => file.includes(outside) || file.includes(realOutside) || file.endsWith('secret.png'))).toEqual([]);
  });

  it('a symlink to a file inside the repository counts as the file (control)', async () => {
    const root = await blog({ [POST]: jekyllPost('![A screenshot of my desktop](/assets/shot.png)'), 'images/shot.png': 'png' });
    await fs.mkdir(path.join(root, 'assets'));
    await fs.symlink(path.join(root, 'images', 'shot.png'), path.join(root, 'assets', 'shot.png'));
    const { report } = await lintJson([], root);
    expectClean(report);
  });
});
