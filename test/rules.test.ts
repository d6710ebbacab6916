// Behaviour tests for every rule, as a user meets them: a small Jekyll or Hugo blog on disk, the CLI
// run in-process with `--format json`, and assertions on what the report says (rule id, line,
// column where it matters, and the message text). Every failing example has a passing twin, so no
// test can pass because a rule silently stopped running.
import { describe, it, expect, vi, afterAll, afterEach } from 'vitest';
import fsSync, { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { makeBlog, lintJson, linesByRule, runCli, tempDir } from './helpers.js';
import type { JsonReport } from '../src/report/json.js';
import { remarkLintRules } from '../src/rules/remark-lint.js';
import fileUnreadable from '../src/rules/file-unreadable.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const POST = '_posts/2025-01-01-hello.md';
const HUGO_POST = 'content/posts/hello.md';

/** Lines joined with LF and a final newline. */
function text(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** A post: the frontmatter lines between `---` fences, a blank line, then the body lines. */
function post(frontmatter: string[], ...body: string[]): string {
  return text('---', ...frontmatter, '---', '', ...body);
}

/** A clean Jekyll post (`title` + `date`), whose body starts on line 6 (line 5 is blank). */
function jekyllPost(...body: string[]): string {
  return post(['title: Hello', 'date: 2025-01-01'], ...body);
}

const temporary: string[] = [];

async function blog(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await makeBlog(files);
  temporary.push(root);
  return root;
}

async function lint(files: Record<string, string | Uint8Array>, argv: string[] = []) {
  const root = await blog(files);
  const result = await lintJson(argv, root);
  return { ...result, root };
}

// The rules this file is about (every rule of src/rules/index.ts when it was written), plus
// remark-lint's and file-unreadable. Reports of rules added later are left to their own tests, so
// that "exactly these problems" and "clean" here keep meaning the same thing.
const COVERED = new Set([
  'frontmatter-missing', 'frontmatter-syntax', 'frontmatter-executable', 'required-keys', 'empty-value', 'key-case',
  'date-invalid', 'date-timezone', 'date-future', 'date-filename-mismatch', 'taxonomy-key', 'taxonomy-type',
  'title-heading-duplicate', 'image-alt-missing', 'image-alt-placeholder', 'image-file-url', 'image-local-path',
  'image-outside-repo', 'image-missing',
  ...remarkLintRules.map((rule) => rule.id),
  fileUnreadable.id,
]);

function covered(report: JsonReport): JsonReport {
  return { ...report, problems: report.problems.filter((problem) => COVERED.has(problem.ruleId)) };
}

interface Seen {
  file?: string;
  ruleId: string;
  severity?: string;
  line: number;
  column?: number;
  message: string;
}

/** Problems as the user reads them, without end positions. */
function seen(report: JsonReport, options: { file?: boolean; severity?: boolean; column?: boolean } = {}): Seen[] {
  return covered(report).problems.map((problem) => ({
    ...(options.file ? { file: problem.file } : {}),
    ruleId: problem.ruleId,
    ...(options.severity ? { severity: problem.severity } : {}),
    line: problem.line,
    ...(options.column === false ? {} : { column: problem.column }),
    message: problem.message,
  }));
}

function ofRule(report: JsonReport, ruleId: string) {
  return report.problems.filter((problem) => problem.ruleId === ruleId);
}

/** The post was linted (listed in the report) and nothing was found in it. */
function expectClean(report: JsonReport, file = POST) {
  expect(report.files).toContain(file);
  expect(seen(report)).toEqual([]);
}

afterAll(async () => {
  for (const root of temporary) await fs.rm(root, { recursive: true, force: true });
});

it('a plain post with a title and a date is clean (the baseline every example departs from)', async () => {
  const { code, report } = await lint({ [POST]: jekyllPost('Some text.') });
  expectClean(report);
  expect(code).toBe(0);
});

// ---------------------------------------------------------------------------------------------
// Frontmatter

describe('frontmatter-missing', () => {
  it('reports a post with no frontmatter at line 1, once', async () => {
    const { code, report } = await lint({ [POST]: text('# Hello', '', 'Some text.') });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'frontmatter-missing', severity: 'error', line: 1, column: 1, message: 'No frontmatter: start the post with a `---` line, then `title:` and `date:`, then a closing `---` line.' },
    ]);
    expect(code).toBe(1);
  });

  it('is silent when the post opens with a frontmatter block', async () => {
    const { report } = await lint({ [POST]: jekyllPost('# Hello there', '', 'Some text.') });
    expectClean(report);
  });
});

