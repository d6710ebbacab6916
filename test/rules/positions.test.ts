// Where a problem is reported does not depend on line endings or a BOM: one post with problems of
// many rules, in LF, CRLF, BOM + CRLF and BOM + LF, gets the same lines, columns and end positions.
import { describe, expect, it } from 'vitest';
import { lint, POST, seen, type Seen } from './seen.js';
import type { JsonReport } from './harness.js';

describe('positions with CRLF line endings and a UTF-8 BOM', () => {
  const lines = [
    '---',
    'title: Hello World',
    'date: 2025-13-45',
    'categories: a, b',
    'tags:', // 5
    '---',
    '',
    '# Hello World', // 8
    '',
    '## Section',
    '',
    '#### Too deep', // 12
    '',
    'Text ![](/assets/missing.png) and ![Alt](https://example.com/a.png)', // 14
    '',
    '![A kramdown photo](/assets/my photo.png)', // 16
    '',
    '<img src="/assets/gone.png" alt="image">', // 18
    '',
    'See ![][ref] and [a link]().', // 20
    '',
    '[ref]: /assets/ref.png', // 22
    '',
  ];
  const lf = lines.join('\n');

  const expected: Seen[] = [
    { ruleId: 'date-invalid', line: 3, column: 7, message: '`date: 2025-13-45` is not a real date (month 1-12, day within the month, time up to 23:59): correct it.' },
    { ruleId: 'taxonomy-type', line: 4, column: 13, message: '`categories: a, b` is a string with commas: Jekyll reads it as "a," "b"; write a list `[a, b]`.' },
    { ruleId: 'empty-value', line: 5, column: 1, message: 'Key `tags` has no value: fill it in or remove the line.' },
    { ruleId: 'title-heading-duplicate', line: 8, column: 1, message: 'This H1 repeats the post title "Hello World"; the theme already shows it. Remove the heading.' },
    { ruleId: 'heading-increment', line: 12, column: 1, message: 'This heading jumps from level 2 to level 4: make it level 3 (`###`), so no level is skipped.' },
    { ruleId: 'image-alt-missing', line: 14, column: 6, message: 'Image `/assets/missing.png` has no alt text; describe what it shows.' },
    { ruleId: 'image-missing', line: 14, column: 6, message: 'Image `/assets/missing.png` does not exist in the repository (looked for `assets/missing.png`): add the file, or correct the path.' },
    { ruleId: 'image-alt-placeholder', line: 14, column: 35, message: 'Alt text "Alt" is a placeholder; describe what the image shows.' },
    { ruleId: 'image-missing', line: 16, column: 1, message: 'Image `/assets/my photo.png` does not exist in the repository (looked for `assets/my photo.png`): add the file, or correct the path.' },
    { ruleId: 'image-alt-placeholder', line: 18, column: 1, message: 'Alt text "image" is a placeholder; describe what the image shows.' },
    { ruleId: 'image-missing', line: 18, column: 1, message: 'Image `/assets/gone.png` does not exist in the repository (looked for `assets/gone.png`): add the file, or correct the path.' },
    { ruleId: 'no-empty-url', line: 20, column: 18, message: 'This link has an empty URL, so it goes nowhere: put the address between the parentheses, or remove the link.' },
    { ruleId: 'image-alt-missing', line: 22, column: 1, message: 'Image `/assets/ref.png` has no alt text; describe what it shows.' },
    { ruleId: 'image-missing', line: 22, column: 1, message: 'Image `/assets/ref.png` does not exist in the repository (looked for `assets/ref.png`): add the file, or correct the path.' },
  ];

  it('LF: every problem on its line and column', async () => {
    const { report } = await lint({ [POST]: lf });
    expect(seen(report)).toEqual(expected);
  });

  it.each([
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['BOM + CRLF', '\ufeff' + lf.replace(/\n/g, '\r\n')],
    ['BOM + LF', '\ufeff' + lf],
  ])('%s: identical lines, columns and end positions to the LF post', async (_name, variant) => {
    const reference = await lint({ [POST]: lf });
    const { report } = await lint({ [POST]: variant });
    expect(seen(report)).toEqual(expected);
    const ends = (r: JsonReport) => r.problems.map((p) => [p.ruleId, p.line, p.column, p.endLine, p.endColumn]);
    expect(ends(report)).toEqual(ends(reference.report));
  });
});
