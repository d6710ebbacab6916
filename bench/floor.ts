// The floors the linter is measured against: the same reading and parsing code the engine uses,
// with no rules. `floor read <dir> [files...]` reads every post (strict UTF-8, size cap) and parses
// its frontmatter; `floor parse ...` also builds the remark tree (remark-frontmatter + gfm), which
// every rule shares. With no files after <dir>, it walks <dir> for *.md, *.markdown and *.mdx, as the
// CLI does. Built with ncc into a temp dir by bench/run.mjs; never shipped.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readPost } from '../src/post/read.js';
import { parseFrontmatter } from '../src/post/frontmatter.js';
import { remarkInput, parseMarkdown } from '../src/post/markdown.js';

const POST = /\.(md|markdown|mdx)$/i;

async function walk(root: string, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '.git') files.push(...(await walk(root, relative)));
    } else if (POST.test(entry.name)) files.push(relative);
  }
  return files;
}

async function main(): Promise<void> {
  const [mode, root, ...given] = process.argv.slice(2);
  if ((mode !== 'read' && mode !== 'parse') || !root) {
    console.error('usage: floor read|parse <dir> [files...]');
    process.exit(2);
  }
  const files = given.length > 0 ? given : given.length === 0 && process.env.BENCH_FLOOR_NOOP ? [] : await walk(root);
  let nodes = 0;
  let keys = 0;
  for (const file of files) {
    const read = await readPost(path.join(root, file));
    if (!read.ok) continue;
    const located = parseFrontmatter(read.source);
    const frontmatter = located.found ? located.frontmatter : undefined;
    keys += frontmatter?.entries.length ?? 0;
    if (mode === 'parse') nodes += parseMarkdown(remarkInput(read.source, frontmatter)).children.length;
  }
  // Printed so the work cannot be optimised away, and so a run can be checked by eye.
  console.log(JSON.stringify({ mode, files: files.length, keys, nodes }));
}

await main();
