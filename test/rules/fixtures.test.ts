// One harness for every rule's fixtures (test/rules/README.md describes the format). Each fixture
// site is copied to a temporary folder and linted as a user's blog would be; every post's findings
// must be exactly its `<name>.expected`, `--fix` must turn it into exactly `<name>.fixed.<ext>`, and
// the fixed post, linted again, must get none of the folder's rule's fixable findings, and exactly the
// findings of its `<name>.fixed.expected`.
// `UPDATE_FIXTURES=1 npx vitest run test/rules/fixtures.test.ts` writes what the linter says into the
// .expected and .fixed files: read the diff before committing it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { NOW, runCli, tempDir } from '../helpers.js';
import { buildBundle, runBundle } from '../hostile/bundle.js';
import { copySite, fixPost, isFixable, lintSite, messageIdOf, ruleIds, ruleIsOn, type Lang, type Problem, type RunOptions } from './harness.js';

const RULES_DIR = path.dirname(fileURLToPath(import.meta.url));
const UPDATE = !!process.env.UPDATE_FIXTURES;
const SETTINGS_FILE = 'fixture.yml';
const POST_EXTENSION = /\.(md|markdown|mdx)$/i;
const SETTINGS_KEYS = new Set(['about', 'preset', 'lang', 'now', 'max-file-size', 'post-timeout', 'paths', 'renamed', 'not-linted']);

/** Files of a fixture that are the harness's, not the blog's: never copied into the linted site. */
function isHarnessFile(name: string): boolean {
  return name === SETTINGS_FILE || name.endsWith('.expected') || /\.fixed\.[^.]+$/.test(name) || name.endsWith('.test.ts') || name === 'README.md';
}

const folders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** A folder is one site when it holds fixture.yml, else each subfolder is one (each with its fixture.yml). */
function sitesOf(folder: string): string[] {
  const dir = path.join(RULES_DIR, folder);
  const sites = existsSync(path.join(dir, SETTINGS_FILE))
    ? [dir]
    : readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(dir, entry.name))
        .sort();
  return sites;
}

/** fixture.yml files below a site's own: a site inside a site would be linted as part of it, never on its own. */
function nestedSettings(site: string): string[] {
  return (readdirSync(site, { recursive: true }) as string[]).filter((name) => path.basename(name) === SETTINGS_FILE && name !== SETTINGS_FILE);
}

interface Fixture extends RunOptions {
  about: string;
  postTimeout?: number;
  /** Markdown files of the site that are not posts of this run (pages, posts left out by `paths`). */
  notLinted: string[];
}

function readFixture(site: string): Fixture {
  const file = path.join(site, SETTINGS_FILE);
  if (!existsSync(file)) throw new Error(`${path.relative(RULES_DIR, site)} has no ${SETTINGS_FILE}: a site of a rule's folder says what it shows in one`);
  const data = (YAML.parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(data).filter((key) => !SETTINGS_KEYS.has(key));
  if (unknown.length > 0) throw new Error(`${path.relative(RULES_DIR, file)}: unknown keys ${unknown.join(', ')} (known: ${[...SETTINGS_KEYS].join(', ')})`);
  if (typeof data.about !== 'string' || data.about.trim() === '') throw new Error(`${path.relative(RULES_DIR, file)}: \`about:\` says what the site shows`);
  return {
    about: data.about.trim(),
    ...(typeof data.preset === 'string' ? { preset: data.preset } : {}),
    ...(typeof data.lang === 'string' ? { lang: data.lang } : {}),
    ...(data['max-file-size'] !== undefined ? { maxFileSize: String(data['max-file-size']) } : {}),
    ...(data['post-timeout'] !== undefined ? { postTimeout: Number(data['post-timeout']) } : {}),
    now: data.now === undefined ? NOW : new Date(String(data.now)),
    paths: Array.isArray(data.paths) ? data.paths.map(String) : [],
    notLinted: Array.isArray(data['not-linted']) ? data['not-linted'].map(String).sort() : [],
    ...(data.renamed && typeof data.renamed === 'object' ? { renamed: Object.fromEntries(Object.entries(data.renamed).map(([now, before]) => [now, String(before)])) } : {}),
  };
}

/** One finding as the .expected files write it: `line:column  severity  rule-id/messageId  [fix]  message`. */
function findingLine(problem: Problem, lang: Lang): string {
  const messageId = messageIdOf(problem, lang) ?? '?';
  return `${problem.line}:${problem.column}  ${problem.severity}  ${problem.ruleId}/${messageId}${problem.fix ? '  [fix]' : ''}  ${problem.message}`;
}

/** The lines of an .expected file that are findings (`#` comments and blank lines are for the reader). */
function expectedLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

/** Writes an .expected file, keeping its `#` comments at the top. */
async function writeExpected(file: string, lines: string[]): Promise<void> {
  const comments = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('#')) : [];
  const text = [...comments, ...lines].join('\n');
  if (text === '') await fs.rm(file, { force: true });
  else await fs.writeFile(file, text + '\n');
}

