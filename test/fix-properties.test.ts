// Properties of --fix over every real post (the corpus and the seeds): fixing twice is fixing
// once; after fixing, nothing fixable is left; the diff touches only lines that carried a fixable
// problem; and the fixed frontmatter parses to the normalized frontmatter, with nothing lost.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, seedsDir, SHARED_MISSING, NOW } from './helpers.js';
import { loadCorpusBlogs, type CorpusBlog } from './corpus-blogs.js';
import { loadEngine } from '../src/engines/index.js';
import { fixText, lintText } from '../src/runner/lint.js';
import { type LintEnvironment } from '../src/runner/environment.js';
import { strayLines } from '../src/runner/fix.js';
import { createSource } from '../src/post/source.js';
import { parseFrontmatter } from '../src/post/frontmatter.js';
import { createRepoIndex } from '../src/post/repo.js';
import { resolveSettings } from '../src/config/settings.js';
import { normalizeTerms } from '../src/rules/tags-normalize.js';
import { termOptionsFrom, termsFromString } from '../src/post/tags.js';
import type { Problem } from '../src/core/types.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';

interface Outcome {
  file: string;
  original: string;
  problems: Problem[];
  fixed: string;
  fixedTwice: string;
  remaining: Problem[];
  environment: LintEnvironment;
}


/** What the frontmatter should parse to after fixing: keys renamed, tags and categories normalized. */
function normalizedData(data: Record<string, unknown>, environment: LintEnvironment): Record<string, unknown> {
  const { preset, ruleOptions, severities } = environment.settings;
  // Keys are renamed only where the engine reads them case-sensitively (key-case) or only in the plural (taxonomy-key).
  const keyCase = severities['key-case'] !== 'off' && environment.engine.keysCaseSensitive;
  const known = new Map(keyCase ? preset.knownKeys.map((key) => [key.toLowerCase(), key]) : []);
  const present = new Set(Object.keys(data));
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    let name = known.get(key.toLowerCase()) ?? key;
    if (present.has(name) && name !== key) name = key;
    if (severities['taxonomy-key'] !== 'off' && (name === 'tag' || name === 'category') && !present.has(name + (name === 'tag' ? 's' : 'egories').replace('yegories', 'ies'))) name = name === 'tag' ? 'tags' : 'categories';
    result[name] = value;
  }
  // Singular keys (kept where the engine reads them) change only from a comma string to its list.
  for (const key of ['tag', 'category']) {
    const value = result[key];
    if (typeof value === 'string' && value.includes(',')) result[key] = normalizeTerms(termsFromString(value, false), termOptionsFrom(ruleOptions['tags-normalize'] ?? {}, key === 'tag' ? 'tags' : 'categories', environment.engine.lowercaseTags));
  }
  for (const key of ['tags', 'categories']) {
    const value = result[key];
    const options = termOptionsFrom(ruleOptions['tags-normalize'] ?? {}, key, environment.engine.lowercaseTags);
    if (typeof value === 'string' && value.trim() !== '') result[key] = normalizeTerms(termsFromString(value, value.includes(',') ? false : preset.taxonomyString === 'split-on-spaces'), options);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      // Strings are normalized in place; numbers (`404`, `2025`) stay numbers; duplicates go.
      const seen = new Set<string>();
      result[key] = value.flatMap((item) => {
        const term = typeof item === 'number' ? String(item) : normalizeTerms([item], options)[0];
        if (term === undefined || seen.has(term.toLowerCase())) return [];
        seen.add(term.toLowerCase());
        return [typeof item === 'number' ? item : term];
      });
    }
  }
  return result;
}

async function fixAll(files: Array<{ file: string; text: string }>, environment: LintEnvironment): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const { file, text } of files) {
    const problems = await lintText(file, createSource(text), environment);
    if (!problems.some((problem) => problem.fix)) continue;
    const first = await fixText(file, text, environment);
    const second = await fixText(file, first.output, environment);
    outcomes.push({ file, original: text, problems, fixed: first.output, fixedTwice: second.output, remaining: first.problems, environment });
  }
  return outcomes;
}

