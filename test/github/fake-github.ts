// A stateful fake of the GitHub REST endpoints the action calls, on 127.0.0.1 (port 0).
//
// - State: pull requests (head/base SHAs, refs, files with patches), issue comments, reviews with
//   their inline comments, commit comments, comparisons for push events.
// - Shapes: every object is a sample of the schema GitHub's REST description gives for it
//   (test/fixtures/github/api.trimmed.json) with realistic values laid over it, so prism's response
//   validation passes on everything the fake answers with a documented status.
// - Behaviour copied from GitHub: pagination (`per_page` ≤ 100, `page`, `Link` with prev/next/last/
//   first), listFiles capped at 3000 files, createReview's all-or-nothing 422 when a comment's line
//   is not in the file's patch, the read-only token of fork PRs (403 "Resource not accessible by
//   integration"), `GET /user` refused to an installation token, 65,536-character bodies.
// - Faults: any route can answer any status N times (`fail`), with helpers for 403s, 5xx and the
//   secondary rate limit (403 + `retry-after`).
// - Records every request (method, path, query, body, headers, status) and counts per route.
//
// Use it alone (`startFakeGitHub`) or behind prism (test/github/harness.ts).
import http from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { TRIMMED_SPEC_PATH } from './trim-spec.js';
import { overlay, sampleSchema, type Doc } from './schema-sample.js';
import { countChanges, diffHunkUpTo, findLine, findPosition, parsePatch, type DiffLine, type Side } from './diff.js';
import { answerGraphQL, connection, GitHubGraphQLError, type ConnectionArgs } from './fake-graphql.js';
import type { Violation } from './prism.js';

// ---------------------------------------------------------------------------------------------
// Public types

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** What the workflow's GITHUB_TOKEN writes as. */
export const BOT_USER: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const HUMAN_USER: FakeUser = { login: 'octocat', id: 583231, type: 'User' };
export const OTHER_BOT_USER: FakeUser = { login: 'dependabot[bot]', id: 49699333, type: 'Bot' };

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface FakeFile {
  filename: string;
  status?: FileStatus;
  /** Absent for binary files and very large diffs, as on GitHub. */
  patch?: string;
  previous_filename?: string;
  /** Counted from the patch when omitted. */
  additions?: number;
  deletions?: number;
  changes?: number;
  /** Blob SHA; derived from the name when omitted. */
  sha?: string;
}

export interface FakePullOptions {
  number?: number;
  title?: string;
  body?: string | null;
  author?: FakeUser;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  /** `owner/name` of the head repository; a different one than the base makes a fork PR. */
  headRepo?: string;
  files?: FakeFile[];
  draft?: boolean;
  state?: 'open' | 'closed';
  /** SHAs of the PR's commits, oldest first; the head SHA is added when missing. */
  commits?: string[];
  /** Files at the head commit (its git tree, for the Git Data API). A changed file without a `sha`
   *  gets the git blob SHA of its content here, as GitHub's listFiles gives. */
  contents?: Record<string, string | Buffer>;
}

export interface FakeComparison {
  base: string;
  head: string;
  files: FakeFile[];
  /** SHAs, oldest first; defaults to [head]. */
  commits?: string[];
  status?: 'diverged' | 'ahead' | 'behind' | 'identical';
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** One pull request (number 42 unless given). */
  pull?: FakePullOptions;
  /** Several pull requests; `pull` is added to them. */
  pulls?: FakePullOptions[];
  /** Who a token writes as when `tokens` does not name it. Default: github-actions[bot]. */
  actor?: FakeUser;
  tokens?: Record<string, FakeUser>;
  /** Every write answers 403 "Resource not accessible by integration" (a fork PR's token). */
  readOnly?: boolean;
  /** Writes without an Authorization header answer 401 (default true). */
  requireAuth?: boolean;
  /** Base URL clients use (prism or the tap in front of it), for `Link` headers and `url` fields. */
  publicUrl?: string;
  /** Web URL in html_url fields. Default https://github.com (never requested). */
  serverUrl?: string;
  /** Start of the fake clock; every write advances it one second. */
  now?: string;
  comparisons?: FakeComparison[];
  /** Extra commit SHAs that exist (createCommitComment, compare); PR SHAs always exist. */
  knownShas?: string[];
}

export type RouteName =
  | 'pulls.get'
  | 'pulls.listFiles'
  | 'issues.listComments'
  | 'issues.createComment'
  | 'issues.updateComment'
  | 'issues.deleteComment'
  | 'pulls.listReviews'
  | 'pulls.createReview'
  | 'pulls.listReviewComments'
  | 'repos.compareCommitsWithBasehead'
  | 'repos.createCommitComment'
  | 'repos.listCommentsForCommit'
  | 'repos.updateCommitComment'
  | 'git.getRef'
  | 'git.getCommit'
  | 'git.createTree'
  | 'git.createCommit'
  | 'git.updateRef'
  | 'users.getAuthenticated'
  /** POST /graphql: validated and executed against GitHub's GraphQL schema (fake-graphql.ts). */
  | 'graphql';

export interface RecordedRequest {
  /** Order of arrival, from 1. */
  seq: number;
  /** `x-contract-request-id` set by the tap in front of prism, when there is one. */
  requestId?: string;
  route: RouteName | 'unknown';
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, the raw text when it is not JSON, undefined when empty. */
  body: any;
  status: number;
  /** Answered by a configured fault (or read-only mode) rather than the route's logic. */
  fault: boolean;
  /** What the fake found wrong with the request itself (GraphQL documents and variables). */
  violations: Violation[];
}

export interface Fault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail; Infinity when omitted. */
  times?: number;
  /** Let this many matching requests through first. */
  after?: number;
}

export type RouteMatcher =
  | RouteName
  /** `METHOD /template` as in the description, e.g. `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews`. */
  | `${'GET' | 'POST' | 'PATCH' | 'DELETE'} /${string}`
  | '*'
  | 'write'
  | 'read'
  | ((request: { route: RouteName | 'unknown'; method: string; path: string }) => boolean);

export interface FaultHandle {
  /** Requests this fault answered. */
  readonly hits: number;
  /** Matching requests it let through (`after`) or that came once `times` was used up. */
  readonly passed: number;
  cancel(): void;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The status is not among the operation's documented responses: prism's "status not in the
   *  document" violation is expected and the tap passes this response through unchanged. */
  undocumented: boolean;
  fault: boolean;
  /** What the fake itself found wrong with the request (GraphQL, which prism cannot check). */
  violations: Violation[];
}

export interface PullState {
  number: number;
  title: string;
  body: string | null;
  author: FakeUser;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  headRepo: string;
  files: FakeFile[];
  draft: boolean;
  state: 'open' | 'closed';
  commits: string[];
  createdAt: string;
}

export interface IssueCommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewCommentState {
  id: number;
  reviewId: number;
  pullNumber: number;
  path: string;
  body: string;
  line: number | null;
  side: Side | null;
  startLine: number | null;
  startSide: Side | null;
  position: number | null;
  diffHunk: string;
  commitId: string;
  user: FakeUser;
  createdAt: string;
  /** The comment this one replies to (its thread's first comment); null for a thread's first. */
  inReplyTo: number | null;
}

/** A review thread: a first inline comment and its replies, as GitHub's GraphQL API shows them. */
export interface ThreadState {
  /** GraphQL node id (`PRRT_…`). */
  id: string;
  pullNumber: number;
  path: string;
  comments: ReviewCommentState[];
  isResolved: boolean;
  resolvedBy: FakeUser | null;
}

export interface ReviewState {
  id: number;
  pullNumber: number;
  body: string;
  event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT' | undefined;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING';
  commitId: string;
  user: FakeUser;
  submittedAt: string | null;
  comments: ReviewCommentState[];
}