const sidecar = (site: string, post: string, suffix: string) => path.join(site, post.replace(POST_EXTENSION, '') + suffix);
const fixedName = (site: string, post: string) => path.join(site, post.replace(POST_EXTENSION, (ext) => `.fixed${ext}`));

/** Every .expected / .fixed.* file of a site, repo-relative. */
function sidecarsOf(site: string): string[] {
  return (readdirSync(site, { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.expected') || /\.fixed\.[^./]+$/.test(name))
    .filter((name) => statSync(path.join(site, name)).isFile());
}

let bundle: Promise<string> | undefined;
afterAll(async () => {
  if (bundle) await fs.rm(await bundle, { recursive: true, force: true });
});

interface PostResult {
  file: string;
  problems: Problem[];
}

/** A fixture with a `post-timeout` runs through the CLI bundle, in worker threads: the budget lives there. */
async function lintWithBudget(root: string, fixture: Fixture): Promise<{ posts: PostResult[]; lang: Lang }> {
  bundle ??= buildBundle();
  const args = ['--cwd', root, '--format', 'json', '--post-timeout', String(fixture.postTimeout), ...(fixture.preset ? ['--preset', fixture.preset] : []), ...(fixture.lang ? ['--lang', fixture.lang] : []), ...fixture.paths];
  const run = await runBundle(await bundle, args);
  if (run.stdout === '') throw new Error(`the bundled CLI printed no report (exit ${run.code}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { lang: Lang; files: string[]; problems: Problem[] };
  return { posts: report.files.map((file) => ({ file, problems: report.problems.filter((problem) => problem.file === file) })), lang: report.lang };
}

interface FolderTally {
  failing: string[];
  passing: string[];
  fixed: string[];
  sites: number;
  /** Site tests that ran to their end: the tally is whole only when every one did. */
  completed: number;
}

describe('every rule has its fixture folder', () => {
  it('each rule id of the registry has test/rules/<id>/', () => {
    expect(ruleIds.filter((id) => !folders.includes(id))).toEqual([]);
  });

  it('each folder of test/rules names a rule', () => {
    expect(folders.filter((folder) => !ruleIds.includes(folder))).toEqual([]);
  });
});

for (const folder of folders) {
  describe(folder, () => {
    const tally: FolderTally = { failing: [], passing: [], fixed: [], sites: 0, completed: 0 };

    for (const site of sitesOf(folder)) {
      const name = path.relative(RULES_DIR, site) || folder;
      let about = '';
      try {
        about = readFixture(site).about;
      } catch {
        // reported by the test itself
      }
      it(`${name}: ${about}`, async () => {
        const fixture = readFixture(site);
        expect(nestedSettings(site), `${name}: a site inside this site (give the folder's sites each a subfolder)`).toEqual([]);
        const root = await tempDir('bpl-fixture-');
        await copySite(site, root, isHarnessFile);
        tally.sites++;

        const budget = fixture.postTimeout !== undefined;
        const first = budget ? await lintWithBudget(root, fixture) : undefined;
        const run = budget ? undefined : await lintSite(root, fixture);
        const posts: PostResult[] = first?.posts ?? run!.report.files;
        const lang: Lang = first?.lang ?? run!.settings.lang;
        const ruleOn = run ? ruleIsOn(run.settings, folder) : true;

        // Every sidecar belongs to a post that was linted (a typo in a name is not a silent pass).
        const linted = new Set(posts.map((post) => post.file));
        for (const extra of sidecarsOf(site)) {
          const post = [...linted].find((file) => [sidecar(site, file, '.expected'), sidecar(site, file, '.fixed.expected'), fixedName(site, file)].includes(path.join(site, extra)));
          expect(post, `${name}/${extra} belongs to no post the linter read`).toBeDefined();
        }
        expect(posts.length, `${name}: no post was linted`).toBeGreaterThan(0);
        // …and every markdown file of the site was, unless fixture.yml says it is no post of this run:
        // a passing post the preset never selects would pass without being read.
        const markdown = (readdirSync(site, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/')).filter((file) => POST_EXTENSION.test(file) && !isHarnessFile(path.basename(file)));
        expect(markdown.filter((file) => !linted.has(file)).sort(), `${name}: markdown files not linted (list pages in fixture.yml \`not-linted:\`)`).toEqual(fixture.notLinted);

        // The same site through the CLI itself (`--format json`, in-process): the same findings, and
        // the exit code a user's CI sees, 1 when any is an error. (Renames come from a pull request,
        // which only the action reads; a budget run above is the CLI already.)
        if (run && !fixture.renamed) {
          const flags = [...(fixture.preset ? ['--preset', fixture.preset] : []), ...(fixture.lang ? ['--lang', fixture.lang] : []), ...(fixture.maxFileSize ? ['--max-file-size', fixture.maxFileSize] : []), ...fixture.paths];
          const cliRun = await runCli([...flags, '--format', 'json'], root, { now: fixture.now });
          const cli = { code: cliRun.code, report: JSON.parse(cliRun.stdout || '{"problems": []}') as { problems: Problem[] } };
          const brief = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.ruleId} ${problem.message}`;
          expect(cli.report.problems.map(brief), `${name}: the CLI's report`).toEqual(posts.flatMap((post) => post.problems.map(brief)));
          expect(cli.code, `${name}: the CLI's exit code`).toBe(posts.some((post) => post.problems.some((problem) => problem.severity === 'error')) ? 1 : 0);
        }

        const fixes: Array<{ file: string; before: Problem[] }> = [];
        for (const post of posts) {
          const actual = post.problems.map((problem) => findingLine(problem, lang));
          for (const [index, problem] of post.problems.entries()) expect(messageIdOf(problem, lang), `${name}/${post.file}: finding ${index + 1} is no message its rule declares: ${problem.message}`).toBeDefined();
          const expectedFile = sidecar(site, post.file, '.expected');
          if (UPDATE) await writeExpected(expectedFile, actual);
          else expect(actual, `${name}/${post.file}: findings (want ${path.relative(RULES_DIR, expectedFile)})`).toEqual(expectedLines(expectedFile));

          const mine = post.problems.filter((problem) => problem.ruleId === folder);
          if (mine.length > 0) tally.failing.push(`${name}/${post.file}`);
          else if (ruleOn) tally.passing.push(`${name}/${post.file}`);

          // --fix, as the CLI applies it: every fix of every rule, until none applies.
          const fixedFile = fixedName(site, post.file);
          const fixable = post.problems.some((problem) => problem.fix);
          const fixed = run && fixable ? await fixPost(post.file, run.environment) : undefined;
          if (fixed && fixed.output !== fixed.original) {
            if (UPDATE) await fs.writeFile(fixedFile, fixed.output);
            else {
              expect(existsSync(fixedFile), `${name}/${post.file} has fixes: its fixed text belongs in ${path.relative(RULES_DIR, fixedFile)}`).toBe(true);
              expect(fixed.output, `${name}/${post.file}: --fix output`).toBe(readFileSync(fixedFile, 'utf8'));
            }
            await fs.writeFile(path.join(root, post.file), fixed.output);
            fixes.push({ file: post.file, before: post.problems });
            if (mine.some((problem) => problem.fix)) tally.fixed.push(`${name}/${post.file}`);
          } else {
            for (const file of [fixedFile, sidecar(site, post.file, '.fixed.expected')]) {
              if (UPDATE) await fs.rm(file, { force: true });
              else expect(existsSync(file), `${name}/${post.file}: --fix changes nothing, so ${path.relative(RULES_DIR, file)} must not exist`).toBe(false);
            }
          }
        }

        // The fixed posts, linted again (the whole site, as the next run would): the folder's rule
        // reports none of what it fixed; only its findings that had no fix may remain.
        if (fixes.length > 0 && run) {
          const again = await lintSite(root, fixture);
          for (const { file, before } of fixes) {
            const after = again.report.files.find((result) => result.file === file)?.problems ?? [];
            const remaining = after.filter((problem) => problem.ruleId === folder);
            const unfixed = before.filter((problem) => problem.ruleId === folder && !problem.fix);
            expect(remaining.filter((problem) => problem.fix), `${name}/${file}: fixable ${folder} findings after --fix`).toEqual([]);
            // Another rule's fix may settle an unfixable one too (tags-normalize drops an empty tag): what remains was there, unfixable.
            const unfixedMessages = unfixed.map((problem) => problem.message);
            expect(remaining.map((problem) => problem.message).filter((message) => !unfixedMessages.includes(message)), `${name}/${file}: new ${folder} findings after --fix`).toEqual([]);
            // …and what the user sees after --fix, every rule's findings, is `<post>.fixed.expected`.
            const fixedExpected = sidecar(site, file, '.fixed.expected');
            const seenAfter = after.map((problem) => findingLine(problem, again.settings.lang));
            if (UPDATE) await writeExpected(fixedExpected, seenAfter);
            else expect(seenAfter, `${name}/${file}: findings after --fix (want ${path.relative(RULES_DIR, fixedExpected)})`).toEqual(expectedLines(fixedExpected));
          }
        }
        tally.completed++;
      });
    }

    it('has a failing post and a passing post (where the rule is on), and a fixed output when the rule fixes', () => {
      expect(tally.sites, `test/rules/${folder}/ has no site (a fixture.yml, or subfolders with one)`).toBeGreaterThan(0);
      expect(tally.completed, `test/rules/${folder}/: a site test above failed or did not run, so its posts are not counted here`).toBe(tally.sites);
      expect(tally.failing, `test/rules/${folder}/: no post gets a ${folder} finding`).not.toEqual([]);
      expect(tally.passing, `test/rules/${folder}/: no post where ${folder} is on and silent`).not.toEqual([]);
      if (isFixable(folder)) expect(tally.fixed, `test/rules/${folder}/: ${folder} is fixable, but no post shows its fix`).not.toEqual([]);
    });
  });
}
