// Review threads follow the code: on a re-run, a thread this action opened whose problem is no longer
// reported is resolved, unless someone else replied in it (then it is theirs to close). GraphQL only
// (REST cannot resolve threads): one paginated query to read the threads and one aliased mutation
// document for all fixed ones, so a run's request count never grows with the number of problems.
// A failure here (a token without the permission, GraphQL down) is logged and never fails the run.
import type { GitHubClient } from './client.js';
import { fingerprintsIn } from './review.js';

export interface ThreadComment {
  /** null for a deleted account ("ghost"). */
  author: { login: string; type: string } | null;
  body: string;
}

export interface ReviewThread {
  id: string;
  isResolved: boolean;
  /** Repository-relative path of the file the thread is on. */
  path: string;
  /** Oldest first; the first one opened the thread. */
  comments: ThreadComment[];
  /** The thread has more comments than were read: treat it as discussed. */
  moreComments: boolean;
  /** The person who resolved it. GitHub's schema types this as a User: a bot or app that resolved it gives null. */
  resolvedBy?: { login: string } | null;
}

export interface ThreadPlanInput {
  threads: ReviewThread[];
  /** The account the token writes as (REST spelling, e.g. `github-actions[bot]`). */
  ownLogin: string;
  /** Fingerprints of every problem this run reported, on the diff or not. */
  reported: Set<string>;
  /** Repository paths of the files this run linted: a thread on any other file is not ours to judge. */
  linted: Set<string>;
}

export interface ThreadPlan {
  /** Thread ids to resolve: ours, open, on a linted file, and every problem they name is gone. */
  resolve: string[];
  /** Fixed, but a person replied: left open. */
  discussed: number;
  /** Ours and open, and the problem is still reported. */
  stillReported: number;
}

/**
 * GraphQL spells a bot's login without the `[bot]` REST adds (`github-actions` vs `github-actions[bot]`),
 * so a bot is recognised by its type and bare name; anyone else by the exact login.
 */
export function isOwnAuthor(author: ThreadComment['author'], ownLogin: string): boolean {
  if (!author) return false;
  const bot = /^(.+)\[bot\]$/.exec(ownLogin);
  if (bot) return author.type === 'Bot' && (author.login === bot[1] || author.login === ownLogin);
  return author.type !== 'Bot' && author.login === ownLogin;
}

export function planThreadResolution(input: ThreadPlanInput): ThreadPlan {
  const plan: ThreadPlan = { resolve: [], discussed: 0, stillReported: 0 };
  for (const thread of input.threads) {
    const [first, ...replies] = thread.comments;
    if (thread.isResolved || !first || !isOwnAuthor(first.author, input.ownLogin)) continue;
    const prints = fingerprintsIn(first.body);
    if (prints.length === 0 || !input.linted.has(thread.path)) continue;
    if (prints.some((print) => input.reported.has(print))) {
      plan.stillReported++;
      continue;
    }
    if (thread.moreComments || replies.some((reply) => !isOwnAuthor(reply.author, input.ownLogin))) {
      plan.discussed++;
      continue;
    }
    plan.resolve.push(thread.id);
  }
  return plan;
}

/**
 * Fingerprints whose only threads of ours were resolved by this action (the problem was fixed): if
 * such a problem is reported again, it came back, and is posted again. A thread a person resolved
 * stays their decision: its problem is not posted again.
 */
export function fixedThenResolvedFingerprints(threads: ReviewThread[], ownLogin: string): Set<string> {
  const resolvedByUs = new Set<string>();
  const otherwise = new Set<string>();
  for (const thread of threads) {
    const first = thread.comments[0];
    if (!first || !isOwnAuthor(first.author, ownLogin)) continue;
    const target = thread.isResolved && resolvedByOwnAccount(thread, ownLogin) ? resolvedByUs : otherwise;
    for (const print of fingerprintsIn(first.body)) target.add(print);
  }
  return new Set([...resolvedByUs].filter((print) => !otherwise.has(print)));
}

/**
 * `resolvedBy` is a User: for a bot token (GITHUB_TOKEN, an app) it is null; for a person's token,
 * their login. A null cannot tell this bot from another app; either way no person decided it.
 */
function resolvedByOwnAccount(thread: ReviewThread, ownLogin: string): boolean {
  const bot = /^(.+)\[bot\]$/.exec(ownLogin);
  if (!thread.resolvedBy) return !!bot;
  return thread.resolvedBy.login === ownLogin || (!!bot && thread.resolvedBy.login === bot[1]);
}

// ---------------------------------------------------------------------------------------------
// Reading and resolving

