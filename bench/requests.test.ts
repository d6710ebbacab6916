// GitHub requests per pull-request run, counted in the contract-test harness (fake GitHub behind
// prism): the real action bundle (dist/index.js) under the machine's node, for 1, 10 and 300 changed
// posts, a first run and a re-run on the same PR. Writes bench/requests.json for bench/run.mjs.
// Run by `npm run bench` with `vitest run --config bench/vitest.config.ts`; not part of `npm test`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../test/helpers.js';
import { startContractGitHub, type ContractGitHub } from '../test/github/harness.js';
import { addedPatch } from '../test/github/diff.js';
import { pullRequestEvent, runnerEnv } from '../test/github/events.js';
import { inputDefaults, machineNode, runAction } from '../test/github/action-run.js';

const exampleBlog = path.join(projectRoot, 'examples', 'blog');
const SIZES = [1, 10, 300];

type Added = { filename: string; status: 'added'; patch: string };

/** The example blog plus `count` added posts (copies of its five, renamed), each with a full patch. */
function workspaceWith(count: number): { dir: string; files: Added[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bpl-bench-pr-'));
  cpSync(exampleBlog, dir, { recursive: true });
  const originals = readdirSync(path.join(exampleBlog, '_posts')).filter((name) => name.endsWith('.md')).sort();
  const files: Added[] = [];
  for (let i = 0; i < count; i++) {
    const original = originals[i % originals.length]!;
    const text = readFileSync(path.join(exampleBlog, '_posts', original), 'utf8');
    const filename = i < originals.length ? `_posts/${original}` : `_posts/${original.replace(/\.md$/, `-copy-${i}.md`)}`;
    if (i >= originals.length) writeFileSync(path.join(dir, filename), text);
    files.push({ filename, status: 'added', patch: addedPatch(text) });
  }
  return { dir, files };
}

interface RunCounts {
  changedPosts: number;
  run: 'first' | 'second';
  exit: number | null;
  total: number;
  byRoute: Record<string, number>;
  actionMs: number;
}

const results: RunCounts[] = [];
let gh: ContractGitHub;

beforeAll(async () => {
  gh = await startContractGitHub({ pull: { files: [] } });
}, 180_000);

afterAll(async () => {
  await gh?.stop();
  writeFileSync(path.join(projectRoot, 'bench', 'requests.json'), JSON.stringify({ node: machineNode(), results }, null, 2) + '\n');
});

it.each(SIZES)('%i changed posts: requests for a first run and a re-run', async (count) => {
  const { dir, files } = workspaceWith(count);
  gh.reset({ pull: { files } });
  const env = () => ({
    ...inputDefaults(),
    ...runnerEnv({ apiUrl: gh.url, eventName: 'pull_request', payload: pullRequestEvent(gh.fake), token: 'ghs_benchtoken', workspace: dir }),
    ...gh.env(),
    GITHUB_WORKSPACE: dir,
    BLOG_POST_LINT_RETRY_BASE_MS: '10',
  });
  for (const run of ['first', 'second'] as const) {
    const before = gh.fake.requests.length;
    const beforeCounts = { ...gh.fake.counts() } as Record<string, number>;
    const outcome = await runAction(machineNode(), env());
    const after = gh.fake.counts() as Record<string, number>;
    const byRoute: Record<string, number> = {};
    for (const [route, n] of Object.entries(after)) {
      const delta = n - (beforeCounts[route] ?? 0);
      if (delta > 0) byRoute[route] = delta;
    }
    const counts: RunCounts = { changedPosts: count, run, exit: outcome.status, total: gh.fake.requests.length - before, byRoute, actionMs: Math.round(outcome.ms) };
    results.push(counts);
    console.log(JSON.stringify(counts));
    expect(outcome.status, outcome.stdout).not.toBe(2);
  }
  gh.assertNoViolations();
});
