// Proves the contract-test harness: Octokit (as @actions/github builds it) against prism, which
// validates every request and response against GitHub's REST description, in front of the stateful
// fake GitHub. Later scenario tests run the action itself the same way.
import * as github from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startContractGitHub, type ContractGitHub } from './harness.js';
import { readReviewThreads, resolveThreads } from '../../src/github/graphql.js';
import { addedPatch, modifiedPatch } from './diff.js';
import {
  BOT_USER,
  DEFAULT_OWNER,
  DEFAULT_PULL_NUMBER,
  DEFAULT_REPO,
  FORBIDDEN_MESSAGE,
  HUMAN_USER,
  SECONDARY_RATE_LIMIT_MESSAGE,
  fakeSha,
  type FakeFile,
  type FakeGitHubOptions,
} from './fake-github.js';

const owner = DEFAULT_OWNER;
const repo = DEFAULT_REPO;
const pull_number = DEFAULT_PULL_NUMBER;

const post = ['---', 'title: Hello', 'date: 2026-11-20', '---', '', '# Hello', '', 'Some text.', ''].join('\n');
const oldPost = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
// Two hunks: lines 3 and 25 change.
const newPost = oldPost.replace('line 3\n', 'line three\n').replace('line 25\n', 'line twenty-five\n');

const HELLO = '_posts/2026-11-20-hello.md';
const OLD = '_posts/2026-11-01-old.md';

function manyFiles(count: number): FakeFile[] {
  return Array.from({ length: count }, (_, i) => ({ filename: `_posts/2026-11-20-post-${String(i).padStart(4, '0')}.md`, status: 'added' as const, patch: addedPatch(post) }));
}

const baseFiles: FakeFile[] = [
  { filename: HELLO, status: 'added', patch: addedPatch(post) },
  { filename: OLD, status: 'modified', patch: modifiedPatch(oldPost, newPost) },
  { filename: 'assets/img/cover.png', status: 'added', additions: 0, deletions: 0, changes: 0 }, // binary: no patch
  { filename: '_posts/2026-10-01-renamed.md', status: 'renamed', previous_filename: '_posts/2026-10-01-draft.md', additions: 0, deletions: 0, changes: 0 },
  { filename: '_posts/2025-01-01-gone.md', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-# Gone\n-' },
];
const baseOptions: FakeGitHubOptions = { pull: { files: baseFiles }, tokens: { ghp_human: HUMAN_USER } };

let gh: ContractGitHub;
const client = (token = 'ghs_installationtoken') => github.getOctokit(token, { baseUrl: gh.url });

/** What the action's client does (src/github/client.ts): retry 5xx and secondary rate limits. */
function retryingClient() {
  const octokit = client();
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const { status, response } = error as { status?: number; response?: { headers: Record<string, string> } };
        const retryable = (status !== undefined && status >= 500) || (status === 403 && response?.headers['retry-after'] !== undefined);
        if (!retryable || attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, status === 403 ? Number(response!.headers['retry-after']) * 1000 : 10));
      }
    }
  });
  return octokit;
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; data: any; headers: Record<string, string>; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; response?: { data: any; headers: Record<string, string> }; message: string };
    return { status: e.status, data: e.response?.data, headers: e.response?.headers ?? {}, message: e.message };
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  gh = await startContractGitHub(baseOptions);
});
afterAll(async () => {
  await gh?.stop();
});
beforeEach(() => gh.reset(baseOptions));