const THREADS_QUERY = `
query ReviewThreads($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          isResolved
          resolvedBy { login }
          path
          comments(first: 100) {
            pageInfo { hasNextPage }
            nodes { author { __typename login } body }
          }
        }
      }
    }
  }
}`;

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{
          id: string;
          isResolved: boolean;
          resolvedBy: { login: string } | null;
          path: string;
          comments: { pageInfo: { hasNextPage: boolean }; nodes: Array<{ author: { __typename: string; login: string } | null; body: string } | null> | null };
        } | null> | null;
      };
    } | null;
  } | null;
}

/** Every review thread of the pull request, 100 per request. */
export async function readReviewThreads(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<ReviewThread[]> {
  const threads: ReviewThread[] = [];
  let after: string | null = null;
  do {
    const page: ThreadsPage = await client.graphql<ThreadsPage>(THREADS_QUERY, { owner, name: repo, number: pullNumber, after });
    const connection = page.repository?.pullRequest?.reviewThreads;
    if (!connection) break;
    for (const node of connection.nodes ?? []) {
      if (!node) continue;
      threads.push({
        id: node.id,
        isResolved: node.isResolved,
        resolvedBy: node.resolvedBy ? { login: node.resolvedBy.login } : null,
        path: node.path,
        comments: (node.comments.nodes ?? []).flatMap((c) => (c ? [{ author: c.author ? { login: c.author.login, type: c.author.__typename } : null, body: c.body }] : [])),
        moreComments: node.comments.pageInfo.hasNextPage,
      });
    }
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return threads;
}

/** Threads per mutation document: GitHub limits a document's cost, not its alias count. */
export const RESOLVE_CHUNK = 50;

/** One mutation document per RESOLVE_CHUNK threads, ids passed as variables (never spliced in). */
export function resolveMutation(threadIds: string[]): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const fields: string[] = [];
  threadIds.forEach((id, i) => {
    variables[`t${i}`] = id;
    declarations.push(`$t${i}: ID!`);
    fields.push(`  r${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id isResolved } }`);
  });
  return { query: `mutation ResolveFixedThreads(${declarations.join(', ')}) {\n${fields.join('\n')}\n}`, variables };
}

/** Resolves the threads; returns how many GitHub reports resolved (a partial failure counts the rest). */
export async function resolveThreads(client: GitHubClient, threadIds: string[], log: (message: string) => void): Promise<number> {
  let resolved = 0;
  for (let start = 0; start < threadIds.length; start += RESOLVE_CHUNK) {
    const { query, variables } = resolveMutation(threadIds.slice(start, start + RESOLVE_CHUNK));
    type Result = Record<string, { thread: { isResolved: boolean } | null } | null>;
    try {
      resolved += countResolved(await client.graphql<Result>(query, variables));
    } catch (error) {
      // A GraphqlResponseError carries the aliases that did succeed.
      resolved += countResolved((error as { data?: Result }).data);
      log(`Could not resolve every fixed review thread: ${(error as Error).message}`);
    }
  }
  return resolved;
}

function countResolved(data: Record<string, { thread: { isResolved: boolean } | null } | null> | undefined): number {
  return Object.values(data ?? {}).filter((entry) => entry?.thread?.isResolved).length;
}

export interface FollowInput extends Omit<ThreadPlanInput, 'threads'> {
  client: GitHubClient;
  owner: string;
  repo: string;
  pullNumber: number;
  log: (message: string) => void;
}

export interface FollowResult extends ThreadPlan {
  resolved: number;
}

/** The threads, or undefined when GitHub would not let us read them (logged; nothing is resolved then). */
export async function tryReadReviewThreads(client: GitHubClient, owner: string, repo: string, pullNumber: number, log: (message: string) => void): Promise<ReviewThread[] | undefined> {
  try {
    return await readReviewThreads(client, owner, repo, pullNumber);
  } catch (error) {
    log(`Could not read the review threads, none resolved: ${(error as Error).message}`);
    return undefined;
  }
}

/** Resolves the fixed threads among those read before this run posted anything. */
export async function followThreads(input: FollowInput & { threads: ReviewThread[] }): Promise<FollowResult> {
  const plan = planThreadResolution(input);
  const resolved = plan.resolve.length > 0 ? await resolveThreads(input.client, plan.resolve, input.log) : 0;
  if (plan.resolve.length > 0 || plan.discussed > 0)
    input.log(`Review threads: ${resolved} fixed resolved, ${plan.discussed} fixed but discussed left open, ${plan.stillReported} still reported.`);
  return { ...plan, resolved };
}
