// permalink-collision and Hangul file names in either Unicode form (macOS writes NFD): Jekyll keeps
// `한글` NFC and NFD as two pages; on Hugo such posts with `url:` differing in case stay apart. Made on disk
// here, since a checkout on macOS cannot hold both names; the other cases are the fixtures beside
// this file.
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog } from '../../helpers.js';

const RULE = 'permalink-collision';
const NFC = '한글'.normalize('NFC');
const NFD = '한글'.normalize('NFD');
const CHIRPY = 'title: t\ndefaults:\n  - scope: {path: "", type: posts}\n    values: {permalink: /posts/:title/}\n';

async function found(files: Record<string, string>, argv: string[] = []) {
  const root = await makeBlog(files);
  const { report } = await lintJson(argv, root);
  return report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => `${problem.file}:${problem.line} ${problem.message}`);
}

describe('permalink-collision with NFC and NFD names', () => {
  it('sanity: the two spellings differ byte-wise', () => {
    expect(NFC).not.toBe(NFD);
  });

  it('Jekyll keeps NFC and NFD names apart (two pages), and still reports a real collision beside them', async () => {
    expect(
      await found({
        '_config.yml': CHIRPY,
        [`_posts/2025-01-05-${NFC}.md`]: '---\ntitle: E\n---\nnfc\n',
        [`_posts/2025-01-06-${NFD}.md`]: '---\ntitle: F\n---\nnfd\n',
        '_posts/2025-01-07-same.md': '---\ntitle: G\n---\ng\n',
        '_posts/2025-01-08-same.md': '---\ntitle: H\n---\nh\n',
      }).then((problems) => problems.map((problem) => problem.split(' (line')[0])),
    ).toEqual(['_posts/2025-01-07-same.md:1 This post and _posts/2025-01-08-same.md', '_posts/2025-01-08-same.md:1 This post and _posts/2025-01-07-same.md']);
  });

  it('Hugo: NFC and NFD names with `url:` differing in case stay apart, beside a real collision', async () => {
    const problems = await found({
      'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "t"\n[permalinks]\n  posts = "/blog/:slug/"\n',
      'content/posts/a.md': '---\ntitle: Hello World\n---\na\n',
      'content/posts/b.md': '---\ntitle: B\nslug: hello-world\n---\nb\n',
      [`content/posts/${NFC}.md`]: '---\ntitle: E\nurl: /n1/\n---\nnfc\n',
      [`content/posts/${NFD}.md`]: '---\ntitle: F\nurl: /N1/\n---\nnfd\n',
    });
    expect(problems.map((problem) => problem.split(' (line')[0])).toEqual(['content/posts/a.md:1 This post and content/posts/b.md', 'content/posts/b.md:3 This post and content/posts/a.md']);
  });
});
