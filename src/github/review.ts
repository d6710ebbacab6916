// Inline review comments: one review per run (pulls.createReview, event COMMENT), comments only on
// lines that are in the PR's diff, a ```suggestion with the fix where there is one, and a hidden
// fingerprint per problem so a re-run never posts the same comment twice.
import { createHash } from 'node:crypto';
import type { Problem } from '../core/types.js';
import { messageText, ruleText } from '../report/comment.js';
import type { GitHubClient } from './client.js';
import { canComment, commentableLines } from './patch.js';
import { suggestionBlock, suggestionFor, type Suggestion } from './suggestion.js';

const FINGERPRINT = /<!-- blog-post-lint:fp=([0-9a-f]{16}) -->/g;

export interface ReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export interface InlinePlan {
  comments: ReviewComment[];
  /** On a diff line, but over the cap: counted in the summary. */
  overCap: Problem[];
  /** Already commented on by an earlier run: not posted again. */
  alreadyPosted: number;
}

/** Stable across runs and line shifts: the file, the rule, the message and the text of the line. */
export function fingerprint(problem: Problem, lineText: string): string {
  return createHash('sha256').update([problem.file, problem.ruleId, problem.message, lineText.trim()].join('\u0000')).digest('hex').slice(0, 16);
}

/** The fingerprint markers a comment body carries (ours carry exactly one). */
export function fingerprintsIn(body: string): string[] {
  return [...body.matchAll(FINGERPRINT)].map((match) => match[1]!);
}

export async function existingFingerprints(client: GitHubClient, owner: string, repo: string, pullNumber: number, ownLogin: string): Promise<Set<string>> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
  const found = new Set<string>();
  for (const comment of comments) {
    if (comment.user?.login !== ownLogin) continue;
    for (const print of fingerprintsIn(comment.body)) found.add(print);
  }
  return found;
}

/** What an inline comment needs from a post, per problem: the text of its line (the fingerprint)
 * and its fix as whole lines. Far less than the post, so a fork's run can hand it over in an artifact. */
export interface InlineFacts {
  lineText: string;
  suggestion?: Suggestion;
}

/** The facts of every problem of the report whose post could be read. */
export function inlineFactsFor(problems: Problem[], texts: Map<string, string>): Map<Problem, InlineFacts> {
  const facts = new Map<Problem, InlineFacts>();
  for (const problem of problems) {
    const text = texts.get(problem.file);
    if (text === undefined) continue;
    const fact: InlineFacts = { lineText: text.split('\n')[problem.line - 1] ?? '' };
    const suggestion = problem.fix ? suggestionFor(text, problem.fix) : undefined;
    if (suggestion) fact.suggestion = suggestion;
    facts.set(problem, fact);
  }
  return facts;
}

export interface PlanInput {
  problems: Problem[];
  /** Blog-relative post path -> repo-relative path and its patch. */
  files: Map<string, { repoPath: string; patch?: string }>;
  /** Per problem: its line's text and suggestion (a problem without facts gets no inline comment). */
  facts: Map<Problem, InlineFacts>;
  posted: Set<string>;
  cap: number;
}

export function planInlineComments(input: PlanInput): InlinePlan {
  const comments: ReviewComment[] = [];
  const overCap: Problem[] = [];
  let alreadyPosted = 0;
  const ordered = [...input.problems.filter((p) => p.severity === 'error'), ...input.problems.filter((p) => p.severity !== 'error')];
  const seen = new Set<string>();
  for (const problem of ordered) {
    const file = input.files.get(problem.file);
    const facts = input.facts.get(problem);
    if (!file || !facts) continue;
    const lines = commentableLines(file.patch);
    const print = fingerprint(problem, facts.lineText);
    if (input.posted.has(print)) {
      alreadyPosted++;
      continue;
    }
    if (seen.has(print)) continue;
    const suggestion = facts.suggestion;
    let start = problem.line;
    let end = problem.line;
    let block = '';
    if (suggestion && canComment(lines, suggestion.startLine, suggestion.endLine)) {
      start = suggestion.startLine;
      end = suggestion.endLine;
      block = '\n\n' + suggestionBlock(suggestion);
    } else if (!canComment(lines, problem.line, problem.line)) {
      continue; // not in the diff: the summary comment carries it
    }
    if (comments.length >= input.cap) {
      overCap.push(problem);
      continue;
    }
    seen.add(print);
    const severity = problem.severity === 'error' ? '❌' : '⚠️';
    // The message and rule id as the summary comment shows them (one renderer: code as code).
    const body = `${severity} ${messageText(problem.message)} <sub>${ruleText(problem.ruleId)}</sub>${block}\n\n<!-- blog-post-lint:fp=${print} -->`;
    const comment: ReviewComment = { path: file.repoPath, line: end, side: 'RIGHT', body };
    if (start < end) {
      comment.start_line = start;
      comment.start_side = 'RIGHT';
    }
    comments.push(comment);
  }
  return { comments, overCap, alreadyPosted };
}

export async function createReview(client: GitHubClient, owner: string, repo: string, pullNumber: number, commitId: string | undefined, comments: ReviewComment[], body: string): Promise<string> {
  const { data } = await client.rest.pulls.createReview({
    owner,
    repo,
    pull_number: pullNumber,
    event: 'COMMENT',
    body,
    comments,
    ...(commitId ? { commit_id: commitId } : {}),
  });
  return data.html_url;
}
