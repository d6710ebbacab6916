// `npm run demo` (examples/demo.mjs): what a pull request gets, in order — the action log, the
// summary comment once, the review's inline comments at their file and line with their
// ```suggestion blocks, how to apply the fixes (with what `--fix` changes), the outputs. It runs the
// committed bundle (dist/) against the demo's own stand-in for GitHub's API; the PR's files come
// from that API, so nothing says they "could not be listed". Nothing is left in the temp folder.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './helpers.js';
import { cleanEnv } from './github/action-run.js';

interface DemoRun {
  status: number | null;
  stdout: string;
  stderr: string;
  leftInTemp: string[];
}

/** Asynchronous on purpose: the demo serves its stand-in API from its own event loop, and it takes a few seconds. */
function runDemo(args: string[]): Promise<DemoRun> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bpl-demo-test-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'examples', 'demo.mjs'), ...args], { cwd: projectRoot, env: { ...cleanEnv(), TMPDIR: tmp } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const leftInTemp = readdirSync(tmp);
      rmSync(tmp, { recursive: true, force: true });
      resolve({ status, stdout, stderr, leftInTemp });
    });
  });
}

/** The demo's output cut at its `──── title ────` headings: [title, text] in order. */
function sections(stdout: string): Array<[string, string]> {
  const parts = stdout.split(/^──── (.*) ────$/m);
  const result: Array<[string, string]> = [];
  for (let i = 1; i < parts.length; i += 2) result.push([parts[i]!, parts[i + 1]!.trim()]);
  return result;
}

describe('npm run demo', () => {
  let en: DemoRun;
  let ko: DemoRun;
  beforeAll(async () => {
    [en, ko] = await Promise.all([runDemo([]), runDemo(['--ko'])]);
  }, 180_000);

  it('runs to the end and cleans up after itself', () => {
    expect(en.stderr).toBe('');
    expect(en.status).toBe(0);
    expect(en.leftInTemp).toEqual([]);
    expect(ko.leftInTemp).toEqual([]);
  });

  it('shows the log, the summary comment once, the review, how to fix, and the outputs, in that order', () => {
    const titles = sections(en.stdout).map(([title]) => title.split(/[:(]/)[0]!.trim());
    expect(titles).toEqual(['the action log', 'the summary comment on the pull request', 'the review', 'fixing', 'outputs']);
    expect(en.stdout).not.toContain('could not be listed');
    expect(en.stdout).toContain("5 files changed (api); 5 of them are posts.");
    // The comment is posted, not printed in the log: it appears once.
    expect(en.stdout.match(/<!-- blog-post-lint:summary -->/g)).toHaveLength(1);
    expect(en.stdout.match(/^## blog-post-lint$/gm)).toHaveLength(1);
    const [, comment] = sections(en.stdout)[1]!;
    expect(comment).toContain('❌ 9 errors and 6 warnings in 4 of 5 posts.');
    expect(en.stdout).toContain('comment-url=https://github.com/you/your-blog/pull/1#issuecomment-');
    expect(en.stdout).not.toContain('did not expect');
    expect(en.stdout).toContain('The action exited 1: the check fails (fail-on: error), as it should for this blog.');
  });

  it('shows each inline review comment at its file and line, with its suggestion block', () => {
    const [title, review] = sections(en.stdout)[2]!;
    const count = Number(/(\d+) inline comments/.exec(title)?.[1]);
    const entries = review.split(/^▸ /m).slice(1);
    expect(entries).toHaveLength(count);
    expect(count).toBe(15);
    // In the order of the diff.
    const places = entries.map((entry) => entry.split('\n')[0]!);
    expect(places[0]).toBe('_posts/2025-01-12-first-spring-boot-deploy.md:8');
    expect(places).toContain('_posts/2025-02-18-hackathon-retrospective.md:2');
    const keyCase = entries.find((entry) => entry.startsWith('_posts/2025-02-18-hackathon-retrospective.md:2\n'))!;
    expect(keyCase).toContain('❌ Key `Title` is ignored by the blog engine; write it as `title`.');
    expect(keyCase).toContain('  ```suggestion\n  title: 사내 해커톤 회고\n  ```');
    // The fingerprint is hidden on GitHub, so it is not shown here.
    expect(review).not.toContain('blog-post-lint:fp=');
    expect(entries.filter((entry) => entry.includes('```suggestion'))).toHaveLength(5);
  });

  it('says how to apply the fixes, and shows what --fix changes', () => {
    const [, fixing] = sections(en.stdout)[3]!;
    expect(fixing).toContain('5 of the review comments carry a ```suggestion block');
    expect(fixing).toContain('"Commit suggestion"');
    expect(fixing).toContain('`npx blog-post-lint --fix`');
    expect(fixing).toContain('`fix: commit`');
    expect(fixing).toContain('_posts/2025-02-18-hackathon-retrospective.md\n@@ -2,3 +2,3 @@\n-Title: 사내 해커톤 회고');
    expect(fixing).toContain('+![Alt](/assets/img/posts/first-deploy/build%20log.png)');
  });

  it('in Korean with --ko', () => {
    expect(ko.status).toBe(0);
    expect(sections(ko.stdout).map(([title]) => title.split(' ')[0])).toEqual(['액션', '풀', '리뷰:', '고치기', '출력값']);
    expect(ko.stdout).toContain('❌ 글 5개 중 4개에서 오류 9개, 경고 6개를 찾았습니다.');
    expect(ko.stdout).toContain('```suggestion');
  });

  it('shows messages as the new renderer writes them: code as code, no &#96; entities', () => {
    // The summary comment's table and the review comments come from the bundle: a stale dist/ fails here.
    expect(en.stdout).toContain('| Line | Problem |');
    expect(en.stdout).not.toContain('&#96;');
  });
});
