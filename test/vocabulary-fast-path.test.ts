// The tag vocabulary reads every post's `tags`/`tag` on every run, PR runs included, so for YAML it
// parses only those keys' lines. That must give exactly what the full frontmatter parse gives.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, hasShared, markdownFilesUnder, projectRoot, seedsDir, SHARED_MISSING } from './helpers.js';
import { createSource } from '../src/post/source.js';
import { parseFrontmatter } from '../src/post/frontmatter.js';
import { taxonomyData } from '../src/site/vocabulary.js';

function taxonomy(data: Record<string, unknown> | undefined) {
  return data ? { tags: data.tags, tag: data.tag } : undefined;
}

function bothWays(text: string) {
  const source = createSource(text);
  const full = parseFrontmatter(source);
  const broken = full.found && full.frontmatter.errors.some((error) => error.kind === 'syntax');
  return { fast: taxonomy(taxonomyData(source)), full: taxonomy(full.found ? full.frontmatter.data : undefined), broken };
}


const cases: Record<string, string> = {
  'block list at column 0': '---\ntitle: a\ntags:\n- Spring\n- "k8s"\ndate: 2024-01-01\n---\n',
  'indented block list with a comment': '---\ntags:\n  # topics\n  - 도커\n  - docker\ncategories: [a]\n---\n',
  'flow list over two lines': '---\ntags: [a,\n  b]\ntitle: x\n---\n',
  'comma string and tag': '---\ntag: one\ntags: a, b c\n---\n',
  'CRLF': '---\r\ntags:\r\n  - a\r\n  - b\r\ntitle: t\r\n---\r\n',
  'no tags': '---\ntitle: nothing\n---\n',
  'tags twice (a duplicate-key error)': '---\ntags: [a]\ntags: [b]\n---\n',
  'anchor used by tags': '---\nbase: &t [x, y]\ntags: *t\n---\n',
  'block scalar mentioning tags': '---\ndescription: |\n  tags: not a key\ntags: [real]\n---\n',
  'numbers and booleans': '---\ntags: [2024, true, 1.5, null]\n---\n',
  'a flow mapping': '---\n{tags: [a], title: b}\n---\n',
  'TOML': '+++\ntags = ["a", "b"]\n+++\n',
  'unclosed': '---\ntags: [a]\n',
  'no frontmatter': '# Just a post\n',
};

describe('the vocabulary reads tags from their own lines', () => {
  it.each(Object.entries(cases))('%s: the same as the full parse', (_name, text) => {
    const { fast, full } = bothWays(text);
    expect(fast).toEqual(full);
  });

  it('keeps the tags of a post whose block has a syntax error elsewhere (the post itself gets frontmatter-syntax)', () => {
    const { fast, broken } = bothWays('---\ntitle: "unclosed\ntags: [a]\ndate: 2024-01-01\n---\n');
    expect(broken).toBe(true);
    expect(fast).toEqual({ tags: ['a'], tag: undefined });
  });

  it('finds the tags (the comparison is not of two empty results)', () => {
    expect(bothWays(cases['block list at column 0']!).fast).toEqual({ tags: ['Spring', 'k8s'], tag: undefined });
  });

  it('is the same as the full parse on the example blog and our fixtures', async () => {
    const files = [...(await markdownFilesUnder(path.join(projectRoot, 'examples', 'blog'))), ...(await markdownFilesUnder(path.join(projectRoot, 'test', 'fixtures')))];
    for (const file of files) {
      const { fast, full } = bothWays(await fs.readFile(file, 'utf8'));
      expect(fast, file).toEqual(full);
    }
  });

  it.skipIf(!hasShared)('is the same as the full parse on every seed and corpus post', async () => {
    const files = [...(await markdownFilesUnder(seedsDir)), ...(await markdownFilesUnder(corpusDir))];
    let withTags = 0;
    for (const file of files) {
      const { fast, full, broken } = bothWays(await fs.readFile(file, 'utf8'));
      if (broken) continue;
      expect(fast, file).toEqual(full);
      if (full?.tags !== undefined || full?.tag !== undefined) withTags++;
    }
    expect(withTags).toBeGreaterThan(500);
  }, 120_000);

  it.skipIf(hasShared)(`the corpus comparison: ${SHARED_MISSING}`, () => {});
});
