// Review threads follow the code, the plan: on a re-run, a thread this action opened whose problem is
// no longer reported is resolved, unless someone else replied in it (then it is theirs to close).
// Pure: the threads come from graphql.ts, and the action (src/action/publish.ts) resolves the plan's.
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
