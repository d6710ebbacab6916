// Review threads over GraphQL (REST cannot resolve threads): one paginated query reads them, one
// aliased mutation document resolves up to RESOLVE_CHUNK of them, so a run's request count never
// grows with the number of problems. Which threads to resolve is planned in threads.ts.
import type { GitHubClient } from './client.js';
import type { ReviewThread } from './threads.js';

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

