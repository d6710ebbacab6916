// Which review threads a re-run resolves: plain data in, thread ids out. The GraphQL documents are
// checked against GitHub's published schema here too (the contract harness executes them).
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fixedThenResolvedFingerprints, isOwnAuthor, planThreadResolution, type ReviewThread } from '../src/github/threads.js';
import { resolveMutation, RESOLVE_CHUNK } from '../src/github/graphql.js';
import { githubGraphQLSchema } from './github/fake-graphql.js';

const BOT = { login: 'github-actions', type: 'Bot' };
const PERSON = { login: 'octocat', type: 'User' };
const POST = '_posts/2026-11-20-hello.md';
const ours = (print: string) => ({ author: BOT, body: `❌ Tag "JS" is not in the vocabulary <sub>\`tags-vocabulary\`</sub>\n\n<!-- blog-post-lint:fp=${print} -->` });

function thread(id: string, print: string, extra: Partial<ReviewThread> = {}): ReviewThread {
  return { id, isResolved: false, path: POST, comments: [ours(print)], moreComments: false, ...extra };
}

const FIXED = 'aaaaaaaaaaaaaaaa';
const PRESENT = 'bbbbbbbbbbbbbbbb';
const plan = (threads: ReviewThread[], overrides: { reported?: string[]; linted?: string[]; ownLogin?: string } = {}) =>
  planThreadResolution({
    threads,
    ownLogin: overrides.ownLogin ?? 'github-actions[bot]',
    reported: new Set(overrides.reported ?? [PRESENT]),
    linted: new Set(overrides.linted ?? [POST]),
  });

describe('planThreadResolution', () => {
  it('resolves our open thread whose problem is gone, keeps the one still reported', () => {
    expect(plan([thread('T1', FIXED), thread('T2', PRESENT)])).toEqual({ resolve: ['T1'], discussed: 0, stillReported: 1 });
  });

  it('leaves a fixed thread alone once a person replied in it', () => {
    const discussed = thread('T1', FIXED, { comments: [ours(FIXED), { author: PERSON, body: 'This tag is fine, see the style guide.' }] });
    expect(plan([discussed])).toEqual({ resolve: [], discussed: 1, stillReported: 0 });
  });

  it('counts any other author as a person: another bot, a deleted account, comments not read', () => {
    const replies = [{ author: { login: 'coderabbitai', type: 'Bot' }, body: 'x' }, { author: null, body: 'x' }];
    for (const reply of replies) expect(plan([thread('T1', FIXED, { comments: [ours(FIXED), reply] })]).resolve).toEqual([]);
    expect(plan([thread('T1', FIXED, { moreComments: true })]).resolve).toEqual([]);
  });

  it('a follow-up by the action itself does not block it', () => {
    expect(plan([thread('T1', FIXED, { comments: [ours(FIXED), ours(FIXED)] })]).resolve).toEqual(['T1']);
  });

  it('skips resolved threads, threads someone else opened, and threads without our marker', () => {
    const threads = [
      thread('T1', FIXED, { isResolved: true }),
      thread('T2', FIXED, { comments: [{ author: PERSON, body: `quoting <!-- blog-post-lint:fp=${FIXED} -->` }] }),
      thread('T3', FIXED, { comments: [{ author: BOT, body: 'a bot comment without a fingerprint' }] }),
      thread('T4', FIXED, { comments: [] }),
    ];
    expect(plan(threads)).toEqual({ resolve: [], discussed: 0, stillReported: 0 });
  });

  it('never judges a file this run did not lint (another shard, a path filter, an unreadable post)', () => {
    expect(plan([thread('T1', FIXED, { path: '_posts/2026-01-01-other.md' })]).resolve).toEqual([]);
  });

  it('a person named like the bot is not the bot; a personal token (bot-login a user) matches exactly', () => {
    expect(plan([thread('T1', FIXED, { comments: [{ ...ours(FIXED), author: { login: 'github-actions', type: 'User' } }] })]).resolve).toEqual([]);
    expect(plan([thread('T1', FIXED, { comments: [{ ...ours(FIXED), author: PERSON }] })], { ownLogin: 'octocat' }).resolve).toEqual(['T1']);
    expect(plan([thread('T1', FIXED, { comments: [{ ...ours(FIXED), author: { login: 'octocat', type: 'Bot' } }] })], { ownLogin: 'octocat' }).resolve).toEqual([]);
  });
});

describe('fixedThenResolvedFingerprints (a problem that comes back is posted again)', () => {
  it('takes the problems of threads the action resolved: resolvedBy is a User, so null for the bot', () => {
    const threads = [thread('T1', FIXED, { isResolved: true, resolvedBy: null }), thread('T2', PRESENT)];
    expect([...fixedThenResolvedFingerprints(threads, 'github-actions[bot]')]).toEqual([FIXED]);
  });

  it('never those a person resolved (their decision), nor those also in an open thread of ours', () => {
    const threads = [
      thread('T1', FIXED, { isResolved: true, resolvedBy: { login: 'octocat' } }),
      thread('T2', PRESENT, { isResolved: true, resolvedBy: null }),
      thread('T3', PRESENT),
    ];
    expect([...fixedThenResolvedFingerprints(threads, 'github-actions[bot]')]).toEqual([]);
  });

  it('with a personal token (bot-login a user), only threads that user resolved', () => {
    const mine = { author: PERSON, body: ours(FIXED).body };
    const threads = [
      thread('T1', FIXED, { comments: [mine], isResolved: true, resolvedBy: { login: 'octocat' } }),
      thread('T2', PRESENT, { comments: [{ author: PERSON, body: ours(PRESENT).body }], isResolved: true, resolvedBy: null }),
    ];
    expect([...fixedThenResolvedFingerprints(threads, 'octocat')]).toEqual([FIXED]);
  });
});

describe('isOwnAuthor', () => {
  it('takes GraphQL’s bare bot login for the REST login with [bot]', () => {
    expect(isOwnAuthor(BOT, 'github-actions[bot]')).toBe(true);
    expect(isOwnAuthor({ login: 'my-app', type: 'Bot' }, 'my-app[bot]')).toBe(true);
    expect(isOwnAuthor({ login: 'my-app', type: 'Bot' }, 'github-actions[bot]')).toBe(false);
    expect(isOwnAuthor(null, 'github-actions[bot]')).toBe(false);
  });
});

describe('resolveMutation', () => {
  it('one document with an alias per thread, ids as variables; valid against GitHub’s GraphQL schema', () => {
    const { query, variables } = resolveMutation(['PRRT_a', 'PRRT_"b"']);
    expect(variables).toEqual({ t0: 'PRRT_a', t1: 'PRRT_"b"' });
    expect(query).toContain('r0: resolveReviewThread(input: { threadId: $t0 })');
    expect(query).toContain('r1: resolveReviewThread(input: { threadId: $t1 })');
    expect(query).not.toContain('PRRT_');
    expect(validate(githubGraphQLSchema(), parse(query))).toEqual([]);
    expect(validate(githubGraphQLSchema(), parse(resolveMutation(Array.from({ length: RESOLVE_CHUNK }, (_, i) => `T${i}`)).query))).toEqual([]);
  });
});
