// The fork-mode recipe in examples/workflows/ is what users copy: it must wire the action's real
// inputs and outputs together, and the publish side must never check out or run the PR's code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from './helpers.js';
import { ARTIFACT_FILE } from '../src/github/artifact.js';

type Step = { uses?: string; run?: string; id?: string; if?: string; with?: Record<string, unknown> };
type Workflow = { name: string; on: Record<string, any>; permissions: Record<string, string>; concurrency?: { group: string }; jobs: Record<string, { if?: string; steps: Step[] }> };

const read = (name: string) => parse(readFileSync(path.join(projectRoot, 'examples', 'workflows', name), 'utf8')) as Workflow;
const lint = read('blog-post-lint.yml');
const publish = read('blog-post-lint-publish.yml');
const action = parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const ours = (step: Step) => step.uses?.startsWith('blog-post-lint/blog-post-lint@');

describe('examples/workflows: fork mode in two workflows', () => {
  it('the lint side runs on pull_request with a read-only token and uploads the publish artifact', () => {
    expect(Object.keys(lint.on)).toEqual(['pull_request']);
    expect(Object.values(lint.permissions)).not.toContain('write');
    // Unnamed permissions are none; listing a private repository's PR files needs pull-requests: read.
    expect(lint.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    const step = steps(lint).find(ours)!;
    expect(step.with?.comment).toBe(false);
    const upload = steps(lint).find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(upload.with?.path).toBe(`\${{ steps.${step.id}.outputs.publish-artifact }}`);
    expect(action.outputs['publish-artifact']).toBeDefined();
    expect(upload.if).toContain('!cancelled()');
    expect(lint.concurrency?.group).toContain('github.event.pull_request.number');
  });

  it('the publish side: workflow_run of the lint workflow, write token, no checkout, downloads that run’s artifact', () => {
    expect(publish.on.workflow_run).toEqual({ workflows: [lint.name], types: ['completed'] });
    expect(publish.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(steps(publish).some((s) => s.uses?.startsWith('actions/checkout') || s.run)).toBe(false);
    const download = steps(publish).find((s) => s.uses === 'actions/download-artifact@v4')!;
    const upload = steps(lint).find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(download.with).toMatchObject({ name: upload.with?.name, 'run-id': '${{ github.event.workflow_run.id }}', 'github-token': '${{ github.token }}' });
    const step = steps(publish).find(ours)!;
    expect(Object.keys(step.with ?? {}).every((input) => input in action.inputs)).toBe(true);
    expect(step.with?.['publish-report']).toBe(`${download.with?.path}/${ARTIFACT_FILE}`);
    expect(Object.values(publish.jobs)[0]!.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(publish.concurrency?.group).toContain('github.event.workflow_run.head_branch');
  });
});

describe('every workflow shown that runs the action on pull requests', () => {
  it('grants pull-requests read or write when it names its permissions (the PR files are listed)', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match, index) => ({ name: `README yaml block ${index + 1}`, workflow: parse(match[1]!) as Partial<Workflow> & { steps?: Step[] } }));
    shown.push({ name: 'examples/workflows/blog-post-lint.yml', workflow: lint }, { name: 'examples/workflows/blog-post-lint-publish.yml', workflow: publish });
    let checked = 0;
    for (const { name, workflow } of shown) {
      const allSteps = [...(workflow.steps ?? []), ...Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? [])];
      const on = workflow.on === undefined ? ['pull_request'] : Object.keys(workflow.on);
      if (!workflow.permissions || !allSteps.some(ours) || !on.some((event) => event === 'pull_request' || event === 'pull_request_target' || event === 'workflow_run')) continue;
      checked++;
      expect(['read', 'write'], `${name}: pull-requests is ${workflow.permissions['pull-requests'] ?? 'none'}`).toContain(workflow.permissions['pull-requests']);
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
