// final-newline has a fix: the file's own line ending, appended, and nothing else changes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestionFor } from '../src/github/suggestion.js';
import { lintJson, makeBlog, runCli } from './helpers.js';

const frontmatter = (eol: string) => ['---', 'title: A post', 'date: 2025-03-03 21:00:00 +0900', 'tags: [notes]', '---', '', 'Some text.'].join(eol);

describe('final-newline', () => {
  const cases: Array<[string, string, string]> = [
    ['LF', frontmatter('\n'), '\n'],
    ['CRLF with a BOM', '\ufeff' + frontmatter('\r\n'), '\r\n'],
    ['a last line of Korean text', frontmatter('\n') + '\n\n마지막 줄입니다', '\n'],
  ];
  for (const [name, text, ending] of cases) {
    it(`${name}: --fix appends the file's line ending and changes nothing else`, async () => {
      const blog = await makeBlog({ '_config.yml': 'title: t\n', '_posts/2025-03-03-a.md': text });
      const before = (await lintJson([], blog)).report;
      const problem = before.problems.find((p) => p.ruleId === 'final-newline');
      expect(problem?.fix).toEqual({ edits: [{ range: [text.length, text.length], text: ending }] });
      expect(before.summary.fixable).toBeGreaterThanOrEqual(1);

      const fixed = await runCli(['--fix'], blog);
      expect(fixed.stderr).toContain('fixed _posts/2025-03-03-a.md');
      expect(await fs.readFile(path.join(blog, '_posts/2025-03-03-a.md'), 'utf8')).toBe(text + ending);
      const after = (await lintJson([], blog)).report;
      expect(after.problems.filter((p) => p.ruleId === 'final-newline')).toEqual([]);
    });
  }

  it('a post that ends with its line break has no problem and no fix', async () => {
    const blog = await makeBlog({ '_config.yml': 'title: t\n', '_posts/2025-03-03-a.md': frontmatter('\n') + '\n' });
    expect((await lintJson([], blog)).report.problems.filter((p) => p.ruleId === 'final-newline')).toEqual([]);
  });

  it('gets no review suggestion: ending the last line changes nothing a suggestion can show', async () => {
    const text = frontmatter('\n');
    expect(suggestionFor(text, { edits: [{ range: [text.length, text.length], text: '\n' }] })).toBeUndefined();
    // Other fixes on the last line still get one.
    expect(suggestionFor(text, { edits: [{ range: [text.length - 5, text.length], text: 'words.' }] })?.text).toBe('Some words.');
  });
});
