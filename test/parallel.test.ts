// Large runs use worker threads (the CLI bundle is its own worker): the report must be exactly
// the serial one, in the same order, whatever the number of threads.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeBlog, projectRoot, runCli, tempDir } from './helpers.js';
import { inputDefaults, machineNode, runAction } from './github/action-run.js';

const cliBundle = path.join(projectRoot, 'dist', 'cli', 'index.js');
const run = promisify(execFile);

async function report(cwd: string, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [cliBundle, '--cwd', cwd, '--format', 'json', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout);
  } catch (error) {
    const { stdout, code } = error as { stdout: string; code: number };
    expect(code).toBe(1); // problems found: still a report
    return JSON.parse(stdout);
  }
}

/** `count` posts made from the example blog's, under new names. */
async function manyPosts(count: number): Promise<Record<string, string>> {
  const examples = path.join(projectRoot, 'examples', 'blog', '_posts');
  const names = (await fs.readdir(examples)).filter((name) => name.endsWith('.md'));
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length]!;
    files[`_posts/${name.replace(/\.md$/, `-${i}.md`)}`] = await fs.readFile(path.join(examples, name), 'utf8');
  }
  return files;
}

function withoutPreviews(report: { files: Array<Record<string, unknown>> }) {
  return { ...report, files: report.files.map(({ preview: _preview, ...file }) => file) };
}