describe.skipIf(!hasShared)('--fix over every real post', () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    const blogs: CorpusBlog[] = await loadCorpusBlogs();
    for (const blog of blogs) {
      const files = await Promise.all(blog.posts.map(async (file) => ({ file, text: (await fs.readFile(path.join(blog.root, file))).toString('utf8') })));
      outcomes.push(...(await fixAll(files, blog.environment)));
    }
    // The seeds, as posts of a Jekyll blog that has the images seed 000 links with file:///.
    const seedNames = (await fs.readdir(seedsDir)).sort();
    // Dated names: Jekyll publishes a `_posts` file only when its name starts with the date.
    const seedFiles = await Promise.all(seedNames.map(async (name) => ({ file: `_posts/2025-01-01-${name.replace(/\.txt$/, '.md')}`, text: await fs.readFile(path.join(seedsDir, name), 'utf8') })));
    const assets = ['assets/img/hakathon/bridge_code_cloud.png', 'assets/img/hakathon/KakaoTalk_Photo_2025-03-03-16-58-56 001.jpeg', 'assets/img/hakathon/KakaoTalk_Photo_2025-03-03-16-58-56 002.jpeg', 'assets/img/hakathon/KakaoTalk_Photo_2025-03-03-16-58-57 003.jpeg'];
    const repo = createRepoIndex('/seed-blog', new Set([...seedFiles.map((f) => f.file), ...assets]));
    const site = { future: false, baseUrl: '', defaults: [] };
    const settings = resolveSettings(ruleCatalogue, { now: NOW });
    const environment: LintEnvironment = { repo, site, engine: await loadEngine('jekyll', repo, site), settings };
    outcomes.push(...(await fixAll(seedFiles, environment)));
  }, 900_000);

  it('fixes a good share of the corpus', () => {
    expect(outcomes.length).toBeGreaterThan(300);
  });

  it('fix(fix(x)) == fix(x)', () => {
    const unstable = outcomes.filter((o) => o.fixedTwice !== o.fixed).map((o) => o.file);
    expect(unstable).toEqual([]);
  });

  it('leaves no fixable problem behind', () => {
    const left = outcomes.flatMap((o) => o.remaining.filter((p) => p.fix).map((p) => `${o.file}:${p.line} ${p.ruleId}: ${p.message}`));
    expect(left).toEqual([]);
  });

  it('changes only lines that carried a fixable problem', () => {
    const stray: string[] = [];
    for (const o of outcomes) {
      const fixableLines = new Set<number>();
      for (const problem of o.problems.filter((p) => p.fix)) {
        for (let line = problem.line; line <= problem.endLine; line++) fixableLines.add(line);
      }
      for (const line of strayLines(o.original, o.fixed, fixableLines)) stray.push(`${o.file}:${line}`);
    }
    expect(stray).toEqual([]);
  });

  it('keeps BOM, line endings and every byte outside the edits', () => {
    for (const o of outcomes) {
      expect(o.fixed.startsWith('\ufeff'), o.file).toBe(o.original.startsWith('\ufeff'));
      expect(o.fixed.split('\r\n').length > 1, o.file).toBe(o.original.split('\r\n').length > 1);
      // Fixes add no lines (final-newline only ends the last one), but for the `{% raw %}` and
      // `{% endraw %}` lines that wrap a block of code Jekyll would otherwise run as Liquid.
      const lines = (text: string) => text.replace(/\r?\n$/, '').split('\n').filter((line) => !/^\s*\{%-? (?:end)?raw -?%\}\s*$/.test(line)).length;
      expect(lines(o.fixed), o.file).toBeLessThanOrEqual(lines(o.original));
    }
  });

  it('parses to the normalized frontmatter: keys renamed, tags normalized, nothing else changed', () => {
    for (const o of outcomes) {
      const before = parseFrontmatter(createSource(o.original));
      const after = parseFrontmatter(createSource(o.fixed));
      if (!before.found || before.frontmatter.errors.length > 0) continue;
      expect(after.found && after.frontmatter.errors, o.file).toEqual([]);
      const expected = normalizedData(before.frontmatter.data, o.environment);
      const actual = after.found ? after.frontmatter.data : {};
      // Cover images may have been re-pointed (file:/// -> /assets/...); every other value is exact.
      for (const key of o.environment.settings.preset.coverKeys.map((k) => k.split('.')[0]!)) {
        if (typeof expected[key] === 'string' && typeof actual[key] === 'string') expected[key] = actual[key];
        else if (expected[key] && typeof expected[key] === 'object' && actual[key] && typeof actual[key] === 'object') expected[key] = actual[key];
      }
      expect(actual, o.file).toEqual(expected);
    }
  });

  it('seed 000: images point at /assets/img/hakathon/ and nothing else in the file changed', () => {
    const seed = outcomes.find((o) => o.file.startsWith('_posts/2025-01-01-000_'))!;
    const before = seed.original.split('\n');
    const after = seed.fixed.split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, index) => (line === after[index] ? [] : [index + 1]));
    expect(changed).toEqual([23, 34, 36, 38]);
    expect(after[22]).toBe('![Alt](/assets/img/hakathon/bridge_code_cloud.png)');
    expect(after[33]).toBe('![Alt](/assets/img/hakathon/KakaoTalk_Photo_2025-03-03-16-58-56%20001.jpeg)');
  });
});

describe.skipIf(hasShared)('--fix over every real post', () => {
  it.skip(SHARED_MISSING, () => {});
});