describe('frontmatter-syntax', () => {
  it('reports an unclosed block on line 1 and nothing else', async () => {
    const { report } = await lint({ [POST]: text('---', 'title: Hello', 'date: 2025-01-01', '', 'Body text.') });
    expect(seen(report)).toEqual([
      { ruleId: 'frontmatter-syntax', line: 1, column: 1, message: 'Frontmatter opened with `---` on line 1 is never closed: add a `---` line after the last key.' },
    ]);
  });

  it('reports a duplicate key on the line of its second occurrence', async () => {
    const { report } = await lint({ [POST]: post(['title: First', 'date: 2025-01-01', 'title: Second'], 'Body.') });
    expect(seen(report)).toEqual([
      { ruleId: 'frontmatter-syntax', line: 4, column: 1, message: 'Key `title` appears twice in the frontmatter and the engine keeps only one: keep one and remove the other.' },
    ]);
  });

  it('reports an invalid YAML line where it is', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'just some text'], 'Body.') });
    expect(seen(report)).toEqual([
      { ruleId: 'frontmatter-syntax', line: 4, column: 1, message: 'The frontmatter cannot be read (Implicit map keys need to be followed by map values): correct it so the blog engine can read the post\'s settings.' },
    ]);
  });

  it('reports a tab-indented line where it is', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', '\tdescription: indented with a tab'], 'Body.') });
    expect(seen(report)).toEqual([
      { ruleId: 'frontmatter-syntax', line: 4, column: 1, message: 'The frontmatter cannot be read (Tabs are not allowed as indentation): correct it so the blog engine can read the post\'s settings.' },
    ]);
  });

  it('is silent for a closed, valid block with distinct keys (also with `...` as the closing line)', async () => {
    const { report } = await lint({
      [POST]: post(['title: First', 'date: 2025-01-01', 'description: "a: colon inside quotes"', 'tags: [a, b]'], 'Body.'),
      '_posts/2025-01-02-dots.md': text('---', 'title: Dots', 'date: 2025-01-02', '...', '', 'Body.'),
    });
    expect(report.files).toEqual([POST, '_posts/2025-01-02-dots.md']);
    expect(seen(report)).toEqual([]);
  });
});

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

  it('`---yaml` is data, not code: no problem', async () => {
    const { report } = await lint({ [POST]: text('---yaml', 'title: Hello', 'date: 2025-01-01', '---', '', 'Body.') });
    expectClean(report);
  });
});

describe('required-keys', () => {
  const missing = (key: string) => `The frontmatter has no \`${key}:\`, which is required: add a \`${key}:\` line.`;

  it('reports a missing title at the opening fence', async () => {
    const { code, report } = await lint({ [POST]: post(['date: 2025-01-01'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([{ ruleId: 'required-keys', severity: 'error', line: 1, column: 1, message: missing('title') }]);
    expect(code).toBe(1);
  });

  it('jekyll: a `YYYY-MM-DD-slug.md` file name supplies the date', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello'], 'Body.') });
    expectClean(report);
  });

  it('jekyll: a _drafts file without a dated name has no date: reported', async () => {
    const file = '_drafts/hello.md';
    const { report } = await lint({ [file]: post(['title: Hello'], 'Body.') });
    expect(seen(report, { file: true })).toEqual([{ file, ruleId: 'required-keys', line: 1, column: 1, message: missing('date') }]);
  });

  it('jekyll: a _posts file without a dated name is never published: only that is reported', async () => {
    const file = '_posts/hello.md';
    const { report } = await lint({ [file]: post(['title: Hello'], 'Body.') });
    expect(report.problems.map((problem) => problem.ruleId)).toEqual(['post-unpublished']);
  });

  it('hugo: a dated file name does NOT supply the date', async () => {
    const file = 'content/posts/2025-01-01-hello.md';
    const { report } = await lint({ [file]: post(['title: Hello'], 'Body.') }, ['--preset', 'hugo']);
    expect(seen(report, { file: true })).toEqual([{ file, ruleId: 'required-keys', line: 1, column: 1, message: missing('date') }]);

    const withDate = await lint({ [file]: post(['title: Hello', 'date: 2025-01-01'], 'Body.') }, ['--preset', 'hugo']);
    expectClean(withDate.report, file);
  });

  describe('keys supplied by `_config.yml` defaults', () => {
    const config = text('required: [title, date, layout]');
    const defaults = (scopePath: string) =>
      text('defaults:', '  - scope:', `      path: "${scopePath}"`, '      type: posts', '    values:', '      layout: post');

    it('without defaults, a required `layout` is missing', async () => {
      const { report } = await lint({ [POST]: post(['title: Hello'], 'Body.'), '.blog-post-lint.yml': config });
      expect(seen(report)).toEqual([{ ruleId: 'required-keys', line: 1, column: 1, message: missing('layout') }]);
    });

    it('a default scoped to every post counts as present', async () => {
      const { report } = await lint({ [POST]: post(['title: Hello'], 'Body.'), '.blog-post-lint.yml': config, '_config.yml': defaults('') });
      expectClean(report);
    });

    it('a default scoped to another folder does not count', async () => {
      const { report } = await lint({ [POST]: post(['title: Hello'], 'Body.'), '.blog-post-lint.yml': config, '_config.yml': defaults('_drafts') });
      expect(seen(report)).toEqual([{ ruleId: 'required-keys', line: 1, column: 1, message: missing('layout') }]);
    });
  });
});

describe('empty-value', () => {
  it('flags `tags:` and `Agenda: ` on their lines, not `categories: []`', async () => {
    const { code, report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tags:', 'Agenda: ', 'categories: []'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'empty-value', severity: 'warning', line: 4, column: 1, message: 'Key `tags` has no value: fill it in or remove the line.' },
      { ruleId: 'empty-value', severity: 'warning', line: 5, column: 1, message: 'Key `Agenda` has no value: fill it in or remove the line.' },
    ]);
    expect(code).toBe(0); // warnings only
  });

  it('flags an empty quoted string', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'description: ""'], 'Body.') });
    expect(seen(report)).toEqual([{ ruleId: 'empty-value', line: 4, column: 1, message: 'Key `description` has no value: fill it in or remove the line.' }]);
  });

  it('is silent for `tags: []` and filled keys', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tags: []', 'Agenda: tea'], 'Body.') });
    expectClean(report);
  });
});

