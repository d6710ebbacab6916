// Issue 15, item 8: `--fix` on a post it cannot write says which post, still fixes and reports the
// others, and exits 2; nothing is half-written (a temporary file in the same folder, renamed over
// the post, with the post's mode). Root writes through any permission bit, so when the tests run
// as root the CLI runs as `nobody` (uid 65534) on a blog that user owns: the refusals are the
// kernel's, not a mock's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { makeBlog } from '../helpers.js';
import { buildBundle, runBundle } from './bundle.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
let bundle = '';
const roots: string[] = [];
beforeAll(async () => {
  bundle = await buildBundle();
  // `nobody` must be able to read and run the bundle.
  await fs.chmod(bundle, 0o755);
  await fs.chmod(path.join(bundle, 'cli'), 0o755);
}, 120_000);
afterAll(async () => {
  for (const root of [...roots, bundle]) {
    if (!root) continue;
    await chmodTree(root, 0o755).catch(() => undefined);
    await fs.rm(root, { recursive: true, force: true });
  }
});

const FIXABLE = (date: string) => `---\ntitle: A\ndate: ${date} 08:30:00 +0900\nTags: [a, b]\n---\n\nText.\n`;
const FIXED = (date: string) => `---\ntitle: A\ndate: ${date} 08:30:00 +0900\ntags: [a, b]\n---\n\nText.\n`;

async function chmodTree(dir: string, mode: number): Promise<void> {
  await fs.chmod(dir, mode);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) if (entry.isDirectory()) await chmodTree(path.join(dir, entry.name), mode);
}

async function ownTree(dir: string): Promise<void> {
  if (!asRoot) return;
  await fs.chown(dir, NOBODY, NOBODY);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await ownTree(full);
    else await fs.lchown(full, NOBODY, NOBODY);
  }
}

async function leftovers(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true });
  return entries.filter((name) => name.includes('.blog-post-lint-'));
}

describe('--fix writes', () => {
  it('a read-only post and a post in a read-only folder are named and left as they were; the others are fixed; exit 2', async () => {
    const root = await makeBlog({
      '_config.yml': 'timezone: Asia/Seoul\n',
      '_posts/2025-01-01-locked.md': FIXABLE('2025-01-01'),
      '_posts/2025-01-02-open.md': FIXABLE('2025-01-02'),
      '_drafts/2025-01-03-draft.md': FIXABLE('2025-01-03'),
    });
    roots.push(root);
    await ownTree(root);
    await chmodTree(root, 0o755);
    await fs.chmod(path.join(root, '_posts/2025-01-01-locked.md'), 0o444);
    await fs.chmod(path.join(root, '_posts/2025-01-02-open.md'), 0o640);
    await fs.chmod(path.join(root, '_drafts'), 0o555);

    const run = await runBundle(bundle, ['--cwd', root, '--fix', '--format', 'json'], asRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'blog-post-lint: could not write _drafts/2025-01-03-draft.md (EACCES: permission denied); its fixes were not applied',
      'blog-post-lint: could not write _posts/2025-01-01-locked.md (EACCES: permission denied); its fixes were not applied',
      'blog-post-lint: fixed _posts/2025-01-02-open.md',
    ]);
    // The unwritten posts keep their problems in the report; the fixed one has none left.
    const problems = (JSON.parse(run.stdout) as { problems: Array<{ file: string; ruleId: string }> }).problems.map((problem) => `${problem.file} ${problem.ruleId}`);
    expect(problems).toEqual(['_drafts/2025-01-03-draft.md key-case', '_posts/2025-01-01-locked.md key-case']);

    expect(await fs.readFile(path.join(root, '_posts/2025-01-01-locked.md'), 'utf8')).toBe(FIXABLE('2025-01-01'));
    expect(await fs.readFile(path.join(root, '_drafts/2025-01-03-draft.md'), 'utf8')).toBe(FIXABLE('2025-01-03'));
    expect(await fs.readFile(path.join(root, '_posts/2025-01-02-open.md'), 'utf8')).toBe(FIXED('2025-01-02'));
    // Replaced by a rename, the fixed post still has its mode and owner, and no temporary file is left.
    const stat = await fs.stat(path.join(root, '_posts/2025-01-02-open.md'));
    expect(stat.mode & 0o777).toBe(0o640);
    if (asRoot) expect(stat.uid).toBe(NOBODY);
    expect(await leftovers(root)).toEqual([]);
  }, 120_000);

  it('a post that is a link is fixed through the link (the link stays a link); a mode with other bits is kept', async () => {
    const root = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', 'notes/2025-01-04-linked.md': FIXABLE('2025-01-04') });
    roots.push(root);
    await fs.mkdir(path.join(root, '_posts'));
    await fs.symlink('../notes/2025-01-04-linked.md', path.join(root, '_posts/2025-01-04-linked.md'));
    await fs.chmod(path.join(root, 'notes/2025-01-04-linked.md'), 0o604);
    const run = await runBundle(bundle, ['--cwd', root, '--fix', '_posts']);
    expect(run.code, run.stderr).toBe(0);
    expect((await fs.lstat(path.join(root, '_posts/2025-01-04-linked.md'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(root, 'notes/2025-01-04-linked.md'), 'utf8')).toBe(FIXED('2025-01-04'));
    expect((await fs.stat(path.join(root, 'notes/2025-01-04-linked.md'))).mode & 0o777).toBe(0o604);
    expect(await leftovers(root)).toEqual([]);
  }, 60_000);
});
