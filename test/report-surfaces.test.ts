// One report, four markdown surfaces, one renderer (src/report/comment.ts): the pull-request
// comment, the commit comment, the job summary (the action on push, dispatch or schedule) and
// `--format markdown`. They differ only in their hidden marker line, and a rule message's `code`
// shows as code in every one of them (the job summary used to show `&#96;Title&#96;`, which GitHub
// displays as a literal `` `Title` ``).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, runCli } from './helpers.js';
import { lintBlog } from './fixtures/comment/build.js';
import { inputDefaults } from './github/action-run.js';
import { renderGfm, visibleText } from './browser.js';
import { formatPullRequestComment } from '../src/report/comment.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { COMMIT_MARKER, formatCommitComment } from '../src/github/commit-comment.js';
import { SUMMARY_MARKER } from '../src/github/comment.js';
import { run } from '../src/main.js';
import type { Report } from '../src/core/types.js';

const EXAMPLE_BLOG = path.join(projectRoot, 'examples', 'blog');
const SHA = '4f2c9e1d0b7a6c5e3f8a9b0c1d2e3f4a5b6c7d8e';
const LINK_BASE = `https://github.com/you/your-blog/blob/${SHA}/`;

/** The body without its first line when that line is a hidden marker. */
function withoutMarker(body: string, marker: string): string {
  expect(body.startsWith(marker + '\n')).toBe(true);
  return body.slice(marker.length + 1);
}

/** The checks that a rendered message shows its code as code. */
function expectRealCodeSpans(markdown: string) {
  const html = renderGfm(markdown);
  expect(html).toContain('<code>Title</code>');
  expect(html).toContain('<code>title</code>');
  const text = visibleText(html);
  // What a reader sees has no backtick at all: every `…` became a code element.
  expect(text).not.toContain('`');
  expect(text).toContain('Key Title is ignored by the blog engine; write it as title.');
}

let report: Report;
beforeAll(async () => {
  report = await lintBlog(EXAMPLE_BLOG);
});

describe('the same report on every surface', () => {
  it('PR comment, commit comment and job summary are the same markdown under their own marker', () => {
    const comment = withoutMarker(formatPullRequestComment(report, { marker: SUMMARY_MARKER, linkBase: LINK_BASE }), SUMMARY_MARKER);
    const commit = withoutMarker(formatCommitComment(report, LINK_BASE), COMMIT_MARKER);
    const summary = formatMarkdown(report, { surface: 'summary', linkBase: LINK_BASE });
    expect(commit).toBe(comment);
    expect(summary).toBe(comment);
    expect(comment).toContain('| Line | Problem |');
    for (const body of [comment, commit, summary]) expectRealCodeSpans(body);
  });

  it('`--format markdown` prints that markdown too (no marker, no links; the CLI computes no preview cards)', async () => {
    const cli = await runCli(['--format', 'markdown', '--lang', 'en'], EXAMPLE_BLOG);
    expect(cli.code).toBe(1);
    const withoutCards: Report = { ...report, files: report.files.map(({ preview: _preview, ...file }) => file) };
    expect(cli.stdout).toBe(withoutMarker(formatPullRequestComment(withoutCards, { marker: SUMMARY_MARKER }), SUMMARY_MARKER));
    expectRealCodeSpans(cli.stdout);
    expect(cli.stdout).not.toContain('&#96;');
  });
});

describe('the job summary the action writes', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  });

  // @actions/core keeps the first summary file it was given for the life of the process: one for all runs.
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'bpl-surfaces-'));
  });
  afterAll(() => fs.rm(temp, { recursive: true, force: true }));

  async function runAction(eventName: string, payload: Record<string, unknown>): Promise<string> {
    {
      const summaryFile = path.join(temp, 'summary.md');
      const eventFile = path.join(temp, 'event.json');
      writeFileSync(summaryFile, '');
      writeFileSync(eventFile, JSON.stringify(payload));
      for (const key of Object.keys(process.env)) if (/^(INPUT_|GITHUB_|RUNNER_)/.test(key)) delete process.env[key];
      Object.assign(process.env, inputDefaults(), {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: 'you/your-blog',
        GITHUB_WORKSPACE: EXAMPLE_BLOG,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_OUTPUT: path.join(temp, 'outputs.txt'),
        RUNNER_TEMP: temp,
        // The example blog declares `lang: ko-KR`; the report above was rendered in English.
        INPUT_LANG: 'en',
      });
      // The action logs to stdout; keep the test's output readable.
      const write = process.stdout.write;
      process.stdout.write = (() => true) as typeof process.stdout.write;
      try {
        await run();
      } finally {
        process.stdout.write = write;
      }
      return readFileSync(summaryFile, 'utf8');
    }
  }

  it('on push: the PR comment\'s markdown with links at the pushed commit, code spans as code', async () => {
    const summary = await runAction('push', { ref: 'refs/heads/main', before: '0'.repeat(40), after: SHA, repository: { full_name: 'you/your-blog', name: 'your-blog', owner: { login: 'you' } } });
    expect(summary).toBe(withoutMarker(formatPullRequestComment(report, { marker: SUMMARY_MARKER, linkBase: LINK_BASE }), SUMMARY_MARKER));
    expectRealCodeSpans(summary);
  });

  it('on workflow_dispatch: the same markdown, without links (no commit named)', async () => {
    const summary = await runAction('workflow_dispatch', { ref: 'refs/heads/main', inputs: {}, repository: { full_name: 'you/your-blog', name: 'your-blog', owner: { login: 'you' } } });
    expect(summary).toBe(withoutMarker(formatPullRequestComment(report, { marker: SUMMARY_MARKER }), SUMMARY_MARKER));
    expectRealCodeSpans(summary);
  });
});
