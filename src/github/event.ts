// What run this is: the event, the repository, the pull request and its SHAs, the workspace and the
// runner's folders, read once from the environment a runner (or act, or a person) provides. The
// action's own code reads the environment nowhere else but for its inputs (INPUT_*: action/inputs.ts
// through @actions/core, and early.ts before it) and in event-guard.ts, which checks the event file
// before @actions/github loads.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface RunContext {
  eventName: string;
  owner?: string;
  repo?: string;
  pullNumber?: number;
  baseSha?: string;
  headSha?: string;
  /** The pull request's head branch name (in the head repository). */
  headRef?: string;
  /** For push events: the range that was pushed. */
  before?: string;
  after?: string;
  /** The PR comes from another repository (a fork): its token is read-only. */
  fromFork: boolean;
  /** The PR's head branch is known to be in the base repository (false when the head repository is unknown, e.g. a deleted fork). */
  sameRepository: boolean;
  serverUrl: string;
  apiUrl: string;
  /** A `workflow_run` event: the run that triggered this one (fork mode's publish side). */
  workflowRun?: WorkflowRunInfo;
  /** GITHUB_WORKSPACE (the checkout), else the current directory. */
  workspace: string;
  /** RUNNER_TEMP, else the system's temporary folder: the report and the publish artifact go there. */
  tempDirectory: string;
  /** GITHUB_STEP_SUMMARY is set (a run by hand, some local runners have no job summary). */
  hasStepSummary: boolean;
  /** BLOG_POST_LINT_RETRY_BASE_MS: tests shorten GitHub's backoff; a real run keeps its recommended pace. */
  retryBaseMs?: number;
}

/** What a `workflow_run` payload says about the triggering run. GitHub fills these, not the PR. */
export interface WorkflowRunInfo {
  /** The event of the triggering run (`pull_request` for fork mode). */
  event: string;
  headSha: string;
  headBranch?: string;
  /** `owner/name` of the repository the triggering run's head came from (the fork). */
  headRepository?: string;
  /** PR numbers GitHub links to the run; EMPTY for pull requests from forks. */
  pullRequests: number[];
}

const ZERO_SHA = /^0+$/;

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const context: RunContext = {
    eventName,
    fromFork: false,
    sameRepository: false,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDirectory: env.RUNNER_TEMP || os.tmpdir(),
    hasStepSummary: !!env.GITHUB_STEP_SUMMARY,
  };
  const retryBaseMs = Number(env.BLOG_POST_LINT_RETRY_BASE_MS);
  if (env.BLOG_POST_LINT_RETRY_BASE_MS && Number.isFinite(retryBaseMs) && retryBaseMs >= 0) context.retryBaseMs = retryBaseMs;
  if (owner && repo) {
    context.owner = owner;
    context.repo = repo;
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pull = (payload.pull_request ?? undefined) as Record<string, any> | undefined;
  if (pull && typeof pull.number === 'number') {
    context.pullNumber = pull.number;
    if (typeof pull.base?.sha === 'string') context.baseSha = pull.base.sha;
    if (typeof pull.head?.sha === 'string') context.headSha = pull.head.sha;
    if (typeof pull.head?.ref === 'string') context.headRef = pull.head.ref;
    const headRepo = pull.head?.repo?.full_name;
    const baseRepo = pull.base?.repo?.full_name;
    context.fromFork = typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo;
    context.sameRepository = typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo === baseRepo;
    if (!context.owner && typeof baseRepo === 'string') [context.owner, context.repo] = baseRepo.split('/');
  }
  const workflowRun = readWorkflowRun(eventName, payload);
  if (workflowRun) context.workflowRun = workflowRun;
  if (typeof payload.before === 'string' && !ZERO_SHA.test(payload.before)) context.before = payload.before;
  if (typeof payload.after === 'string' && !ZERO_SHA.test(payload.after)) context.after = payload.after;
  if (!context.headSha && env.GITHUB_SHA) context.headSha = env.GITHUB_SHA;
  return context;
}

function readWorkflowRun(eventName: string, payload: Record<string, any>): WorkflowRunInfo | undefined {
  const run = payload.workflow_run;
  if (eventName !== 'workflow_run' || !run || typeof run !== 'object' || typeof run.head_sha !== 'string' || typeof run.event !== 'string') return undefined;
  const info: WorkflowRunInfo = {
    event: run.event,
    headSha: run.head_sha,
    pullRequests: Array.isArray(run.pull_requests) ? run.pull_requests.map((pull: { number?: unknown } | null) => pull?.number).filter((number: unknown): number is number => typeof number === 'number') : [],
  };
  if (typeof run.head_branch === 'string') info.headBranch = run.head_branch;
  if (typeof run.head_repository?.full_name === 'string') info.headRepository = run.head_repository.full_name;
  return info;
}

/** The event file cannot be used (missing, unreadable, empty, not a JSON object): the step fails
 * with this one-line message instead of running on a made-up event. */
export class EventFileError extends Error {}

/** The webhook payload that GITHUB_EVENT_PATH names (a runner, or act's `-e`, writes it); `{}`
 * when the variable is unset (a run by hand). */
export function readPayload(file: string | undefined): Record<string, any> {
  if (!file) return {};
  const where = `the event file ${file} (GITHUB_EVENT_PATH)`;
  const hint = 'it should hold the JSON payload of the event that started the run (with act: -e event.json)';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? message})`;
    throw new EventFileError(`blog-post-lint: ${where} ${reason}; ${hint}.`);
  }
  if (text.trim() === '') throw new EventFileError(`blog-post-lint: ${where} is empty; ${hint}.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EventFileError(`blog-post-lint: ${where} is not valid JSON (${(error as Error).message}); ${hint}.`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new EventFileError(`blog-post-lint: ${where} holds ${Array.isArray(data) ? 'a list' : JSON.stringify(data)}, not a JSON object; ${hint}.`);
  return data as Record<string, any>;
}

/** What is wrong with the event file, or undefined when it is fine (or unset). */
export function eventFileProblem(file: string | undefined): string | undefined {
  try {
    readPayload(file);
    return undefined;
  } catch (error) {
    if (error instanceof EventFileError) return error.message;
    throw error;
  }
}

export function isPullRequestEvent(context: RunContext): boolean {
  return (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') && context.pullNumber !== undefined;
}
