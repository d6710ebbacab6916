// Fork mode end to end, through the real bundle (dist/index.js) against the fake GitHub behind prism:
// the fork's `pull_request` run (read-only token: every write answers 403) lints and leaves the
// publish artifact; the `workflow_run` run (write token, an empty workspace: no checkout) posts it.
// A forged artifact posts nothing and fails the step saying why. Two overlapping runs leave one
// summary comment.
import { copyFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, tempDirSync } from '../helpers.js';
import { startContractGitHub, type ContractGitHub } from './harness.js';
import { addedPatch } from './diff.js';
import type { FakePullOptions } from './fake-github.js';
import { pullRequestEvent, runnerEnv, workflowRunEvent, type WorkflowRunEventOptions } from './events.js';
import { inputDefaults, machineNode, runAction, type ActionRun } from './action-run.js';
import { createClient } from '../../src/github/client.js';
import { SUMMARY_MARKER } from '../../src/github/comment.js';
import { upsertSummaryComment } from '../../src/action/comments.js';
import { ARTIFACT_FILE, MAX_ARTIFACT_BYTES } from '../../src/github/artifact.js';

const node = machineNode();
const FORK = 'someone/octo-blog';
const POSTS = ['2025-01-12-first-spring-boot-deploy.md', '2025-02-18-hackathon-retrospective.md', '2025-03-03-github-actions-npm-cache.md', '2025-04-10-redis-cache-notes.md', '2025-05-20-til-docker-compose.md'];

const workspace = tempDirSync('bpl-fork-');
cpSync(path.join(projectRoot, 'examples', 'blog'), workspace, { recursive: true });
const files = POSTS.map((name) => ({ filename: `_posts/${name}`, status: 'added' as const, patch: addedPatch(readFileSync(path.join(workspace, '_posts', name), 'utf8')) }));
/** PR 42 from a fork, and PR 43 (another fork's) to forge claims against. */
const pulls = (headRepo = FORK): { pull: FakePullOptions; pulls: FakePullOptions[] } => ({
  pull: { number: 42, headRepo, files },
  pulls: [{ number: 43, headRepo: 'mallory/octo-blog', files: files.slice(0, 1) }],
});

/** The outputs a runner reads from GITHUB_OUTPUT (`name<<delimiter` blocks). */
function outputs(run: ActionRun): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of run.outputs.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) found[match[1]!] = match[3]!;
  return found;
}