describe('harness plumbing', () => {
  it('runs prism and the fake on loopback only', async () => {
    for (const url of [gh.url, gh.prism.prismUrl, gh.fake.url]) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gh.prism.startupMs).toBeLessThan(30_000);
    const { startPrism } = await import('./prism.js');
    await expect(startPrism({ upstream: 'https://api.github.com' })).rejects.toThrow(/loopback/);
    await expect(startPrism({ upstream: gh.fake.url, spec: 'https://example.com/api.json' })).rejects.toThrow(/local file/);
  });

  it('gets the pull request and its files; every object validates against GitHub’s schemas', async () => {
    const octokit = client();
    const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number });
    expect(pr).toMatchObject({ number: pull_number, state: 'open', head: { sha: gh.fake.pull().headSha, repo: { full_name: `${owner}/${repo}` } }, base: { sha: gh.fake.pull().baseSha } });
    const { data: files } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number });
    expect(files.map((f) => f.filename)).toEqual(baseFiles.map((f) => f.filename));
    expect(files[0]).toMatchObject({ status: 'added', additions: 8, deletions: 0, changes: 8 });
    expect(files[1]).toMatchObject({ status: 'modified', additions: 2, deletions: 2 });
    expect(files[1]!.patch).toMatch(/^@@ -1,6 \+1,6 @@/);
    expect(files[2]!.patch).toBeUndefined();
    expect(files[3]).toMatchObject({ status: 'renamed', previous_filename: '_posts/2026-10-01-draft.md' });
    expect(files[4]!.blob_url).toContain(`/blob/${gh.fake.pull().baseSha}/`);
    expect(gh.prism.exchanges).toHaveLength(2);
    gh.assertNoViolations();
  });

  it('reports a fake response that breaks the description (prism answers 500 with the violation)', async () => {
    gh.fake.fail('pulls.get', { status: 200, body: { number: 'forty-two' }, times: 1 });
    const error = await failure(client().rest.pulls.get({ owner, repo, pull_number }));
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/\[prism\]/);
    expect(gh.prism.violations().length).toBeGreaterThan(0);
    expect(gh.prism.violations().every((v) => v.location[0] === 'response')).toBe(true);
    expect(() => gh.assertNoViolations()).toThrow(/violation/);
    expect(gh.fake.count('pulls.get')).toBe(1);
  });
});

describe('pagination', () => {
  it('pages listFiles over a 300-file PR: 3 pages of 100 with Link headers that lead back through prism', async () => {
    gh.reset({ ...baseOptions, pull: { files: manyFiles(300) } });
    const octokit = client();
    const first = await octokit.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toBe(
      `<${gh.url}/repos/${owner}/${repo}/pulls/${pull_number}/files?per_page=100&page=2>; rel="next", ` +
        `<${gh.url}/repos/${owner}/${repo}/pulls/${pull_number}/files?per_page=100&page=3>; rel="last"`,
    );
    gh.reset({ ...baseOptions, pull: { files: manyFiles(300) } });
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 });
    expect(all).toHaveLength(300);
    expect(new Set(all.map((f) => f.filename)).size).toBe(300);
    expect(gh.fake.count('pulls.listFiles')).toBe(3);
    expect(gh.fake.requestsTo('pulls.listFiles').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    // Pages 2 and 3 came through the tap and prism too, not straight to the fake.
    expect(gh.fake.requestsTo('pulls.listFiles').every((r) => r.requestId !== undefined)).toBe(true);
    expect(gh.prism.exchanges).toHaveLength(3);
    gh.assertNoViolations();
  });

  it('defaults to 30 per page, caps per_page at 100, and answers an empty page past the end', async () => {
    gh.reset({ ...baseOptions, pull: { files: manyFiles(45) } });
    const octokit = client();
    expect((await octokit.rest.pulls.listFiles({ owner, repo, pull_number })).data).toHaveLength(30);
    const big = await octokit.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 1000 });
    expect(big.data).toHaveLength(45);
    expect(big.headers.link).toBeUndefined();
    const past = await octokit.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 30, page: 5 });
    expect(past.data).toEqual([]);
    expect(past.headers.link).toContain('rel="first"');
    gh.assertNoViolations();
  });

  it('stops listFiles at 3000 files on a 3,500-file PR, as GitHub does', async () => {
    gh.reset({ ...baseOptions, pull: { files: manyFiles(3500) } });
    const octokit = client();
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 });
    expect(all).toHaveLength(3000);
    expect(all.at(-1)!.filename).toBe('_posts/2026-11-20-post-2999.md');
    expect(gh.fake.count('pulls.listFiles')).toBe(30);
    // The PR itself still says how many files there are.
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number })).data.changed_files).toBe(3500);
    gh.assertNoViolations();
  });
});

