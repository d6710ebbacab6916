// The action on a pull request, end to end: the real bundle (dist/index.js) run as GitHub runs it,
// under node 20 and node 24, against the fake GitHub behind prism, which checks every request and
// response against GitHub's published REST description.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, tempDirSync } from '../helpers.js';
import { startContractGitHub, type ContractGitHub } from './harness.js';
import { HUMAN_USER } from './fake-github.js';
import { addedPatch } from './diff.js';
import { pullRequestEvent, runnerEnv } from './events.js';
import { inputDefaults, machineNode, node24, runAction } from './action-run.js';

const exampleBlog = path.join(projectRoot, 'examples', 'blog');

const runtimes = [{ name: 'node 20 (the machine)', bin: machineNode() }, ...(existsSync(node24) ? [{ name: 'node 24 (action.yml)', bin: node24 }] : [])];

function blogWorkspace(): string {
  const dir = tempDirSync('bpl-pr-');
  cpSync(exampleBlog, dir, { recursive: true });
  return dir;
}

/** The example blog's posts as files the PR adds, each with its full patch (every line commentable). */
function addedPosts(workspace: string, options: { withoutPatch?: string[] } = {}) {
  const posts = ['2025-01-12-first-spring-boot-deploy.md', '2025-02-18-hackathon-retrospective.md', '2025-03-03-github-actions-npm-cache.md', '2025-04-10-redis-cache-notes.md', '2025-05-20-til-docker-compose.md'];
  return posts.map((name) => {
    const filename = `_posts/${name}`;
    const file: { filename: string; status: 'added'; patch?: string } = { filename, status: 'added' };
    if (!options.withoutPatch?.includes(filename)) file.patch = addedPatch(readFileSync(path.join(workspace, filename), 'utf8'));
    return file;
  });
}

describe.each(runtimes)('the action on a pull request, $name', ({ bin }) => {
  let gh: ContractGitHub;
  let workspace: string;
  const options = () => ({ pull: { files: addedPosts(workspace) } });

  const env = (extra: Record<string, string> = {}) => ({
    ...inputDefaults(),
    ...runnerEnv({ apiUrl: gh.url, eventName: 'pull_request', payload: pullRequestEvent(gh.fake), token: 'ghs_contracttesttoken', workspace }),
    ...gh.env(),
    GITHUB_WORKSPACE: workspace,
    BLOG_POST_LINT_RETRY_BASE_MS: '10',
    ...extra,
  });

  beforeAll(async () => {
    workspace = blogWorkspace();
    gh = await startContractGitHub(options());
  }, 60_000);
  afterAll(() => gh?.stop());
  beforeEach(() => gh.reset(options()));

  it('first run: one summary comment and one review with suggestions; every request matches GitHub\'s description', async () => {
    const run = await runAction(bin, env());
    expect(run.status, run.stdout).toBe(1); // the example blog has errors; fail-on: error
    gh.assertNoViolations();
    expect(gh.fake.count('issues.createComment')).toBe(1);
    expect(gh.fake.count('pulls.createReview')).toBe(1);
    const comments = gh.fake.state.issueComments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- blog-post-lint:summary -->')).toBe(true);
    const review = gh.fake.state.reviews[0]!;
    expect(review.comments.length).toBeGreaterThan(5);
    const suggestion = review.comments.find((c) => c.body.includes('```suggestion'));
    expect(suggestion?.body).toContain('/assets/img/posts/first-deploy/build%20log.png');
    expect(run.outputs).toContain('comment-url');
    // A constant number of requests, never one per problem: list files, list review comments, list
    // comments, the review, the comment, the list after creating it (races), the threads query.
    expect(gh.fake.requests.length).toBeLessThanOrEqual(7);
  }, 60_000);

  it('second run with the same problems: no new comment, no new review comments', async () => {
    await runAction(bin, env());
    const firstReviewComments = gh.fake.state.reviews.flatMap((r) => r.comments).length;
    const second = await runAction(bin, env());
    gh.assertNoViolations();
    expect(second.status).toBe(1);
    expect(gh.fake.state.issueComments).toHaveLength(1);
    expect(gh.fake.count('issues.createComment')).toBe(1);
    expect(gh.fake.state.reviews.flatMap((r) => r.comments)).toHaveLength(firstReviewComments);
  }, 60_000);

  it('never touches a comment by someone else that contains the marker', async () => {
    gh.fake.addIssueComment({ body: '<!-- blog-post-lint:summary --> quoted by a human', user: HUMAN_USER });
    await runAction(bin, env());
    const bodies = gh.fake.state.issueComments.map((c) => c.body);
    expect(bodies).toContain('<!-- blog-post-lint:summary --> quoted by a human');
    expect(bodies).toHaveLength(2);
  }, 60_000);

  it('fork (read-only token, 403): exits by fail-on, the comment goes to the job summary', async () => {
    gh.fake.setReadOnly(true);
    const failing = await runAction(bin, env());
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/::warning::.*read-only token/);
    expect(failing.summary).toContain('<!-- blog-post-lint:summary -->');
    expect(gh.fake.state.issueComments).toHaveLength(0);
    const passing = await runAction(bin, env({ 'INPUT_FAIL-ON': 'never' }));
    expect(passing.status).toBe(0);
  }, 60_000);

  it('a file without a patch (binary or huge diff) gets its problems in the summary only', async () => {
    const files = addedPosts(workspace, { withoutPatch: ['_posts/2025-02-18-hackathon-retrospective.md'] });
    gh.reset({ pull: { files } });
    await runAction(bin, env());
    gh.assertNoViolations();
    const review = gh.fake.state.reviews[0]!;
    expect(review.comments.some((c) => c.path === '_posts/2025-02-18-hackathon-retrospective.md')).toBe(false);
    expect(gh.fake.state.issueComments[0]!.body).toContain('hackathon-retrospective.md');
  }, 60_000);

  it('a rejected review (422) falls back to the summary without losing a problem', async () => {
    gh.fake.fail('pulls.createReview', { status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] }, times: 1 });
    const run = await runAction(bin, env());
    expect(run.status).toBe(1);
    const body = gh.fake.state.issueComments[0]!.body;
    for (const rule of ['image-file-url', 'key-case', 'date-invalid', 'frontmatter-missing']) expect(body).toContain(rule);
  }, 60_000);

  it('retries server errors and secondary rate limits', async () => {
    gh.fake.serverError('pulls.listFiles', 2, 502);
    const run = await runAction(bin, env());
    expect(run.status).toBe(1);
    expect(gh.fake.count('pulls.listFiles')).toBe(3);
    expect(gh.fake.state.issueComments).toHaveLength(1);
  }, 60_000);

  it('300 changed files: paginated at 100', async () => {
    const files = [...addedPosts(workspace), ...Array.from({ length: 295 }, (_, i) => ({ filename: `assets/img/generated/${i}.png`, status: 'added' as const }))];
    gh.reset({ pull: { files } });
    await runAction(bin, env());
    gh.assertNoViolations();
    expect(gh.fake.count('pulls.listFiles')).toBe(3);
  }, 60_000);

  it('no token (act without -s GITHUB_TOKEN): prints the comment, writes nothing', async () => {
    const run = await runAction(bin, env({ 'INPUT_GITHUB-TOKEN': '', ACT: 'true' }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('The pull-request comment (not posted)');
    expect(run.summary).toContain('<!-- blog-post-lint:summary -->');
    expect(gh.fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  }, 60_000);
});
