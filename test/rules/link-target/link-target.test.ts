// link-target on a post too long to be a fixture: every link is still read after a long HTML run of
// anchors to the page itself. What the rule reports, and what --fix writes, are the fixtures beside
// this file.
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog } from '../../helpers.js';

const RULE = 'link-target';

async function found(files: Record<string, string>, args: string[] = []) {
  const root = await makeBlog(files);
  const { report } = await lintJson(args, root);
  return report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

describe('link-target, Jekyll', () => {
  const base = {
    '_config.yml': 'title: t\npermalink: /posts/:title/\n',
    '_posts/2025-01-02-b.md': '---\ntitle: B\n---\nb\n',
  };
  const post = (body: string) => ({ ...base, '_posts/2025-01-01-a.md': `---\ntitle: A\n---\n${body}\n` });

  it('reads every link after a long HTML run of anchors to the page itself (skipped: `#x` is this page)', async () => {
    const body = '<div>' + '<a href="#x" '.repeat(30_000) + '>\n\n' + '[x](/posts/B/) '.repeat(1_000) + '\n';
    expect((await found(post(body))).length).toBe(1_000);
  });
});