describe('issue comments', () => {
  it('creates, lists, updates and deletes a comment as github-actions[bot]', async () => {
    const octokit = client();
    gh.fake.addIssueComment({ body: 'Nice post!', user: HUMAN_USER });
    const { data: created, status } = await octokit.rest.issues.createComment({ owner, repo, issue_number: pull_number, body: '<!-- blog-post-lint -->\nHello' });
    expect(status).toBe(201);
    expect(created.user).toMatchObject({ login: BOT_USER.login, type: 'Bot', id: BOT_USER.id });
    expect(created.html_url).toContain(`/pull/${pull_number}#issuecomment-${created.id}`);

    const { data: list } = await octokit.rest.issues.listComments({ owner, repo, issue_number: pull_number });
    expect(list.map((c) => [c.user?.login, c.user?.type, c.body])).toEqual([
      ['octocat', 'User', 'Nice post!'],
      ['github-actions[bot]', 'Bot', '<!-- blog-post-lint -->\nHello'],
    ]);

    const { data: updated } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.id, body: '<!-- blog-post-lint -->\nUpdated' });
    expect(updated.body).toBe('<!-- blog-post-lint -->\nUpdated');
    expect(updated.updated_at > created.updated_at).toBe(true);
    expect(gh.fake.state.issueComments.find((c) => c.id === created.id)?.body).toBe('<!-- blog-post-lint -->\nUpdated');

    expect((await octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.id })).status).toBe(204);
    expect((await octokit.rest.issues.listComments({ owner, repo, issue_number: pull_number })).data).toHaveLength(1);
    expect(gh.fake.counts()).toEqual({ 'issues.createComment': 1, 'issues.listComments': 2, 'issues.updateComment': 1, 'issues.deleteComment': 1 });
    gh.assertNoViolations();
  });

  it('rejects bodies over 65,536 characters with GitHub’s 422', async () => {
    const error = await failure(client().rest.issues.createComment({ owner, repo, issue_number: pull_number, body: 'x'.repeat(65_537) }));
    expect(error.status).toBe(422);
    expect(error.data.errors[0]).toMatchObject({ field: 'body', code: 'custom' });
    gh.assertNoViolations();
  });

  it('answers 404 for an unknown comment (a status updateComment does not document: passed through, exempted)', async () => {
    const error = await failure(client().rest.issues.updateComment({ owner, repo, comment_id: 999, body: 'x' }));
    expect(error.status).toBe(404);
    expect(error.message).toContain('Not Found');
    expect(gh.prism.exchanges[0]!.exempted.length).toBeGreaterThan(0);
    gh.assertNoViolations();
  });
});

