// Review threads follow the code, end to end: the real bundle (dist/index.js) on a pull request that
// is pushed twice, against the fake GitHub behind prism (REST) and the fake's GraphQL validation
// (GitHub's published GraphQL schema). Run 1 posts the review; the author fixes two problems and
// pushes; run 2 resolves the thread of the one nobody discussed and leaves the discussed one open.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, tempDirSync } from '../helpers.js';
import { startContractGitHub, type ContractGitHub } from './harness.js';
import { HUMAN_USER, type ReviewCommentState } from './fake-github.js';
import { addedPatch } from './diff.js';
import { pullRequestEvent, runnerEnv } from './events.js';
import { inputDefaults, machineNode, node24, runAction } from './action-run.js';

const runtimes = [{ name: 'node 20 (the machine)', bin: machineNode() }, ...(existsSync(node24) ? [{ name: 'node 24 (action.yml)', bin: node24 }] : [])];

const HACKATHON = '_posts/2025-02-18-hackathon-retrospective.md';
const POSTS = ['2025-01-12-first-spring-boot-deploy.md', '2025-02-18-hackathon-retrospective.md', '2025-03-03-github-actions-npm-cache.md', '2025-04-10-redis-cache-notes.md', '2025-05-20-til-docker-compose.md'];
const FINGERPRINT = /<!-- blog-post-lint:fp=([0-9a-f]{16}) -->/;

/** The posts as the PR adds them now, from the workspace (every line commentable). */
const prFiles = (workspace: string) =>
  POSTS.map((name) => ({ filename: `_posts/${name}`, status: 'added' as const, patch: addedPatch(readFileSync(path.join(workspace, '_posts', name), 'utf8')) }));

const fingerprintOf = (comment: { body: string }) => FINGERPRINT.exec(comment.body)?.[1];
// The rule id sits under the message as a link to its docs: <sub>[`key-case`](…#key-case)</sub>.
const ruleOf = (comment: { body: string }) => /<sub>\[`([a-z-]+)`\]\([^)]*\)<\/sub>/.exec(comment.body)?.[1];

