// The GitHub layer's plans, without a server: which inline comments a review gets, whose comments
// are ours, which summary comment survives a race, which posts were renamed, whether a fork's
// artifact belongs to its run, and which answers mean a read-only token. (The requests themselves
// are checked against GitHub's description in test/github/.)
import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/core/types.js';
import { fingerprint, fingerprintsBy, fingerprintsIn, planInlineComments, type InlineFacts } from '../src/github/review.js';
import { convergeAfterCreate, isOwnComment, ownSummaryComments, SUMMARY_MARKER, uniqueComments } from '../src/github/comment.js';
import { postsUnder, renamedPosts, type ChangedFile } from '../src/github/files.js';
import { checkClaim, checkPullRequest, ProvenanceError } from '../src/github/verify.js';
import { asWriter, isRefusal, ReadOnlyTokenError } from '../src/github/errors.js';
import type { ListedComment } from '../src/github/rest.js';
import type { WorkflowRunInfo } from '../src/github/event.js';
import { addedPatch } from './github/diff.js';

const POST = '_posts/2026-11-20-hello.md';
const TEXT = ['---', 'title: Hello', 'Tags: [a]', '---', '', 'Some text.', ''].join('\n');

function problem(line: number, extra: Partial<Problem> = {}): Problem {
  return { file: POST, line, column: 1, endLine: line, endColumn: 2, ruleId: 'key-case', severity: 'warning', message: `on line ${line}`, ...extra };
}

function factsOf(...problems: Problem[]): Map<Problem, InlineFacts> {
  return new Map(problems.map((p) => [p, { lineText: TEXT.split('\n')[p.line - 1] ?? '' }]));
}

const files = (patch: string | null = addedPatch(TEXT)) => new Map([[POST, { repoPath: `blog/${POST}`, ...(patch !== null ? { patch } : {}) }]]);

describe('planInlineComments', () => {
  it('errors first, one comment a problem on a diff line, with its fingerprint and the repository path', () => {
    const warning = problem(3);
    const error = problem(6, { severity: 'error', ruleId: 'heading-increment', message: 'an error' });
    const plan = planInlineComments({ problems: [warning, error], files: files(), facts: factsOf(warning, error), posted: new Set(), cap: 10 });
    expect(plan.comments.map((c) => [c.path, c.line, c.side])).toEqual([
      [`blog/${POST}`, 6, 'RIGHT'],
      [`blog/${POST}`, 3, 'RIGHT'],
    ]);
    expect(plan.comments[0]!.body.startsWith('❌ an error')).toBe(true);
    expect(fingerprintsIn(plan.comments[1]!.body)).toEqual([fingerprint(warning, 'Tags: [a]')]);
    expect(plan).toMatchObject({ overCap: [], alreadyPosted: 0 });
  });

  it('skips what an earlier run posted, what is not in the diff, a problem without facts, and a second comment with the same fingerprint', () => {
    const posted = problem(3);
    const outside = problem(6);
    const noFacts = problem(2);
    const twin = { ...posted };
    const modified = '@@ -1,3 +1,3 @@\n ---\n-title: Hi\n+title: Hello\n Tags: [a]';
    const facts = factsOf(posted, outside, twin);
    const plan = planInlineComments({ problems: [posted, outside, noFacts, twin], files: files(modified), facts, posted: new Set([fingerprint(posted, 'Tags: [a]')]), cap: 10 });
    expect(plan.comments).toEqual([]);
    expect(plan.alreadyPosted).toBe(2);
  });

  it('a file without a patch gets no inline comment; over the cap, problems are counted, not posted', () => {
    const a = problem(2);
    const b = problem(3);
    expect(planInlineComments({ problems: [a], files: files(null), facts: factsOf(a), posted: new Set(), cap: 10 }).comments).toEqual([]);
    const capped = planInlineComments({ problems: [a, b], files: files(), facts: factsOf(a, b), posted: new Set(), cap: 1 });
    expect(capped.comments.map((c) => c.line)).toEqual([2]);
    expect(capped.overCap).toEqual([b]);
  });

  it('a suggestion spanning lines comments on the range', () => {
    const p = problem(2);
    const facts = new Map([[p, { lineText: 'title: Hello', suggestion: { startLine: 2, endLine: 3, text: 'title: Hello\ntags: [a]' } }]]);
    const [comment] = planInlineComments({ problems: [p], files: files(), facts, posted: new Set(), cap: 10 }).comments;
    expect(comment).toMatchObject({ start_line: 2, start_side: 'RIGHT', line: 3 });
    expect(comment!.body).toContain('```suggestion\ntitle: Hello\ntags: [a]\n```');
  });
});

const listed = (id: number, body: string, login: string | undefined = 'github-actions[bot]'): ListedComment => ({ id, html_url: `https://github.com/c/${id}`, body, login });