describe('reviews', () => {
  it('creates a review with single- and multi-line comments on lines of the patch, and lists them', async () => {
    const octokit = client();
    const { data: review } = await octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number,
      commit_id: gh.fake.pull().headSha,
      event: 'COMMENT',
      body: 'blog-post-lint found 2 problems',
      comments: [
        { path: HELLO, line: 2, side: 'RIGHT', body: '```suggestion\ntitle: "Hello"\n```' },
        { path: HELLO, start_line: 6, line: 8, side: 'RIGHT', start_side: 'RIGHT', body: 'range' },
        { path: OLD, line: 3, side: 'LEFT', body: 'the old line' },
        { path: OLD, line: 1, body: 'context line, side defaults to RIGHT' },
      ],
    });
    expect(review).toMatchObject({ state: 'COMMENTED', user: { login: BOT_USER.login }, commit_id: gh.fake.pull().headSha });
    const { data: comments } = await octokit.rest.pulls.listReviewComments({ owner, repo, pull_number });
    expect(comments.map((c) => [c.path, c.start_line, c.line, c.side, c.pull_request_review_id])).toEqual([
      [HELLO, null, 2, 'RIGHT', review.id],
      [HELLO, 6, 8, 'RIGHT', review.id],
      [OLD, null, 3, 'LEFT', review.id],
      [OLD, null, 1, 'RIGHT', review.id],
    ]);
    expect(comments[0]!.diff_hunk).toBe('@@ -0,0 +1,8 @@\n+---\n+title: Hello');
    const { data: reviews } = await octokit.rest.pulls.listReviews({ owner, repo, pull_number });
    expect(reviews.map((r) => r.id)).toEqual([review.id]);
    expect(gh.fake.state.reviews[0]!.comments).toHaveLength(4);
    gh.assertNoViolations();
  });

  it.each([
    ['a line outside the patch', { path: OLD, line: 15, body: 'x' }, 'Line could not be resolved'],
    ['a deleted line on the RIGHT side', { path: '_posts/2025-01-01-gone.md', line: 1, side: 'RIGHT', body: 'x' }, 'Line could not be resolved'],
    ['an added line on the LEFT side', { path: HELLO, line: 2, side: 'LEFT', body: 'x' }, 'Line could not be resolved'],
    ['a binary file (no patch)', { path: 'assets/img/cover.png', line: 1, body: 'x' }, 'Line could not be resolved'],
    ['a file not in the PR', { path: 'README.md', line: 1, body: 'x' }, 'Path could not be resolved'],
    ['a range across two hunks', { path: OLD, start_line: 3, line: 25, body: 'x' }, 'Start line and line must be in the same hunk'],
    ['a range whose start equals its end', { path: HELLO, start_line: 4, line: 4, body: 'x' }, 'start_line must precede line'],
    ['a range that runs backwards', { path: HELLO, start_line: 5, line: 4, body: 'x' }, 'start_line must precede line'],
    // The description types `side` as a plain string (no enum), so prism lets this through: GitHub says no.
    ['side "MIDDLE"', { path: HELLO, line: 2, side: 'MIDDLE', body: 'x' }, 'Side must be LEFT or RIGHT'],
  ])('answers 422 for the whole review when one comment is on %s', async (_label, bad, message) => {
    const error = await failure(
      client().rest.pulls.createReview({ owner, repo, pull_number, event: 'COMMENT', body: 'b', comments: [{ path: HELLO, line: 2, body: 'fine' }, bad] }),
    );
    expect(error.status).toBe(422);
    expect(error.data).toMatchObject({ message: 'Unprocessable Entity', errors: [message] });
    expect(gh.fake.count('pulls.createReview')).toBe(1); // it reached the fake: prism found nothing wrong
    expect(gh.fake.state.reviews).toHaveLength(0);
    expect(gh.fake.state.reviewComments).toHaveLength(0);
    gh.assertNoViolations();
  });
});

describe('requests that break the description are stopped by prism', () => {
  it.each([
    ['POST issue comment with no request body at all', () => client().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pull_number } as never), 422, 'issues.createComment', /Body parameter is required/],
    ['POST issue comment without `body`', () => client().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pull_number, text: 'x' } as never), 422, 'issues.createComment', /required property 'body'/],
    ['a body that is not a string', () => client().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pull_number, body: 5 } as never), 422, 'issues.createComment', /body must be string/],
    ['a review event GitHub does not know', () => client().request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner, repo, pull_number, event: 'LGTM' } as never), 422, 'pulls.createReview', /allowed values/],
    ['a review comment line that is not an integer', () => client().request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner, repo, pull_number, event: 'COMMENT', body: 'b', comments: [{ path: HELLO, line: '2', body: 'x' }] } as never), 422, 'pulls.createReview', /line must be integer/],
    ['a pull number that is not an integer', () => client().request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: 'abc' } as never), 422, 'pulls.get', /pull_number must be integer/],
    ['per_page that is not an integer', () => client().request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number, per_page: 'all' } as never), 422, 'pulls.listFiles', /per_page must be integer/],
    ['an endpoint outside the trimmed description', () => client().request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { owner, repo, pull_number }), 404, 'unknown', /Route not resolved/],
  ] as const)('%s', async (_label, call, status, route, pattern) => {
    const error = await failure(call());
    expect(error.status).toBe(status);
    expect(error.message).toMatch(/\[prism\]/);
    expect(error.message).toMatch(pattern);
    expect(gh.fake.count(route)).toBe(0);
    expect(gh.fake.requests).toHaveLength(0);
    const [exchange] = gh.prism.exchanges;
    expect(exchange!.rejectedByPrism).toBe(true);
    expect(() => gh.assertNoViolations()).toThrow();
  });
});

