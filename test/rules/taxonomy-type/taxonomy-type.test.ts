// taxonomy-type and tags-normalize on an empty string in a list of words: one report per item. The
// fixtures beside this file show the default (tags-normalize reports it and removes it); here, with
// tags-normalize off, taxonomy-type names the item itself.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { lintJson, makeBlog } from '../../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const POST = '---\ntitle: Hello\ndate: 2025-01-01\ncategories: [a, "", b]\ntags: [x, {y: 1}]\n---\n\nBody.\n';

async function rulesOn(config: string): Promise<string[]> {
  const root = await makeBlog({ '_config.yml': 'title: t\n', '.blog-post-lint.yml': config, '_posts/2025-01-01-hello.md': POST });
  roots.push(root);
  const { report } = await lintJson([], root);
  return report.problems.map((problem) => `${problem.line}:${problem.column} ${problem.ruleId}`).sort();
}

describe('an empty string in a list of words', () => {
  it('is tags-normalize\'s when that rule is on; taxonomy-type still names a map item', async () => {
    expect(await rulesOn('preset: jekyll\n')).toEqual(['4:13 tags-normalize', '5:7 taxonomy-type']);
  });

  it('is taxonomy-type\'s when tags-normalize is off', async () => {
    expect(await rulesOn('preset: jekyll\nrules:\n  tags-normalize: off\n')).toEqual(['4:13 taxonomy-type', '5:7 taxonomy-type']);
  });
});