describe('key-case', () => {
  it('flags `Tags:` and says which spelling the engine reads', async () => {
    const { code, report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'Tags: [a, b]'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'key-case', severity: 'error', line: 4, column: 1, message: 'Key `Tags` is ignored by the blog engine; write it as `tags`.' },
    ]);
    expect(code).toBe(1);
  });

  it('a capitalised `Title:` is reported once, by key-case, not also as a missing title', async () => {
    const { report } = await lint({ [POST]: post(['Title: Hello', 'date: 2025-01-01'], 'Body.') });
    expect(seen(report)).toEqual([{ ruleId: 'key-case', line: 2, column: 1, message: 'Key `Title` is ignored by the blog engine; write it as `title`.' }]);
  });

  it('is silent for correctly cased keys and for unknown keys', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tags: [a, b]', 'Mood: happy'], 'Body.') });
    expectClean(report);
  });
});

describe('taxonomy-key', () => {
  it('flags singular `tag:` and `category:` on Hugo, whose taxonomies are `tags` and `categories`', async () => {
    const { report } = await lint({ [HUGO_POST]: post(['title: Hello', 'date: 2025-01-01', 'tag: dev', 'category: notes'], 'Body.') }, ['--preset', 'hugo']);
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'taxonomy-key', severity: 'warning', line: 4, column: 1, message: 'Use `tags:` instead of `tag:`; the engine reads only `tags`, so this value is dropped.' },
      { ruleId: 'taxonomy-key', severity: 'warning', line: 5, column: 1, message: 'Use `categories:` instead of `category:`; the engine reads only `categories`, so this value is dropped.' },
    ]);
  });

  it('is silent on Jekyll, which reads `tag:` and `category:` as one term each', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tag: dev', 'category: Jekyll 블로그 구축'], 'Body.') });
    expect(seen(report).filter((problem) => problem.ruleId === 'taxonomy-key')).toEqual([]);
  });

  it('is silent for the plural keys', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tags: [dev]', 'categories: [notes]'], 'Body.') });
    expectClean(report);
  });
});

describe('taxonomy-type', () => {
  it('jekyll: a comma string is split on spaces, commas kept', async () => {
    const { code, report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tags: jekyll, blog'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([
      {
        ruleId: 'taxonomy-type',
        severity: 'error',
        line: 4,
        column: 7,
        message: '`tags: jekyll, blog` is a string with commas: Jekyll reads it as "jekyll," "blog"; write a list `[jekyll, blog]`.',
      },
    ]);
    expect(code).toBe(1);
  });

  it('hugo: the same comma string is one single tag', async () => {
    const { report } = await lint({ [HUGO_POST]: post(['title: Hello', 'date: 2025-01-01', 'tags: jekyll, blog'], 'Body.') }, ['--preset', 'hugo']);
    const problems = ofRule(report, 'taxonomy-type');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[4, 7]]);
    // Only the engine's name is compared without case (see the report: it reads "hugo").
    expect(problems[0]!.message).toBe('`tags: jekyll, blog` is a string with commas: Hugo reads it as one term "jekyll, blog"; write a list `[jekyll, blog]`.');
    expect(seen(report)).toHaveLength(1);
  });

  it('a map is not a list of words', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'categories: {dev: 1}'], 'Body.') });
    expect(seen(report)).toEqual([{ ruleId: 'taxonomy-type', line: 4, column: 13, message: '`categories` must be a list of words, not a map: write it as `categories: [word, word]`.' }]);
  });

  it('a list with an empty item names the item', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'categories: [a, "", b]'], 'Body.') });
    expect(seen(report)).toEqual([{ ruleId: 'taxonomy-type', line: 4, column: 13, message: '`categories` item 2 is an empty string, but every item must be a word: replace it with a word or remove it.' }]);
  });

  it('jekyll: a singular `tag:` string is one term (not split), and becomes a list Jekyll reads as such', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tag: SVD, PCA, LSA'], 'Body.') });
    expect(ofRule(report, 'taxonomy-type').map((p) => p.message)).toEqual(['`tag: SVD, PCA, LSA` is a string with commas: Jekyll reads it as one term "SVD, PCA, LSA"; write a list `[SVD, PCA, LSA]`.']);
  });

  it('`keywords:` is not a taxonomy: a comma string is the form `<meta name="keywords">` wants', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'keywords: jekyll, blog'], 'Body.') });
    expect(ofRule(report, 'taxonomy-type')).toEqual([]);
  });

  it('a block list with a blank `-` item names the item', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tags:', '  - dev', '  -'], 'Body.') });
    // The line is left out on purpose: the problem points at the list (line 5), not at the blank item (line 6).
    expect(seen(report, { column: false }).map(({ ruleId, message }) => ({ ruleId, message }))).toEqual([
      { ruleId: 'taxonomy-type', message: '`tags` item 2 is empty, but every item must be a word: replace it with a word or remove it.' },
    ]);
  });

  it('is silent for lists of words and for a single word', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01', 'tags: [jekyll, blog]', 'categories: dev', 'keywords:', '  - a', '  - b'], 'Body.') });
    expectClean(report);
  });
});