describe('GraphQL: around prism, validated and executed against GitHub’s published GraphQL schema', () => {
  const seedThreads = () => {
    const review = gh.fake.addReview({ event: 'COMMENT', comments: [{ path: HELLO, line: 2, body: 'first' }, { path: HELLO, line: 6, body: 'second' }, { path: OLD, line: 1, body: 'third' }] });
    const [first, second, third] = review.comments;
    gh.fake.addReply({ to: second!.id, body: 'I disagree', user: HUMAN_USER });
    gh.fake.resolveThread(third!.id);
    return { first: first!, second: second!, third: third! };
  };

  it('reads the review threads with the action’s own paginated query: bots without [bot], replies, resolved flags', async () => {
    seedThreads();
    const threads = await readReviewThreads(client(), owner, repo, pull_number);
    expect(threads.map((t) => [t.path, t.isResolved, t.comments.map((c) => [c.author?.login, c.author?.type, c.body])])).toEqual([
      [HELLO, false, [['github-actions', 'Bot', 'first']]],
      [HELLO, false, [['github-actions', 'Bot', 'second'], [HUMAN_USER.login, 'User', 'I disagree']]],
      [OLD, true, [['github-actions', 'Bot', 'third']]],
    ]);
    expect(gh.prism.exchanges.map((e) => [e.method, e.path, e.rejectedByPrism])).toEqual([['POST', '/graphql', false]]);
    expect(gh.fake.count('graphql')).toBe(1);
    gh.assertNoViolations();
  });

  it('pages review threads 100 at a time with cursors', async () => {
    gh.fake.addReview({ event: 'COMMENT', comments: Array.from({ length: 230 }, (_, i) => ({ path: HELLO, line: 1 + (i % 8), body: `c${i}` })) });
    const threads = await readReviewThreads(client(), owner, repo, pull_number);
    expect(threads.map((t) => t.comments[0]!.body)).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
    expect(gh.fake.count('graphql')).toBe(3);
    gh.assertNoViolations();
  });

  it('resolves threads in one aliased mutation; an unknown id is GitHub’s NOT_FOUND, not a violation', async () => {
    const { first, second } = seedThreads();
    const [a, b] = gh.fake.threads();
    const logs: string[] = [];
    expect(await resolveThreads(client(), [a!.id, b!.id, 'PRRT_bm9wZQ'], (m) => logs.push(m))).toBe(2);
    expect(gh.fake.count('graphql')).toBe(1);
    expect(gh.fake.state.resolvedThreads.get(first.id)).toEqual(BOT_USER);
    expect(gh.fake.state.resolvedThreads.get(second.id)).toEqual(BOT_USER);
    expect(logs.join('\n')).toMatch(/Could not resolve to a node with the global id of 'PRRT_bm9wZQ'/);
    gh.assertNoViolations();
  });

  it('a read-only token may query but not mutate: FORBIDDEN, as GitHub answers it', async () => {
    seedThreads();
    gh.fake.setReadOnly(true);
    const threads = await readReviewThreads(client(), owner, repo, pull_number);
    const logs: string[] = [];
    expect(await resolveThreads(client(), [threads[0]!.id], (m) => logs.push(m))).toBe(0);
    expect(logs.join('\n')).toContain(FORBIDDEN_MESSAGE);
    expect(gh.fake.state.resolvedThreads.size).toBe(1); // only the one seeded
    gh.assertNoViolations();
  });

  it.each([
    ['an unknown field', '{ repository(owner: "octo-org", name: "octo-blog") { pullRequest(number: 42) { reviewThreads(first: 10) { nodes { id isSolved } } } } }', {}, /Cannot query field "isSolved" on type "PullRequestReviewThread"/],
    ['an argument the field does not take', '{ repository(owner: "octo-org", name: "octo-blog", branch: "main") { id } }', {}, /Unknown argument "branch"/],
    ['a syntax error', '{ repository(owner: "octo-org" { id } }', {}, /Syntax Error/],
    ['a variable of the wrong type', 'query($n: Int!) { repository(owner: "octo-org", name: "octo-blog") { pullRequest(number: $n) { id } } }', { n: 'forty-two' }, /variables: .*Int cannot represent non-integer value: "forty-two"/],
    ['a required variable left out', 'query($n: Int!) { repository(owner: "octo-org", name: "octo-blog") { pullRequest(number: $n) { id } } }', {}, /variables: Variable "\$n" of required type "Int!" was not provided/],
    ['a mutation input without its required field', 'mutation($id: ID!) { resolveReviewThread(input: { clientMutationId: $id }) { thread { id } } }', { id: 'x' }, /threadId/],
    ['a connection without first or last', '{ repository(owner: "octo-org", name: "octo-blog") { pullRequest(number: 42) { reviewThreads { totalCount } } } }', {}, /You must provide a `first` or `last` value/],
    ['more than 100 records at once', '{ repository(owner: "octo-org", name: "octo-blog") { pullRequest(number: 42) { reviewThreads(first: 101) { totalCount } } } }', {}, /exceeds the `first` limit of 100 records/],
  ] as const)('reports %s as a violation (and answers with GitHub’s errors)', async (_label, query, variables, pattern) => {
    const error = (await client()
      .graphql(query, variables)
      .then(() => undefined, (e: unknown) => e)) as { errors?: Array<{ message: string }> } | undefined;
    expect(error?.errors?.length).toBeGreaterThan(0);
    expect(gh.fake.count('graphql')).toBe(1); // it went around prism, to the fake
    expect(gh.prism.violations().map((v) => `${v.method} ${v.path}: ${v.message}`).join('\n')).toMatch(/^POST \/graphql: /);
    expect(() => gh.assertNoViolations()).toThrow(pattern);
  });

  it('prism itself refuses POST /graphql (not in the REST description): that is why the tap routes it around', async () => {
    const response = await fetch(`${gh.prism.prismUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'token ghs_x' }, body: JSON.stringify({ query: '{ viewer { login } }' }) });
    expect(response.status).toBe(404);
    expect(gh.fake.count('graphql')).toBe(0);
  });

  it('GraphQL needs a token', async () => {
    const response = await fetch(`${gh.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ repository(owner: "octo-org", name: "octo-blog") { id } }' }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'This endpoint requires you to be authenticated.' });
  });
});

describe('faults', () => {
  it('read-only token (fork PR): every write answers 403 "Resource not accessible by integration", reads work', async () => {
    gh.fake.setReadOnly(true);
    const octokit = client();
    expect((await octokit.rest.pulls.listFiles({ owner, repo, pull_number })).data).toHaveLength(baseFiles.length);
    const writes = [
      () => octokit.rest.issues.createComment({ owner, repo, issue_number: pull_number, body: 'x' }),
      () => octokit.rest.pulls.createReview({ owner, repo, pull_number, event: 'COMMENT', body: 'x' }),
      () => octokit.rest.issues.updateComment({ owner, repo, comment_id: 1, body: 'x' }), // 403 not documented: exempted
      () => octokit.rest.issues.deleteComment({ owner, repo, comment_id: 1 }), // idem
      () => octokit.rest.repos.createCommitComment({ owner, repo, commit_sha: gh.fake.pull().headSha, body: 'x' }),
    ];
    for (const write of writes) {
      const error = await failure(write());
      expect(error.status).toBe(403);
      expect(error.data.message).toBe(FORBIDDEN_MESSAGE);
    }
    expect(gh.fake.requests.filter((r) => r.method !== 'GET').every((r) => r.status === 403 && r.fault)).toBe(true);
    expect(gh.fake.state.issueComments).toHaveLength(0);
    gh.assertNoViolations();
  });

  it('GET /user: 403 for the installation token, the user for a personal token', async () => {
    const error = await failure(client().rest.users.getAuthenticated());
    expect(error.status).toBe(403);
    expect(error.data.message).toBe(FORBIDDEN_MESSAGE);
    const { data: me } = await client('ghp_human').rest.users.getAuthenticated();
    expect(me).toMatchObject({ login: 'octocat', type: 'User' });
    gh.assertNoViolations();
  });

  it('a route that fails any status: 403 on listFiles (undocumented there) passes through prism unchanged', async () => {
    const fault = gh.fake.forbid('pulls.listFiles', 1);
    const error = await failure(client().rest.pulls.listFiles({ owner, repo, pull_number }));
    expect(error.status).toBe(403);
    expect(error.data.message).toBe(FORBIDDEN_MESSAGE);
    expect(fault.hits).toBe(1);
    expect(gh.prism.exchanges[0]!.exempted.map((v) => v.message).join()).toMatch(/status code/);
    expect((await client().rest.pulls.listFiles({ owner, repo, pull_number })).status).toBe(200);
    gh.assertNoViolations();
  });

  it('5xx twice, then success: a retrying client gets the data on the third request', async () => {
    const fault = gh.fake.serverError('pulls.listFiles', 2, 502);
    const { data } = await retryingClient().rest.pulls.listFiles({ owner, repo, pull_number });
    expect(data).toHaveLength(baseFiles.length);
    expect(gh.fake.requestsTo('pulls.listFiles').map((r) => r.status)).toEqual([502, 502, 200]);
    expect(fault.hits).toBe(2);
    expect(gh.fake.count('pulls.listFiles')).toBe(3);
    gh.assertNoViolations();
  });

  it('5xx on every request: the client gives up and the count shows every attempt', async () => {
    gh.fake.serverError('issues.createComment', Infinity, 500);
    const error = await failure(retryingClient().rest.issues.createComment({ owner, repo, issue_number: pull_number, body: 'x' }));
    expect(error.status).toBe(500);
    expect(gh.fake.count('issues.createComment')).toBe(4);
    gh.assertNoViolations();
  });

  it('secondary rate limit: 403 with retry-after: 1, then the review goes through', async () => {
    gh.fake.secondaryRateLimit('pulls.createReview', 1, 1);
    const first = await failure(client().rest.pulls.createReview({ owner, repo, pull_number, event: 'COMMENT', body: 'x' }));
    expect(first.status).toBe(403);
    expect(first.headers['retry-after']).toBe('1');
    expect(first.data.message).toBe(SECONDARY_RATE_LIMIT_MESSAGE);

    gh.reset(baseOptions);
    gh.fake.secondaryRateLimit('pulls.createReview', 1, 1);
    const started = Date.now();
    const { data } = await retryingClient().rest.pulls.createReview({ owner, repo, pull_number, event: 'COMMENT', body: 'x' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(data.state).toBe('COMMENTED');
    expect(gh.fake.requestsTo('pulls.createReview').map((r) => r.status)).toEqual([403, 200]);
    gh.assertNoViolations();
  });

  it('`after` lets the first requests through: the second page of files fails', async () => {
    gh.reset({ ...baseOptions, pull: { files: manyFiles(250) } });
    gh.fake.serverError('pulls.listFiles', 1, 503).cancel();
    gh.fake.fail('pulls.listFiles', { status: 503, after: 1, times: 1, body: { message: 'Service Unavailable' } });
    const octokit = client();
    const error = await failure(octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 }));
    expect(error.status).toBe(503);
    expect(gh.fake.requestsTo('pulls.listFiles').map((r) => [r.query.page ?? '1', r.status])).toEqual([
      ['1', 200],
      ['2', 503],
    ]);
    gh.assertNoViolations();
  });
});

describe('push events and commits', () => {
  it('compares base...head and comments on a commit', async () => {
    const before = fakeSha('before');
    const after = fakeSha('after');
    gh.reset({ ...baseOptions, comparisons: [{ base: before, head: after, files: baseFiles.slice(0, 2), commits: [fakeSha('middle'), after] }] });
    const octokit = client();
    const { data: cmp } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${before}...${after}` });
    expect(cmp.files?.map((f) => f.filename)).toEqual([HELLO, OLD]);
    expect(cmp.commits.map((c) => c.sha)).toEqual([fakeSha('middle'), after]);
    expect(cmp).toMatchObject({ status: 'ahead', ahead_by: 2, total_commits: 2 });
    const { data: pr } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `main...${gh.fake.pull().headRef}` });
    expect(pr.files).toHaveLength(baseFiles.length);
    expect((await failure(octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${before}...nope` }))).status).toBe(404);

    const { data: comment } = await octokit.rest.repos.createCommitComment({ owner, repo, commit_sha: after, body: 'lint report', path: HELLO, position: 2 });
    expect(comment).toMatchObject({ commit_id: after, body: 'lint report', path: HELLO, position: 2, user: { login: BOT_USER.login } });
    expect(gh.fake.state.commitComments).toHaveLength(1);
    expect((await failure(octokit.rest.repos.createCommitComment({ owner, repo, commit_sha: fakeSha('unknown'), body: 'x' }))).status).toBe(422);
    gh.assertNoViolations();
  });
});
