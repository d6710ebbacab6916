// permalink-collision: two posts the engine publishes at one URL (one overwrites the other).
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog } from '../../helpers.js';

const RULE = 'permalink-collision';
const NFC = '한글'.normalize('NFC');
const NFD = '한글'.normalize('NFD');

async function found(files: Record<string, string>, argv: string[] = []) {
  const root = await makeBlog(files);
  const { report } = await lintJson(argv, root);
  return report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => `${problem.file}:${problem.line} ${problem.message}`);
}

const CHIRPY = 'title: t\ndefaults:\n  - scope: {path: "", type: posts}\n    values: {permalink: /posts/:title/}\n';

describe('permalink-collision, Jekyll', () => {
  it('the same file name on two dates under /posts/:title/: an error on each, naming the other', async () => {
    expect(
      await found({
        '_config.yml': CHIRPY,
        '_posts/2025-01-01-hello.md': '---\ntitle: A\n---\nfirst\n',
        '_posts/2025-02-01-hello.md': '---\ntitle: B\n---\nsecond\n',
        '_posts/2025-03-01-other.md': '---\ntitle: C\n---\nthird\n',
      }),
    ).toEqual([
      '_posts/2025-01-01-hello.md:1 This post and _posts/2025-02-01-hello.md (line 1) are both published at /posts/hello/: the engine writes one over the other and only one of them appears. Give one of them another `permalink:`.',
      '_posts/2025-02-01-hello.md:1 This post and _posts/2025-01-01-hello.md (line 1) are both published at /posts/hello/: the engine writes one over the other and only one of them appears. Give one of them another `permalink:`.',
    ]);
  });

  it('the same `permalink:`, and `/x` against `/x.html` (Jekyll writes both to x.html); the key line is named', async () => {
    const problems = await found({
      '_config.yml': 'title: t\n',
      '_posts/2025-01-07-g.md': '---\ntitle: G\npermalink: /same/\n---\ng\n',
      '_posts/2025-01-08-h.md': '---\ntitle: H\npermalink: /same/\n---\nh\n',
      '_posts/2025-01-09-i.md': '---\ntitle: I\npermalink: /x.html\n---\ni\n',
      '_posts/2025-01-10-j.md': '---\ntitle: J\npermalink: /x\n---\nj\n',
    });
    expect(problems.map((problem) => problem.split(' (line')[0])).toEqual([
      '_posts/2025-01-07-g.md:3 This post and _posts/2025-01-08-h.md',
      '_posts/2025-01-08-h.md:3 This post and _posts/2025-01-07-g.md',
      '_posts/2025-01-09-i.md:3 This post and _posts/2025-01-10-j.md',
      '_posts/2025-01-10-j.md:3 This post and _posts/2025-01-09-i.md',
    ]);
    expect(problems[0]).toContain('(line 3) are both published at /same/');
  });

  it('is silent where Jekyll keeps two pages: case-only and NFC/NFD names, drafts and unpublished posts', async () => {
    expect(
      await found({
        '_config.yml': CHIRPY,
        '_posts/2025-01-03-World.md': '---\ntitle: C\n---\nupper\n',
        '_posts/2025-01-04-world.md': '---\ntitle: D\n---\nlower\n',
        [`_posts/2025-01-05-${NFC}.md`]: '---\ntitle: E\n---\nnfc\n',
        [`_posts/2025-01-06-${NFD}.md`]: '---\ntitle: F\n---\nnfd\n',
        '_posts/2025-01-07-same.md': '---\ntitle: G\n---\ng\n',
        '_posts/2025-01-08-same.md': '---\ntitle: H\npublished: false\n---\nh\n',
        '_drafts/same.md': '---\ntitle: I\n---\ni\n',
      }),
    ).toEqual([]);
  });

  it('a PR run that lints one post still finds the other post of the site', async () => {
    const problems = await found(
      {
        '_config.yml': CHIRPY,
        '_posts/2025-01-01-hello.md': '---\ntitle: A\n---\nfirst\n',
        '_posts/2025-02-01-hello.md': '---\ntitle: B\n---\nsecond\n',
      },
      ['_posts/2025-02-01-hello.md'],
    );
    expect(problems.map((problem) => problem.split(' (line')[0])).toEqual(['_posts/2025-02-01-hello.md:1 This post and _posts/2025-01-01-hello.md']);
  });
});

describe('permalink-collision, Hugo', () => {
  const HUGO = 'baseURL = "https://example.org/"\ntitle = "t"\n';

  it('case-only file names, the same slug, a file and a bundle, `url:` with and without a slash', async () => {
    const problems = await found({
      'hugo.toml': HUGO,
      'content/posts/World.md': '---\ntitle: C\n---\nupper\n',
      'content/posts/world.md': '---\ntitle: D\n---\nlower\n',
      'content/posts/g.md': '---\ntitle: G\nslug: same\n---\ng\n',
      'content/posts/h.md': '---\ntitle: H\nslug: Same\n---\nh\n',
      'content/posts/k.md': '---\ntitle: K\n---\nk\n',
      'content/posts/k/index.md': '---\ntitle: K2\n---\nk2\n',
      'content/posts/i.md': '---\ntitle: I\nurl: /u/\n---\ni\n',
      'content/blog/j.md': '---\ntitle: J\nurl: /u\n---\nj\n',
    });
    expect(problems.map((problem) => problem.split(' (line')[0])).toEqual([
      'content/blog/j.md:3 This post and content/posts/i.md',
      'content/posts/World.md:1 This post and content/posts/world.md',
      'content/posts/g.md:3 This post and content/posts/h.md',
      'content/posts/h.md:3 This post and content/posts/g.md',
      'content/posts/i.md:3 This post and content/blog/j.md',
      'content/posts/k.md:1 This post and content/posts/k/index.md',
      'content/posts/k/index.md:1 This post and content/posts/k.md',
      'content/posts/world.md:1 This post and content/posts/World.md',
    ]);
    expect(problems[1]).toContain('published at /posts/world/');
    expect(problems[1]).toContain('Give one of them another `slug:`.');
  });

  it('[permalinks] with :slug (the title when there is no slug); NFC/NFD names, `url:` case and drafts stay apart', async () => {
    const problems = await found({
      'hugo.toml': HUGO + '[permalinks]\n  posts = "/blog/:slug/"\n',
      'content/posts/a.md': '---\ntitle: Hello World\n---\na\n',
      'content/posts/b.md': '---\ntitle: B\nslug: hello-world\n---\nb\n',
      [`content/posts/${NFC}.md`]: '---\ntitle: E\nurl: /n1/\n---\nnfc\n',
      [`content/posts/${NFD}.md`]: '---\ntitle: F\nurl: /N1/\n---\nnfd\n',
      'content/posts/c.md': '---\ntitle: Hello World\ndraft: true\n---\nc\n',
    });
    expect(problems.map((problem) => problem.split(' (line')[0])).toEqual(['content/posts/a.md:1 This post and content/posts/b.md', 'content/posts/b.md:3 This post and content/posts/a.md']);
    expect(problems[0]).toContain('published at /blog/hello-world/');
  });

  it('disablePathToLower keeps case-only names apart', async () => {
    expect(await found({ 'hugo.toml': HUGO + 'disablePathToLower = true\n', 'content/posts/World.md': '---\ntitle: C\n---\nu\n', 'content/posts/world.md': '---\ntitle: D\n---\nl\n' })).toEqual([]);
  });
});