describe('fork mode: a pull_request run leaves an artifact, a workflow_run run posts it', () => {
  let gh: ContractGitHub;

  const lintEnv = (extra: Record<string, string> = {}) => ({
    ...inputDefaults(),
    ...runnerEnv({ apiUrl: gh.url, eventName: 'pull_request', payload: pullRequestEvent(gh.fake), token: 'ghs_forkreadonlytoken', workspace }),
    ...gh.env(),
    GITHUB_WORKSPACE: workspace,
    BLOG_POST_LINT_RETRY_BASE_MS: '10',
    ...extra,
  });

  /** The publish run: its workspace holds only what actions/download-artifact put there. */
  const publishEnv = (artifact: string, event: WorkflowRunEventOptions = {}, extra: Record<string, string> = {}) => {
    const download = tempDirSync('bpl-publish-');
    copyFileSync(artifact, path.join(download, ARTIFACT_FILE));
    return {
      ...inputDefaults(),
      ...runnerEnv({ apiUrl: gh.url, eventName: 'workflow_run', payload: workflowRunEvent(gh.fake, event), token: 'ghs_writetoken' }),
      ...gh.env(),
      GITHUB_WORKSPACE: download,
      'INPUT_PUBLISH-REPORT': ARTIFACT_FILE,
      BLOG_POST_LINT_RETRY_BASE_MS: '10',
      ...extra,
    };
  };

  /** The fork's read-only run: nothing written, the artifact left behind. */
  async function forkRun(): Promise<string> {
    gh.fake.setReadOnly(true);
    const run = await runAction(node, lintEnv());
    gh.fake.setReadOnly(false);
    expect(run.status, run.stdout).toBe(1); // fail-on: error; the example blog has errors
    expect(run.stdout).toMatch(/::warning::.*read-only token/);
    const artifact = outputs(run)['publish-artifact'];
    expect(artifact, run.outputs).toMatch(new RegExp(`${ARTIFACT_FILE}$`));
    return artifact!;
  }

  beforeAll(async () => {
    gh = await startContractGitHub(pulls());
  }, 60_000);
  afterAll(() => gh?.stop());
  beforeEach(() => gh.reset(pulls()));

  it('posts exactly one summary comment and one review, the same a write-token run would have posted', async () => {
    // What a same-repository PR (write token) gets, for comparison.
    gh.reset(pulls('octo-org/octo-blog'));
    await runAction(node, lintEnv());
    const direct = { comment: gh.fake.state.issueComments.map((c) => c.body), review: gh.fake.state.reviews.flatMap((r) => r.comments.map((c) => [c.path, c.line, c.body])) };
    expect(direct.comment).toHaveLength(1);

    gh.reset(pulls());
    const artifact = await forkRun();
    expect(gh.fake.state.issueComments).toHaveLength(0);
    // Nothing written: the only successful request that is not a GET is the review-threads query (a read).
    const isThreadsQuery = (r: (typeof gh.fake.requests)[number]) => r.route === 'graphql' && /^\s*query\b/.test((r.body as { query: string }).query);
    expect(gh.fake.requests.filter((r) => r.method !== 'GET' && !r.fault && !isThreadsQuery(r))).toHaveLength(0);
    // Only what the inline comments need, not the posts.
    const handedOver = readFileSync(artifact, 'utf8');
    for (const name of POSTS) expect(handedOver).not.toContain(JSON.stringify(readFileSync(path.join(workspace, '_posts', name), 'utf8')).slice(1, -1));

    gh.prism.clear();
    const before = gh.fake.requests.length;
    const publish = await runAction(node, publishEnv(artifact));
    expect(publish.status, publish.stdout).toBe(0);
    gh.assertNoViolations();
    expect(publish.stdout).toContain('publishing the report of pull request #42');
    expect(gh.fake.state.issueComments).toHaveLength(1);
    expect(gh.fake.state.reviews).toHaveLength(1);
    expect(gh.fake.state.issueComments[0]!.body).toBe(direct.comment[0]);
    expect(gh.fake.state.reviews.flatMap((r) => r.comments.map((c) => [c.path, c.line, c.body]))).toEqual(direct.review);
    expect(gh.fake.state.reviews[0]!.comments.some((c) => c.body.includes('```suggestion'))).toBe(true);
    expect(outputs(publish)['comment-url']).toContain('#issuecomment-');
    // The PR is checked first; a constant number of requests.
    const made = gh.fake.requests.slice(before);
    expect(made[0]).toMatchObject({ route: 'pulls.get', path: '/repos/octo-org/octo-blog/pulls/42' });
    // pulls.get, then a same-repo run's 7 (files, review comments, comments, review, comment, re-list, threads query).
    expect(made.length).toBeLessThanOrEqual(8);

    // Published again (a re-run): still one comment, no inline comment twice.
    const again = await runAction(node, publishEnv(artifact));
    expect(again.status).toBe(0);
    expect(gh.fake.state.issueComments).toHaveLength(1);
    expect(gh.fake.state.reviews.flatMap((r) => r.comments)).toHaveLength(direct.review.length);
  }, 120_000);

  describe('a forged artifact posts nothing and fails the step saying why', () => {
    let genuine: Record<string, any>;
    let genuinePath: string;
    beforeAll(async () => {
      gh.reset(pulls());
      genuinePath = await forkRun();
      genuine = JSON.parse(readFileSync(genuinePath, 'utf8'));
    }, 60_000);

    const forge = (text: string) => {
      const dir = tempDirSync('bpl-forged-');
      const file = path.join(dir, ARTIFACT_FILE);
      writeFileSync(file, text);
      return file;
    };
    const edited = (change: (artifact: Record<string, any>) => void) => {
      const copy = structuredClone(genuine);
      change(copy);
      return forge(JSON.stringify(copy));
    };

    const cases: Array<{ name: string; artifact: () => string; event?: WorkflowRunEventOptions; reason: RegExp }> = [
      { name: 'another PR number (its head is not the run’s head_sha)', artifact: () => edited((a) => (a.pullNumber = 43)), reason: /it claims pull request #43, whose head is [0-9a-f]{12}, not the triggering run's [0-9a-f]{12}/ },
      { name: 'another PR number and its head SHA', artifact: () => edited((a) => ((a.pullNumber = 43), (a.headSha = gh.fake.pull(43).headSha))), reason: /it claims head [0-9a-f]{12}, the triggering run linted [0-9a-f]{12}/ },
      { name: 'a PR that GitHub did not link to the run', artifact: () => edited((a) => (a.pullNumber = 43)), event: { pullRequests: [42] }, reason: /it claims pull request #43, the triggering run belongs to #42/ },
      { name: 'a PR that does not exist', artifact: () => edited((a) => (a.pullNumber = 4242)), reason: /#4242, which does not exist/ },
      { name: 'a run that was not a pull_request run', artifact: () => genuinePath, event: { event: 'push' }, reason: /the triggering run was a push run/ },
      { name: 'oversized', artifact: () => forge(JSON.stringify(genuine) + ' '.repeat(MAX_ARTIFACT_BYTES)), reason: new RegExp(`\\d+ bytes, over the ${MAX_ARTIFACT_BYTES}-byte cap`) },
      { name: 'malformed JSON', artifact: () => forge(JSON.stringify(genuine).slice(0, -10)), reason: /not JSON/ },
      { name: 'not an artifact at all (a JSON report)', artifact: () => forge(JSON.stringify(genuine.report)), reason: /not a blog-post-lint-publish artifact of version 1/ },
      { name: 'a problem without a line', artifact: () => edited((a) => (a.report.problems[0].line = 'one')), reason: /report: a problem without file, line, ruleId, severity or message/ },
      { name: 'a prefix that climbs out', artifact: () => edited((a) => (a.prefix = '../x')), reason: /prefix is not a plain relative folder/ },
      { name: 'a malformed preview card', artifact: () => edited((a) => (Object.values(a.previews)[0] as Record<string, unknown>).tags = 'not-a-list'), reason: /the preview of ".*" is malformed/ },
      { name: 'a malformed suggestion', artifact: () => edited((a) => (a.inline.find((i: Record<string, any>) => i.suggestion).suggestion.endLine = 0)), reason: /an inline suggestion is malformed/ },
    ];

    it.each(cases)('$name', async ({ artifact, event, reason }) => {
      gh.reset(pulls());
      const run = await runAction(node, publishEnv(artifact(), event));
      expect(run.status, run.stdout).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`^::error::blog-post-lint: rejected the artifact ${ARTIFACT_FILE.replace(/\./g, '\\.')}: .*; nothing was posted\\.$`));
      expect(errors[0]).toMatch(reason);
      expect(run.stdout).not.toMatch(/^\s+at /m); // no stack trace
      expect(gh.fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
      expect(gh.fake.state.issueComments).toHaveLength(0);
      gh.assertNoViolations();
    }, 60_000);

    it('a valid artifact with hostile text: everything that reaches the PR is escaped', async () => {
      gh.reset(pulls());
      const hostile = '<img src=x onerror=alert(1)> @admin Closes #1 [x](https://evil.example)';
      const file = edited((a) => {
        const index = a.inline.find((i: Record<string, any>) => i.suggestion).problem;
        a.report.problems[index].message = hostile;
        a.report.problems[index].ruleId = '`</sub><script>x</script>';
        a.report.tool.version = '<b>9</b>';
        (Object.values(a.previews)[0] as Record<string, unknown>).title = '<script>alert(1)</script> @team';
      });
      const run = await runAction(node, publishEnv(file));
      expect(run.status, run.stdout).toBe(0);
      gh.assertNoViolations();
      const posted = [gh.fake.state.issueComments[0]!.body, ...gh.fake.state.reviews.flatMap((r) => r.comments.map((c) => c.body))].join('\n');
      for (const raw of ['<img', '<script', '</script', '@admin', '@team', '<b>9', '](https://evil', '#1 ']) expect(posted).not.toContain(raw);
      expect(posted).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;');
    }, 60_000);

    it('a publish token without pull-requests: write fails the step, saying so', async () => {
      gh.reset(pulls());
      gh.fake.setReadOnly(true);
      const run = await runAction(node, publishEnv(genuinePath));
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/::error::blog-post-lint: could not post to pull request #42: .*403.*permissions: pull-requests: write/);
      expect(gh.fake.state.issueComments).toHaveLength(0);
    }, 60_000);

    it('publish-report outside a workflow_run run is refused', async () => {
      gh.reset(pulls());
      const run = await runAction(node, lintEnv({ 'INPUT_PUBLISH-REPORT': genuinePath }));
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('::error::input publish-report is for the workflow_run workflow of fork mode');
      expect(gh.fake.requests).toHaveLength(0);
    }, 60_000);
  });
});

describe('concurrency: two overlapping runs leave one summary comment', () => {
  let gh: ContractGitHub;
  beforeAll(async () => {
    gh = await startContractGitHub(pulls());
  }, 60_000);
  afterAll(() => gh?.stop());
  beforeEach(() => gh.reset(pulls()));

  const client = () => createClient('ghs_writetoken', { baseUrl: gh.url, retryBaseMs: 10 });
  const ours = () => gh.fake.state.issueComments.filter((c) => c.body.includes(SUMMARY_MARKER));

  it('both create, both converge on the oldest comment, which carries a run’s body', async () => {
    const bodies = [`${SUMMARY_MARKER}\nrun A`, `${SUMMARY_MARKER}\nrun B`];
    const results = await Promise.all(bodies.map((body) => upsertSummaryComment({ client: client(), owner: 'octo-org', repo: 'octo-blog' }, 42, body, 'github-actions[bot]')));
    gh.assertNoViolations();
    expect(gh.fake.count('issues.createComment')).toBe(2); // the race did happen
    expect(ours()).toHaveLength(1);
    const kept = ours()[0]!;
    expect(kept.id).toBe(1_000_000_001); // the fake's first comment id: the oldest stays
    expect(bodies).toContain(kept.body);
    for (const result of results) expect(result.url).toContain(`#issuecomment-${kept.id}`);
  }, 30_000);

  it('without a race, a create costs one extra list and nothing else', async () => {
    const result = await upsertSummaryComment({ client: client(), owner: 'octo-org', repo: 'octo-blog' }, 42, `${SUMMARY_MARKER}\nalone`, 'github-actions[bot]');
    expect(result.action).toBe('created');
    expect(gh.fake.requests.map((r) => r.route)).toEqual(['issues.listComments', 'issues.createComment', 'issues.listComments']);
  }, 30_000);

  it('duplicates an earlier race left behind are cleaned up on the next run', async () => {
    const first = gh.fake.addIssueComment({ body: `${SUMMARY_MARKER}\nold 1`, issueNumber: 42 });
    gh.fake.addIssueComment({ body: `${SUMMARY_MARKER}\nold 2`, issueNumber: 42 });
    const result = await upsertSummaryComment({ client: client(), owner: 'octo-org', repo: 'octo-blog' }, 42, `${SUMMARY_MARKER}\nnew`, 'github-actions[bot]');
    expect(result.action).toBe('updated');
    expect(ours().map((c) => [c.id, c.body])).toEqual([[first.id, `${SUMMARY_MARKER}\nnew`]]);
  }, 30_000);

  it('two publish runs started at once (two processes) end with one summary comment', async () => {
    const lint = {
      ...inputDefaults(),
      ...runnerEnv({ apiUrl: gh.url, eventName: 'pull_request', payload: pullRequestEvent(gh.fake), token: 'ghs_forkreadonlytoken', workspace }),
      ...gh.env(),
      GITHUB_WORKSPACE: workspace,
      'INPUT_COMMENT': 'false',
    };
    const lintRun = await runAction(node, lint);
    const artifact = outputs(lintRun)['publish-artifact']!;
    const publish = () => {
      const download = tempDirSync('bpl-publish-');
      copyFileSync(artifact, path.join(download, ARTIFACT_FILE));
      return { ...inputDefaults(), ...runnerEnv({ apiUrl: gh.url, eventName: 'workflow_run', payload: workflowRunEvent(gh.fake), token: 'ghs_writetoken' }), ...gh.env(), GITHUB_WORKSPACE: download, 'INPUT_PUBLISH-REPORT': ARTIFACT_FILE, BLOG_POST_LINT_RETRY_BASE_MS: '10' };
    };
    const runs = await Promise.all([runAction(node, publish()), runAction(node, publish())]);
    for (const run of runs) expect(run.status, run.stdout).toBe(0);
    gh.assertNoViolations();
    expect(ours()).toHaveLength(1);
    expect(readdirSync(path.dirname(artifact))).toContain(ARTIFACT_FILE);
  }, 60_000);
});
