// Event payloads (GITHUB_EVENT_PATH) and the environment a runner sets, for running the action
// against the fake GitHub.
//
// @octokit/openapi-webhooks 12 ships no example payloads for pull_request, push or
// workflow_dispatch (its components.examples only cover check_run, ping and one secret-scanning
// event), so the payloads are built from the webhook *schemas* in that package: a minimal valid
// sample of `webhook-pull-request-opened` (etc.) with the fake's repository, pull request, SHAs and
// users laid over it. test/github/events.test.ts validates every payload against its schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { overlay, sampleSchema, type Doc } from './schema-sample.js';
import { BOT_USER, fakeSha, pullRequestFields, repositoryFields, userFields, type FakeGitHub, type FakeUser, type Urls } from './fake-github.js';
import { tempDirSync } from '../helpers.js';

export type EventName = 'pull_request' | 'pull_request_target' | 'push' | 'workflow_dispatch' | 'workflow_run';
export type PullRequestAction = 'opened' | 'synchronize' | 'reopened' | 'edited' | 'ready_for_review';

let webhookDoc: Doc | undefined;
/** @octokit/openapi-webhooks' description of api.github.com's webhooks (OpenAPI 3.1). */
export function webhookSpec(): Doc & { webhooks: Record<string, any> } {
  if (!webhookDoc) {
    const require = createRequire(import.meta.url);
    webhookDoc = JSON.parse(readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8')) as Doc;
  }
  return webhookDoc as Doc & { webhooks: Record<string, any> };
}

/** The schema (components.schemas name) a payload of this event/action follows. */
export function webhookSchemaName(event: EventName, action?: string): string {
  if (event === 'pull_request' || event === 'pull_request_target') return `webhook-pull-request-${(action ?? 'opened').replace(/_/g, '-')}`;
  if (event === 'push') return 'webhook-push';
  if (event === 'workflow_run') return `webhook-workflow-run-${(action ?? 'completed').replace(/_/g, '-')}`;
  return 'webhook-workflow-dispatch';
}

export interface EventUrls {
  /** api URL in the payload's `url` fields; default https://api.github.com (never requested by the harness). */
  apiUrl?: string;
  serverUrl?: string;
}

function urlsOf(options: EventUrls): Urls {
  return { api: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''), server: (options.serverUrl ?? 'https://github.com').replace(/\/$/, '') };
}

function sample(name: string, urls: Urls): Record<string, any> {
  return sampleSchema(webhookSpec(), name, { apiUrl: urls.api });
}

export interface PullRequestEventOptions extends EventUrls {
  action?: PullRequestAction;
  pullNumber?: number;
  /** synchronize: the head SHA before the push (default: a fixed fake SHA). */
  before?: string;
  /** Who triggered it: the PR author unless given. */
  sender?: FakeUser;
}

/** A `pull_request` (or `pull_request_target`: the same payload) event for one of the fake's PRs. */
export function pullRequestEvent(fake: FakeGitHub, options: PullRequestEventOptions = {}): Record<string, any> {
  const action = options.action ?? 'opened';
  const urls = urlsOf(options);
  const pull = fake.pull(options.pullNumber);
  const { owner, repo } = fake.state;
  const fullName = `${owner}/${repo}`;
  const payload: Record<string, any> = {
    action,
    number: pull.number,
    pull_request: pullRequestFields(pull, fullName, urls),
    repository: repositoryFields(fullName, urls),
    sender: userFields(options.sender ?? pull.author, urls),
  };
  if (action === 'synchronize') {
    payload.before = options.before ?? fakeSha(`before:${pull.number}`);
    payload.after = pull.headSha;
  }
  return overlay(sample(webhookSchemaName('pull_request', action), urls), payload);
}

export interface PushCommit {
  id: string;
  message?: string;
  added?: string[];
  modified?: string[];
  removed?: string[];
}