// ---------------------------------------------------------------------------------------------
// Dates (NOW is 2026-11-25T00:00:00Z, see helpers)

describe('date-invalid', () => {
  it('flags a date that does not exist, at the value', async () => {
    const { code, report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-13-45'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'date-invalid', severity: 'error', line: 3, column: 7, message: '`date: 2025-13-45` is not a real date (month 1-12, day within the month, time up to 23:59): correct it.' },
    ]);
    expect(code).toBe(1);
  });

  it('flags a value that is not a date at all', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: yesterday'], 'Body.') });
    expect(seen(report)).toEqual([
      { ruleId: 'date-invalid', line: 3, column: 7, message: '`date: yesterday` is not a date the blog engine can read; write `YYYY-MM-DD HH:MM:SS +0900`.' },
    ]);
  });

  it('is silent for a real date with a time and an offset', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 21:00:00 +0900'], 'Body.') });
    expectClean(report);
  });
});

describe('date-timezone (what Jekyll does, see test/oracle)', () => {
  it('is silent for a time without an offset on a site without `timezone:`: Jekyll reads and shows it as written', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 23:30:00'], 'Body.') });
    expectClean(report);
  });

  it('flags an offset date that UTC (no `timezone:`) moves to the day before', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 08:30:00 +0900'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([
      {
        ruleId: 'date-timezone',
        severity: 'warning',
        line: 3,
        column: 7,
        message: '`date: 2025-01-01 08:30:00 +0900` is 2024-12-31 23:30 in UTC, the zone Jekyll builds in without `timezone:`: the post is dated 2024-12-31, not 2025-01-01. Set `timezone:` in `_config.yml` to your zone (e.g. `Asia/Seoul`).',
      },
    ]);
  });

  it('is silent for an offset date that stays on its day, and for any offset date in the site zone', async () => {
    expectClean((await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 10:00:00 +0900'], 'Body.') })).report);
    expectClean((await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 08:30:00 +0900'], 'Body.'), '_config.yml': text('timezone: Asia/Seoul') })).report);
  });

  it('flags an unquoted naive time that `timezone: Asia/Seoul` moves to the next day (Psych reads it as UTC), not a quoted one', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 23:30:00'], 'Body.'), '_config.yml': text('timezone: Asia/Seoul') });
    expect(seen(report).map((problem) => problem.message)).toEqual([
      '`date: 2025-01-01 23:30:00` has no offset, so Jekyll reads it as UTC and shows it in Asia/Seoul as 2025-01-02 08:30: the post is dated 2025-01-02, not 2025-01-01. Add the offset: `2025-01-01 23:30:00 +0900`.',
    ]);
    expectClean((await lint({ [POST]: post(['title: Hello', 'date: "2025-01-01 23:30:00"'], 'Body.'), '_config.yml': text('timezone: Asia/Seoul') })).report);
    expectClean((await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 10:00:00'], 'Body.'), '_config.yml': text('timezone: Asia/Seoul') })).report);
  });

  it('is silent for a date without a time, and on Hugo', async () => {
    expectClean((await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01'], 'Body.') })).report);
    expectClean((await lint({ [HUGO_POST]: post(['title: Hello', 'date: 2025-01-01 08:30:00 +0900'], 'Body.') }, ['--preset', 'hugo'])).report, HUGO_POST);
  });
});

describe('date-future', () => {
  const later = '_posts/2027-01-01-later.md';

  it('flags a 2027 post on jekyll, naming `future: true`', async () => {
    const { code, report } = await lint({ [later]: post(['title: Later', 'date: 2027-01-01'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([
      {
        ruleId: 'date-future',
        severity: 'warning',
        line: 3,
        column: 7,
        message: '`date: 2027-01-01` means 2027-01-01 00:00 UTC, after this run: Jekyll will not publish the post until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, correct the date or set `future: true` in the site\'s config.',
      },
    ]);
    expect(code).toBe(0);
  });

  it('is silent with `future: true` in _config.yml', async () => {
    const { report } = await lint({ [later]: post(['title: Later', 'date: 2027-01-01'], 'Body.'), '_config.yml': text('future: true') });
    expectClean(report, later);
  });

  it('is silent for a draft', async () => {
    const { report } = await lint({ [later]: post(['title: Later', 'date: 2027-01-01', 'draft: true'], 'Body.') });
    expectClean(report, later);
  });

  it('is silent for a date in the past', async () => {
    const file = '_posts/2026-11-24-yesterday.md';
    const { report } = await lint({ [file]: post(['title: Yesterday', 'date: 2026-11-24'], 'Body.') });
    expectClean(report, file);
  });

  it('hugo: names `buildFuture: true`, and `buildFuture = true` in hugo.toml silences it', async () => {
    const files = { [HUGO_POST]: post(['title: Later', 'date: 2027-01-01'], 'Body.') };
    const { report } = await lint(files, ['--preset', 'hugo']);
    expect(seen(report)).toEqual([
      {
        ruleId: 'date-future',
        line: 3,
        column: 7,
        message: '`date: 2027-01-01` means 2027-01-01 00:00 UTC, after this run: Hugo will not publish the post until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, correct the date or set `buildFuture: true` in the site\'s config.',
      },
    ]);
    const built = await lint({ ...files, 'hugo.toml': text('buildFuture = true') }, ['--preset', 'hugo']);
    expectClean(built.report, HUGO_POST);
  });
});

describe('date-filename-mismatch', () => {
  it('flags a `date:` that disagrees with the file name', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-02'], 'Body.') });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'date-filename-mismatch', severity: 'warning', line: 3, column: 7, message: 'File name says 2025-01-01 but `date:` says 2025-01-02, and the post is published under 2025-01-02: make them agree (rename the file or correct `date:`).' },
    ]);
  });

  it('is silent when they agree (the day as written, whatever the time)', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello', 'date: 2025-01-01 23:30:00 +0900'], 'Body.') });
    expectClean(report);
  });
});

// ---------------------------------------------------------------------------------------------
// Markdown

describe('title-heading-duplicate', () => {
  const message = (title: string) => `This H1 repeats the post title "${title}"; the theme already shows it. Remove the heading.`;

  it('flags an H1 equal to the title', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello World', 'date: 2025-01-01'], '# Hello World', '', 'Body.') });
    expect(seen(report, { severity: true })).toEqual([{ ruleId: 'title-heading-duplicate', severity: 'warning', line: 6, column: 1, message: message('Hello World') }]);
  });

  it('flags an H1 that differs only in spacing and case', async () => {
    const { report } = await lint({ [POST]: post(['title: "Hello   World "', 'date: 2025-01-01'], 'Intro.', '', '# hello  WORLD', '', 'Body.') });
    expect(seen(report)).toEqual([{ ruleId: 'title-heading-duplicate', line: 8, column: 1, message: message('Hello   World') }]);
  });

  it('is silent for a different H1, and for an H2 equal to the title', async () => {
    const { report } = await lint({ [POST]: post(['title: Hello World', 'date: 2025-01-01'], '# Hello, World!', '', '## Hello World', '', 'Body.') });
    expectClean(report);
  });
});

describe('image-alt-missing / image-alt-placeholder', () => {
  const placeholder = (alt: string) => `Alt text "${alt}" is a placeholder; describe what the image shows.`;
  const noAlt = (url: string) => `Image \`${url}\` has no alt text; describe what it shows.`;

  it('flags editor defaults and empty alt texts, in markdown and HTML', async () => {
    const { report } = await lint({
      [POST]: jekyllPost(
        '![Alt](https://example.com/a.png)', // 6
        '',
        '![image](https://example.com/b.png)', // 8
        '',
        '![Pasted image 20240930160805.png](https://example.com/c.png)', // 10
        '',
        '![스크린샷](https://example.com/d.png)', // 12
        '',
        'Look: ![](https://example.com/e.png)', // 14
        '',
        '<img src="https://example.com/f.png" alt="image">', // 16
        '',
        '<img src="https://example.com/g.png">', // 18
      ),
    });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'image-alt-placeholder', severity: 'warning', line: 6, column: 1, message: placeholder('Alt') },
      { ruleId: 'image-alt-placeholder', severity: 'warning', line: 8, column: 1, message: placeholder('image') },
      { ruleId: 'image-alt-placeholder', severity: 'warning', line: 10, column: 1, message: placeholder('Pasted image 20240930160805.png') },
      { ruleId: 'image-alt-placeholder', severity: 'warning', line: 12, column: 1, message: placeholder('스크린샷') },
      { ruleId: 'image-alt-missing', severity: 'warning', line: 14, column: 7, message: noAlt('https://example.com/e.png') },
      { ruleId: 'image-alt-placeholder', severity: 'warning', line: 16, column: 1, message: placeholder('image') },
      { ruleId: 'image-alt-missing', severity: 'warning', line: 18, column: 1, message: noAlt('https://example.com/g.png') },
    ]);
  });

  it('a reference image is reported at its definition line', async () => {
    const { report } = await lint({
      [POST]: jekyllPost(
        'See ![][shot] and ![image][other] here.', // 6
        '',
        '[shot]: https://example.com/shot.png', // 8
        '[other]: https://example.com/other.png', // 9
      ),
    });
    expect(seen(report)).toEqual([
      { ruleId: 'image-alt-missing', line: 8, column: 1, message: noAlt('https://example.com/shot.png') },
      { ruleId: 'image-alt-placeholder', line: 9, column: 1, message: placeholder('image') },
    ]);
  });

  it('is silent for real descriptions, in markdown, HTML and reference images', async () => {
    const { report } = await lint({
      [POST]: jekyllPost(
        '![A red bicycle leaning on a brick wall](https://example.com/a.png)',
        '',
        '<img src="https://example.com/b.png" alt="The login page with the error banner">',
        '',
        'See ![Build times per week, falling][chart].',
        '',
        '[chart]: https://example.com/chart.png',
      ),
    });
    expectClean(report);
  });
});

describe('images in code are never reported', () => {
  const offending = ['![](file:///x.png)', '![image](C:\\Users\\me\\x.png)', '<img src="/nowhere.png">'];

  it('the same images outside code are reported (control)', async () => {
    const { report } = await lint({ [POST]: jekyllPost(offending[0]!, '', offending[1]!, '', offending[2]!) });
    expect(linesByRule(covered(report))).toEqual({
      'image-alt-missing': [6, 10],
      'image-file-url': [6],
      'image-alt-placeholder': [8],
      'image-local-path': [8],
      'image-missing': [10],
    });
  });

  it('fenced code and inline code', async () => {
    const { report } = await lint({
      [POST]: jekyllPost(
        '```markdown',
        ...offending,
        '```',
        '',
        '```html',
        offending[2]!,
        '```',
        '',
        `Inline: \`${offending[0]}\`, \`${offending[1]}\` and \`${offending[2]}\`.`,
        '',
        '- in a list: `![a](file:///x.png)`',
      ),
    });
    expectClean(report);
  });

  it('indented code', async () => {
    const { report } = await lint({ [POST]: jekyllPost('Text before.', '', ...offending.map((line) => '    ' + line), '', 'Text after.') });
    expectClean(report);
  });
});

// ---------------------------------------------------------------------------------------------
// Image paths

describe('image-file-url', () => {
  it('when the file is in the repository, suggests its site path', async () => {
    const { code, report } = await lint({ [POST]: jekyllPost('![A cat on a sofa](file:///assets/img/cat.png)'), 'assets/img/cat.png': 'png' });
    expect(seen(report, { severity: true })).toEqual([
      {
        ruleId: 'image-file-url',
        severity: 'error',
        line: 6,
        column: 1,
        message: "Image `file:///assets/img/cat.png` is a `file:///` URL that only works on the writer's computer; link `/assets/img/cat.png` instead.",
      },
    ]);
    expect(code).toBe(1);
  });

  it('when the file is absent, says it must be committed (and image-missing stays quiet)', async () => {
    const { report } = await lint({ [POST]: jekyllPost('![A cat on a sofa](file:///Users/me/Desktop/cat.png)') });
    expect(seen(report)).toEqual([
      {
        ruleId: 'image-file-url',
        line: 6,
        column: 1,
        message:
          "Image `file:///Users/me/Desktop/cat.png` is a `file:///` URL that only works on the writer's computer, and `Users/me/Desktop/cat.png` is not in the repository either: commit the image and link it.",
      },
    ]);
  });

  it('is silent for a site path to the committed file', async () => {
    const { report } = await lint({ [POST]: jekyllPost('![A cat on a sofa](/assets/img/cat.png)'), 'assets/img/cat.png': 'png' });
    expectClean(report);
  });
});

describe('image-local-path', () => {
  const message = (url: string) => `Image \`${url}\` is a path on the writer's computer, so the image was never committed; add it to the repository and link it from there.`;

  it('flags Windows and macOS paths', async () => {
    const { report } = await lint({
      [POST]: jekyllPost('![A chart of sales](C:\\Users\\me\\Pictures\\chart.png)', '', '![A photo of a dog](/Users/me/Desktop/dog.png)'),
    });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'image-local-path', severity: 'error', line: 6, column: 1, message: message('C:\\Users\\me\\Pictures\\chart.png') },
      { ruleId: 'image-local-path', severity: 'error', line: 8, column: 1, message: message('/Users/me/Desktop/dog.png') },
    ]);
  });

  it('is silent for repository paths', async () => {
    const { report } = await lint({ [POST]: jekyllPost('![A photo of a dog](/assets/dog.png)'), 'assets/dog.png': 'png' });
    expectClean(report);
  });
});

