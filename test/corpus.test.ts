// Every real post in ../shared/corpus/real: no crash, no stack trace, a result for every file,
// and the problems SOURCES.md says those blogs have. The corpus is read in place, never copied.
import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, SHARED_MISSING } from './helpers.js';
import { loadCorpusBlogs } from './corpus-blogs.js';
import { lintFiles } from '../src/runner/lint.js';
import type { Problem, Report } from '../src/core/types.js';

describe.skipIf(!hasShared)('the real-post corpus', () => {
  const reports = new Map<string, Report>();
  const inputs = new Map<string, string[]>();

  beforeAll(async () => {
    for (const blog of await loadCorpusBlogs()) {
      inputs.set(blog.name, blog.posts);
      reports.set(blog.name, await lintFiles(blog.posts, blog.environment));
    }
  }, 300_000);

  const problems = (blog: string): Problem[] => reports.get(blog)!.files.flatMap((file) => file.problems);

  it('gives every file a result, with no crash and no stack trace', () => {
    let total = 0;
    const histogram = new Map<string, number>();
    for (const [blog, report] of reports) {
      expect(report.files.map((file) => file.file)).toEqual(inputs.get(blog));
      total += report.files.length;
      for (const problem of problems(blog)) {
        expect(problem.message).not.toMatch(/\n\s+at |Internal error/);
        // Every corpus post is UTF-8 text inside its blog: none may be skipped as unreadable.
        expect(problem.ruleId, `${blog}/${problem.file}: ${problem.message}`).not.toBe('file-unreadable');
        expect(problem.line).toBeGreaterThanOrEqual(1);
        histogram.set(problem.ruleId, (histogram.get(problem.ruleId) ?? 0) + 1);
      }
    }
    expect(total).toBeGreaterThan(1400);
    const rows = [...histogram].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${String(count).padStart(6)}  ${rule}`);
    console.log(`rule histogram over ${total} corpus posts:\n${rows.join('\n')}`);
  });

  it('leaves the singular keys SOURCES.md describes alone on Jekyll, which reads `tag:` and `category:` itself', () => {
    // hap-star: one post uses `tag:` instead of `tags:`; ratsgo uses `tag:` and `category:` throughout.
    expect(problems('hap-star__hap-star.github.io').filter((p) => p.ruleId === 'taxonomy-key')).toEqual([]);
    expect(problems('ratsgo__ratsgo.github.io').filter((p) => p.ruleId === 'taxonomy-key')).toEqual([]);
  });

  it('reads ratsgo\'s comma-string `tag:` as Jekyll does (one term, commas and all)', () => {
    const comma = problems('ratsgo__ratsgo.github.io').filter((p) => p.ruleId === 'taxonomy-type');
    expect(comma.length).toBeGreaterThan(0);
    expect(comma[0]!.message).toMatch(/^`tag: [^`]+` is a string with commas: Jekyll reads it as one term "[^"]*,[^"]*"/);
  });

  it('takes the post date from the file name where Jekyll does (ratsgo has no date: key)', () => {
    expect(problems('ratsgo__ratsgo.github.io').filter((p) => p.ruleId === 'required-keys' && p.message.includes('`date`'))).toEqual([]);
  });

  it('flags the filename/date disagreements around midnight in xovel\'s Hexo posts only when enabled', () => {
    // The markdown preset leaves this rule off; the jekyll preset would report it.
    expect(problems('xovel__xovel.github.io').filter((p) => p.ruleId === 'date-filename-mismatch')).toEqual([]);
  });

  it('resolves Hugo bundle-relative images; iisstart.png sits inside a code fence, so it is no image', () => {
    // SOURCES.md lists iisstart.png as missing, but the only mention is an HTML dump inside a
    // ```` fence (azure-windows-worker/index.md:838): code is never searched for images.
    const missing = problems('mesosphere__d2iq-engineering-blog').filter((p) => p.ruleId === 'image-missing');
    expect(missing).toEqual([]);
  });

  it('resolves Chirpy media_subpath images without false "missing" reports', () => {
    // The Chirpy demo's _config.yml sets `cdn:`, so media_subpath and /-paths are served from it.
    expect(problems('cotes2020__jekyll-theme-chirpy').filter((p) => p.ruleId === 'image-missing')).toEqual([]);
  });

  it('names near-duplicate tags with the existing one, once per pair, never for unrelated words', () => {
    const near = [...reports.keys()].flatMap((blog) => problems(blog).filter((p) => p.ruleId === 'tags-vocabulary'));
    expect(near.length).toBeGreaterThan(0);
    // qlsjtmek2's posts use both `선형변환` and `선형 변환`: exactly one of the two spellings is warned.
    const hangul = near.filter((p) => /`선형 ?변환`/.test(p.message));
    expect(hangul).toHaveLength(1);
    // A changed letter is another word, not a typo.
    expect(near.some((p) => /`scheduler`.*`scheduled`|`scheduled`.*`scheduler`/.test(p.message))).toBe(false);
  });

  it('sees kramdown images with raw spaces in qlsjtmek2 (Obsidian "Pasted image" alt text)', () => {
    const placeholders = problems('qlsjtmek2__qlsjtmek2.github.io').filter((p) => p.ruleId === 'image-alt-placeholder');
    expect(placeholders.length).toBeGreaterThan(100);
    expect(placeholders.some((p) => p.message.includes('Pasted image'))).toBe(true);
  });
});

describe.skipIf(hasShared)('the real-post corpus', () => {
  it.skip(SHARED_MISSING, () => {});
});
