// How GitHub refuses a write, mapped once for every sink: 401 (no token, or a bad one), 403 (a
// read-only token, as a fork's pull_request run gets, or a missing permission) and 404 (GitHub hides
// what a token may not reach, so a write it may not make can answer "Not Found").
export class ReadOnlyTokenError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`GitHub refused to write (${status}: ${message})`);
  }
}

const REFUSALS = new Set([401, 403, 404]);

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

/** True for a status with which GitHub refuses a token's write. */
export function isRefusal(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && REFUSALS.has(status);
}

/** Runs `work`, turning GitHub's refusal of the token into a ReadOnlyTokenError; other errors pass unchanged. */
export async function asWriter<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isRefusal(error)) throw new ReadOnlyTokenError(statusOf(error)!, (error as Error).message);
    throw error;
  }
}
