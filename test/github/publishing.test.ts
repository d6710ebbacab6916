// Publishing flows beyond the pull-request comment, through the real bundle (dist/index.js) against
// the fake GitHub behind prism: a push to the default branch (annotations, job summary, the optional
// commit comment), a renamed post on a pull request (permalink-changed), and `fix: commit` (one
// commit with the engine's fixes on the PR's branch, through the Git Data API).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startContractGitHub, type ContractGitHub } from './harness.js';
import { addedPatch } from './diff.js';
import { pullRequestEvent, pushEvent, runnerEnv } from './events.js';
import { inputDefaults, machineNode, runAction } from './action-run.js';
import { HUMAN_USER, type FakeGitHubOptions } from './fake-github.js';
import { fixText } from '../../src/runner/lint.js';
import { createEnvironment } from '../../src/runner/environment.js';
import { resolveSettings } from '../../src/config/settings.js';
import { tempDirSync } from '../helpers.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';

const node = machineNode();
const TOKEN = 'ghs_contracttesttoken';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

function workspaceWith(files: Record<string, string>): string {
  const dir = tempDirSync('bpl-publish-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const CLEAN_POST = '---\ntitle: Clean post\ndate: 2025-06-02 10:00:00 +0900\ncategories: [Blog]\ntags: [notes]\n---\n\nSome text here.\n';
const BROKEN_POST = '---\ntitle: Broken post\ndate: 2025-06-03 10:00:00 +0900\nTags: [notes]\n---\n\n![](/assets/missing.png)\n';

let gh: ContractGitHub;
beforeAll(async () => {
  gh = await startContractGitHub({});
}, 60_000);
afterAll(() => gh?.stop());

function env(eventName: 'push' | 'pull_request', payload: Record<string, any>, workspace: string, extra: Record<string, string> = {}) {
  return {
    ...inputDefaults(),
    ...runnerEnv({ apiUrl: gh.url, eventName, payload, token: TOKEN, workspace }),
    ...gh.env(),
    GITHUB_WORKSPACE: workspace,
    BLOG_POST_LINT_RETRY_BASE_MS: '10',
    'INPUT_FAIL-ON': 'never',
    ...extra,
  };
}

describe('push to the default branch', () => {
  /** A blog with one clean post, then a pushed commit that adds `added`. */
  function pushedBlog(added: Record<string, string>) {
    const dir = workspaceWith({ '_posts/2025-06-02-clean.md': CLEAN_POST });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'first');
    const before = git(dir, 'rev-parse', 'HEAD');
    for (const [name, content] of Object.entries(added)) writeFileSync(path.join(dir, name), content);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'publish');
    const after = git(dir, 'rev-parse', 'HEAD');
    const files = Object.keys(added).map((filename) => ({ filename, status: 'added' as const }));
    gh.reset({ knownShas: [before, after], comparisons: [{ base: before, head: after, files }] });
    return { dir, payload: pushEvent(gh.fake, { before, after }), after };
  }

  it('lints the pushed posts: annotations and job summary list the problems; no commit comment by default', async () => {
    const { dir, payload } = pushedBlog({ '_posts/2025-06-03-broken.md': BROKEN_POST });
    const run = await runAction(node, env('push', payload, dir));
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('1 file changed (git); 1 of them is a post.');
    expect(run.stdout).toMatch(/::error title=blog-post-lint \(key-case\),file=_posts\/2025-06-03-broken\.md,line=4,/);
    expect(run.stdout).toMatch(/::error title=blog-post-lint \(image-missing\),file=_posts\/2025-06-03-broken\.md,line=7,/);
    expect(run.stdout).not.toContain('2025-06-02-clean.md');
    expect(run.summary).toContain('2025-06-03-broken.md');
    expect(run.summary).toContain('key-case');
    expect(gh.fake.state.commitComments).toHaveLength(0);
    expect(gh.fake.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
  }, 60_000);

  it('commit-comment: true posts exactly one commit comment on the pushed head', async () => {
    const { dir, payload, after } = pushedBlog({ '_posts/2025-06-03-broken.md': BROKEN_POST });
    const run = await runAction(node, env('push', payload, dir, { 'INPUT_COMMIT-COMMENT': 'true' }));
    expect(run.status, run.stdout).toBe(0);
    gh.assertNoViolations();
    const comments = gh.fake.state.commitComments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.commitId).toBe(after);
    expect(comments[0]!.body.startsWith('<!-- blog-post-lint:commit -->')).toBe(true);
    expect(comments[0]!.body).toContain('key-case');
    expect(comments[0]!.body).toContain(`/blob/${after}/_posts/2025-06-03-broken.md`);
    expect(run.outputs).toContain(`/commit/${after}#commitcomment-${comments[0]!.id}`);
  }, 60_000);

  it('commit-comment: a re-run of the same push keeps one comment; a person\'s comment with the marker is never touched', async () => {
    const { dir, payload, after } = pushedBlog({ '_posts/2025-06-03-broken.md': BROKEN_POST });
    const human = gh.fake.addCommitComment({ commitId: after, body: '<!-- blog-post-lint:commit --> quoted by a person', user: HUMAN_USER });
    await runAction(node, env('push', payload, dir, { 'INPUT_COMMIT-COMMENT': 'true' }));
    const rerun = await runAction(node, env('push', payload, dir, { 'INPUT_COMMIT-COMMENT': 'true' }));
    gh.assertNoViolations();
    expect(rerun.stdout).toMatch(/Commit comment unchanged on/);
    expect(gh.fake.count('repos.createCommitComment')).toBe(1);
    const comments = gh.fake.state.commitComments;
    expect(comments).toHaveLength(2);
    expect(comments.find((comment) => comment.id === human.id)!.body).toBe('<!-- blog-post-lint:commit --> quoted by a person');
  }, 60_000);

  it('commit-comment: a clean push gets no comment', async () => {
    const clean = CLEAN_POST.replace('Clean post', 'Another clean post').replace('2025-06-02', '2025-06-04');
    const { dir, payload } = pushedBlog({ '_posts/2025-06-04-another.md': clean });
    const run = await runAction(node, env('push', payload, dir, { 'INPUT_COMMIT-COMMENT': 'true' }));
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('1 of them is a post.');
    expect(gh.fake.state.commitComments).toHaveLength(0);
    expect(gh.fake.requests).toHaveLength(0);
  }, 60_000);

  it('a post renamed in the push (git -M) gets permalink-changed with its old URL', async () => {
    const dir = workspaceWith({ '_posts/2024-01-01-a.md': '---\ntitle: A post\ntags: [notes]\n---\n\nText.\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'first');
    const before = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'mv', '_posts/2024-01-01-a.md', '_posts/2024-02-01-b.md');
    git(dir, 'commit', '-qm', 'rename');
    const after = git(dir, 'rev-parse', 'HEAD');
    gh.reset({ knownShas: [before, after], comparisons: [{ base: before, head: after, files: [{ filename: '_posts/2024-02-01-b.md', status: 'renamed', previous_filename: '_posts/2024-01-01-a.md' }] }] });
    const run = await runAction(node, env('push', pushEvent(gh.fake, { before, after }), dir));
    expect(run.stdout).toMatch(/::warning title=blog-post-lint \(permalink-changed\),file=_posts\/2024-02-01-b\.md,line=1,.*Renamed from _posts\/2024-01-01-a\.md: the URL changes from \/2024\/01\/01\/a\.html to \/2024\/02\/01\/b\.html/);
  }, 60_000);

  it('commit-comment with a read-only token: the comment goes to the log, the run does not fail for it', async () => {
    const { dir, payload } = pushedBlog({ '_posts/2025-06-03-broken.md': BROKEN_POST });
    gh.fake.setReadOnly(true);
    const run = await runAction(node, env('push', payload, dir, { 'INPUT_COMMIT-COMMENT': 'true' }));
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*the commit comment was not posted: GitHub refused to write \(403/);
    expect(run.stdout).toContain('The commit comment (not posted)');
    expect(run.summary).toContain('<!-- blog-post-lint:commit -->');
    expect(gh.fake.state.commitComments).toHaveLength(0);
  }, 60_000);
});

describe('a renamed post on a pull request', () => {
  const renamed = (text: string): FakeGitHubOptions => ({
    pull: { files: [{ filename: '_posts/2024-02-01-b.md', status: 'renamed', previous_filename: '_posts/2024-01-01-a.md', patch: addedPatch(text) }] },
  });

  it('gets the permalink-changed warning with the old URL', async () => {
    const text = '---\ntitle: A post\n---\n\nText.\n';
    const dir = workspaceWith({ '_posts/2024-02-01-b.md': text });
    gh.reset(renamed(text));
    const run = await runAction(node, env('pull_request', pullRequestEvent(gh.fake), dir));
    gh.assertNoViolations();
    expect(run.stdout).toMatch(/::warning title=blog-post-lint \(permalink-changed\),file=_posts\/2024-02-01-b\.md,line=1,.*the URL changes from \/2024\/01\/01\/a\.html to \/2024\/02\/01\/b\.html/);
    const body = gh.fake.state.issueComments[0]!.body;
    expect(body).toContain('permalink-changed');
    expect(body).toContain('/2024/01/01/a.html');
  }, 60_000);

  it('no warning when the post already redirects from its old URL', async () => {
    const text = '---\ntitle: A post\nredirect_from:\n  - /2024/01/01/a.html\n---\n\nText.\n';
    const dir = workspaceWith({ '_posts/2024-02-01-b.md': text });
    gh.reset(renamed(text));
    const run = await runAction(node, env('pull_request', pullRequestEvent(gh.fake), dir));
    expect(run.stdout).toContain('1 file changed (api); 1 of them is a post.');
    expect(run.stdout).not.toContain('permalink-changed');
  }, 60_000);
});

describe('fix: commit', () => {
  const FIXABLE = '---\r\ntitle: Fix me\r\ndate: 2025-06-01 10:00:00 +0900\r\nTags: [Notes, notes]\r\n---\r\n\r\nSome text.\r\n';
  const FIXED = '---\r\ntitle: Fix me\r\ndate: 2025-06-01 10:00:00 +0900\r\ntags: [Notes]\r\n---\r\n\r\nSome text.\r\n';
  const STALE_AT_HEAD = '---\ntitle: Other\ndate: 2025-06-05\nTags: [x]\n---\n\nThe head has this version.\n';
  const STALE_IN_WORKSPACE = '---\ntitle: Other\ndate: 2025-06-05\nTags: [x]\n---\n\nThe merge commit has this one.\n';
  const POST = '_posts/2025-06-01-fix-me.md';
  const OTHER = '_posts/2025-06-05-other.md';

  function pullWithFixes(headRepo?: string): FakeGitHubOptions {
    return {
      pull: {
        ...(headRepo ? { headRepo } : {}),
        files: [
          { filename: POST, status: 'added', patch: addedPatch(FIXABLE) },
          { filename: OTHER, status: 'added', patch: addedPatch(STALE_AT_HEAD) },
        ],
        // The head commit's tree: both posts as the PR's branch has them, plus an untouched file.
        contents: { [POST]: FIXABLE, [OTHER]: STALE_AT_HEAD, '_config.yml': 'timezone: Asia/Seoul\n' },
      },
    };
  }
  const workspace = () => workspaceWith({ [POST]: FIXABLE, [OTHER]: STALE_IN_WORKSPACE, '_config.yml': 'timezone: Asia/Seoul\n' });

  it('pushes one commit on the linted head whose diff is exactly the fixes', async () => {
    gh.reset(pullWithFixes());
    const dir = workspace();
    const head = gh.fake.pull().headSha;
    const run = await runAction(node, env('pull_request', pullRequestEvent(gh.fake), dir, { INPUT_FIX: 'commit' }));
    gh.assertNoViolations();
    expect(gh.fake.count('git.createCommit')).toBe(1);
    const newSha = gh.fake.state.git.refs.get(`heads/${gh.fake.pull().headRef}`)!;
    expect(newSha).not.toBe(head);
    const commit = gh.fake.state.git.commits.get(newSha)!;
    expect(commit.parents).toEqual([head]);
    expect(run.stdout).toContain(`fix: commit: pushed ${newSha}`);

    const before = gh.fake.filesAt(head);
    const after = gh.fake.filesAt(newSha);
    // Only the fixed post changed, to exactly the engine's output (CRLF kept); nothing else moved.
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(after.get(POST)!.toString('utf8')).toBe(FIXED);
    const environment = await createEnvironment(dir, resolveSettings(ruleCatalogue, {}));
    expect(after.get(POST)!.toString('utf8')).toBe((await fixText(POST, FIXABLE, environment)).output);
    for (const file of before.keys()) if (file !== POST) expect(after.get(file)!.equals(before.get(file)!), file).toBe(true);
    // The workspace copy of OTHER is the merge commit's, not the head's: never committed.
    expect(run.stdout).toContain(`fix: commit: skipped ${OTHER}: the checked-out file is not the pull request's head version`);
    // The workspace itself is left alone.
    expect(readFileSync(path.join(dir, POST), 'utf8')).toBe(FIXABLE);

    // The summary comment says where the fixes went; the fixed post's fixable problems get no
    // suggestion on lines the commit has changed, while the post it could not commit keeps its own.
    const body = gh.fake.state.issueComments[0]!.body;
    // It names the post it fixed, and only that one (OTHER was skipped and keeps its fixable problems).
    expect(body).toContain(`🔧 The automatic fixes of \`${POST}\` were pushed as commit [\`${newSha.slice(0, 7)}\`](`);
    expect(body).toContain('; their problems below that have a fix are fixed there.');
    expect(body.split('\n').find((line) => line.startsWith('🔧'))).not.toContain(OTHER);
    const inline = gh.fake.state.reviews.flatMap((review) => review.comments);
    expect(inline.filter((comment) => comment.path === POST && comment.body.includes('```suggestion'))).toEqual([]);
    expect(inline.some((comment) => comment.path === OTHER && comment.body.includes('```suggestion'))).toBe(true);
  }, 60_000);

  it('off (the default): no Git Data request at all', async () => {
    gh.reset(pullWithFixes());
    await runAction(node, env('pull_request', pullRequestEvent(gh.fake), workspace()));
    expect(gh.fake.requests.filter((request) => request.route.startsWith('git.'))).toEqual([]);
  }, 60_000);

  it('a pull request from a fork: no commit, and the log says why', async () => {
    gh.reset(pullWithFixes('someone/octo-blog'));
    const run = await runAction(node, env('pull_request', pullRequestEvent(gh.fake), workspace(), { INPUT_FIX: 'commit' }));
    expect(run.stdout).toContain('fix: commit: nothing committed: the pull request comes from a fork');
    expect(gh.fake.requests.filter((request) => request.route.startsWith('git.'))).toEqual([]);
  }, 60_000);

  it('a head repository the event does not name (a deleted fork): no commit', async () => {
    gh.reset(pullWithFixes());
    const payload = pullRequestEvent(gh.fake);
    payload.pull_request.head.repo = null;
    const run = await runAction(node, env('pull_request', payload, workspace(), { INPUT_FIX: 'commit' }));
    expect(run.stdout).toContain('fix: commit: nothing committed: the event does not show the head branch to be in this repository');
    expect(gh.fake.requests.filter((request) => request.route.startsWith('git.'))).toEqual([]);
  }, 60_000);

  it('the branch moved since the run started: no commit, and the log says why', async () => {
    gh.reset(pullWithFixes());
    const linted = gh.fake.pull().headSha;
    const payload = pullRequestEvent(gh.fake);
    const moved = gh.fake.advanceRef(`heads/${gh.fake.pull().headRef}`);
    const run = await runAction(node, env('pull_request', payload, workspace(), { INPUT_FIX: 'commit' }));
    gh.assertNoViolations();
    expect(run.stdout).toMatch(new RegExp(`::warning::fix: commit: nothing committed: the branch post-42 moved since this run started \\(it is at ${moved.slice(0, 7)}, this run linted ${linted.slice(0, 7)}\\)`));
    expect(gh.fake.count('git.createCommit')).toBe(0);
    expect(gh.fake.state.git.refs.get('heads/post-42')).toBe(moved);
  }, 60_000);

  it('a token without contents: write (403): no commit, the log names the permission, the run goes on', async () => {
    gh.reset(pullWithFixes());
    const head = gh.fake.pull().headSha;
    gh.fake.forbid('git.createTree');
    const run = await runAction(node, env('pull_request', pullRequestEvent(gh.fake), workspace(), { INPUT_FIX: 'commit' }));
    gh.assertNoViolations();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/::warning::fix: commit: nothing committed: GitHub refused to write \(403.*needs `permissions: contents: write`/);
    expect(gh.fake.state.git.refs.get('heads/post-42')).toBe(head);
    expect(gh.fake.state.issueComments).toHaveLength(1);
  }, 60_000);

  it('the branch moves between the check and the update: GitHub refuses the non-fast-forward, nothing is forced', async () => {
    gh.reset(pullWithFixes());
    // Someone pushes right after the action reads the ref.
    const ref = 'heads/post-42';
    let moved = '';
    gh.fake.fail((request) => {
      if (request.route === 'git.createTree' && !moved) moved = gh.fake.advanceRef(ref);
      return false;
    }, { status: 500 });
    const run = await runAction(node, env('pull_request', pullRequestEvent(gh.fake), workspace(), { INPUT_FIX: 'commit' }));
    gh.assertNoViolations();
    expect(gh.fake.count('git.updateRef')).toBe(1);
    expect(gh.fake.requestsTo('git.updateRef')[0]!.body).toMatchObject({ force: false });
    expect(run.stdout).toMatch(/::warning::fix: commit: nothing committed: the branch post-42 moved while the fix commit was being made/);
    expect(gh.fake.state.git.refs.get(ref)).toBe(moved);
  }, 60_000);
});