describe('worker threads', () => {
  it('give the serial report, in order, for the example blog with 1, 2 and 3 threads', async () => {
    const blog = path.join(projectRoot, 'examples', 'blog');
    const serial = await report(blog, '--jobs', '1');
    for (const jobs of ['2', '3']) expect(await report(blog, '--jobs', jobs)).toEqual(serial);
  }, 60_000);

  it('start by themselves from 200 posts, with the same result as one thread', async () => {
    const blog = await makeBlog(await manyPosts(210));
    const automatic = await report(blog);
    const serial = await report(blog, '--jobs', '1');
    expect(automatic.files).toHaveLength(210);
    expect(automatic).toEqual(serial);
  }, 120_000);

  it('the action uses them too for a full audit of 200+ posts, with the report one thread gives', async () => {
    const blog = await makeBlog(await manyPosts(210));
    const runner = await tempDir('bpl-runner-');
    await fs.writeFile(path.join(runner, 'event.json'), '{}');
    const env = {
      ...inputDefaults(),
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
      GITHUB_WORKSPACE: blog,
      GITHUB_REPOSITORY: 'octo-org/octo-blog',
      RUNNER_TEMP: runner,
      GITHUB_OUTPUT: path.join(runner, 'output.txt'),
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
    };
    const action = await runAction(machineNode(), env);
    expect(action.stdout).toContain('Linting every post');
    expect(action.stdout).toMatch(/Linting with [2-4] threads\./);
    const fromAction = JSON.parse(await fs.readFile(path.join(runner, 'blog-post-lint-report.json'), 'utf8'));
    const serial = await report(blog, '--jobs', '1');
    expect(fromAction.files).toHaveLength(210);
    // The action adds preview cards for clean posts; everything else is the CLI's serial report.
    expect(withoutPreviews(fromAction)).toEqual(withoutPreviews(serial));
  }, 120_000);

  it('--jobs must be a whole number of 1 or more', async () => {
    const result = await runCli(['--jobs', '0'], path.join(projectRoot, 'examples', 'blog'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs must be a whole number of 1 or more (got "0")');
  });
});

describe('shards and merging', () => {
  it('four shards cover every post exactly once, and merging their reports gives the full report', async () => {
    const examples = path.join(projectRoot, 'examples', 'blog', '_posts');
    const names = (await fs.readdir(examples)).filter((name) => name.endsWith('.md'));
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      const name = names[i % names.length]!;
      files[`_posts/${name.replace(/\.md$/, `-${i}.md`)}`] = await fs.readFile(path.join(examples, name), 'utf8');
    }
    const blog = await makeBlog(files);
    const full = await report(blog);
    const shards = [];
    for (let i = 1; i <= 4; i++) {
      const part = await report(blog, '--shard', `${i}/4`);
      await fs.writeFile(path.join(blog, `shard-${i}.json`), JSON.stringify(part));
      shards.push(part);
    }
    const covered = shards.flatMap((part) => part.files as string[]).sort();
    expect(covered).toEqual([...full.files].sort());
    expect(shards.every((part) => part.files.length > 0 && part.files.length < 40)).toBe(true);
    const merged = await report(blog, '--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', 'shard-4.json');
    expect(merged.files).toEqual(full.files);
    expect(merged.problems).toEqual(full.problems);
    expect(merged.summary).toEqual(full.summary);
  }, 120_000);

  it('a shard that is not i/n, or a report that is not ours, is a clear usage error', async () => {
    const blog = path.join(projectRoot, 'examples', 'blog');
    expect((await runCli(['--shard', '5/4'], blog)).stderr).toContain('--shard must be i/n with 1 <= i <= n');
    const dir = await makeBlog({ 'forged.json': '{"version": 1, "files": [], "problems": [{"file": "x"}]}' });
    const forged = await runCli(['--merge', 'forged.json'], dir);
    expect(forged.code).toBe(2);
    expect(forged.stderr).toContain('forged.json: a problem without file, line, ruleId, severity or message');
  });
});

describe('the content-hash cache', () => {
  it('reuses unchanged posts, relints changed ones, and starts over when the repository changes', async () => {
    const examples = path.join(projectRoot, 'examples', 'blog');
    const blog = await makeBlog({});
    await fs.cp(examples, blog, { recursive: true });
    const cache = path.join(blog, '.cache', 'blog-post-lint.json');
    const first = await runCli(['--cwd', blog, '--format', 'json', '--cache', cache], blog);
    expect(first.stderr).toContain('cache: 0 unchanged posts reused, 5 linted');
    const second = await runCli(['--cwd', blog, '--format', 'json', '--cache', cache], blog);
    expect(second.stderr).toContain('cache: 5 unchanged posts reused, 0 linted');
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));

    // A fixed post is linted again, and its problem is gone from the report.
    const post = path.join(blog, '_posts', '2025-04-10-redis-cache-notes.md');
    await fs.writeFile(post, (await fs.readFile(post, 'utf8')).replace('date: 2025-13-45', 'date: 2025-04-10'));
    const third = await runCli(['--cwd', blog, '--format', 'json', '--cache', cache], blog);
    expect(third.stderr).toContain('cache: 4 unchanged posts reused, 1 linted');
    expect(JSON.parse(third.stdout).problems.some((p: { ruleId: string }) => p.ruleId === 'date-invalid')).toBe(false);

    // A new file in the repository can change any post's verdict (an image now exists): start over.
    await fs.writeFile(path.join(blog, 'assets', 'img', 'posts', 'hackathon', 'Team-Photo.png'), 'png');
    const fourth = await runCli(['--cwd', blog, '--format', 'json', '--cache', cache], blog);
    expect(fourth.stderr).toContain('cache: 0 unchanged posts reused, 5 linted');
  }, 60_000);

  it('ignores a cache file that is not one of ours', async () => {
    const blog = await makeBlog({});
    await fs.cp(path.join(projectRoot, 'examples', 'blog'), blog, { recursive: true });
    await fs.writeFile(path.join(blog, 'cache.json'), '{"version": 1, "key": "forged", "entries": {"_posts/x.md": {}}}');
    const run = await runCli(['--cwd', blog, '--format', 'json', '--cache', 'cache.json'], blog);
    expect(run.stderr).toContain('cache: 0 unchanged posts reused, 5 linted');
    expect(JSON.parse(run.stdout).files).toHaveLength(5);
  }, 60_000);
});

describe('the content-hash cache and what the engine reads', () => {
  it('editing an Astro content schema (no post changed) is not answered from the cache', async () => {
    const schema = (pubDate: string) => `import { defineCollection, z } from 'astro:content';\nconst blog = defineCollection({ schema: z.object({ title: z.string(), pubDate: ${pubDate} }) });\nexport const collections = { blog };\n`;
    const blog = await makeBlog({ 'astro.config.mjs': 'export default {}\n', 'src/content/config.ts': schema('z.coerce.date()'), 'src/content/blog/a.md': "---\ntitle: A\npubDate: '2025.12.20'\n---\n\nText.\n" });
    const cache = path.join(blog, '.cache.json');
    const first = JSON.parse((await runCli(['--cwd', blog, '--format', 'json', '--cache', cache], blog)).stdout);
    expect(first.problems).toEqual([]);
    await fs.writeFile(path.join(blog, 'src/content/config.ts'), schema('z.date()'));
    const second = await runCli(['--cwd', blog, '--format', 'json', '--cache', cache], blog);
    expect(second.stderr).toContain('0 unchanged posts reused, 1 linted');
    expect(JSON.parse(second.stdout).problems.map((problem: { ruleId: string }) => problem.ruleId)).toEqual(['frontmatter-schema']);
  });
});
