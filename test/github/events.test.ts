// The event payloads events.ts builds must be valid per GitHub's webhook description
// (@octokit/openapi-webhooks) and agree with the fake GitHub's state, so the action reads the same
// PR, SHAs and repository from GITHUB_EVENT_PATH that the fake serves.
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, fakeSha, HUMAN_USER, type FakeGitHub } from './fake-github.js';
import { addedPatch } from './diff.js';
import { pullRequestEvent, pushEvent, runnerEnv, webhookSchemaName, webhookSpec, workflowDispatchEvent, workflowRunEvent, writeEventFile } from './events.js';

// ajv comes with prism (a dev dependency's dependency); only this test uses it.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'webhooks.json', components: webhookSpec().components });

function expectValid(schema: string, payload: unknown) {
  const validate = ajv.getSchema(`webhooks.json#/components/schemas/${schema}`);
  expect(validate, schema).toBeDefined();
  const ok = validate!(payload);
  expect(ok ? [] : validate!.errors!.slice(0, 10).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`), schema).toEqual([]);
}

let fake: FakeGitHub;
const before = fakeSha('push-before');
const after = fakeSha('push-after');

beforeAll(async () => {
  fake = await startFakeGitHub({
    pull: { number: 7, files: [{ filename: '_posts/2026-11-20-hello.md', status: 'added', patch: addedPatch('# Hi\n') }] },
    comparisons: [{ base: before, head: after, files: [{ filename: '_posts/a.md', status: 'added' }, { filename: '_posts/b.md', status: 'modified' }, { filename: '_posts/c.md', status: 'removed' }] }],
  });
});
afterAll(async () => {
  await fake?.close();
});

describe('event payloads', () => {
  it('has no webhook examples to copy for these events (so payloads are built from the schemas)', () => {
    const examples = Object.keys((webhookSpec().components as any).examples ?? {});
    expect(examples.some((name) => /pull-request|push|workflow-dispatch/.test(name))).toBe(false);
    for (const name of ['pull-request-opened', 'pull-request-synchronize', 'push', 'workflow-dispatch']) expect(webhookSpec().webhooks[name]).toBeDefined();
  });

  it('validates for real (a broken payload fails)', () => {
    const payload = pullRequestEvent(fake);
    const validate = ajv.getSchema('webhooks.json#/components/schemas/webhook-pull-request-opened')!;
    expect(validate({ ...payload, number: 'seven' })).toBe(false);
    expect(validate({ ...payload, pull_request: { ...payload.pull_request, head: { ...payload.pull_request.head, sha: undefined } } })).toBe(false);
    expect(validate({ ...payload, repository: { ...payload.repository, html_url: 'not a uri' } })).toBe(false);
  });

  it.each(['opened', 'synchronize', 'reopened'] as const)('pull_request %s: valid, and matches the fake’s PR', (action) => {
    const payload = pullRequestEvent(fake, { action });
    expectValid(webhookSchemaName('pull_request', action), payload);
    const pull = fake.pull();
    expect(payload).toMatchObject({
      action,
      number: 7,
      pull_request: { number: 7, head: { sha: pull.headSha, ref: pull.headRef, repo: { full_name: 'octo-org/octo-blog' } }, base: { sha: pull.baseSha, ref: 'main', repo: { full_name: 'octo-org/octo-blog' } } },
      repository: { full_name: 'octo-org/octo-blog', owner: { login: 'octo-org' } },
      sender: { login: HUMAN_USER.login },
    });
    if (action === 'synchronize') expect(payload.after).toBe(pull.headSha);
  });

  it('pull_request from a fork: head.repo differs from base.repo', async () => {
    const forkFake = await startFakeGitHub({ pull: { headRepo: 'someone/octo-blog' } });
    try {
      const payload = pullRequestEvent(forkFake);
      expectValid('webhook-pull-request-opened', payload);
      expect(payload.pull_request.head.repo).toMatchObject({ full_name: 'someone/octo-blog', fork: true });
      expect(payload.pull_request.base.repo.full_name).toBe('octo-org/octo-blog');
    } finally {
      await forkFake.close();
    }
  });

  it('push: valid, with the comparison’s files as the commit’s added/modified/removed', () => {
    const payload = pushEvent(fake, { before, after });
    expectValid('webhook-push', payload);
    expect(payload).toMatchObject({ before, after, ref: 'refs/heads/main', head_commit: { id: after, added: ['_posts/a.md'], modified: ['_posts/b.md'], removed: ['_posts/c.md'] } });
  });

  it('workflow_dispatch: valid', () => {
    const payload = workflowDispatchEvent(fake, { inputs: { paths: '_posts' } });
    expectValid('webhook-workflow-dispatch', payload);
    expect(payload.inputs).toEqual({ paths: '_posts' });
  });

  it('workflow_run completed: valid; a same-repository PR is linked in pull_requests', () => {
    const payload = workflowRunEvent(fake);
    expectValid(webhookSchemaName('workflow_run', 'completed'), payload);
    const pull = fake.pull();
    expect(payload.workflow_run).toMatchObject({ event: 'pull_request', status: 'completed', head_sha: pull.headSha, head_branch: pull.headRef, head_repository: { full_name: 'octo-org/octo-blog' } });
    expect(payload.workflow_run.pull_requests.map((p: { number: number }) => p.number)).toEqual([7]);
    expect(payload.workflow_run.pull_requests[0].head.sha).toBe(pull.headSha);
  });

  it('workflow_run for a fork’s PR: pull_requests is empty, head_repository is the fork', async () => {
    const forkFake = await startFakeGitHub({ pull: { headRepo: 'someone/octo-blog' } });
    try {
      const payload = workflowRunEvent(forkFake);
      expectValid('webhook-workflow-run-completed', payload);
      expect(payload.workflow_run.pull_requests).toEqual([]);
      expect(payload.workflow_run.head_repository).toMatchObject({ full_name: 'someone/octo-blog', fork: true });
      const env = runnerEnv({ apiUrl: 'http://127.0.0.1:1', eventName: 'workflow_run', payload });
      expect(env).toMatchObject({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF: 'refs/heads/main' });
      rmSync(env.RUNNER_TEMP!, { recursive: true, force: true });
    } finally {
      await forkFake.close();
    }
  });

  it('writes the payload for GITHUB_EVENT_PATH and sets the variables a runner sets', () => {
    const payload = pullRequestEvent(fake);
    const file = writeEventFile(payload);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(payload);

    const pr = runnerEnv({ apiUrl: 'http://127.0.0.1:1', eventName: 'pull_request', payload, token: 'ghs_x' });
    expect(JSON.parse(readFileSync(pr.GITHUB_EVENT_PATH!, 'utf8')).number).toBe(7);
    expect(pr).toMatchObject({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_REPOSITORY: 'octo-org/octo-blog', GITHUB_API_URL: 'http://127.0.0.1:1', GITHUB_HEAD_REF: fake.pull().headRef, GITHUB_BASE_REF: 'main', 'INPUT_GITHUB-TOKEN': 'ghs_x' });
    expect(readFileSync(pr.GITHUB_STEP_SUMMARY!, 'utf8')).toBe('');

    const target = runnerEnv({ apiUrl: 'http://127.0.0.1:1', eventName: 'pull_request_target', payload });
    expect(target).toMatchObject({ GITHUB_SHA: fake.pull().baseSha, GITHUB_REF: 'refs/heads/main' });
    expect(target['INPUT_GITHUB-TOKEN']).toBeUndefined();

    const push = runnerEnv({ apiUrl: 'http://127.0.0.1:1', eventName: 'push', payload: pushEvent(fake, { before, after }), act: true });
    expect(push).toMatchObject({ GITHUB_SHA: after, GITHUB_REF: 'refs/heads/main', ACT: 'true' });
    expect(push.RUNNER_TEMP).toBe(dirname(push.GITHUB_EVENT_PATH!));
    for (const dir of [dirname(file), pr.RUNNER_TEMP!, target.RUNNER_TEMP!, push.RUNNER_TEMP!]) rmSync(dir, { recursive: true, force: true });
  });
});