export interface CommitCommentState {
  id: number;
  commitId: string;
  body: string;
  path: string | null;
  position: number | null;
  line: number | null;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface GitTreeEntry {
  mode: string;
  type: 'blob';
  sha: string;
}

export interface GitCommitState {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
}

/** The Git Data side: refs (`heads/main` -> SHA), commits, flat trees (path -> blob) and blobs. */
export interface GitState {
  refs: Map<string, string>;
  commits: Map<string, GitCommitState>;
  trees: Map<string, Map<string, GitTreeEntry>>;
  blobs: Map<string, Buffer>;
}

export interface FakeState {
  owner: string;
  repo: string;
  pulls: Map<number, PullState>;
  issueComments: IssueCommentState[];
  reviews: ReviewState[];
  /** Inline comments of every review (also reachable through reviews[].comments). */
  reviewComments: ReviewCommentState[];
  commitComments: CommitCommentState[];
  comparisons: FakeComparison[];
  knownShas: Set<string>;
  /** First comment id of each resolved thread -> who resolved it. */
  resolvedThreads: Map<number, FakeUser>;
  git: GitState;
}

export interface FakeGitHub {
  /** http://127.0.0.1:<port> — the fake itself (not validated). */
  readonly url: string;
  readonly port: number;
  readonly state: FakeState;
  readonly requests: RecordedRequest[];
  /** The first (or the numbered) pull request. */
  pull(number?: number): PullState;
  setFiles(files: FakeFile[], pullNumber?: number): void;
  /** A new push to the PR's branch: new head SHA (derived unless given), the PR's files as they now are. */
  push(update: { files: FakeFile[]; headSha?: string; pullNumber?: number }): PullState;
  /** Seeds a comment, e.g. one a previous run (the bot) or a person left. */
  addIssueComment(comment: { body: string; user?: FakeUser; issueNumber?: number }): IssueCommentState;
  /** Seeds a commit comment (e.g. by a person, or by a previous run of the action). */
  addCommitComment(comment: { commitId: string; body: string; user?: FakeUser }): CommitCommentState;
  /** Seeds a review as createReview would store it (no line checks). */
  addReview(review: { body?: string; event?: ReviewState['event']; user?: FakeUser; pullNumber?: number; comments?: ReviewCommentInput[] }): ReviewState;
  /** Seeds a reply in the thread of an inline comment (default author: a person, HUMAN_USER). */
  addReply(reply: { to: number; body: string; user?: FakeUser }): ReviewCommentState;
  /** The review threads of a pull request, oldest first. */
  threads(pullNumber?: number): ThreadState[];
  /** Marks the thread of an inline comment resolved (as a person would in the web UI). */
  resolveThread(commentId: number, user?: FakeUser): void;
  fail(match: RouteMatcher, fault: Fault): FaultHandle;
  /** 403 "Resource not accessible by integration". */
  forbid(match: RouteMatcher, times?: number): FaultHandle;
  /** `status` (default 502) `times` times, then the route works again. */
  serverError(match: RouteMatcher, times: number, status?: number): FaultHandle;
  /** 403 "You have exceeded a secondary rate limit" with `retry-after` seconds. */
  secondaryRateLimit(match: RouteMatcher, times?: number, retryAfter?: number): FaultHandle;
  clearFaults(): void;
  setReadOnly(readOnly: boolean): void;
  /** How many requests reached a route (faulted ones included). */
  count(route: RouteName | 'unknown'): number;
  counts(): Partial<Record<RouteName | 'unknown', number>>;
  requestsTo(route: RouteName | 'unknown'): RecordedRequest[];
  /** The response the fake gave to the request the tap tagged with this id. */
  lookup(requestId: string): UpstreamResponse | undefined;
  /** Every file of a commit's tree with its bytes (the Git Data state). */
  filesAt(commitSha: string): Map<string, Buffer>;
  /** Points a ref (`heads/post-42`) at a new commit on top of it, as a push by someone else would. */
  advanceRef(ref: string, message?: string): string;
  /** Back to a fresh state (same options unless new ones are given): no requests, no faults. */
  reset(options?: FakeGitHubOptions): void;
  setPublicUrl(url: string): void;
  close(): Promise<void>;
}

export interface ReviewCommentInput {
  path: string;
  body: string;
  line?: number;
  side?: string;
  start_line?: number;
  start_side?: string;
  position?: number;
}

// ---------------------------------------------------------------------------------------------
// Constants

export const DEFAULT_OWNER = 'octo-org';
export const DEFAULT_REPO = 'octo-blog';
export const DEFAULT_PULL_NUMBER = 42;
export const LIST_FILES_CAP = 3000;
export const MAX_PER_PAGE = 100;
export const MAX_BODY = 65536;
const COMPARE_FILES_CAP = 300;
const REQUEST_ID_HEADER = 'x-contract-request-id';

export const FORBIDDEN_MESSAGE = 'Resource not accessible by integration';
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';

/** A deterministic 40-hex SHA for a label. */
export function fakeSha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

/** Git's blob id: sha1 of `blob <length>\0` and the bytes (what listFiles' `sha` is). */
export function gitBlobSha(bytes: string | Buffer): string {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

let specCache: Doc | undefined;
/** The trimmed REST description the fake samples its objects from. */
export function restSpec(): Doc & { paths: Record<string, Record<string, any>> } {
  specCache ??= JSON.parse(readFileSync(TRIMMED_SPEC_PATH, 'utf8')) as Doc;
  return specCache as Doc & { paths: Record<string, Record<string, any>> };
}

// ---------------------------------------------------------------------------------------------
// Objects in GitHub's shapes

export interface Urls {
  /** API base clients use, without a trailing slash. */
  api: string;
  /** Web base (html_url). */
  server: string;
}

function nodeId(prefix: string, id: number): string {
  return Buffer.from(`${prefix}${id}`).toString('base64');
}

/** Fields of a simple-user (and of the webhook user schemas). */
export function userFields(user: FakeUser, urls: Urls): Record<string, unknown> {
  const base = `${urls.api}/users/${encodeURIComponent(user.login)}`;
  const bot = user.type === 'Bot';
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(bot ? '03:Bot' : user.type === 'Organization' ? '012:Organization' : '04:User', user.id),
    avatar_url: bot ? `https://avatars.githubusercontent.com/in/${user.id % 100000}?v=4` : `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: bot ? `${urls.server}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${urls.server}/${user.login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function userObject(user: FakeUser, urls: Urls, doc: Doc = restSpec(), schema = 'simple-user'): Record<string, unknown> {
  return overlay(sampleSchema(doc, schema, { apiUrl: urls.api }), userFields(user, urls));
}

export function repoId(fullName: string): number {
  return 100_000_000 + (parseInt(fakeSha(`repo:${fullName.toLowerCase()}`).slice(0, 7), 16) % 900_000_000);
}

/** Fields of a repository object (REST `repository`, webhook `repository-webhooks`). */
export function repositoryFields(fullName: string, urls: Urls, options: { fork?: boolean; ownerType?: FakeUser['type']; defaultBranch?: string } = {}): Record<string, unknown> {
  const [ownerLogin, name] = fullName.split('/') as [string, string];
  const r = `${urls.api}/repos/${fullName}`;
  const id = repoId(fullName);
  const host = new URL(urls.server).host;
  return {
    id,
    node_id: nodeId('010:Repository', id),
    name,
    full_name: fullName,
    owner: userFields({ login: ownerLogin, id: repoId(`owner:${ownerLogin}`) % 10_000_000, type: options.ownerType ?? 'Organization' }, urls),
    private: false,
    html_url: `${urls.server}/${fullName}`,
    description: 'A blog',
    fork: options.fork ?? false,
    url: r,
    archive_url: `${r}/{archive_format}{/ref}`,
    assignees_url: `${r}/assignees{/user}`,
    blobs_url: `${r}/git/blobs{/sha}`,
    branches_url: `${r}/branches{/branch}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    comments_url: `${r}/comments{/number}`,
    commits_url: `${r}/commits{/sha}`,
    compare_url: `${r}/compare/{base}...{head}`,
    contents_url: `${r}/contents/{+path}`,
    contributors_url: `${r}/contributors`,
    deployments_url: `${r}/deployments`,
    downloads_url: `${r}/downloads`,
    events_url: `${r}/events`,
    forks_url: `${r}/forks`,
    git_commits_url: `${r}/git/commits{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_url: `git://${host}/${fullName}.git`,
    hooks_url: `${r}/hooks`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    issue_events_url: `${r}/issues/events{/number}`,
    issues_url: `${r}/issues{/number}`,
    keys_url: `${r}/keys{/key_id}`,
    labels_url: `${r}/labels{/name}`,
    languages_url: `${r}/languages`,
    merges_url: `${r}/merges`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    pulls_url: `${r}/pulls{/number}`,
    releases_url: `${r}/releases{/id}`,
    ssh_url: `git@${host}:${fullName}.git`,
    stargazers_url: `${r}/stargazers`,
    statuses_url: `${r}/statuses/{sha}`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    tags_url: `${r}/tags`,
    teams_url: `${r}/teams`,
    trees_url: `${r}/git/trees{/sha}`,
    clone_url: `${urls.server}/${fullName}.git`,
    mirror_url: null,
    svn_url: `${urls.server}/${fullName}`,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: options.defaultBranch ?? 'main',
    open_issues: 1,
    open_issues_count: 1,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: '2026-11-20T09:00:00Z',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2026-11-20T09:00:00Z',
    allow_forking: true,
    license: null,
  };
}

function reactions(url: string): Record<string, unknown> {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A diff-entry as pulls.listFiles and compare return it. */
export function diffEntry(file: FakeFile, fullName: string, headSha: string, baseSha: string, urls: Urls): Record<string, unknown> {
  const status = file.status ?? 'modified';
  const counted = countChanges(file.patch);
  const additions = file.additions ?? counted.additions;
  const deletions = file.deletions ?? counted.deletions;
  const ref = status === 'removed' ? baseSha : headSha;
  const entry: Record<string, unknown> = {
    sha: file.sha ?? fakeSha(`blob:${file.filename}:${status}:${file.patch ?? ''}`),
    filename: file.filename,
    status,
    additions,
    deletions,
    changes: file.changes ?? additions + deletions,
    blob_url: `${urls.server}/${fullName}/blob/${ref}/${encodePath(file.filename)}`,
    raw_url: `${urls.server}/${fullName}/raw/${ref}/${encodePath(file.filename)}`,
    contents_url: `${urls.api}/repos/${fullName}/contents/${encodePath(file.filename)}?ref=${ref}`,
  };
  if (file.patch !== undefined) entry.patch = file.patch;
  if (file.previous_filename !== undefined) entry.previous_filename = file.previous_filename;
  return entry;
}

/** Fields of a pull request object (REST `pull-request`, and the webhook payloads' `pull_request`). */
export function pullRequestFields(p: PullState, baseFullName: string, urls: Urls, counts: { comments?: number; reviewComments?: number } = {}): Record<string, unknown> {
  const r = `${urls.api}/repos/${baseFullName}`;
  const html = `${urls.server}/${baseFullName}/pull/${p.number}`;
  const totals = p.files.reduce(
    (sum, f) => {
      const c = countChanges(f.patch);
      return { additions: sum.additions + (f.additions ?? c.additions), deletions: sum.deletions + (f.deletions ?? c.deletions) };
    },
    { additions: 0, deletions: 0 },
  );
  const baseOwner = baseFullName.split('/')[0]!;
  const fork = p.headRepo.toLowerCase() !== baseFullName.toLowerCase();
  const headOwner = p.headRepo.split('/')[0]!;
  const ownerUser = (login: string, type: FakeUser['type']) => userFields({ login, id: repoId(`owner:${login}`) % 10_000_000, type }, urls);
  return {
    url: `${r}/pulls/${p.number}`,
    id: 1_500_000_000 + p.number,
    node_id: `PR_${nodeId('', 1_500_000_000 + p.number).replace(/=+$/, '')}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${r}/issues/${p.number}`,
    commits_url: `${r}/pulls/${p.number}/commits`,
    review_comments_url: `${r}/pulls/${p.number}/comments`,
    review_comment_url: `${r}/pulls/comments{/number}`,
    comments_url: `${r}/issues/${p.number}/comments`,
    statuses_url: `${r}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userFields(p.author, urls),
    body: p.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.createdAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner}:${p.headRef}`,
      ref: p.headRef,
      sha: p.headSha,
      user: ownerUser(headOwner, fork ? 'User' : 'Organization'),
      repo: repositoryFields(p.headRepo, urls, { fork, ownerType: fork ? 'User' : 'Organization' }),
    },
    base: {
      label: `${baseOwner}:${p.baseRef}`,
      ref: p.baseRef,
      sha: p.baseSha,
      user: ownerUser(baseOwner, 'Organization'),
      repo: repositoryFields(baseFullName, urls),
    },
    _links: {
      self: { href: `${r}/pulls/${p.number}` },
      html: { href: html },
      issue: { href: `${r}/issues/${p.number}` },
      comments: { href: `${r}/issues/${p.number}/comments` },
      review_comments: { href: `${r}/pulls/${p.number}/comments` },
      review_comment: { href: `${r}/pulls/comments{/number}` },
      commits: { href: `${r}/pulls/${p.number}/commits` },
      statuses: { href: `${r}/statuses/${p.headSha}` },
    },
    author_association: p.author.type === 'Bot' ? 'NONE' : p.author.login.toLowerCase() === baseOwner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: p.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: counts.comments ?? 0,
    review_comments: counts.reviewComments ?? 0,
    maintainer_can_modify: false,
    commits: p.commits.length,
    additions: totals.additions,
    deletions: totals.deletions,
    changed_files: p.files.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Routing

interface Ctx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
  actor: FakeUser | undefined;
  urls: Urls;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Route {
  name: RouteName;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  template: string;
  pattern: RegExp;
  keys: string[];
}

const ROUTE_TABLE: Array<[RouteName, Route['method'], string]> = [
  ['pulls.listFiles', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['pulls.get', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['issues.listComments', 'GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['issues.createComment', 'POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['issues.updateComment', 'PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['issues.deleteComment', 'DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['pulls.listReviews', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['pulls.createReview', 'POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['pulls.listReviewComments', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['repos.compareCommitsWithBasehead', 'GET', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['repos.createCommitComment', 'POST', '/repos/{owner}/{repo}/commits/{commit_sha}/comments'],
  ['repos.listCommentsForCommit', 'GET', '/repos/{owner}/{repo}/commits/{commit_sha}/comments'],
  ['repos.updateCommitComment', 'PATCH', '/repos/{owner}/{repo}/comments/{comment_id}'],
  ['git.getRef', 'GET', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['git.getCommit', 'GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['git.createTree', 'POST', '/repos/{owner}/{repo}/git/trees'],
  ['git.createCommit', 'POST', '/repos/{owner}/{repo}/git/commits'],
  ['git.updateRef', 'PATCH', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['users.getAuthenticated', 'GET', '/user'],
  ['graphql', 'POST', '/graphql'],
];

export const ROUTES: Route[] = ROUTE_TABLE.map(([name, method, template]) => {
  const keys: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    keys.push(key);
    // basehead, commit_sha and ref may contain slashes (x-multi-segment); the rest may not.
    return key === 'basehead' || key === 'commit_sha' || key === 'ref' ? '(.+)' : '([^/]+)';
  });
  return { name, method, template, pattern: new RegExp(`^${source}/?$`), keys };
});

function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1]!)));
    return { route, params };
  }
  return undefined;
}

function routeMatches(matcher: RouteMatcher, route: Route | undefined, method: string, path: string): boolean {
  if (typeof matcher === 'function') return matcher({ route: route?.name ?? 'unknown', method, path });
  if (matcher === '*') return true;
  if (matcher === 'write') return method !== 'GET' && method !== 'HEAD';
  if (matcher === 'read') return method === 'GET' || method === 'HEAD';
  if (!route) return false;
  return matcher === route.name || matcher === `${route.method} ${route.template}`;
}

/** True when GitHub's description lists this status for the operation. */
export function isDocumented(template: string, method: string, status: number): boolean {
  const responses = restSpec().paths[template]?.[method.toLowerCase()]?.responses as Record<string, unknown> | undefined;
  if (!responses) return false;
  return String(status) in responses || `${String(status)[0]}XX` in responses || 'default' in responses;
}

function docsUrl(route: Route | undefined): string {
  const url = route ? restSpec().paths[route.template]?.[route.method.toLowerCase()]?.externalDocs?.url : undefined;
  return typeof url === 'string' ? url : 'https://docs.github.com/rest';
}

// ---------------------------------------------------------------------------------------------
// The server

interface FaultState {
  matcher: RouteMatcher;
  fault: Fault;
  hits: number;
  passed: number;
  seen: number;
  cancelled: boolean;
}

export async function startFakeGitHub(initial: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  let options = initial;
  let state: FakeState = buildState(options);
  let readOnly = options.readOnly ?? false;
  let publicUrl = options.publicUrl;
  let faults: FaultState[] = [];
  let clock = Date.parse(options.now ?? '2026-11-20T10:00:00Z');
  let nextId = { issueComment: 1_000_000_001, review: 2_000_000_001, reviewComment: 3_000_000_001, commitComment: 4_000_000_001 };
  let seq = 0;
  let rateUsed = 0;
  const requests: RecordedRequest[] = [];
  const responses = new Map<string, UpstreamResponse>();

  const tick = () => {
    clock += 1000;
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  };
  const serverUrl = () => (options.serverUrl ?? 'https://github.com').replace(/\/$/, '');

  function buildState(o: FakeGitHubOptions): FakeState {
    const owner = o.owner ?? DEFAULT_OWNER;
    const repo = o.repo ?? DEFAULT_REPO;
    const pulls = new Map<number, PullState>();
    const list = [...(o.pulls ?? [])];
    if (o.pull || list.length === 0) list.unshift(o.pull ?? {});
    for (const p of list) {
      const number = p.number ?? DEFAULT_PULL_NUMBER;
      const headSha = p.headSha ?? fakeSha(`head:${number}`);
      const commits = [...(p.commits ?? [])];
      if (!commits.includes(headSha)) commits.push(headSha);
      pulls.set(number, {
        number,
        title: p.title ?? 'Add a post',
        body: p.body === undefined ? 'A new post.' : p.body,
        author: p.author ?? HUMAN_USER,
        headSha,
        baseSha: p.baseSha ?? fakeSha(`base:${number}`),
        headRef: p.headRef ?? `post-${number}`,
        baseRef: p.baseRef ?? 'main',
        headRepo: p.headRepo ?? `${owner}/${repo}`,
        files: [...(p.files ?? [])],
        draft: p.draft ?? false,
        state: p.state ?? 'open',
        commits,
        createdAt: '2026-11-20T09:00:00Z',
      });
    }
    const git: GitState = { refs: new Map(), commits: new Map(), trees: new Map(), blobs: new Map() };
    for (const [number, p] of pulls) {
      const pull = pulls.get(number)!;
      const entries = new Map<string, GitTreeEntry>();
      for (const [path, content] of Object.entries(list.find((x) => (x.number ?? DEFAULT_PULL_NUMBER) === number)?.contents ?? {})) {
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        const sha = gitBlobSha(bytes);
        git.blobs.set(sha, bytes);
        entries.set(path, { mode: '100644', type: 'blob', sha });
      }
      pull.files = pull.files.map((f) => (f.sha === undefined && entries.has(f.filename) ? { ...f, sha: entries.get(f.filename)!.sha } : f));
      const tree = storeTree(git, entries);
      git.commits.set(p.headSha, { sha: p.headSha, tree, parents: [p.baseSha], message: 'Add a post', author: { name: p.author.login, email: `${p.author.id}+${p.author.login}@users.noreply.github.com`, date: '2026-11-20T09:00:00Z' } });
      // A fork's branch lives in the fork: the base repository has no ref for it.
      if (p.headRepo.toLowerCase() === `${owner}/${repo}`.toLowerCase()) git.refs.set(`heads/${p.headRef}`, p.headSha);
      if (!git.refs.has(`heads/${p.baseRef}`)) git.refs.set(`heads/${p.baseRef}`, p.baseSha);
    }
    const knownShas = new Set<string>(o.knownShas ?? []);
    for (const p of pulls.values()) {
      knownShas.add(p.headSha);
      knownShas.add(p.baseSha);
      p.commits.forEach((c) => knownShas.add(c));
    }
    for (const c of o.comparisons ?? []) {
      knownShas.add(c.base);
      knownShas.add(c.head);
      c.commits?.forEach((s) => knownShas.add(s));
    }
    return { owner, repo, pulls, issueComments: [], reviews: [], reviewComments: [], commitComments: [], comparisons: [...(o.comparisons ?? [])], knownShas, resolvedThreads: new Map(), git };
  }

  /** Flat trees: the SHA is a digest of the sorted entries, so equal trees share one. */
  function storeTree(git: GitState, entries: Map<string, GitTreeEntry>): string {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const sha = fakeSha(`tree:${JSON.stringify(sorted)}`);
    git.trees.set(sha, new Map(sorted));
    return sha;
  }

  function isAncestor(ancestor: string, commit: string): boolean {
    const seen = new Set<string>();
    const queue = [commit];
    while (queue.length) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(state.git.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  const fullName = () => `${state.owner}/${state.repo}`;

  // ----- object builders (need urls) -----

  function issueCommentObject(c: IssueCommentState, urls: Urls) {
    const r = `${urls.api}/repos/${fullName()}`;
    return overlay(sampleSchema(restSpec(), 'issue-comment', { apiUrl: urls.api }), {
      id: c.id,
      node_id: `IC_${nodeId('', c.id).replace(/=+$/, '')}`,
      url: `${r}/issues/comments/${c.id}`,
      html_url: `${urls.server}/${fullName()}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${r}/issues/${c.issueNumber}`,
      body: c.body,
      user: userObject(c.user, urls),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: association(c.user),
      performed_via_github_app: null,
      reactions: reactions(`${r}/issues/comments/${c.id}/reactions`),
    });
  }

  function association(user: FakeUser): string {
    if (user.type === 'Bot') return 'NONE';
    if (user.login.toLowerCase() === state.owner.toLowerCase()) return 'OWNER';
    return 'CONTRIBUTOR';
  }

  function reviewObject(r: ReviewState, urls: Urls) {
    const pr = `${urls.api}/repos/${fullName()}/pulls/${r.pullNumber}`;
    const html = `${urls.server}/${fullName()}/pull/${r.pullNumber}#pullrequestreview-${r.id}`;
    const out: Record<string, unknown> = overlay(sampleSchema(restSpec(), 'pull-request-review', { apiUrl: urls.api }), {
      id: r.id,
      node_id: `PRR_${nodeId('', r.id).replace(/=+$/, '')}`,
      user: userObject(r.user, urls),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: pr,
      author_association: association(r.user),
      _links: { html: { href: html }, pull_request: { href: pr } },
      commit_id: r.commitId,
    });
    if (r.submittedAt) out.submitted_at = r.submittedAt;
    return out;
  }

  function reviewCommentObject(c: ReviewCommentState, urls: Urls) {
    const r = `${urls.api}/repos/${fullName()}`;
    const pr = `${r}/pulls/${c.pullNumber}`;
    const html = `${urls.server}/${fullName()}/pull/${c.pullNumber}#discussion_r${c.id}`;
    const self = `${r}/pulls/comments/${c.id}`;
    const out: Record<string, unknown> = overlay(sampleSchema(restSpec(), 'pull-request-review-comment', { apiUrl: urls.api }), {
      url: self,
      id: c.id,
      node_id: `PRRC_${nodeId('', c.id).replace(/=+$/, '')}`,
      pull_request_review_id: c.reviewId,
      diff_hunk: c.diffHunk,
      path: c.path,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: userObject(c.user, urls),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.createdAt,
      html_url: html,
      pull_request_url: pr,
      author_association: association(c.user),
      _links: { self: { href: self }, html: { href: html }, pull_request: { href: pr } },
      start_line: c.startLine,
      original_start_line: c.startLine,
      start_side: c.startSide,
      subject_type: 'line',
      reactions: reactions(`${self}/reactions`),
    });
    if (c.line !== null) Object.assign(out, { line: c.line, original_line: c.line });
    if (c.side !== null) out.side = c.side;
    if (c.position !== null) Object.assign(out, { position: c.position, original_position: c.position });
    if (c.inReplyTo !== null) out.in_reply_to_id = c.inReplyTo;
    return out;
  }

  function commitCommentObject(c: CommitCommentState, urls: Urls) {
    const r = `${urls.api}/repos/${fullName()}`;
    return overlay(sampleSchema(restSpec(), 'commit-comment', { apiUrl: urls.api }), {
      url: `${r}/comments/${c.id}`,
      html_url: `${urls.server}/${fullName()}/commit/${c.commitId}#commitcomment-${c.id}`,
      id: c.id,
      node_id: `CC_${nodeId('', c.id).replace(/=+$/, '')}`,
      user: userObject(c.user, urls),
      position: c.position,
      line: c.line,
      path: c.path,
      commit_id: c.commitId,
      body: c.body,
      author_association: association(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      reactions: reactions(`${r}/comments/${c.id}/reactions`),
    });
  }

  function pullObject(p: PullState, urls: Urls) {
    return overlay(
      sampleSchema(restSpec(), 'pull-request', { apiUrl: urls.api }),
      pullRequestFields(p, fullName(), urls, {
        comments: state.issueComments.filter((c) => c.issueNumber === p.number).length,
        reviewComments: state.reviewComments.filter((c) => c.pullNumber === p.number).length,
      }),
    );
  }

  function commitObject(sha: string, urls: Urls, parent?: string) {
    const r = `${urls.api}/repos/${fullName()}`;
    const author = { name: 'Octo Cat', email: 'octocat@github.com', date: '2026-11-20T09:00:00Z' };
    return overlay(sampleSchema(restSpec(), 'commit', { apiUrl: urls.api }), {
      url: `${r}/commits/${sha}`,
      sha,
      node_id: Buffer.from(`06:Commit${sha}`).toString('base64'),
      html_url: `${urls.server}/${fullName()}/commit/${sha}`,
      comments_url: `${r}/commits/${sha}/comments`,
      commit: {
        url: `${r}/git/commits/${sha}`,
        author,
        committer: author,
        message: `Commit ${sha.slice(0, 7)}`,
        tree: { sha: fakeSha(`tree:${sha}`), url: `${r}/git/trees/${fakeSha(`tree:${sha}`)}` },
        comment_count: 0,
      },
      author: null,
      committer: null,
      parents: parent ? [{ sha: parent, url: `${r}/commits/${parent}`, html_url: `${urls.server}/${fullName()}/commit/${parent}` }] : [],
    });
  }

  function gitRefObject(ref: string, sha: string, urls: Urls) {
    const r = `${urls.api}/repos/${fullName()}`;
    return overlay(sampleSchema(restSpec(), 'git-ref', { apiUrl: urls.api }), {
      ref: `refs/${ref}`,
      node_id: `REF_${nodeId('', repoId(`${fullName()}:${ref}`)).replace(/=+$/, '')}`,
      url: `${r}/git/refs/${encodePath(ref)}`,
      object: { type: 'commit', sha, url: `${r}/git/commits/${sha}` },
    });
  }

  function gitCommitObject(c: GitCommitState, urls: Urls) {
    const r = `${urls.api}/repos/${fullName()}`;
    return overlay(sampleSchema(restSpec(), 'git-commit', { apiUrl: urls.api }), {
      sha: c.sha,
      node_id: Buffer.from(`06:Commit${c.sha}`).toString('base64'),
      url: `${r}/git/commits/${c.sha}`,
      html_url: `${urls.server}/${fullName()}/commit/${c.sha}`,
      author: c.author,
      committer: c.author,
      message: c.message,
      tree: { sha: c.tree, url: `${r}/git/trees/${c.tree}` },
      parents: c.parents.map((sha) => ({ sha, url: `${r}/git/commits/${sha}`, html_url: `${urls.server}/${fullName()}/commit/${sha}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
  }

  function gitTreeObject(sha: string, urls: Urls) {
    const r = `${urls.api}/repos/${fullName()}`;
    const entries = [...state.git.trees.get(sha)!].map(([path, e]) => ({ path, mode: e.mode, type: e.type, sha: e.sha, size: state.git.blobs.get(e.sha)?.length ?? 0, url: `${r}/git/blobs/${e.sha}` }));
    return overlay(sampleSchema(restSpec(), 'git-tree', { apiUrl: urls.api }), { sha, url: `${r}/git/trees/${sha}`, truncated: false, tree: entries });
  }

  /** createTree: entries on top of `base_tree` (content -> a new blob, sha null -> deleted). */
  function buildTree(route: Route, body: any): string | Reply {
    if (!Array.isArray(body?.tree)) return validationFailed(route, 'Tree', 'tree', 'missing_field');
    const base = body.base_tree === undefined ? new Map<string, GitTreeEntry>() : state.git.trees.get(body.base_tree);
    if (!base) return gitUnprocessable(route, 'base_tree is not a valid tree oid');
    const entries = new Map(base);
    for (const item of body.tree) {
      if (typeof item?.path !== 'string' || item.path === '' || item.path.startsWith('/')) return gitUnprocessable(route, 'tree.path contains a malformed path component');
      if (item.type !== 'blob') return gitUnprocessable(route, `tree.type ${String(item.type)} is not supported by this fake`);
      if (typeof item.content === 'string') {
        if (item.sha !== undefined) return gitUnprocessable(route, 'Must supply either tree.sha or tree.content. Request will fail if both are supplied.');
        const bytes = Buffer.from(item.content, 'utf8');
        const sha = gitBlobSha(bytes);
        state.git.blobs.set(sha, bytes);
        entries.set(item.path, { mode: item.mode, type: 'blob', sha });
      } else if (item.sha === null) {
        entries.delete(item.path);
      } else if (typeof item.sha === 'string' && state.git.blobs.has(item.sha)) {
        entries.set(item.path, { mode: item.mode, type: 'blob', sha: item.sha });
      } else {
        return gitUnprocessable(route, 'tree.sha is not a valid blob');
      }
    }
    return storeTree(state.git, entries);
  }

  // ----- helpers -----

  const notFound = (route?: Route): Reply => ({ status: 404, body: { message: 'Not Found', documentation_url: docsUrl(route), status: '404' } });
  const forbidden = (route?: Route): Reply => ({ status: 403, body: { message: FORBIDDEN_MESSAGE, documentation_url: docsUrl(route), status: '403' } });
  const unprocessable = (route: Route, errors: string[]): Reply => ({
    status: 422,
    body: { message: 'Unprocessable Entity', errors, documentation_url: docsUrl(route), status: '422' },
  });
  // The Git Data API answers a bare message (`{"message": "Update is not a fast forward", ...}`).
  const gitUnprocessable = (route: Route, message: string): Reply => ({ status: 422, body: { message, documentation_url: docsUrl(route), status: '422' } });
  const validationFailed = (route: Route, resource: string, field: string, code: string, message?: string): Reply => ({
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource, code, field, ...(message ? { message } : {}) }], documentation_url: docsUrl(route), status: '422' },
  });

  function paginate<T>(ctx: Ctx, items: T[], map: (item: T) => unknown): Reply {
    const rawPer = Number.parseInt(ctx.query.get('per_page') ?? '', 10);
    const rawPage = Number.parseInt(ctx.query.get('page') ?? '', 10);
    const perPage = Number.isFinite(rawPer) && rawPer >= 1 ? Math.min(rawPer, MAX_PER_PAGE) : 30;
    const page = Number.isFinite(rawPage) && rawPage >= 1 ? rawPage : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    const link = (n: number, rel: string) => {
      const q = new URLSearchParams(ctx.query);
      q.set('page', String(n));
      return `<${ctx.urls.api}${ctx.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    if (links.length) headers.link = links.join(', ');
    return { status: 200, body: slice.map(map), headers };
  }

  function repoMatches(ctx: Ctx): boolean {
    return ctx.params.owner?.toLowerCase() === state.owner.toLowerCase() && ctx.params.repo?.toLowerCase() === state.repo.toLowerCase();
  }

  function tooLong(body: unknown): boolean {
    return typeof body === 'string' && body.length > MAX_BODY;
  }

  // ----- createReview (shared by the route and addReview) -----

  function buildReview(
    pull: PullState,
    input: { body?: string; event?: string; commit_id?: string; comments?: ReviewCommentInput[] },
    user: FakeUser,
    route: Route | undefined,
    check: boolean,
  ): ReviewState | Reply {
    const r = route ?? ROUTES.find((x) => x.name === 'pulls.createReview')!;
    const event = input.event as ReviewState['event'];
    const comments = input.comments ?? [];
    if (check) {
      if (input.event !== undefined && !['APPROVE', 'REQUEST_CHANGES', 'COMMENT'].includes(input.event)) return unprocessable(r, ['Event must be one of APPROVE, REQUEST_CHANGES or COMMENT']);
      if ((event === 'REQUEST_CHANGES' || event === 'COMMENT') && !input.body && comments.length === 0)
        return unprocessable(r, [`Review Body is required to ${event === 'COMMENT' ? 'comment on' : 'request changes on'} a pull request`]);
      if (tooLong(input.body)) return unprocessable(r, ['Body is too long (maximum is 65536 characters)']);
      if (input.commit_id !== undefined && !pull.commits.includes(input.commit_id) && !state.knownShas.has(input.commit_id))
        return unprocessable(r, [`No commit found for SHA: ${input.commit_id}`]);
      if (!event && state.reviews.some((x) => x.pullNumber === pull.number && x.state === 'PENDING' && x.user.login === user.login))
        return unprocessable(r, ['User can only have one pending review per pull request']);
    }
    const commitId = input.commit_id ?? pull.headSha;
    const reviewId = nextId.review++;
    const at = tick();
    const stored: ReviewCommentState[] = [];
    for (const c of comments) {
      const placed = placeComment(pull, c);
      if (typeof placed === 'string') {
        if (check) {
          nextId.review--;
          return unprocessable(r, [placed]);
        }
      }
      const target = typeof placed === 'string' ? undefined : placed;
      stored.push({
        id: 0,
        reviewId,
        pullNumber: pull.number,
        path: c.path,
        body: c.body,
        line: c.line ?? target?.line.newLine ?? target?.line.oldLine ?? null,
        side: c.line !== undefined ? ((c.side ?? 'RIGHT') as Side) : null,
        startLine: c.start_line ?? null,
        startSide: c.start_line !== undefined ? ((c.start_side ?? c.side ?? 'RIGHT') as Side) : null,
        position: target?.line.position ?? c.position ?? null,
        diffHunk: target ? diffHunkUpTo(target.hunks, target.line) : '',
        commitId,
        user,
        createdAt: at,
        inReplyTo: null,
      });
    }
    if (check && stored.some((c) => tooLong(c.body))) {
      nextId.review--;
      return unprocessable(r, ['Body is too long (maximum is 65536 characters)']);
    }
    for (const c of stored) c.id = nextId.reviewComment++;
    const review: ReviewState = {
      id: reviewId,
      pullNumber: pull.number,
      body: input.body ?? '',
      event,
      state: event === 'APPROVE' ? 'APPROVED' : event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
      commitId,
      user,
      submittedAt: event ? at : null,
      comments: stored,
    };
    state.reviews.push(review);
    state.reviewComments.push(...stored);
    return review;
  }

  /** GitHub's rule for where an inline comment may go; a string is the 422 error. */
  function placeComment(pull: PullState, c: ReviewCommentInput): { hunks: ReturnType<typeof parsePatch>; line: DiffLine } | string {
    if (typeof c.path !== 'string' || typeof c.body !== 'string') return 'Path and body are required';
    const file = pull.files.slice(0, LIST_FILES_CAP).find((f) => f.filename === c.path);
    if (!file) return 'Path could not be resolved';
    const hunks = parsePatch(file.patch);
    if (c.line === undefined) {
      if (c.position === undefined) return 'Line could not be resolved';
      const target = findPosition(hunks, c.position);
      return target ? { hunks, line: target } : 'Position could not be resolved';
    }
    const side = c.side ?? 'RIGHT';
    if (side !== 'LEFT' && side !== 'RIGHT') return 'Side must be LEFT or RIGHT';
    const end = findLine(hunks, c.line, side);
    if (!end) return 'Line could not be resolved';
    if (c.start_line !== undefined) {
      const startSide = c.start_side ?? side;
      if (startSide !== 'LEFT' && startSide !== 'RIGHT') return 'Start side must be LEFT or RIGHT';
      const start = findLine(hunks, c.start_line, startSide);
      if (!start) return 'Start line could not be resolved';
      if (start.hunk !== end.hunk) return 'Start line and line must be in the same hunk';
      if (start.position >= end.position) return 'start_line must precede line';
    }
    return { hunks, line: end };
  }

  // ----- route handlers -----

  function handle(route: Route, ctx: Ctx): Reply {
    if (route.name === 'users.getAuthenticated') {
      if (!ctx.actor) return { status: 401, body: { message: 'Requires authentication', documentation_url: docsUrl(route), status: '401' } };
      if (ctx.actor.type === 'Bot') return forbidden(route);
      const u = ctx.actor;
      return {
        status: 200,
        body: overlay(sampleSchema(restSpec(), 'private-user', { apiUrl: ctx.urls.api }), {
          ...userFields(u, ctx.urls),
          user_view_type: 'private',
          name: u.login,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 1,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2011-01-25T18:44:36Z',
          updated_at: '2026-11-01T00:00:00Z',
          private_gists: 0,
          total_private_repos: 0,
          owned_private_repos: 0,
          disk_usage: 0,
          collaborators: 0,
          two_factor_authentication: true,
        }),
      };
    }
    if (!repoMatches(ctx)) return notFound(route);

    switch (route.name) {
      case 'pulls.get':
      case 'pulls.listFiles':
      case 'pulls.listReviews':
      case 'pulls.createReview':
      case 'pulls.listReviewComments': {
        const pull = state.pulls.get(Number(ctx.params.pull_number));
        if (!pull) return notFound(route);
        if (route.name === 'pulls.get') return { status: 200, body: pullObject(pull, ctx.urls) };
        if (route.name === 'pulls.listFiles')
          return paginate(ctx, pull.files.slice(0, LIST_FILES_CAP), (f) => diffEntry(f, fullName(), pull.headSha, pull.baseSha, ctx.urls));
        if (route.name === 'pulls.listReviews')
          return paginate(ctx, state.reviews.filter((r) => r.pullNumber === pull.number && (r.state !== 'PENDING' || r.user.login === ctx.actor?.login)), (r) => reviewObject(r, ctx.urls));
        if (route.name === 'pulls.listReviewComments') {
          const pending = new Set(state.reviews.filter((r) => r.state === 'PENDING' && r.user.login !== ctx.actor?.login).map((r) => r.id));
          let list = state.reviewComments.filter((c) => c.pullNumber === pull.number && !pending.has(c.reviewId));
          const since = ctx.query.get('since');
          if (since) list = list.filter((c) => c.createdAt >= since);
          if (ctx.query.get('sort') && ctx.query.get('direction') === 'desc') list = [...list].reverse();
          return paginate(ctx, list, (c) => reviewCommentObject(c, ctx.urls));
        }
        // createReview
        const body = ctx.body ?? {};
        const review = buildReview(pull, body, ctx.actor ?? BOT_USER, route, true);
        if ('status' in review) return review;
        return { status: 200, body: reviewObject(review, ctx.urls) };
      }
      case 'issues.listComments': {
        const number = Number(ctx.params.issue_number);
        if (!state.pulls.has(number)) return notFound(route);
        let list = state.issueComments.filter((c) => c.issueNumber === number);
        const since = ctx.query.get('since');
        if (since) list = list.filter((c) => c.updatedAt >= since);
        return paginate(ctx, list, (c) => issueCommentObject(c, ctx.urls));
      }
      case 'issues.createComment': {
        const number = Number(ctx.params.issue_number);
        if (!state.pulls.has(number)) return notFound(route);
        const body = ctx.body?.body;
        if (typeof body !== 'string' || body === '') return validationFailed(route, 'IssueComment', 'body', 'missing_field');
        if (tooLong(body)) return validationFailed(route, 'IssueComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
        const at = tick();
        const comment: IssueCommentState = { id: nextId.issueComment++, issueNumber: number, body, user: ctx.actor ?? BOT_USER, createdAt: at, updatedAt: at };
        state.issueComments.push(comment);
        return {
          status: 201,
          body: issueCommentObject(comment, ctx.urls),
          headers: { location: `${ctx.urls.api}/repos/${fullName()}/issues/comments/${comment.id}` },
        };
      }
      case 'issues.updateComment':
      case 'issues.deleteComment': {
        const comment = state.issueComments.find((c) => c.id === Number(ctx.params.comment_id));
        if (!comment) return notFound(route);
        if (route.name === 'issues.deleteComment') {
          state.issueComments.splice(state.issueComments.indexOf(comment), 1);
          return { status: 204 };
        }
        const body = ctx.body?.body;
        if (typeof body !== 'string' || body === '') return validationFailed(route, 'IssueComment', 'body', 'missing_field');
        if (tooLong(body)) return validationFailed(route, 'IssueComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
        comment.body = body;
        comment.updatedAt = tick();
        return { status: 200, body: issueCommentObject(comment, ctx.urls) };
      }
      case 'repos.createCommitComment': {
        const sha = ctx.params.commit_sha!;
        if (!state.knownShas.has(sha)) return validationFailed(route, 'CommitComment', 'commit_id', 'invalid', `No commit found for SHA: ${sha}`);
        const body = ctx.body?.body;
        if (typeof body !== 'string' || body === '') return validationFailed(route, 'CommitComment', 'body', 'missing_field');
        if (tooLong(body)) return validationFailed(route, 'CommitComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
        const comment: CommitCommentState = {
          id: nextId.commitComment++,
          commitId: sha,
          body,
          path: typeof ctx.body.path === 'string' ? ctx.body.path : null,
          position: typeof ctx.body.position === 'number' ? ctx.body.position : null,
          line: typeof ctx.body.line === 'number' ? ctx.body.line : null,
          user: ctx.actor ?? BOT_USER,
          createdAt: '',
          updatedAt: '',
        };
        comment.createdAt = comment.updatedAt = tick();
        state.commitComments.push(comment);
        return {
          status: 201,
          body: commitCommentObject(comment, ctx.urls),
          headers: { location: `${ctx.urls.api}/repos/${fullName()}/comments/${comment.id}` },
        };
      }
      case 'repos.listCommentsForCommit': {
        const sha = ctx.params.commit_sha!;
        if (!state.knownShas.has(sha)) return notFound(route);
        return paginate(ctx, state.commitComments.filter((c) => c.commitId === sha), (c) => commitCommentObject(c, ctx.urls));
      }
      case 'repos.updateCommitComment': {
        const comment = state.commitComments.find((c) => c.id === Number(ctx.params.comment_id));
        if (!comment) return notFound(route);
        const body = ctx.body?.body;
        if (typeof body !== 'string' || body === '') return validationFailed(route, 'CommitComment', 'body', 'missing_field');
        if (tooLong(body)) return validationFailed(route, 'CommitComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
        comment.body = body;
        comment.updatedAt = tick();
        return { status: 200, body: commitCommentObject(comment, ctx.urls) };
      }
      case 'repos.compareCommitsWithBasehead': {
        const [base, head] = ctx.params.basehead!.split('...');
        if (!base || !head) return notFound(route);
        const strip = (s: string) => s.replace(/^[^:]+:/, '');
        const wanted = (a: string, b: string) => a === b || strip(a) === b;
        let comparison = state.comparisons.find((c) => wanted(base, c.base) && wanted(head, c.head));
        if (!comparison)
          for (const p of state.pulls.values())
            if ((wanted(base, p.baseSha) || wanted(base, p.baseRef)) && (wanted(head, p.headSha) || wanted(head, p.headRef)))
              comparison = { base: p.baseSha, head: p.headSha, files: p.files, commits: p.commits };
        if (!comparison) return notFound(route);
        const commits = comparison.commits ?? [comparison.head];
        const paginated = ctx.query.has('page') || ctx.query.has('per_page');
        const page = paginate(ctx, commits, (sha) => sha);
        const pageShas = page.body as string[];
        const firstPage = !paginated || Number(ctx.query.get('page') ?? '1') <= 1;
        const files = firstPage ? comparison.files.slice(0, COMPARE_FILES_CAP) : [];
        const url = `${ctx.urls.api}/repos/${fullName()}/compare/${ctx.params.basehead}`;
        const html = `${ctx.urls.server}/${fullName()}/compare/${ctx.params.basehead}`;
        const body = overlay(sampleSchema(restSpec(), 'commit-comparison', { apiUrl: ctx.urls.api }), {
          url,
          html_url: html,
          permalink_url: `${ctx.urls.server}/${fullName()}/compare/${state.owner}:${comparison.base}...${state.owner}:${comparison.head}`,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: commitObject(comparison.base, ctx.urls),
          merge_base_commit: commitObject(comparison.base, ctx.urls),
          status: comparison.status ?? (commits.length ? 'ahead' : 'identical'),
          ahead_by: commits.length,
          behind_by: 0,
          total_commits: commits.length,
          commits: pageShas.map((sha) => commitObject(sha, ctx.urls, commits[commits.indexOf(sha) - 1] ?? comparison!.base)),
          files: files.map((f) => diffEntry(f, fullName(), comparison!.head, comparison!.base, ctx.urls)),
        });
        return { status: 200, body, headers: paginated ? page.headers : {} };
      }
      case 'git.getRef': {
        const ref = ctx.params.ref!;
        const sha = state.git.refs.get(ref);
        return sha ? { status: 200, body: gitRefObject(ref, sha, ctx.urls) } : notFound(route);
      }
      case 'git.getCommit': {
        const commit = state.git.commits.get(ctx.params.commit_sha!);
        return commit ? { status: 200, body: gitCommitObject(commit, ctx.urls) } : notFound(route);
      }
      case 'git.createTree': {
        const tree = buildTree(route, ctx.body);
        if (typeof tree !== 'string') return tree;
        return { status: 201, body: gitTreeObject(tree, ctx.urls), headers: { location: `${ctx.urls.api}/repos/${fullName()}/git/trees/${tree}` } };
      }
      case 'git.createCommit': {
        const body = ctx.body ?? {};
        if (typeof body.message !== 'string') return validationFailed(route, 'Commit', 'message', 'missing_field');
        if (typeof body.tree !== 'string' || !state.git.trees.has(body.tree)) return gitUnprocessable(route, 'Tree SHA does not exist');
        const parents: string[] = Array.isArray(body.parents) ? body.parents : [];
        if (parents.some((sha) => !state.git.commits.has(sha))) return gitUnprocessable(route, 'Parent SHA does not exist or is not a commit object');
        const date = tick();
        const actor = ctx.actor ?? BOT_USER;
        const author = { name: body.author?.name ?? actor.login, email: body.author?.email ?? `${actor.id}+${actor.login}@users.noreply.github.com`, date };
        const sha = fakeSha(`commit:${body.tree}:${parents.join(',')}:${body.message}:${date}`);
        const commit: GitCommitState = { sha, tree: body.tree, parents, message: body.message, author };
        state.git.commits.set(sha, commit);
        state.knownShas.add(sha);
        return { status: 201, body: gitCommitObject(commit, ctx.urls), headers: { location: `${ctx.urls.api}/repos/${fullName()}/git/commits/${sha}` } };
      }
      case 'git.updateRef': {
        const ref = ctx.params.ref!;
        const current = state.git.refs.get(ref);
        const sha = ctx.body?.sha;
        if (!current) return gitUnprocessable(route, 'Reference does not exist');
        if (typeof sha !== 'string' || !state.git.commits.has(sha)) return gitUnprocessable(route, 'Object does not exist');
        // GitHub refuses a non-fast-forward unless force is true.
        if (ctx.body?.force !== true && !isAncestor(current, sha)) return gitUnprocessable(route, 'Update is not a fast forward');
        state.git.refs.set(ref, sha);
        return { status: 200, body: gitRefObject(ref, sha, ctx.urls) };
      }
      default:
        return notFound(route);
    }
  }

  // ----- review threads and GraphQL -----

  const threadNodeId = (rootId: number) => `PRRT_${Buffer.from(`thread:${rootId}`).toString('base64url')}`;
  const rootIdOf = (nodeId: string) => {
    const match = /^PRRT_([A-Za-z0-9_-]+)$/.exec(nodeId);
    const decoded = match ? /^thread:(\d+)$/.exec(Buffer.from(match[1]!, 'base64url').toString('utf8')) : null;
    return decoded ? Number(decoded[1]) : undefined;
  };

  function threadsOf(pullNumber: number, viewer: FakeUser | undefined): ThreadState[] {
    // Someone else's pending review is invisible, as in REST.
    const hidden = new Set(state.reviews.filter((r) => r.state === 'PENDING' && r.user.login !== viewer?.login).map((r) => r.id));
    const visible = state.reviewComments.filter((c) => c.pullNumber === pullNumber && !hidden.has(c.reviewId));
    return visible
      .filter((c) => c.inReplyTo === null)
      .map((root) => {
        const resolvedBy = state.resolvedThreads.get(root.id) ?? null;
        return { id: threadNodeId(root.id), pullNumber, path: root.path, comments: [root, ...visible.filter((c) => c.inReplyTo === root.id)], isResolved: resolvedBy !== null, resolvedBy };
      });
  }

  /** An Actor as GraphQL shows it: a bot's login has no `[bot]`. */
  function actorNode(user: FakeUser) {
    const bot = user.type === 'Bot';
    const url = bot ? `${serverUrl()}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${serverUrl()}/${user.login}`;
    return {
      __typename: bot ? 'Bot' : user.type === 'Organization' ? 'Organization' : 'User',
      login: bot ? user.login.replace(/\[bot\]$/, '') : user.login,
      url,
      resourcePath: new URL(url).pathname,
      avatarUrl: () => (bot ? `https://avatars.githubusercontent.com/in/${user.id % 100000}?v=4` : `https://avatars.githubusercontent.com/u/${user.id}?v=4`),
    };
  }

  function commentNode(c: ReviewCommentState) {
    return {
      __typename: 'PullRequestReviewComment',
      id: `PRRC_${nodeId('', c.id).replace(/=+$/, '')}`,
      fullDatabaseId: String(c.id),
      // Int is 32-bit: GitHub's ids are past 2^31, which is why `databaseId` is deprecated.
      databaseId: c.id,
      body: c.body,
      bodyText: c.body,
      author: actorNode(c.user),
      path: c.path,
      line: c.line,
      startLine: c.startLine,
      diffHunk: c.diffHunk,
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
      outdated: false,
      url: `${serverUrl()}/${fullName()}/pull/${c.pullNumber}#discussion_r${c.id}`,
    };
  }

  function threadNode(t: ThreadState) {
    const root = t.comments[0]!;
    return {
      __typename: 'PullRequestReviewThread',
      id: t.id,
      isResolved: t.isResolved,
      isCollapsed: t.isResolved,
      isOutdated: false,
      path: t.path,
      line: root.line,
      startLine: root.startLine,
      diffSide: root.side ?? 'RIGHT',
      startDiffSide: root.startSide,
      subjectType: 'LINE',
      // GitHub's schema types resolvedBy as User: a bot (an app's token) that resolved it is not one.
      resolvedBy: t.resolvedBy && t.resolvedBy.type === 'User' ? actorNode(t.resolvedBy) : null,
      viewerCanResolve: !t.isResolved,
      viewerCanUnresolve: t.isResolved,
      viewerCanReply: true,
      comments: (args: ConnectionArgs) => connection(t.comments, args, 'comments', commentNode),
    };
  }

  /** The Query and Mutation fields the fake answers; anything else is reported by fake-graphql.ts. */
  function graphqlRoot(actor: FakeUser) {
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (owner.toLowerCase() !== state.owner.toLowerCase() || name.toLowerCase() !== state.repo.toLowerCase())
          throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
        return {
          __typename: 'Repository',
          id: `R_${nodeId('', repoId(fullName())).replace(/=+$/, '')}`,
          name: state.repo,
          nameWithOwner: fullName(),
          pullRequest: ({ number }: { number: number }) => {
            const pull = state.pulls.get(number);
            if (!pull) throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${number}.`);
            return {
              __typename: 'PullRequest',
              id: `PR_${nodeId('', 1_500_000_000 + pull.number).replace(/=+$/, '')}`,
              number: pull.number,
              title: pull.title,
              headRefOid: pull.headSha,
              reviewThreads: (args: ConnectionArgs) => connection(threadsOf(pull.number, actor), args, 'reviewThreads', threadNode),
            };
          },
        };
      },
      resolveReviewThread: ({ input }: { input: { threadId: string; clientMutationId?: string } }) => {
        if (readOnly) throw new GitHubGraphQLError('FORBIDDEN', FORBIDDEN_MESSAGE);
        const rootId = rootIdOf(input.threadId);
        const root = rootId === undefined ? undefined : state.reviewComments.find((c) => c.id === rootId && c.inReplyTo === null);
        if (!root) throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.threadId}'`);
        if (!state.resolvedThreads.has(root.id)) {
          state.resolvedThreads.set(root.id, actor);
          tick();
        }
        const thread = threadsOf(root.pullNumber, actor).find((t) => t.id === input.threadId)!;
        return { clientMutationId: input.clientMutationId ?? null, thread: threadNode(thread) };
      },
    };
  }

  // ----- the HTTP server -----

  function actorFor(headers: http.IncomingHttpHeaders): FakeUser | undefined {
    const auth = headers.authorization;
    if (!auth) return undefined;
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    return options.tokens?.[token] ?? options.actor ?? BOT_USER;
  }

  function urlsFor(headers: http.IncomingHttpHeaders, port: number): Urls {
    const forwardedHost = headers['x-forwarded-host'];
    const api =
      publicUrl ??
      (typeof forwardedHost === 'string' ? `${headers['x-forwarded-proto'] ?? 'http'}://${forwardedHost}` : `http://${headers.host ?? `127.0.0.1:${port}`}`);
    return { api: api.replace(/\/$/, ''), server: serverUrl() };
  }

  function applyFault(route: Route | undefined, method: string, path: string): Reply | undefined {
    for (const f of faults) {
      if (f.cancelled || !routeMatches(f.matcher, route, method, path)) continue;
      f.seen++;
      const after = f.fault.after ?? 0;
      const times = f.fault.times ?? Infinity;
      if (f.seen <= after || f.hits >= times) {
        f.passed++;
        continue;
      }
      f.hits++;
      return { status: f.fault.status, body: f.fault.body, headers: f.fault.headers };
    }
    return undefined;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      const text = Buffer.concat(chunks).toString('utf8');
      let body: any = undefined;
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const matched = matchRoute(method, path);
      const route = matched?.route;
      const urls = urlsFor(req.headers, port);
      const actor = actorFor(req.headers);
      const isWrite = method !== 'GET' && method !== 'HEAD';

      let reply: Reply;
      let fault = false;
      let violations: Violation[] = [];
      const injected = applyFault(route, method, path);
      if (injected) {
        reply = injected;
        fault = true;
      } else if (!route) {
        reply = notFound();
      } else if (route.name === 'graphql') {
        // Every GraphQL call needs a token; a read-only one may query but not mutate (checked per field).
        if (!actor) {
          reply = { status: 401, body: { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql' } };
        } else {
          try {
            const answer = answerGraphQL(body, graphqlRoot(actor));
            reply = { status: answer.status, body: answer.body };
            violations = answer.violations;
          } catch (error) {
            reply = { status: 500, body: { message: `fake GitHub crashed: ${(error as Error).stack ?? error}` } };
          }
        }
      } else if (isWrite && !actor && (options.requireAuth ?? true)) {
        reply = { status: 401, body: { message: 'Requires authentication', documentation_url: docsUrl(route), status: '401' } };
      } else if (isWrite && readOnly) {
        reply = forbidden(route);
        fault = true;
      } else {
        const ctx: Ctx = { method, path, params: matched!.params, query: url.searchParams, body, actor, urls };
        try {
          reply = handle(route, ctx);
        } catch (error) {
          reply = { status: 500, body: { message: `fake GitHub crashed: ${(error as Error).stack ?? error}` } };
        }
      }

      rateUsed++;
      const limit = actor?.type === 'Bot' || !actor ? 1000 : 5000;
      const headers: Record<string, string> = {
        'x-github-api-version-selected': '2022-11-28',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `FAKE:${String(seq + 1).padStart(6, '0')}`,
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - rateUsed)),
        'x-ratelimit-reset': String(Math.floor(clock / 1000) + 3600),
        'x-ratelimit-used': String(rateUsed),
        'x-ratelimit-resource': 'core',
        ...(reply.headers ?? {}),
      };
      let payload = '';
      if (reply.status !== 204 && reply.status !== 304 && reply.body !== undefined) {
        payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
      }
      const requestId = typeof req.headers[REQUEST_ID_HEADER] === 'string' ? (req.headers[REQUEST_ID_HEADER] as string) : undefined;
      requests.push({
        seq: ++seq,
        requestId,
        route: route?.name ?? 'unknown',
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
        status: reply.status,
        fault,
        violations,
      });
      if (requestId)
        responses.set(requestId, {
          status: reply.status,
          headers,
          body: payload,
          undocumented: !route || !isDocumented(route.template, method, reply.status),
          fault,
          violations,
        });
      res.writeHead(reply.status, headers);
      res.end(payload);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const selfUrl = `http://127.0.0.1:${port}`;

  const addFault = (matcher: RouteMatcher, fault: Fault): FaultHandle => {
    const f: FaultState = { matcher, fault, hits: 0, passed: 0, seen: 0, cancelled: false };
    faults.push(f);
    return {
      get hits() {
        return f.hits;
      },
      get passed() {
        return f.passed;
      },
      cancel() {
        f.cancelled = true;
      },
    };
  };

  const fake: FakeGitHub = {
    url: selfUrl,
    port,
    get state() {
      return state;
    },
    requests,
    pull(number?: number) {
      const p = number === undefined ? state.pulls.values().next().value : state.pulls.get(number);
      if (!p) throw new Error(`no pull request ${number}`);
      return p;
    },
    setFiles(files, pullNumber) {
      fake.pull(pullNumber).files = [...files];
    },
    push({ files, headSha, pullNumber }) {
      const pull = fake.pull(pullNumber);
      pull.headSha = headSha ?? fakeSha(`head:${pull.number}:${pull.commits.length + 1}`);
      pull.commits.push(pull.headSha);
      state.knownShas.add(pull.headSha);
      pull.files = [...files];
      return pull;
    },
    addIssueComment({ body, user, issueNumber }) {
      const at = tick();
      const comment: IssueCommentState = { id: nextId.issueComment++, issueNumber: issueNumber ?? fake.pull().number, body, user: user ?? BOT_USER, createdAt: at, updatedAt: at };
      state.issueComments.push(comment);
      return comment;
    },
    addCommitComment({ commitId, body, user }) {
      const at = tick();
      const comment: CommitCommentState = { id: nextId.commitComment++, commitId, body, path: null, position: null, line: null, user: user ?? BOT_USER, createdAt: at, updatedAt: at };
      state.knownShas.add(commitId);
      state.commitComments.push(comment);
      return comment;
    },
    addReview({ body, event, user, pullNumber, comments }) {
      const result = buildReview(fake.pull(pullNumber), { body, event, comments }, user ?? BOT_USER, undefined, false);
      if ('status' in result) throw new Error('unreachable');
      return result;
    },
    addReply({ to, body, user }) {
      const target = state.reviewComments.find((c) => c.id === to);
      if (!target) throw new Error(`no review comment ${to}`);
      const root = target.inReplyTo === null ? target : state.reviewComments.find((c) => c.id === target.inReplyTo)!;
      const author = user ?? HUMAN_USER;
      const at = tick();
      // GitHub files a reply under a review of its own, by the person replying.
      const review: ReviewState = {
        id: nextId.review++,
        pullNumber: root.pullNumber,
        body: '',
        event: 'COMMENT',
        state: 'COMMENTED',
        commitId: fake.pull(root.pullNumber).headSha,
        user: author,
        submittedAt: at,
        comments: [],
      };
      const reply: ReviewCommentState = { ...root, id: nextId.reviewComment++, reviewId: review.id, body, user: author, createdAt: at, inReplyTo: root.id };
      review.comments.push(reply);
      state.reviews.push(review);
      state.reviewComments.push(reply);
      return reply;
    },
    threads(pullNumber) {
      return threadsOf(fake.pull(pullNumber).number, undefined);
    },
    resolveThread(commentId, user) {
      const target = state.reviewComments.find((c) => c.id === commentId);
      if (!target) throw new Error(`no review comment ${commentId}`);
      state.resolvedThreads.set(target.inReplyTo ?? target.id, user ?? HUMAN_USER);
    },
    fail: addFault,
    forbid(match, times) {
      return addFault(match, { status: 403, times, body: { message: FORBIDDEN_MESSAGE, documentation_url: 'https://docs.github.com/rest', status: '403' } });
    },
    serverError(match, times, status = 502) {
      return addFault(match, { status, times, body: { message: status === 503 ? 'Service Unavailable' : 'Server Error' } });
    },
    secondaryRateLimit(match, times = 1, retryAfter = 1) {
      return addFault(match, {
        status: 403,
        times,
        headers: { 'retry-after': String(retryAfter), 'x-ratelimit-remaining': '999' },
        body: {
          message: SECONDARY_RATE_LIMIT_MESSAGE,
          documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
      });
    },
    clearFaults() {
      faults = [];
    },
    setReadOnly(value) {
      readOnly = value;
    },
    count(route) {
      return requests.filter((r) => r.route === route).length;
    },
    counts() {
      const out: Partial<Record<RouteName | 'unknown', number>> = {};
      for (const r of requests) out[r.route] = (out[r.route] ?? 0) + 1;
      return out;
    },
    requestsTo(route) {
      return requests.filter((r) => r.route === route);
    },
    lookup(requestId) {
      return responses.get(requestId);
    },
    filesAt(commitSha) {
      const commit = state.git.commits.get(commitSha);
      if (!commit) throw new Error(`no commit ${commitSha}`);
      return new Map([...state.git.trees.get(commit.tree)!].map(([path, entry]) => [path, state.git.blobs.get(entry.sha)!]));
    },
    advanceRef(ref, message = 'Another push') {
      const current = state.git.refs.get(ref);
      if (!current) throw new Error(`no ref ${ref}`);
      const parent = state.git.commits.get(current)!;
      const sha = fakeSha(`advance:${ref}:${current}:${message}`);
      state.git.commits.set(sha, { ...parent, sha, parents: [current], message });
      state.git.refs.set(ref, sha);
      state.knownShas.add(sha);
      return sha;
    },
    reset(next) {
      if (next) options = next;
      state = buildState(options);
      readOnly = options.readOnly ?? false;
      publicUrl = options.publicUrl ?? publicUrl;
      faults = [];
      clock = Date.parse(options.now ?? '2026-11-20T10:00:00Z');
      nextId = { issueComment: 1_000_000_001, review: 2_000_000_001, reviewComment: 3_000_000_001, commitComment: 4_000_000_001 };
      requests.length = 0;
      responses.clear();
      seq = 0;
      rateUsed = 0;
    },
    setPublicUrl(url) {
      publicUrl = url.replace(/\/$/, '');
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return fake;
}
