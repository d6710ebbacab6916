// remark-lint rules whose node types a post lacks are skipped (each rule walks the whole tree).
// The skip must never change what a user sees: every rule on, the messages with and without it are
// the same, on our own posts always and on the real corpus when ../shared is there.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, hasShared, markdownFilesUnder, projectRoot, SHARED_MISSING } from './helpers.js';
import { createSource } from '../src/post/source.js';
import { parseFrontmatter } from '../src/post/frontmatter.js';
import { remarkInput, parseMarkdown } from '../src/post/markdown.js';
import { runRemarkLint } from '../src/rules/remark-lint.js';
import { remarkLintRules } from '../src/rules/remark-lint.js';

const everyRule = new Set(remarkLintRules.map((rule) => rule.id));

async function lintBothWays(text: string) {
  const located = parseFrontmatter(createSource(text));
  const markdown = remarkInput(createSource(text), located.found ? located.frontmatter : undefined);
  const tree = parseMarkdown(markdown);
  const pruned = await runRemarkLint(tree, markdown, everyRule);
  const full = await runRemarkLint(tree, markdown, everyRule, { prune: false });
  return { pruned, full };
}


describe('skipping remark-lint rules a post has no node for', () => {
  it('still reports what the rules would: a post with only emphasis keeps emphasis-marker, loses nothing', async () => {
    const { pruned, full } = await lintBothWays('# Title\n\nSome *one* and _two_.\n\n[dead]: https://example.com\n');
    expect(pruned).toEqual(full);
    expect(pruned.map((message) => message.ruleId).sort()).toEqual(['emphasis-marker', 'no-unused-definitions']);
  });

  it('gives the same messages as running every rule, on the example blog and our fixtures', async () => {
    const files = [...(await markdownFilesUnder(path.join(projectRoot, 'examples', 'blog'))), ...(await markdownFilesUnder(path.join(projectRoot, 'test', 'fixtures')))];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { pruned, full } = await lintBothWays(await fs.readFile(file, 'utf8'));
      expect(pruned, file).toEqual(full);
    }
  });

  it.skipIf(!hasShared)('gives the same messages as running every rule, on a third of the real corpus', async () => {
    const files = (await markdownFilesUnder(corpusDir)).filter((_, index) => index % 3 === 0);
    expect(files.length).toBeGreaterThan(400);
    let messages = 0;
    for (const file of files) {
      const { pruned, full } = await lintBothWays(await fs.readFile(file, 'utf8'));
      expect(pruned, file).toEqual(full);
      messages += full.length;
    }
    expect(messages).toBeGreaterThan(1000); // the comparison saw real messages, not empty lists
  }, 300_000);

  it.skipIf(hasShared)(`the corpus comparison: ${SHARED_MISSING}`, () => {});
});
