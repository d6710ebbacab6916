// The one place that builds a GitHub client: @actions/github's Octokit, pointed at the run's API
// URL, with retries for server errors and secondary rate limits (exponential backoff, honouring
// `retry-after`). Every other module takes a `GitHubClient` and calls one endpoint.
import * as github from '@actions/github';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

export interface ClientOptions {
  baseUrl: string;
  /** Milliseconds of the first backoff (doubled per retry). Tests set it low. */
  retryBaseMs?: number;
  retries?: number;
  log?: (message: string) => void;
}

export function createClient(token: string, options: ClientOptions): GitHubClient {
  const client = github.getOctokit(token, { baseUrl: options.baseUrl, userAgent: 'blog-post-lint' });
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = retryDelay(error, attempt, base);
        if (wait === undefined || attempt >= retries) throw error;
        options.log?.(`GitHub answered ${(error as { status?: number }).status} to ${requestOptions.method} ${requestOptions.url}; retrying in ${wait} ms`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  });
  return client;
}

/** How long to wait before retrying, or undefined when the error is not worth a retry. */
export function retryDelay(error: unknown, attempt: number, baseMs: number): number | undefined {
  const { status, response, message } = error as { status?: number; response?: { headers?: Record<string, string> }; message?: string };
  const retryAfter = Number(response?.headers?.['retry-after']);
  const secondaryLimit = (status === 403 || status === 429) && (Number.isFinite(retryAfter) || /secondary rate limit|abuse/i.test(message ?? ''));
  if (!(status !== undefined && status >= 500) && !secondaryLimit) return undefined;
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, 60_000);
  return Math.min(baseMs * 2 ** attempt, 30_000);
}
