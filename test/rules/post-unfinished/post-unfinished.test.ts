// post-unfinished: a post published before it was written.
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog } from '../../helpers.js';

const RULE = 'post-unfinished';
const POST = '_posts/2025-01-01-hello.md';
const FM = '---\ntitle: Hello\ndate: 2025-01-01\n---\n';

async function found(files: Record<string, string>, argv: string[] = []) {
  const root = await makeBlog({ '_config.yml': 'title: t\n', ...files });
  const { report } = await lintJson(argv, root);
  return report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => ({ line: problem.line, severity: problem.severity, message: problem.message }));
}

describe('post-unfinished', () => {
  it('an empty body', async () => {
    expect(await found({ [POST]: `${FM}\n\n<!-- later -->\n` })).toEqual([
      { line: 5, severity: 'warning', message: 'This post has no body: it will be published as an empty page. Write it, or keep it as a draft (`draft: true` / `published: false`).' },
    ]);
  });

  it('only headings', async () => {
    expect((await found({ [POST]: `${FM}## Intro\n\n## Setup\n` })).map((problem) => [problem.line, problem.message])).toEqual([[5, 'This post has only headings and no text under them: it looks unfinished. Write it, or keep it as a draft.']]);
  });

  it('placeholders, in English and Korean, and lorem ipsum', async () => {
    const body = 'Intro text.\n\n## Part 1\n\nTBD\n\n## Part 2\n\n(작성 중...)\n\n## Part 3\n\nTo be continued...\n\n## Part 4\n\n내용 추가 예정\n\n## Part 5\n\nTODO: add the benchmark\n\n## Part 6\n\nLorem ipsum dolor sit amet.\n';
    expect((await found({ [POST]: `${FM}${body}` })).map((problem) => problem.message)).toEqual([
      '"TBD" is a placeholder, not content: finish this part before publishing, or keep the post as a draft.',
      '"(작성 중...)" is a placeholder, not content: finish this part before publishing, or keep the post as a draft.',
      '"To be continued..." is a placeholder, not content: finish this part before publishing, or keep the post as a draft.',
      '"내용 추가 예정" is a placeholder, not content: finish this part before publishing, or keep the post as a draft.',
      '"TODO: add the benchmark" is a placeholder, not content: finish this part before publishing, or keep the post as a draft.',
      '"Lorem ipsum dolor sit amet." is a placeholder, not content: finish this part before publishing, or keep the post as a draft.',
    ]);
  });

  it('headings with nothing under them at the end', async () => {
    expect((await found({ [POST]: `${FM}Text.\n\n## Conclusion\n\n### References\n\n---\n` })).map((problem) => [problem.line, problem.message])).toEqual([
      [7, 'The heading "Conclusion" at the end of the post has nothing under it: write that part or remove the heading.'],
      [9, 'The heading "References" at the end of the post has nothing under it: write that part or remove the heading.'],
    ]);
  });

  it('is silent for finished posts: TODO in code or in prose, a heading followed by an image, a list or an include', async () => {
    const body = [
      'We keep a TODO list app here; TODO items are stored in SQLite.', '',
      '```js', '// TODO: later', '```', '',
      'Run `TODO: x` to see.', '',
      '## Screenshot', '', '![shot](/a.png)', '',
      '## Links', '', '- [a](https://a.example)', '',
      '## More', '', '{% include related.html %}', '',
    ].join('\n');
    expect(await found({ [POST]: `${FM}${body}` })).toEqual([]);
  });

  it('drafts, link posts and pages are exempt', async () => {
    expect(await found({ [POST]: '---\ntitle: Hello\ndate: 2025-01-01\ndraft: true\n---\n' })).toEqual([]);
    expect(await found({ [POST]: '---\ntitle: Hello\ndate: 2025-01-01\npublished: false\n---\nTBD\n' })).toEqual([]);
    expect(await found({ '_drafts/idea.md': '---\ntitle: Idea\n---\n' })).toEqual([]);
    expect(await found({ [POST]: '---\ntitle: Hello\ndate: 2025-01-01\nredirect_to: https://example.com/post\n---\n' })).toEqual([]);
    expect(await found({ [POST]: '---\ntitle: Hello\ndate: 2025-01-01\nlink: https://example.com/post\n---\n' })).toEqual([]);
    expect(await found({ 'about.md': '---\ntitle: About\n---\n', [POST]: `${FM}Text.\n` }, ['about.md', POST])).toEqual([]);
  });

  it('speaks Korean', async () => {
    expect((await found({ [POST]: `${FM}작성 중\n` }, ['--lang', 'ko'])).map((problem) => problem.message)).toEqual(['"작성 중"은 내용이 아니라 자리표시 문구입니다. 게시하기 전에 이 부분을 마무리하거나 글을 초안으로 두세요.']);
  });
});