describe('image-outside-repo', () => {
  const message = (url: string) => `Image \`${url}\` points outside the repository, so it will not be published: copy the image into the repository and link it from there.`;

  it('flags a `../` path that climbs out of the repository', async () => {
    const { code, report } = await lint({ [POST]: jekyllPost('![The password file](../../../../etc/passwd)') });
    expect(seen(report, { severity: true })).toEqual([{ ruleId: 'image-outside-repo', severity: 'error', line: 6, column: 1, message: message('../../../../etc/passwd') }]);
    expect(code).toBe(1);
  });

  it('is silent for a `../` path that stays inside', async () => {
    const { report } = await lint({ [POST]: jekyllPost('![A diagram of the flow](../assets/flow.png)'), 'assets/flow.png': 'png' });
    expectClean(report);
  });

  describe('a symlink in the repository to a file outside it', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('is reported as outside, and the linter never reads the target', async () => {
      const outside = await tempDir('bpl-outside-');
      temporary.push(outside);
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
});

describe('image-missing', () => {
  const missing = (url: string, looked: string) => `Image \`${url}\` does not exist in the repository (looked for \`${looked}\`): add the file, or correct the path.`;

  it('flags an absent image', async () => {
    const { code, report } = await lint({ [POST]: jekyllPost('![A photo of the venue](/assets/venue.png)') });
    expect(seen(report, { severity: true })).toEqual([{ ruleId: 'image-missing', severity: 'error', line: 6, column: 1, message: missing('/assets/venue.png', 'assets/venue.png') }]);
    expect(code).toBe(1);
  });

  it('flags a case mismatch with the name on disk', async () => {
    const { report } = await lint({ [POST]: jekyllPost('![A photo of the venue](/assets/Photo.PNG)'), 'assets/photo.png': 'png' });
    expect(seen(report)).toEqual([
      { ruleId: 'image-missing', line: 6, column: 1, message: 'Image `/assets/Photo.PNG` is `assets/photo.png` on disk: the case differs, so it breaks on GitHub Pages; write `/assets/photo.png`.' },
    ]);
    const exact = await lint({ [POST]: jekyllPost('![A photo of the venue](/assets/photo.png)'), 'assets/photo.png': 'png' });
    expectClean(exact.report);
  });

  it('decodes `%20`, and resolves a kramdown-style destination with a raw space', async () => {
    const { report } = await lint({
      [POST]: jekyllPost('![The stage from the back](/assets/my%20image.png)', '', '![The stage from the front](/assets/my image.png)', '', '![The empty hall](/assets/our image.png)'),
      'assets/my image.png': 'png',
    });
    // The third one is absent: it shows the raw-space form is looked up, not skipped.
    expect(seen(report)).toEqual([{ ruleId: 'image-missing', line: 10, column: 1, message: missing('/assets/our image.png', 'assets/our image.png') }]);
  });

  it('hugo: `/img/x.png` is found in `static/img/x.png`', async () => {
    const { report } = await lint(
      { [HUGO_POST]: post(['title: Hello', 'date: 2025-01-01'], '![A map of the route](/img/x.png)', '', '![A map of the return](/img/y.png)'), 'static/img/x.png': 'png' },
      ['--preset', 'hugo'],
    );
    expect(seen(report)).toEqual([{ ruleId: 'image-missing', line: 8, column: 1, message: missing('/img/y.png', 'static/img/y.png') }]);
  });

  it('hugo: a page bundle image next to `index.md` is found', async () => {
    const file = 'content/posts/trip/index.md';
    const { report } = await lint(
      { [file]: post(['title: Trip', 'date: 2025-01-01'], '![The cover photo](cover.png)', '', '![The second photo](second.png)'), 'content/posts/trip/cover.png': 'png' },
      ['--preset', 'hugo'],
    );
    expect(seen(report, { file: true })).toEqual([{ file, ruleId: 'image-missing', line: 8, column: 1, message: missing('second.png', 'content/posts/trip/second.png') }]);
  });

  it('chirpy: `media_subpath` resolves a bare name under it', async () => {
    const { report } = await lint({
      [POST]: post(['title: Hello', 'date: 2025-01-01', 'media_subpath: /posts/x'], '![A diagram of the cache](a.png)', '', '![A diagram of the queue](b.png)'),
      'posts/x/a.png': 'png',
    });
    expect(seen(report)).toEqual([{ ruleId: 'image-missing', line: 9, column: 1, message: missing('b.png', 'posts/x/b.png') }]);
  });

  it('with `cdn:` in _config.yml, site paths are served from the CDN: no missing report', async () => {
    const files = { [POST]: jekyllPost('![A photo of the venue](/assets/venue.png)') };
    const withCdn = await lint({ ...files, '_config.yml': text('cdn: https://cdn.example.com') });
    expectClean(withCdn.report);
    const without = await lint({ ...files, '_config.yml': text('title: My blog') });
    expect(linesByRule(covered(without.report))).toEqual({ 'image-missing': [6] });
  });
});

// ---------------------------------------------------------------------------------------------
// Positions, encodings and Unicode

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

// ---------------------------------------------------------------------------------------------
// Config and remark-lint

describe('re-levelling rules in .blog-post-lint.yml', () => {
  const body = jekyllPost('## Section', '', '#### Too deep', '', '![](https://example.com/a.png)');

  it('by default: heading-increment and image-alt-missing are warnings (exit 0)', async () => {
    const { code, report } = await lint({ [POST]: body });
    expect(seen(report, { severity: true, column: false })).toEqual([
      { ruleId: 'heading-increment', severity: 'warning', line: 8, message: 'This heading jumps from level 2 to level 4: make it level 3 (`###`), so no level is skipped.' },
      { ruleId: 'image-alt-missing', severity: 'warning', line: 10, message: 'Image `https://example.com/a.png` has no alt text; describe what it shows.' },
    ]);
    expect(code).toBe(0);
  });

  it('`image-alt-missing: error` raises it (exit 1), `heading-increment: off` silences it', async () => {
    const { code, report } = await lint({ [POST]: body, '.blog-post-lint.yml': text('rules:', '  image-alt-missing: error', '  heading-increment: off') });
    expect(seen(report, { severity: true, column: false })).toEqual([
      { ruleId: 'image-alt-missing', severity: 'error', line: 10, message: 'Image `https://example.com/a.png` has no alt text; describe what it shows.' },
    ]);
    expect(code).toBe(1);
  });
});

describe('remark-lint rules', () => {
  it('heading-increment: h2 then h4 is reported on the h4 line', async () => {
    const { report } = await lint({ [POST]: jekyllPost('## Section', '', 'Text.', '', '#### Too deep') });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'heading-increment', severity: 'warning', line: 10, column: 1, message: 'This heading jumps from level 2 to level 4: make it level 3 (`###`), so no level is skipped.' },
    ]);
  });

  it('heading-increment: h2, h3, h4 is fine', async () => {
    const { report } = await lint({ [POST]: jekyllPost('## Section', '', '### Sub', '', '#### Subsub') });
    expectClean(report);
  });

  it('no-empty-url: `[x]()` is an error at the link', async () => {
    const { code, report } = await lint({ [POST]: jekyllPost('Read [the docs]() first.') });
    expect(seen(report, { severity: true })).toEqual([
      { ruleId: 'no-empty-url', severity: 'error', line: 6, column: 6, message: 'This link has an empty URL, so it goes nowhere: put the address between the parentheses, or remove the link.' },
    ]);
    expect(code).toBe(1);
  });

  it('no-empty-url: a link with a URL is fine', async () => {
    const { report } = await lint({ [POST]: jekyllPost('Read [the docs](https://example.com/docs) first.') });
    expectClean(report);
  });

  it('unordered-list-marker-style: reported once per post, counting the rest', async () => {
    const { report } = await lint({ [POST]: jekyllPost('- one', '- two', '', 'Text.', '', '* three', '* four', '', 'Text.', '', '+ five') });
    expect(seen(report, { severity: true })).toEqual([
      {
        ruleId: 'unordered-list-marker-style',
        severity: 'warning',
        line: 11,
        column: 1,
        message: 'This list item starts with `*`, but the post\'s first list uses `-`: start every list item with `-`. (and 2 more like it in this post)',
      },
    ]);
  });

  it('unordered-list-marker-style: one inconsistent item has no "more" suffix', async () => {
    const { report } = await lint({ [POST]: jekyllPost('- one', '- two', '', 'Text.', '', '* three') });
    expect(seen(report)).toEqual([{ ruleId: 'unordered-list-marker-style', line: 11, column: 1, message: 'This list item starts with `*`, but the post\'s first list uses `-`: start every list item with `-`.' }]);
  });

  it('unordered-list-marker-style: one marker throughout is fine', async () => {
    const { report } = await lint({ [POST]: jekyllPost('- one', '- two', '', 'Text.', '', '- three') });
    expectClean(report);
  });
});

