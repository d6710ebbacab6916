// Which posts a run lints when there is no pull-request API to ask: a push (the pushed range, from
// git), a pull request under act without a token (git between the event's base and head), and a
// workflow_dispatch (every post). The real bundle, as a runner starts it.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, tempDirSync } from '../helpers.js';
import { actionBundle } from './action-run.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** The example blog as a git repository: a first commit, then one commit that edits one post. */
function blogWithHistory() {
  const dir = tempDirSync('bpl-git-');
  cpSync(path.join(projectRoot, 'examples', 'blog'), dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'first');
  const base = git(dir, 'rev-parse', 'HEAD');
  const post = path.join(dir, '_posts', '2025-04-10-redis-cache-notes.md');
  writeFileSync(post, readFileSync(post, 'utf8') + '\nOne more line.\n');
  git(dir, 'commit', '-qam', 'edit one post');
  const head = git(dir, 'rev-parse', 'HEAD');
  return { dir, base, head };
}

function runAction(workspace: string, eventName: string, payload: object, extra: Record<string, string> = {}): Promise<{ status: number | null; stdout: string }> {
  const temp = tempDirSync('bpl-runner-');
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'you/blog', RUNNER_TEMP: temp, 'INPUT_FAIL-ON': 'never', ...extra };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [actionBundle], { cwd: workspace, env });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

describe('choosing posts from git', () => {
  it('push: lints only the posts in the pushed range', async () => {
    const { dir, base, head } = blogWithHistory();
    const run = await runAction(dir, 'push', { before: base, after: head, ref: 'refs/heads/main' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('blog-post-lint: 1 post under .');
    expect(run.stdout).toContain('_posts/2025-04-10-redis-cache-notes.md');
    expect(run.stdout).not.toContain('_posts/2025-01-12-first-spring-boot-deploy.md');
  }, 30_000);

  it('pull request under act without a token: git between the event\'s base and head', async () => {
    const { dir, base, head } = blogWithHistory();
    const payload = { number: 3, pull_request: { number: 3, base: { sha: base, repo: { full_name: 'you/blog' } }, head: { sha: head, repo: { full_name: 'you/blog' } } } };
    const run = await runAction(dir, 'pull_request', payload, { ACT: 'true' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 file changed (git); 1 of them is a post.');
    expect(run.stdout).toContain('The pull-request comment (not posted)');
  }, 30_000);

  it('a push whose range is not in the checkout (shallow clone) lints every post, and says why', async () => {
    const { dir, head } = blogWithHistory();
    const run = await runAction(dir, 'push', { before: 'f'.repeat(40), after: head, ref: 'refs/heads/main' });
    expect(run.stdout).toContain('blog-post-lint: 5 posts under .');
    expect(run.stdout).toMatch(/Linting every post: the pushed range is not in the checkout/);
  }, 30_000);

  it('workflow_dispatch: every post', async () => {
    const { dir } = blogWithHistory();
    const run = await runAction(dir, 'workflow_dispatch', { ref: 'refs/heads/main' });
    expect(run.stdout).toContain('blog-post-lint: 5 posts under .');
  }, 30_000);
});
