// Which files this run's change touched, so that only those posts are linted. A pull request: the
// files the PR changes (from the API, or from git between the event's base and head when there is no
// API, as under act). A push: the pushed range, from git. Anything else (workflow_dispatch,
// schedule, a run by hand): every post.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GitHubClient } from '../github/client.js';
import { isPullRequestEvent, type RunContext } from '../github/event.js';
import { postsUnder, type ChangedFile } from '../github/files.js';
import { listPullRequestFiles } from '../github/rest.js';

const run = promisify(execFile);

export type Selection =
  | { kind: 'all'; reason: string }
  | { kind: 'changed'; source: 'api' | 'git'; files: Map<string, ChangedFile> };

export interface SelectionInput {
  context: RunContext;
  client?: GitHubClient;
  /** The blog root, and its path inside the repository (working-directory). */
  root: string;
  prefix: string;
  log: (message: string) => void;
}

export async function selectChanged(input: SelectionInput): Promise<Selection> {
  const { context, client } = input;
  if (isPullRequestEvent(context)) {
    if (client && context.owner && context.repo) {
      try {
        const files = await listPullRequestFiles({ client, owner: context.owner, repo: context.repo }, context.pullNumber!);
        return { kind: 'changed', source: 'api', files: postsUnder(files, input.prefix) };
      } catch (error) {
        input.log(`Could not list the pull request's files (${(error as Error).message}); using git instead.`);
      }
    }
    if (context.baseSha && context.headSha) {
      const files = await gitChanged(input.root, context.baseSha, context.headSha);
      if (files) return { kind: 'changed', source: 'git', files };
    }
    return { kind: 'all', reason: 'the pull request\'s files could not be listed (no token and no git history for its SHAs)' };
  }
  if (context.eventName === 'push' && context.before && context.after) {
    const files = await gitChanged(input.root, context.before, context.after);
    if (files) return { kind: 'changed', source: 'git', files };
    return { kind: 'all', reason: 'the pushed range is not in the checkout (shallow clone?)' };
  }
  return { kind: 'all', reason: context.eventName ? `a ${context.eventName} run lints every post` : 'not a pull request or push' };
}

/** Files changed between two commits, relative to `root` (renames followed, deletions dropped). */
async function gitChanged(root: string, base: string, head: string): Promise<Map<string, ChangedFile> | undefined> {
  try {
    const { stdout } = await run('git', ['-C', root, 'diff', '--name-status', '-z', '-M', '--relative', '--diff-filter=d', base, head], { maxBuffer: 64 * 1024 * 1024 });
    const fields = stdout.split('\0').filter((field) => field !== '');
    const files = new Map<string, ChangedFile>();
    for (let i = 0; i < fields.length; ) {
      const status = fields[i++]!;
      if (status.startsWith('R') || status.startsWith('C')) {
        const previous = fields[i++]!;
        const name = fields[i++]!;
        files.set(name, { filename: name, status: 'renamed', previousFilename: previous });
      } else {
        const name = fields[i++]!;
        files.set(name, { filename: name, status: status.startsWith('A') ? 'added' : 'modified' });
      }
    }
    return files;
  } catch {
    return undefined;
  }
}