// ---------------------------------------------------------------------------------------------
// Posts that cannot be linted

describe('file-unreadable', () => {
  it('an oversized, a binary and a non-UTF-8 post each get exactly one error; the others are still linted', async () => {
    const big = jekyllPost('x'.repeat(2000));
    const files: Record<string, string | Uint8Array> = {
      '_posts/2025-01-01-big.md': big,
      '_posts/2025-01-02-binary.md': Buffer.concat([Buffer.from(jekyllPost('Before the NUL')), Buffer.from([0]), Buffer.from('after\n')]),
      // "café" saved as Latin-1 on line 8: byte 4 of the line is 0xE9.
      '_posts/2025-01-03-latin1.md': Buffer.concat([Buffer.from(jekyllPost('Line six.', '')), Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]),
      '_posts/2025-01-04-untitled.md': post(['date: 2025-01-04'], 'Body.'),
      '_posts/2025-01-05-clean.md': post(['title: Clean', 'date: 2025-01-05'], 'Body.'),
    };
    const { code, report } = await lint(files, ['--max-file-size', '1KB']);
    expect(report.files).toEqual(Object.keys(files));
    expect(seen(report, { file: true, severity: true })).toEqual([
      {
        file: '_posts/2025-01-01-big.md',
        ruleId: 'file-unreadable',
        severity: 'error',
        line: 1,
        column: 1,
        message: `File is ${Buffer.byteLength(big)} bytes, over the 1024-byte limit (max-file-size); not linted.`,
      },
      { file: '_posts/2025-01-02-binary.md', ruleId: 'file-unreadable', severity: 'error', line: 1, column: 1, message: 'File looks binary (it contains a NUL byte); not linted.' },
      {
        file: '_posts/2025-01-03-latin1.md',
        ruleId: 'file-unreadable',
        severity: 'error',
        line: 8,
        column: 1,
        message: 'File is not valid UTF-8 (first bad byte at line 8, byte 4); save it as UTF-8.',
      },
      { file: '_posts/2025-01-04-untitled.md', ruleId: 'required-keys', severity: 'error', line: 1, column: 1, message: 'The frontmatter has no `title:`, which is required: add a `title:` line.' },
    ]);
    expect(code).toBe(1);
  });

  it('without the size limit, the same big post is linted normally', async () => {
    const { report } = await lint({ [POST]: jekyllPost('x'.repeat(2000)) });
    expectClean(report);
  });
});
