// frontmatter-executable end to end through the CLI: code frontmatter is reported and never run. What
// the report says is in the fixtures beside this file; this file proves the payload is real (gray-matter
// runs it) and that the linter, unlike it, never does, in JSON and in the default text output.
import { afterEach, describe, expect, it } from 'vitest';
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { lintJson, runCli } from '../../helpers.js';
import { blog, POST, seen, text } from '../seen.js';

describe('frontmatter-executable (end to end through the CLI)', () => {
  /** A `---js` block that, if evaluated, writes `marker` and sets a global. */
  function codePost(opening: string, marker: string): string {
    return text(
      opening,
      '{',
      `  title: (process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'Owned'),`,
      "  date: (globalThis.__bplFrontmatterRan = true, '2025-01-01')",
      '}',
      '---',
      '',
      'Body.',
    );
  }

  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__bplFrontmatterRan;
  });

  it('the payload is real: gray-matter, which some generators use, does run it', async () => {
    const root = await blog({});
    const marker = path.join(root, 'ran-by-gray-matter.txt');
    matter(codePost('---js', marker), {});
    expect(existsSync(marker)).toBe(true);
    expect((globalThis as Record<string, unknown>).__bplFrontmatterRan).toBe(true);
  });

  it.each([
    ['---js', 'js'],
    ['---javascript', 'javascript'],
    ['--- JS ', 'js'],
    ['---coffee', 'coffee'],
  ])('`%s` is reported on line 1 and never run', async (opening, language) => {
    const root = await blog({});
    const marker = path.join(root, 'pwned.txt');
    await fs.mkdir(path.join(root, '_posts'));
    await fs.writeFile(path.join(root, POST), codePost(opening, marker));

    const { code, report } = await lintJson([], root);
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'frontmatter-executable', severity: 'error', line: 1, column: 1, message: `Frontmatter in \`${language}\` is code and is not run; write it as YAML (\`---\`).` },
    ]);
    expect(code).toBe(1);

    // The default text output says the same, and still nothing ran.
    const run = await runCli([], root);
    expect(run.stdout).toContain(`\n  1:1  error    Frontmatter in \`${language}\` is code and is not run; write it as YAML (\`---\`).  frontmatter-executable\n`);
    expect(run.code).toBe(1);

    expect(existsSync(marker)).toBe(false);
    expect((globalThis as Record<string, unknown>).__bplFrontmatterRan).toBeUndefined();
  });

});
