// Our frontmatter locator against gray-matter, the parser Astro, Gatsby and Eleventy use, over
// every real post: they must agree on where the frontmatter ends, except where gray-matter's rule
// ("a line that starts with ---") differs from Jekyll's and Hugo's ("a line that is ---"). gray-matter
// runs here with every code engine denied; it is a test dependency only.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { corpusDir, hasShared, SHARED_MISSING } from './helpers.js';
import { parseFrontmatter } from '../src/post/frontmatter.js';
import { createSource } from '../src/post/source.js';

const deny = () => {
  throw new Error('code engines are denied');
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const safeOptions: any = { engines: { js: deny, javascript: deny, coffee: deny } };

async function posts(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(md|markdown|mdx)$/.test(entry.name)) found.push(path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
  }
  return found;
}

describe.skipIf(!hasShared)('agreement with gray-matter on the corpus', () => {
  it('finds the same frontmatter block in every YAML post', async () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const file of await posts(corpusDir)) {
      const text = (await fs.readFile(file, 'utf8')).replace(/^\ufeff/, '');
      if (!text.startsWith('---')) continue;
      const ours = parseFrontmatter(createSource(text));
      let theirs: matter.GrayMatterFile<string>;
      try {
        theirs = matter(text, safeOptions);
      } catch {
        continue; // gray-matter's YAML engine (js-yaml) rejects it; ours reports its own error
      }
      if (!ours.found || ours.frontmatter.closeLine === 0) continue;
      compared++;
      const [start, end] = ours.frontmatter.contentRange;
      const ourBlock = text.slice(start, end).replace(/\r?\n$/, '');
      if (ourBlock !== theirs.matter.replace(/^\r?\n/, '')) disagreements.push(path.relative(corpusDir, file));
    }
    expect(compared).toBeGreaterThan(1000);
    // Any disagreement must be the documented one: a line inside that starts with `---`.
    for (const file of disagreements) {
      const text = await fs.readFile(path.join(corpusDir, file), 'utf8');
      const inner = text.split('\n').slice(1);
      expect(inner.some((line) => /^---\S/.test(line)), file).toBe(true);
    }
  });
});

describe('where we deliberately differ from gray-matter', () => {
  it('a `---not-close` line closes the block for gray-matter but not for Jekyll (or us)', () => {
    const text = '---\ntitle: x\n---not-close: y\n---\nbody\n';
    expect(matter(text, safeOptions).matter).toBe('\ntitle: x');
    const ours = parseFrontmatter(createSource(text));
    expect(ours.found && ours.frontmatter.closeLine).toBe(4);
  });

  it('gray-matter would evaluate `---js`; we refuse it without running it', () => {
    const marker = '__bpl_gray_matter_ran__';
    const text = `---js\n{ title: (globalThis.${marker} = true, 'x') }\n---\n`;
    matter(text, {}); // gray-matter's default: evaluates the block
    expect((globalThis as Record<string, unknown>)[marker]).toBe(true);
    delete (globalThis as Record<string, unknown>)[marker];
    const ours = parseFrontmatter(createSource(text));
    expect(ours.found && ours.frontmatter.errors[0]!.kind).toBe('executable');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});

describe.skipIf(hasShared)('agreement with gray-matter on the corpus', () => {
  it.skip(SHARED_MISSING, () => {});
});
