// The CLI as a user meets it, run in-process through `main()`: exit codes, the three formats,
// --output, languages, config errors, progress, terminal safety, path selection, --rules/--help.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintJson, makeBlog, projectRoot, runCli, type CliRun, tempDir } from './helpers.js';
import { allRules } from '../src/rules/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../src/core/version.js';
import type { JsonReport } from '../src/report/json.js';

const exampleBlog = path.join(projectRoot, 'examples', 'blog');
const packageJson = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

const post = (title: string, date = '2025-03-03', body = 'Some text.\n') => `---\ntitle: ${title}\ndate: ${date} 21:00:00 +0900\ntags: [notes]\n---\n\n${body}`;
const CLEAN = post('A clean post');
/** One warning (heading-increment: h2 then h4), no errors. */
const WARNING_ONLY = post('Only a warning', '2025-03-04', '## Section\n\nText.\n\n#### Too deep\n\nMore text.\n');
/** One error (required-keys: no title). */
const ERROR = '---\ndate: 2025-03-05 21:00:00 +0900\ntags: [notes]\n---\n\nText.\n';

const STACK_TRACE = /\n\s+at /;

/** A usage error: exit 2, nothing on stdout, one `blog-post-lint: ...` line on stderr (as the README
 * says), and never a stack trace. Returns the error line. */
function expectUsageError(run: CliRun, mentions: string | RegExp): string {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_TRACE);
  const lines = run.stderr.trimEnd().split('\n');
  const first = lines[0]!;
  expect(first.startsWith(`${TOOL_NAME}: `), run.stderr).toBe(true);
  expect(first).toMatch(mentions);
  expect(lines, run.stderr).toHaveLength(1);
  return first;
}