describe('whose comments are ours', () => {
  it('fingerprints only from our own account', () => {
    const body = '<!-- blog-post-lint:fp=0123456789abcdef -->';
    expect([...fingerprintsBy([listed(1, body), listed(2, body.replace('0123', '9999'), 'octocat'), listed(3, body, undefined)], 'github-actions[bot]')]).toEqual(['0123456789abcdef']);
  });

  it('the summary comments: our marker and our account, oldest first', () => {
    const comments = [listed(9, `${SUMMARY_MARKER}\nb`), listed(4, `${SUMMARY_MARKER}\na`), listed(5, `${SUMMARY_MARKER}\nquoted`, 'octocat'), listed(6, 'no marker')];
    expect(ownSummaryComments(comments, 'github-actions[bot]').map((c) => c.id)).toEqual([4, 9]);
    expect(isOwnComment(comments[2]!, SUMMARY_MARKER, 'github-actions[bot]')).toBe(false);
  });
});

describe('convergeAfterCreate', () => {
  const created = listed(20, 'new');
  it('alone, or the oldest: ours stays and any younger duplicates go', () => {
    expect(convergeAfterCreate([], created)).toEqual({ keep: created, createdStays: true, remove: [] });
    const younger = listed(21, 'other run');
    expect(convergeAfterCreate([created, younger], created)).toEqual({ keep: created, createdStays: true, remove: [younger] });
  });

  it('another run created one first: it stays, ours goes (once, even when listed too)', () => {
    const older = listed(10, 'older');
    const plan = convergeAfterCreate([older, created], created);
    expect(plan.keep).toBe(older);
    expect(plan.createdStays).toBe(false);
    expect(uniqueComments(plan.remove).map((c) => c.id)).toEqual([20]);
  });
});

describe('the files a pull request or a push changed', () => {
  const changed = (entries: ChangedFile[], prefix: string) => postsUnder(entries, prefix);
  it('renamed posts, from the repository root (API) under a prefix, or from the blog root (git)', () => {
    const api = changed(
      [
        { filename: 'blog/_posts/new.md', status: 'renamed', previousFilename: 'blog/_posts/old.md' },
        { filename: 'blog/_posts/moved-in.md', status: 'renamed', previousFilename: 'elsewhere/a.md' },
        { filename: 'blog/_posts/edited.md', status: 'modified' },
        { filename: 'blog/_posts/gone.md', status: 'removed' },
      ],
      'blog',
    );
    expect([...api.keys()]).toEqual(['_posts/new.md', '_posts/moved-in.md', '_posts/edited.md']);
    expect(renamedPosts(api, 'blog')).toEqual(new Map([['_posts/new.md', '_posts/old.md']]));
    const git = new Map<string, ChangedFile>([['_posts/b.md', { filename: '_posts/b.md', status: 'renamed', previousFilename: '_posts/a.md' }]]);
    expect(renamedPosts(git, '')).toEqual(new Map([['_posts/b.md', '_posts/a.md']]));
  });
});

describe("a fork's artifact against the run that triggered this one", () => {
  const SHA = 'a'.repeat(40);
  const run: WorkflowRunInfo = { event: 'pull_request', headSha: SHA, headRepository: 'fork/blog', pullRequests: [] };
  const claim = { pullNumber: 7, headSha: SHA };
  it('accepts a claim that matches the run and the pull request', () => {
    expect(() => checkClaim(run, claim)).not.toThrow();
    expect(() => checkPullRequest(run, claim, { headSha: SHA, headRepository: 'Fork/Blog' })).not.toThrow();
  });

  it.each([
    ['a push run', () => checkClaim({ ...run, event: 'push' }, claim), 'the triggering run was a push run, not a pull_request run'],
    ['another head', () => checkClaim(run, { ...claim, headSha: 'b'.repeat(40) }), `it claims head bbbbbbbbbbbb, the triggering run linted aaaaaaaaaaaa`],
    ['another linked PR', () => checkClaim({ ...run, pullRequests: [8] }, claim), 'it claims pull request #7, the triggering run belongs to #8'],
    ['no such PR', () => checkPullRequest(run, claim, undefined), 'it claims pull request #7, which does not exist'],
    ['a PR with another head', () => checkPullRequest(run, claim, { headSha: 'c'.repeat(40), headRepository: 'fork/blog' }), "whose head is cccccccccccc, not the triggering run's aaaaaaaaaaaa"],
    ['a PR from another repository', () => checkPullRequest(run, claim, { headSha: SHA, headRepository: 'other/blog' }), 'pull request #7 comes from other/blog, the triggering run from fork/blog'],
  ])('refuses %s', (_, check, message) => {
    expect(check).toThrow(ProvenanceError);
    expect(check).toThrow(message);
  });
});

describe('one mapping of GitHub refusing a write', () => {
  const httpError = (status: number) => Object.assign(new Error('Resource not accessible by integration'), { status });
  it('401, 403 and 404 are a read-only token; other errors pass unchanged', async () => {
    expect([401, 403, 404, 422, 500].map((status) => isRefusal(httpError(status)))).toEqual([true, true, true, false, false]);
    const refused = await asWriter(() => Promise.reject(httpError(403))).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReadOnlyTokenError);
    expect((refused as Error).message).toBe('GitHub refused to write (403: Resource not accessible by integration)');
    const other = httpError(422);
    await expect(asWriter(() => Promise.reject(other))).rejects.toBe(other);
  });
});