export interface PushEventOptions extends EventUrls {
  before: string;
  after: string;
  ref?: string;
  /** Oldest first; default: one commit `after` touching the files of the fake's comparison before...after. */
  commits?: PushCommit[];
  forced?: boolean;
  created?: boolean;
  deleted?: boolean;
  pusher?: FakeUser;
}

/** A `push` event; its before...after should be one of the fake's `comparisons`. */
export function pushEvent(fake: FakeGitHub, options: PushEventOptions): Record<string, any> {
  const urls = urlsOf(options);
  const { owner, repo } = fake.state;
  const fullName = `${owner}/${repo}`;
  const pusher = options.pusher ?? { login: 'octocat', id: 583231, type: 'User' as const };
  let commits = options.commits;
  if (!commits) {
    const comparison = fake.state.comparisons.find((c) => c.base === options.before && c.head === options.after);
    const files = comparison?.files ?? [];
    commits = [
      {
        id: options.after,
        added: files.filter((f) => f.status === 'added' || f.status === 'copied').map((f) => f.filename),
        removed: files.filter((f) => f.status === 'removed').map((f) => f.filename),
        modified: files.filter((f) => !['added', 'copied', 'removed'].includes(f.status ?? 'modified')).map((f) => f.filename),
      },
    ];
  }
  const person = { name: pusher.login, email: `${pusher.id}+${pusher.login}@users.noreply.github.com`, username: pusher.login };
  const commitObjects = commits.map((c) => ({
    id: c.id,
    tree_id: fakeSha(`tree:${c.id}`),
    distinct: true,
    message: c.message ?? `Update posts (${c.id.slice(0, 7)})`,
    timestamp: '2026-11-20T09:30:00Z',
    url: `${urls.server}/${fullName}/commit/${c.id}`,
    author: person,
    committer: person,
    added: c.added ?? [],
    removed: c.removed ?? [],
    modified: c.modified ?? [],
  }));
  // Push payloads carry Unix timestamps in repository.created_at/pushed_at, unlike the REST API.
  const repository: Record<string, unknown> = { ...repositoryFields(fullName, urls, { ownerType: 'Organization' }), created_at: 1704067200, pushed_at: 1795167000, master_branch: 'main', stargazers: 0 };
  (repository.owner as Record<string, unknown>).name = owner;
  (repository.owner as Record<string, unknown>).email = null;
  const payload = {
    ref: options.ref ?? 'refs/heads/main',
    before: options.before,
    after: options.after,
    base_ref: null,
    created: options.created ?? false,
    deleted: options.deleted ?? false,
    forced: options.forced ?? false,
    compare: `${urls.server}/${fullName}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits: commitObjects,
    head_commit: commitObjects.at(-1) ?? null,
    pusher: { name: pusher.login, email: person.email },
    repository,
    sender: userFields(pusher, urls),
  };
  return overlay(sample('webhook-push', urls), payload);
}

export interface WorkflowDispatchEventOptions extends EventUrls {
  ref?: string;
  inputs?: Record<string, string> | null;
  workflow?: string;
  sender?: FakeUser;
}

export function workflowDispatchEvent(fake: FakeGitHub, options: WorkflowDispatchEventOptions = {}): Record<string, any> {
  const urls = urlsOf(options);
  const { owner, repo } = fake.state;
  const payload = {
    inputs: options.inputs === undefined ? {} : options.inputs,
    ref: options.ref ?? 'refs/heads/main',
    repository: repositoryFields(`${owner}/${repo}`, urls),
    sender: userFields(options.sender ?? { login: 'octocat', id: 583231, type: 'User' }, urls),
    workflow: options.workflow ?? '.github/workflows/blog-post-lint.yml',
  };
  return overlay(sample('webhook-workflow-dispatch', urls), payload);
}

export interface WorkflowRunEventOptions extends EventUrls {
  /** The fake's PR whose `pull_request` run completed. */
  pullNumber?: number;
  /** The triggering run's head_sha; default the PR's head. */
  headSha?: string;
  /** PRs GitHub links to the run. Default as GitHub does it: none for a fork's PR, else this PR. */
  pullRequests?: number[];
  /** The triggering run's event. */
  event?: string;
  conclusion?: 'success' | 'failure' | 'cancelled';
  /** The triggering run's id (what actions/download-artifact's run-id gets). */
  runId?: number;
  workflowName?: string;
}

/**
 * A `workflow_run` `completed` event: the lint workflow's `pull_request` run for one of the fake's PRs
 * finished, and the publish workflow starts with a write token. As on GitHub, `pull_requests` is
 * empty when the PR comes from a fork (the run's head repository is not the base repository).
 */
export function workflowRunEvent(fake: FakeGitHub, options: WorkflowRunEventOptions = {}): Record<string, any> {
  const urls = urlsOf(options);
  const pull = fake.pull(options.pullNumber);
  const { owner, repo } = fake.state;
  const fullName = `${owner}/${repo}`;
  const fork = pull.headRepo.toLowerCase() !== fullName.toLowerCase();
  const runId = options.runId ?? 9_000_000_001;
  const headSha = options.headSha ?? pull.headSha;
  const name = options.workflowName ?? 'blog-post-lint';
  const repoRef = (full: string) => ({ id: repoId(full), url: `${urls.api}/repos/${full}`, name: full.split('/')[1]! });
  const pullRef = (number: number) => {
    const p = fake.pull(number);
    return {
      id: 1_000_000 + number,
      number,
      url: `${urls.api}/repos/${fullName}/pulls/${number}`,
      head: { ref: p.headRef, sha: p.headSha, repo: repoRef(p.headRepo) },
      base: { ref: p.baseRef, sha: p.baseSha, repo: repoRef(fullName) },
    };
  };
  const run = `${urls.api}/repos/${fullName}/actions/runs/${runId}`;
  const author = { name: pull.author.login, email: `${pull.author.id}+${pull.author.login}@users.noreply.github.com` };
  const workflowRun = {
    id: runId,
    name,
    node_id: `WFR_${runId}`,
    path: '.github/workflows/blog-post-lint.yml',
    event: options.event ?? 'pull_request',
    status: 'completed',
    conclusion: options.conclusion ?? 'failure',
    head_branch: pull.headRef,
    head_sha: headSha,
    head_commit: { id: headSha, tree_id: fakeSha(`tree:${headSha}`), message: pull.title, timestamp: '2026-11-20T09:30:00Z', author, committer: author },
    head_repository: repositoryFields(pull.headRepo, urls, { fork, ownerType: fork ? 'User' : 'Organization' }),
    repository: repositoryFields(fullName, urls),
    pull_requests: (options.pullRequests ?? (fork ? [] : [pull.number])).map(pullRef),
    actor: userFields(pull.author, urls),
    triggering_actor: userFields(pull.author, urls),
    run_attempt: 1,
    run_number: 7,
    check_suite_id: runId + 1,
    check_suite_node_id: `CS_${runId + 1}`,
    check_suite_url: `${urls.api}/repos/${fullName}/check-suites/${runId + 1}`,
    workflow_id: 161335,
    workflow_url: `${urls.api}/repos/${fullName}/actions/workflows/161335`,
    url: run,
    html_url: `${urls.server}/${fullName}/actions/runs/${runId}`,
    artifacts_url: `${run}/artifacts`,
    cancel_url: `${run}/cancel`,
    jobs_url: `${run}/jobs`,
    logs_url: `${run}/logs`,
    rerun_url: `${run}/rerun`,
    previous_attempt_url: null,
    created_at: '2026-11-20T09:31:00Z',
    updated_at: '2026-11-20T09:32:00Z',
    run_started_at: '2026-11-20T09:31:00Z',
  };
  const payload = {
    action: 'completed',
    repository: repositoryFields(fullName, urls),
    sender: userFields(pull.author, urls),
    workflow: { id: 161335, node_id: 'W_kwDOBlog161335', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', name, path: '.github/workflows/blog-post-lint.yml', state: 'active', url: workflowRun.workflow_url, html_url: `${urls.server}/${fullName}/actions/workflows/blog-post-lint.yml`, badge_url: `${urls.server}/${fullName}/workflows/${name}/badge.svg` },
    workflow_run: workflowRun,
  };
  return overlay(sample('webhook-workflow-run-completed', urls), payload);
}

function repoId(fullName: string): number {
  return parseInt(fakeSha(`repo:${fullName}`).slice(0, 7), 16);
}

/** Writes a payload to a fresh temp directory (yours to remove); returns the file (for GITHUB_EVENT_PATH). */
export function writeEventFile(payload: unknown, dir = tempDirSync('bpl-contract-event-')): string {
  const file = join(dir, 'event.json');
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
  return file;
}

export interface RunnerEnvOptions {
  /** The API the action should call (a ContractGitHub's `url`). */
  apiUrl: string;
  eventName: EventName;
  payload: Record<string, any>;
  /** Sets INPUT_GITHUB-TOKEN, as a runner does from action.yml's `${{ github.token }}` default. */
  token?: string;
  workspace?: string;
  /** Also set ACT=true, as nektos/act does. */
  act?: boolean;
}

/**
 * What a runner puts in the environment for this event: GITHUB_EVENT_NAME/PATH, GITHUB_SHA/REF (per
 * event type, as documented for workflows), GITHUB_REPOSITORY, the API URLs, RUNNER_TEMP and empty
 * GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files, all in one temp directory (RUNNER_TEMP; remove it when
 * done). Action inputs (INPUT_*) are the caller's business, except INPUT_GITHUB-TOKEN via `token`.
 */
export function runnerEnv(options: RunnerEnvOptions): Record<string, string> {
  const { payload, eventName } = options;
  const dir = tempDirSync('bpl-contract-runner-');
  const eventPath = writeEventFile(payload, dir);
  const summary = join(dir, 'step-summary.md');
  const output = join(dir, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const repository = payload.repository?.full_name as string;
  let sha: string;
  let ref: string;
  const extra: Record<string, string> = {};
  if (eventName === 'pull_request') {
    // The merge commit GitHub makes for refs/pull/N/merge.
    sha = fakeSha(`merge:${payload.pull_request.number}:${payload.pull_request.head.sha}`);
    ref = `refs/pull/${payload.pull_request.number}/merge`;
  } else if (eventName === 'pull_request_target') {
    sha = payload.pull_request.base.sha;
    ref = `refs/heads/${payload.pull_request.base.ref}`;
  } else if (eventName === 'push') {
    sha = payload.after;
    ref = payload.ref;
  } else if (eventName === 'workflow_run') {
    // A workflow_run run runs on the default branch, never on the PR's code.
    sha = fakeSha('default-branch-head');
    ref = 'refs/heads/main';
  } else {
    sha = fakeSha(`dispatch:${payload.ref}`);
    ref = payload.ref;
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    extra.GITHUB_HEAD_REF = payload.pull_request.head.ref;
    extra.GITHUB_BASE_REF = payload.pull_request.base.ref;
  }
  const apiUrl = options.apiUrl.replace(/\/$/, '');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...(options.act ? { ACT: 'true' } : {}),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_ACTOR: payload.sender?.login ?? BOT_USER.login,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_WORKFLOW: 'blog-post-lint',
    GITHUB_JOB: 'lint',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: dir,
    ...(options.token !== undefined ? { 'INPUT_GITHUB-TOKEN': options.token } : {}),
    ...(options.workspace ? { GITHUB_WORKSPACE: options.workspace } : {}),
    ...extra,
  };
}