describe('exit codes', () => {
  it('0 when every post is clean', async () => {
    const root = await makeBlog({ '_posts/2025-03-03-clean.md': CLEAN });
    const run = await runCli([], root);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('No problems in 1 post.\n');
  });

  it('1 on errors with the default --fail-on (error); 0 with --fail-on never', async () => {
    const root = await makeBlog({ '_posts/2025-03-03-clean.md': CLEAN, '_posts/2025-03-05-error.md': ERROR });
    const failing = await runCli([], root);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('required-keys');
    expect(failing.stdout).toContain('1 error and 0 warnings in 1 of 2 posts.');
    expect((await runCli(['--fail-on', 'error'], root)).code).toBe(1);
    expect((await runCli(['--fail-on', 'warning'], root)).code).toBe(1);
    const never = await runCli(['--fail-on', 'never'], root);
    expect(never.code).toBe(0);
    // --fail-on changes the exit code, not the report.
    expect(never.stdout).toBe(failing.stdout);
  });

  it('warnings alone: 0 by default, 1 with --fail-on warning, 0 with --fail-on never', async () => {
    const root = await makeBlog({ '_posts/2025-03-03-clean.md': CLEAN, '_posts/2025-03-04-warning.md': WARNING_ONLY });
    const { report } = await lintJson([], root);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(report.problems.map((p) => p.ruleId)).toEqual(['heading-increment']);
    expect((await runCli([], root)).code).toBe(0);
    expect((await runCli(['--fail-on', 'warning'], root)).code).toBe(1);
    expect((await runCli(['--fail-on', 'never'], root)).code).toBe(0);
  });

  it('examples/blog fails with its deliberate errors', async () => {
    expect((await runCli([], exampleBlog)).code).toBe(1);
    expect((await runCli(['--fail-on', 'never'], exampleBlog)).code).toBe(0);
  });

  describe('2 for usage errors, with one clear line and no stack trace', () => {
    let root: string;
    let outside: string;
    beforeAll(async () => {
      root = await makeBlog({ '_posts/2025-03-03-clean.md': CLEAN });
      outside = await makeBlog({ 'elsewhere.md': CLEAN });
    });

    it('an unknown flag', async () => {
      expectUsageError(await runCli(['--bogus'], root), /--bogus/);
    });
    it('a bad --format', async () => {
      expectUsageError(await runCli(['--format', 'xml'], root), /--format.*"xml"/);
    });
    it('a bad --preset', async () => {
      expectUsageError(await runCli(['--preset', 'wordpress'], root), /--preset.*"wordpress"/);
    });
    it('a bad --fail-on and a bad --lang', async () => {
      expectUsageError(await runCli(['--fail-on', 'sometimes'], root), /--fail-on.*"sometimes"/);
      expectUsageError(await runCli(['--lang', 'fr'], root), /--lang.*"fr"/);
    });
    it('a flag without its value', async () => {
      expectUsageError(await runCli(['--output'], root), /--output/);
    });
    it('a path that does not exist', async () => {
      expectUsageError(await runCli(['_posts/2025-01-01-nope.md'], root), /_posts\/2025-01-01-nope\.md: no such file or folder/);
    });
    it('a path outside the root', async () => {
      const file = path.join(outside, 'elsewhere.md');
      expectUsageError(await runCli([file], root), new RegExp(`${escapeRegExp(file)}: outside the blog's root`));
      // Relative, through `..`, too.
      const relative = path.relative(root, file);
      expect(relative.startsWith('..')).toBe(true);
      expectUsageError(await runCli([relative], root), /outside the blog's root/);
    });
    it('a --cwd that does not exist', async () => {
      expectUsageError(await runCli(['--cwd', 'no-such-folder'], root), /--cwd .*no-such-folder does not exist/);
    });
  });
});

describe('--format json on examples/blog', () => {
  let run: CliRun;
  let report: JsonReport;
  beforeAll(async () => {
    // The example blog declares `lang: ko-KR`; English is asked for here, as the messages below are.
    run = await runCli(['--format', 'json', '--lang', 'en'], exampleBlog);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  it('prints only the JSON document and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it('has the documented top-level shape', () => {
    expect(Object.keys(report).sort()).toEqual(['files', 'lang', 'preset', 'presetReason', 'problems', 'summary', 'tool', 'version']);
    // No --preset and no config preset: the engine is detected, and the report says why.
    expect(report.presetReason).toBe('detected jekyll (_config.yml and _posts/)');
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'blog-post-lint', version: packageJson.version });
    expect(report.preset).toBe('jekyll');
    expect(report.lang).toBe('en'); // the test asks for English; the JSON says which, for --merge
    expect(Object.keys(report.summary).sort()).toEqual(['errors', 'files', 'filesWithProblems', 'fixable', 'warnings']);
    // The deliberate problems of examples/blog (rules added later may only add to them).
    expect(report.summary).toMatchObject({ files: 5, filesWithProblems: 4 });
    expect(report.summary.errors).toBeGreaterThanOrEqual(9);
    expect(report.summary.warnings).toBeGreaterThanOrEqual(6);
    expect(report.summary.fixable).toBe(report.problems.filter((p) => p.fix).length);
    expect(report.files).toEqual([
      '_posts/2025-01-12-first-spring-boot-deploy.md',
      '_posts/2025-02-18-hackathon-retrospective.md',
      '_posts/2025-03-03-github-actions-npm-cache.md',
      '_posts/2025-04-10-redis-cache-notes.md',
      '_posts/2025-05-20-til-docker-compose.md',
    ]);
  });

  it('problems carry file, positions, rule, severity and message', () => {
    expect(report.problems.length).toBeGreaterThanOrEqual(15);
    for (const problem of report.problems) {
      expect(Object.keys(problem).filter((key) => key !== 'fix').sort()).toEqual(['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity']);
      // An optional fix is a list of edits: [start, end) offsets and the replacement text.
      for (const edit of problem.fix?.edits ?? []) {
        expect(edit.range).toHaveLength(2);
        expect(edit.range[0]).toBeLessThanOrEqual(edit.range[1]);
        expect(typeof edit.text).toBe('string');
      }
      expect(report.files).toContain(problem.file);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.endLine).toBeGreaterThanOrEqual(problem.line);
      if (problem.endLine === problem.line) expect(problem.endColumn).toBeGreaterThanOrEqual(problem.column);
      expect(['error', 'warning']).toContain(problem.severity);
      expect(allRules.map((rule) => rule.id)).toContain(problem.ruleId);
      expect(problem.message.length).toBeGreaterThan(0);
    }
    // The summary agrees with the list.
    expect(report.problems.filter((p) => p.severity === 'error')).toHaveLength(report.summary.errors);
    expect(report.problems.filter((p) => p.severity === 'warning')).toHaveLength(report.summary.warnings);
    expect(new Set(report.problems.map((p) => p.file)).size).toBe(report.summary.filesWithProblems);
  });

  it('reports the deliberate problems where they are', () => {
    const found = report.problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '_posts/2025-01-12-first-spring-boot-deploy.md:8 warning title-heading-duplicate',
        '_posts/2025-01-12-first-spring-boot-deploy.md:15 warning image-alt-placeholder',
        '_posts/2025-01-12-first-spring-boot-deploy.md:15 error image-file-url',
        '_posts/2025-01-12-first-spring-boot-deploy.md:22 warning image-alt-missing',
        '_posts/2025-01-12-first-spring-boot-deploy.md:29 warning image-alt-placeholder',
        '_posts/2025-01-12-first-spring-boot-deploy.md:29 error image-local-path',
        '_posts/2025-02-18-hackathon-retrospective.md:2 error key-case',
        '_posts/2025-02-18-hackathon-retrospective.md:3 error key-case',
        '_posts/2025-02-18-hackathon-retrospective.md:4 error key-case',
        '_posts/2025-02-18-hackathon-retrospective.md:5 warning empty-value',
        '_posts/2025-02-18-hackathon-retrospective.md:19 error image-missing',
        '_posts/2025-04-10-redis-cache-notes.md:1 error required-keys',
        '_posts/2025-04-10-redis-cache-notes.md:2 error date-invalid',
        '_posts/2025-04-10-redis-cache-notes.md:15 warning heading-increment',
        '_posts/2025-05-20-til-docker-compose.md:1 error frontmatter-missing',
      ]),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: '_posts/2025-04-10-redis-cache-notes.md',
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 17,
        ruleId: 'date-invalid',
        severity: 'error',
        message: '`date: 2025-13-45` is not a real date (month 1-12, day within the month, time up to 23:59): correct it.',
      }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: '_posts/2025-05-20-til-docker-compose.md', line: 1, ruleId: 'frontmatter-missing', severity: 'error' }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: '_posts/2025-02-18-hackathon-retrospective.md', line: 19, ruleId: 'image-missing', severity: 'error' }),
    );
    const keyCase = report.problems.filter((p) => p.ruleId === 'key-case').map((p) => [p.file, p.line]);
    expect(keyCase).toEqual([
      ['_posts/2025-02-18-hackathon-retrospective.md', 2],
      ['_posts/2025-02-18-hackathon-retrospective.md', 3],
      ['_posts/2025-02-18-hackathon-retrospective.md', 4],
    ]);
    // The one clean post is listed in files but has no problems.
    expect(report.problems.some((p) => p.file === '_posts/2025-03-03-github-actions-npm-cache.md')).toBe(false);
  });
});