describe.each(runtimes)('review threads follow the code, $name', ({ bin }) => {
  let gh: ContractGitHub;
  let workspace: string;

  const env = (action: 'opened' | 'synchronize') => ({
    ...inputDefaults(),
    ...runnerEnv({ apiUrl: gh.url, eventName: 'pull_request', payload: pullRequestEvent(gh.fake, { action }), token: 'ghs_contracttesttoken', workspace }),
    ...gh.env(),
    GITHUB_WORKSPACE: workspace,
    BLOG_POST_LINT_RETRY_BASE_MS: '10',
    // The example blog declares `lang: ko-KR`; the assertions below read English messages.
    INPUT_LANG: 'en',
  });

  beforeAll(async () => {
    gh = await startContractGitHub();
  }, 60_000);
  afterAll(() => gh?.stop());
  beforeEach(() => {
    workspace = tempDirSync('bpl-threads-');
    cpSync(path.join(projectRoot, 'examples', 'blog'), workspace, { recursive: true });
    gh.reset({ pull: { files: prFiles(workspace) } });
  });

  /** The author fixes `Tags:` (key-case) and fills in `Agenda:` (empty-value), then pushes. */
  function pushFixes(): void {
    const file = path.join(workspace, HACKATHON);
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace('\nTags: ', '\ntags: ').replace('\nAgenda:\n', '\nAgenda: demo day\n');
    expect(fixed).not.toBe(text);
    writeFileSync(file, fixed);
    gh.fake.push({ files: prFiles(workspace) });
  }

  const rootComment = (rule: string, needle: string) =>
    gh.fake.state.reviewComments.find((c) => c.inReplyTo === null && c.path === HACKATHON && ruleOf(c) === rule && c.body.includes(needle)) as ReviewCommentState;
  const threadOf = (comment: ReviewCommentState) => gh.fake.threads().find((t) => t.comments[0]!.id === comment.id)!;

  it('run 2 resolves the fixed problem’s thread, leaves the discussed one open, and posts nothing twice', async () => {
    const first = await runAction(bin, env('opened'));
    expect(first.status, first.stdout).toBe(1);
    const posted = gh.fake.state.reviewComments.filter((c) => c.inReplyTo === null);
    expect(posted.length).toBeGreaterThan(5);
    // Run 1 reads the threads once and finds nothing to resolve: no mutation.
    expect(gh.fake.count('graphql')).toBe(1);
    expect(gh.fake.threads().every((t) => !t.isResolved)).toBe(true);

    const tagsKey = rootComment('key-case', 'Tags');
    const agenda = rootComment('empty-value', 'Agenda');
    expect(tagsKey && agenda).toBeTruthy();
    gh.fake.addReply({ to: agenda.id, body: 'I will fill this in once the agenda is final.', user: HUMAN_USER });

    pushFixes();
    const requestsBefore = gh.fake.requests.length;
    const second = await runAction(bin, env('synchronize'));
    expect(second.status, second.stdout).toBe(1); // other posts still have errors
    gh.assertNoViolations();

    // Exactly the undiscussed fixed thread is resolved, by the action.
    const resolved = gh.fake.threads().filter((t) => t.isResolved);
    expect(resolved.map((t) => t.comments[0]!.id)).toEqual([tagsKey.id]);
    expect(resolved[0]!.resolvedBy?.login).toBe('github-actions[bot]');
    expect(threadOf(agenda).isResolved).toBe(false);
    expect(threadOf(agenda).comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', HUMAN_USER.login]);
    expect(second.stdout).toContain('1 fixed resolved, 1 fixed but discussed left open');

    // Still-present problems are not posted again: every fingerprint is on exactly one thread.
    const prints = gh.fake.state.reviewComments.filter((c) => c.inReplyTo === null).map(fingerprintOf);
    expect(new Set(prints).size).toBe(prints.length);
    const secondRunComments = gh.fake.state.reviewComments.filter((c) => c.inReplyTo === null && !posted.includes(c));
    for (const comment of secondRunComments) expect(posted.map(fingerprintOf)).not.toContain(fingerprintOf(comment));
    expect(secondRunComments.some((c) => ruleOf(c) === 'key-case' && c.body.includes('Title'))).toBe(false);

    // Constant requests: one threads query and one mutation, whatever the number of problems.
    const secondRun = gh.fake.requests.slice(requestsBefore);
    expect(secondRun.filter((r) => r.route === 'graphql')).toHaveLength(2);
    expect(secondRun.length).toBeLessThanOrEqual(8);
    const mutation = secondRun.filter((r) => r.route === 'graphql')[1]!.body as { query: string; variables: Record<string, string> };
    expect(mutation.query).toMatch(/^mutation/);
    expect(Object.values(mutation.variables)).toEqual([threadOf(tagsKey).id]);
  }, 90_000);

  it('a problem that comes back after the action resolved its thread is posted again; one a person resolved is not', async () => {
    await runAction(bin, env('opened'));
    const tagsKey = rootComment('key-case', 'Tags');
    // A person resolves a still-present problem's thread: their decision, never posted again.
    const dismissed = gh.fake.state.reviewComments.find((c) => c.inReplyTo === null && c.path === HACKATHON && c.id !== tagsKey.id && ruleOf(c) !== 'empty-value')!;
    gh.fake.resolveThread(dismissed.id, HUMAN_USER);
    const file = path.join(workspace, HACKATHON);
    const original = readFileSync(file, 'utf8');

    pushFixes();
    await runAction(bin, env('synchronize'));
    expect(threadOf(tagsKey).isResolved).toBe(true);

    // The author brings `Tags:` back.
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ntags: ', '\nTags: '));
    gh.fake.push({ files: prFiles(workspace) });
    const before = gh.fake.state.reviewComments.length;
    const third = await runAction(bin, env('synchronize'));
    gh.assertNoViolations();
    const newComments = gh.fake.state.reviewComments.slice(before).filter((c) => c.inReplyTo === null);
    expect(newComments.map((c) => [ruleOf(c), fingerprintOf(c)])).toEqual([['key-case', fingerprintOf(tagsKey)]]);
    expect(newComments[0]!.body).toContain('Tags');
    // The thread the person resolved stays resolved, and its problem was not posted again.
    expect(threadOf(dismissed).isResolved).toBe(true);
    expect(gh.fake.state.reviewComments.filter((c) => c.inReplyTo === null && fingerprintOf(c) === fingerprintOf(dismissed))).toHaveLength(1);
    expect(third.stdout).not.toMatch(/internal error/);
    expect(original).toContain('\nTags: ');
  }, 120_000);

  it('a third run with nothing new changes nothing: no mutation, no new comment', async () => {
    await runAction(bin, env('opened'));
    pushFixes();
    await runAction(bin, env('synchronize'));
    const comments = gh.fake.state.reviewComments.length;
    const requestsBefore = gh.fake.requests.length;
    await runAction(bin, env('synchronize'));
    gh.assertNoViolations();
    const third = gh.fake.requests.slice(requestsBefore);
    expect(third.filter((r) => r.route === 'graphql')).toHaveLength(1); // the query; nothing to resolve
    expect(gh.fake.state.reviewComments).toHaveLength(comments);
  }, 90_000);

  it('a token that may not use GraphQL does not fail the run: logged, the comment and review are still there', async () => {
    await runAction(bin, env('opened'));
    pushFixes();
    gh.fake.fail('graphql', { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } });
    const run = await runAction(bin, env('synchronize'));
    expect(run.status).toBe(1); // by fail-on, as before
    expect(run.stdout).toMatch(/Could not read the review threads, none resolved: [^\n]*\n - Resource not accessible by integration/);
    expect(run.stdout).not.toMatch(/internal error/);
    expect(run.outputs).toMatch(/comment-url<<[\s\S]*https:\/\/github\.com\//);
    expect(gh.fake.threads().some((t) => t.isResolved)).toBe(false);
  }, 90_000);
});