describe('--format sarif on examples/blog', () => {
  interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
  }
  interface Sarif {
    $schema: string;
    version: string;
    runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: SarifResult[] }[];
  }
  let sarif: Sarif;
  let json: JsonReport;
  let code: number;
  beforeAll(async () => {
    const run = await runCli(['--format', 'sarif'], exampleBlog);
    code = run.code;
    sarif = JSON.parse(run.stdout) as Sarif;
    json = (await lintJson([], exampleBlog)).report;
  });

  it('is SARIF 2.1.0 with one run of blog-post-lint', () => {
    expect(code).toBe(1);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0]!.tool.driver;
    expect(driver.name).toBe('blog-post-lint');
    expect(driver.version).toBe(packageJson.version);
    expect(Array.isArray(driver.rules)).toBe(true);
    // Every rule used by a result is described, once.
    const ids = driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(json.problems.map((p) => p.ruleId)));
  });

  it('has one result per JSON problem, with level, message and location', () => {
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(json.problems.length);
    run.results.forEach((result, i) => {
      const problem = json.problems[i]!;
      expect(result.ruleId).toBe(problem.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(result.level);
      expect(result.level).toBe(problem.severity);
      expect(result.message.text).toBe(problem.message);
      expect(result.locations).toHaveLength(1);
      const location = result.locations[0]!.physicalLocation;
      expect(decodeURI(location.artifactLocation.uri)).toBe(problem.file);
      expect(location.region.startLine).toBe(problem.line);
      expect(location.region.startColumn).toBe(problem.column);
    });
  });
});

describe('--output', () => {
  it('writes the report to the file and nothing to stdout', async () => {
    const root = await makeBlog({ '_posts/2025-03-05-error.md': ERROR });
    const run = await runCli(['--format', 'json', '--output', 'report.json'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const written = JSON.parse(await fs.readFile(path.join(root, 'report.json'), 'utf8')) as JsonReport;
    expect(written.summary).toMatchObject({ files: 1, errors: 1 });
    expect(written.problems[0]).toMatchObject({ file: '_posts/2025-03-05-error.md', ruleId: 'required-keys' });
  });

  it('writes text without colour codes to an absolute path', async () => {
    const root = await makeBlog({ '_posts/2025-03-05-error.md': ERROR });
    const out = path.join(await tempDir('bpl-out-'), 'lint.txt');
    const run = await runCli(['--output', out], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const text = await fs.readFile(out, 'utf8');
    expect(text).toContain('_posts/2025-03-05-error.md');
    expect(text).toContain('required-keys');
    expect(text).not.toContain('\u001b');
  });
});

describe('languages', () => {
  const HANGUL = /[\uac00-\ud7a3]/;

  it('--lang ko prints Korean messages and a Korean summary line', async () => {
    const run = await runCli(['--lang', 'ko'], exampleBlog);
    expect(run.code).toBe(1);
    const { report } = await lintJson([], exampleBlog);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toContain(`글 5개 중 4개에서 오류 ${report.summary.errors}개, 경고 ${report.summary.warnings}개를 찾았습니다.`);
    expect(run.stdout).not.toMatch(/\d+ errors? and \d+ warnings?/);
    expect(run.stdout).not.toContain('is not a real date');
    // Every problem line is in Korean too, with a Korean severity label.
    const problemLines = lines.filter((line) => /^\s+\d+:\d+\s/.test(line));
    expect(problemLines).toHaveLength(report.problems.length);
    for (const line of problemLines) {
      expect(line).toMatch(HANGUL);
      expect(line).toMatch(/^\s+\d+:\d+\s+(오류|경고)\s/);
    }
    // Every line after the file blocks (the summary, and the fixable count if any) is Korean.
    for (const line of lines.slice(lines.lastIndexOf('') + 1)) expect(line).toMatch(HANGUL);
  });

  it('`lang: ko` in .blog-post-lint.yml does the same; --lang en overrides it', async () => {
    const root = await makeBlog({ '.blog-post-lint.yml': 'lang: ko\n', '_posts/2025-03-05-error.md': ERROR });
    const run = await runCli([], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('글 1개 중 1개에서 오류 1개, 경고 0개를 찾았습니다.');
    expect(run.stdout).not.toContain('which is required');
    expect(run.stdout).toMatch(/^\s+1:1\s+오류\s+.*[\uac00-\ud7a3].*required-keys$/m);
    const english = await runCli(['--lang', 'en'], root);
    expect(english.stdout).not.toMatch(HANGUL);
    expect(english.stdout).toContain('1 error and 0 warnings in 1 of 1 post.');
  });

  it('with no --lang and no config lang, a Jekyll site\'s `lang: ko-KR` makes the run Korean; --lang en wins', async () => {
    const root = await makeBlog({ '_config.yml': 'title: 블로그\nlang: ko-KR\n', '_posts/2025-03-05-error.md': ERROR });
    const run = await runCli([], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('글 1개 중 1개에서 오류 1개, 경고 0개를 찾았습니다.');
    expect(run.stdout).not.toContain('which is required');
    const english = await runCli(['--lang', 'en'], root);
    expect(english.stdout).not.toMatch(HANGUL);
    expect(english.stdout).toContain('1 error and 0 warnings in 1 of 1 post.');
  });

  it('the config file\'s `lang: en` wins over the site\'s language', async () => {
    const root = await makeBlog({ '_config.yml': 'lang: ko\n', '.blog-post-lint.yml': 'lang: en\n', '_posts/2025-03-05-error.md': ERROR });
    const run = await runCli([], root);
    expect(run.stdout).not.toMatch(HANGUL);
    expect(run.stdout).toContain('1 error and 0 warnings in 1 of 1 post.');
  });

  it('a Hugo site\'s `languageCode = "ko-kr"` makes the run Korean', async () => {
    const root = await makeBlog({ 'hugo.toml': 'baseURL = "https://example.org/"\nlanguageCode = "ko-kr"\ntitle = "블로그"\n', 'content/posts/first.md': '---\ndate: 2025-03-05\n---\n\n본문.\n' });
    const run = await runCli([], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\s+1:1\s+오류\s+.*[\uac00-\ud7a3].*required-keys$/m);
    expect(run.stdout).toContain('글 1개 중 1개에서 오류 1개');
  });

  it('a language we have no messages in (`lang: ja`), or none at all, is English', async () => {
    for (const config of ['lang: ja\n', 'title: blog\n']) {
      const root = await makeBlog({ '_config.yml': config, '_posts/2025-03-05-error.md': ERROR });
      const run = await runCli([], root);
      expect(run.stdout, config).not.toMatch(HANGUL);
      expect(run.stdout, config).toContain('1 error and 0 warnings in 1 of 1 post.');
    }
  });

  it('a clean run in Korean', async () => {
    const root = await makeBlog({ '_posts/2025-03-03-clean.md': CLEAN });
    const run = await runCli(['--lang', 'ko'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('글 1개에서 문제를 찾지 못했습니다.\n');
  });
});

describe('config errors', () => {
  it('an unknown key names the file and line, exit 2', async () => {
    const root = await makeBlog({
      '.blog-post-lint.yml': 'preset: jekyll\nlang: en\nfail_on: warning\n',
      '_posts/2025-03-03-clean.md': CLEAN,
    });
    const run = await runCli([], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('.blog-post-lint.yml:3');
    expect(run.stderr).toContain('fail_on');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an unknown rule id names its line too', async () => {
    const root = await makeBlog({
      '.blog-post-lint.yml': 'rules:\n  heading-increment: off\n  image-alt-mising: warning\n',
      '_posts/2025-03-03-clean.md': CLEAN,
    });
    const run = await runCli([], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.blog-post-lint.yml:3');
    expect(run.stderr).toContain('image-alt-mising');
  });

  it('a misspelt rule option is an error at its line, with a suggestion, not silently ignored', async () => {
    const root = await makeBlog({ '.blog-post-lint.yml': 'rules:\n  image-insecure: { sevrity: off }\n', '_posts/2025-03-03-clean.md': CLEAN });
    const run = await runCli([], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('.blog-post-lint.yml:2: rule `image-insecure` has no option `sevrity`');
    expect(run.stderr).toContain('did you mean `severity`?');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('--config naming a missing file, exit 2', async () => {
    const root = await makeBlog({ '_posts/2025-03-03-clean.md': CLEAN });
    const run = await runCli(['--config', 'missing.yml'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('missing.yml');
    expect(run.stderr).toMatch(/not found/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('--config naming an existing file uses it', async () => {
    const root = await makeBlog({ 'lint.yml': 'rules:\n  required-keys: off\n', '_posts/2025-03-05-error.md': ERROR });
    expect((await runCli([], root)).code).toBe(1);
    const run = await runCli(['--config', 'lint.yml'], root);
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });
});

describe('progress on stderr', () => {
  let root: string;
  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let day = 1; day <= 25; day++) {
      const date = `2025-03-${String(day).padStart(2, '0')}`;
      files[`_posts/${date}-post-${day}.md`] = post(`Post ${day}`, date);
    }
    root = await makeBlog(files);
  });

  it('shows N/M posts at a terminal with 20 posts or more, and clears the line', async () => {
    const run = await runCli([], root, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/\d+\/25 posts/);
    expect(run.stderr).toContain('25/25 posts');
    expect(run.stderr.endsWith('\r\u001b[K')).toBe(true);
    // The report itself is untouched.
    expect(run.stdout).toBe('No problems in 25 posts.\n');
  });

  it('writes nothing to stderr without a terminal', async () => {
    const run = await runCli([], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('writes nothing for fewer than 20 posts, even at a terminal (but the detected engine)', async () => {
    const small = await makeBlog({ '_posts/2025-03-03-clean.md': CLEAN });
    const run = await runCli([], small, { tty: true });
    expect(run.stderr).toBe('blog-post-lint: detected jekyll (_posts/)\n');
    expect((await runCli(['--preset', 'jekyll'], small, { tty: true })).stderr).toBe('');
  });
});

describe('terminal safety of the text format', () => {
  it('never writes a raw ESC (or other control character) from a post to stdout', async () => {
    // YAML "\e" is ESC and "\a" is BEL; the H1 repeats the title with raw control bytes and a C1 CSI.
    const root = await makeBlog({
      '_posts/2025-03-03-ansi.md': [
        '---',
        'title: "Red \\e[31mAlert\\a \\e]0;pwned\\a \\x9b2J"',
        'date: 2025-03-03 21:00:00 +0900',
        '"Bad\\e[2Jkey":',
        '---',
        '',
        '# Red \u001b[31mAlert\u0007 \u001b]0;pwned\u0007 \u009b2J',
        '',
        'Text.',
        '',
      ].join('\n'),
      '_posts/2025-03-04-\u001b[31mname.md': post('Name with escape', '2025-03-04', '## A\n\n#### B\n'),
    });
    const { report } = await lintJson([], root);
    // The problems really do carry the control characters (so the test tests something)...
    const raw = report.problems.map((p) => p.message + p.file).join('\n');
    expect(raw).toContain('\u001b');
    expect(report.problems.map((p) => p.ruleId)).toEqual(expect.arrayContaining(['empty-value', 'title-heading-duplicate', 'heading-increment']));
    // ...and the text format drops them.
    for (const args of [[], ['--lang', 'ko'], ['--no-color']]) {
      const run = await runCli(args, root);
      expect(run.stdout).toContain('Alert');
      expect(run.stdout).not.toContain('\u001b');
      expect(run.stdout).not.toContain('\u0007');
      expect(run.stdout).not.toContain('\u009b');
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});

describe('choosing posts', () => {
  let root: string;
  beforeAll(async () => {
    root = await makeBlog({
      '_posts/2024-12-31-last-year.md': post('Last year', '2024-12-31'),
      '_posts/2025-01-02-new-year.md': post('New year', '2025-01-02'),
      '_posts/2025-02-03-february.md': post('February', '2025-02-03'),
      '_posts/nested/2025-03-04-nested.md': post('Nested', '2025-03-04'),
      '_drafts/draft.md': post('A draft', '2025-03-05'),
      'pages/about.md': post('About', '2025-03-05'),
    });
  });
  const files = async (args: string[]) => {
    const { code, report, stderr } = await lintJson(args, root);
    expect(code, stderr).toBe(0);
    return report.files;
  };

  it('no positionals: the preset folders', async () => {
    expect(await files([])).toEqual(['_drafts/draft.md', '_posts/2024-12-31-last-year.md', '_posts/2025-01-02-new-year.md', '_posts/2025-02-03-february.md', '_posts/nested/2025-03-04-nested.md']);
  });

  it('a glob', async () => {
    expect(await files(['_posts/2025-*.md'])).toEqual(['_posts/2025-01-02-new-year.md', '_posts/2025-02-03-february.md']);
    expect(await files(['_posts/**/2025-*.md'])).toEqual(['_posts/2025-01-02-new-year.md', '_posts/2025-02-03-february.md', '_posts/nested/2025-03-04-nested.md']);
  });

  it('a folder, with or without ./ and a trailing slash', async () => {
    const expected = ['_posts/2024-12-31-last-year.md', '_posts/2025-01-02-new-year.md', '_posts/2025-02-03-february.md', '_posts/nested/2025-03-04-nested.md'];
    expect(await files(['_posts'])).toEqual(expected);
    expect(await files(['./_posts/'])).toEqual(expected);
    expect(await files(['pages'])).toEqual(['pages/about.md']);
  });

  it('files, relative and absolute, and several positionals', async () => {
    expect(await files(['_posts/2025-02-03-february.md'])).toEqual(['_posts/2025-02-03-february.md']);
    expect(await files([path.join(root, '_drafts', 'draft.md')])).toEqual(['_drafts/draft.md']);
    expect(await files(['_drafts', '_posts/2024-*.md'])).toEqual(['_drafts/draft.md', '_posts/2024-12-31-last-year.md']);
  });

  it('--cwd points at the blog from elsewhere', async () => {
    const elsewhere = await tempDir('bpl-cwd-');
    const { report } = await lintJson(['--cwd', root, '_posts/2025-*.md'], elsewhere);
    expect(report.files).toEqual(['_posts/2025-01-02-new-year.md', '_posts/2025-02-03-february.md']);
  });

  it('a glob that matches nothing is exit 2 with one line', async () => {
    const run = await runCli(['_posts/1999-*.md'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^blog-post-lint: no posts matched _posts\/1999-\*\.md/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('--rules, --help, --version', () => {
  const parseRules = (stdout: string) =>
    new Map(
      stdout
        .split('\n')
        .map((line) => /^(\S+)\s+(error|warning|off)\s+\S/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[1]!, match[2]!]),
    );

  it('--rules lists every rule id with its severity, exit 0', async () => {
    const root = await makeBlog({});
    const run = await runCli(['--rules'], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // An empty folder has nothing of any engine: plain markdown, and the list says why.
    expect(run.stdout.startsWith('preset: markdown (detected markdown (no _config.yml with _posts/')).toBe(true);
    const listed = parseRules(run.stdout);
    expect([...listed.keys()]).toEqual(allRules.map((rule) => rule.id));
    expect(listed.get('file-unreadable')).toBe('error');
    expect(listed.get('image-missing')).toBe('error');
    expect(listed.get('heading-increment')).toBe('warning');
  });

  it('--rules shows the severities the config sets, and the chosen preset', async () => {
    const root = await makeBlog({ '.blog-post-lint.yml': 'rules:\n  heading-increment: off\n  image-alt-missing: error\n' });
    const run = await runCli(['--rules', '--preset', 'hugo'], root);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('preset: hugo (--preset hugo)\n')).toBe(true);
    const listed = parseRules(run.stdout);
    expect(listed.size).toBe(allRules.length);
    // Hugo reads `Title:` as `title`: key-case is off there, and the list says it is the engine's doing.
    expect(listed.get('key-case')).toBe('off');
    expect(run.stdout).toMatch(/^key-case\s+off\s+\[off by default on hugo\] /m);
    expect(listed.get('heading-increment')).toBe('off');
    expect(listed.get('image-alt-missing')).toBe('error');
  });

  it('--help and -h print the usage, exit 0', async () => {
    const root = await makeBlog({});
    for (const flag of ['--help', '-h']) {
      const run = await runCli([flag], root);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Usage: blog-post-lint /);
      for (const option of ['--preset', '--config', '--format', '--output', '--lang', '--fail-on', '--max-file-size', '--cwd', '--rules', '--version']) {
        expect(run.stdout).toContain(option);
      }
    }
  });

  it('--version and -v print the package.json version', async () => {
    const root = await makeBlog({});
    for (const flag of ['--version', '-v']) {
      const run = await runCli([flag], root);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${packageJson.version}\n`);
    }
  });

  it('src/core/version.ts is in step with package.json', () => {
    expect(TOOL_VERSION).toBe(packageJson.version);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
