// link-target: plain links to this site's own pages and files that the published site does not have.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog, runCli } from '../helpers.js';

const RULE = 'link-target';

async function found(files: Record<string, string>, args: string[] = []) {
  const root = await makeBlog(files);
  const { report } = await lintJson(args, root);
  return report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

async function fixed(files: Record<string, string>, file: string): Promise<string> {
  const root = await makeBlog(files);
  await runCli(['--fix'], root);
  return fs.readFile(path.join(root, file), 'utf8');
}

describe('link-target, Jekyll', () => {
  const base = {
    '_config.yml': 'title: t\npermalink: /posts/:title/\n',
    '_posts/2025-01-02-b.md': '---\ntitle: B\n---\nb\n',
    '_posts/2025-01-03-old.md': '---\ntitle: Old\nredirect_from: /posts/older/\n---\nold\n',
    'docs/d.md': '---\ntitle: D\n---\nd\n',
    'files/x.pdf': 'pdf',
    '_notes/n.md': 'n',
  };
  const post = (body: string) => ({ ...base, '_posts/2025-01-01-a.md': `---\ntitle: A\n---\n${body}\n` });

  it('is silent on links that arrive, and on what it cannot know', async () => {
    const body = [
      '[1](/posts/b/) [2](/posts/b) [3](/files/x.pdf) [4](/posts/older/) [5]({{ site.baseurl }}/posts/b/) [6](https://example.com/x.md) [7](#top) [8](mailto:a@b.c)',
      '[9](/about/) [10](/tags/jekyll/) [11](/docs/d.md) [12]({% post_url 2025-01-02-b %}) [13](../b/) <a href="/posts/b/">14</a>',
      '',
      '`[15](x.md)`',
      '',
      '```',
      '[16](/_posts/2025-01-02-b.md)',
      '```',
    ].join('\n');
    expect(await found(post(body))).toEqual([]);
  });

  it('a relative .md link, a repository path, a post URL in another case or with no such post', async () => {
    const body = [
      '[1](2025-01-02-b.md#part) [2](../docs/d.md) [3](gone.md)',
      '[4](/_posts/2025-01-02-b.md) [5](/_notes/n.md)',
      '[6](/posts/B/) [7](/posts/nothing/) [8](/Files/x.pdf) <a href="/posts/B/">9</a>',
    ].join('\n');
    expect(await found(post(body))).toEqual([
      '4:5 Link `2025-01-02-b.md#part` points at a markdown file, which the engine publishes as written: the reader lands on `/posts/a/2025-01-02-b.md`, which does not exist. Link the page instead: write `{% post_url 2025-01-02-b %}#part`.',
      '4:31 Link `../docs/d.md` points at a markdown file, which the engine publishes as written: the reader lands on `/posts/docs/d.md`, which does not exist. Link the page instead: write `{% link docs/d.md %}`.',
      '4:49 Link `gone.md` points at a markdown file, which the engine publishes as written: the reader lands on `/posts/a/gone.md`, which does not exist, and no published page of the site is that file. Link the page\'s URL.',
      '5:5 Link `/_posts/2025-01-02-b.md` is where the file is in the repository, not where the site serves it (a 404): write `/posts/b/`.',
      '5:34 Link `/_notes/n.md` is where the file is in the repository, and the site does not publish that file (a 404): link a page or file the site serves.',
      '6:5 Link `/posts/B/` goes to no page of the site (a 404); the post _posts/2025-01-02-b.md is published at `/posts/b/`: write that.',
      '6:20 Link `/posts/nothing/` goes to no page of the site (a 404): no post is published at that URL. Write the URL of an existing post.',
      '6:41 Link `/Files/x.pdf` goes to no file of the site (a 404); the file files/x.pdf is served at `/files/x.pdf`: write that.',
      '6:64 Link `/posts/B/` goes to no page of the site (a 404); the post _posts/2025-01-02-b.md is published at `/posts/b/`: write that.',
    ]);
  });

  it('targets that are not addresses: markdown in the target, a host without https, a relative path in the post\'s folder', async () => {
    const body = '[1]([mail](mailto:a@b.c)) [2]((https://example.com/x/)) [3](nvie.com) [4](LICENSE)';
    expect(await found(post(body))).toEqual([
      '4:5 Link `[mail](mailto:a@b.c)` has markdown or parentheses in its target, which the engine publishes as the address (a 404): write `mailto:a@b.c`.',
      '4:31 Link `(https://example.com/x/)` has markdown or parentheses in its target, which the engine publishes as the address (a 404): write `https://example.com/x/`.',
      '4:61 Link `nvie.com` has no `https://`, so it is a path on this site and the reader lands on `/posts/a/nvie.com` (a 404): write `https://nvie.com`.',
      '4:75 Link `LICENSE` is relative to the page\'s URL, so the reader lands on `/posts/a/LICENSE`, which the site does not have (a 404): link a page or file the site serves, from the site\'s root.',
    ]);
  });

  it('leaves relative .md links to jekyll-relative-links when it handles posts', async () => {
    const files = { ...post('[1](2025-01-02-b.md)'), '_config.yml': 'title: t\nplugins: [jekyll-relative-links]\nrelative_links:\n  collections: true\n' };
    expect(await found(files)).toEqual([]);
  });

  it('under a baseurl: the base is kept in the fix, and a link without it is no verdict', async () => {
    const files = { ...post('[1](/blog/posts/B/) [2](/posts/B/) [3]({{site.baseurl}}/posts/B/)'), '_config.yml': 'title: t\nbaseurl: /blog\npermalink: /posts/:title/\n' };
    const text = await fixed(files, '_posts/2025-01-01-a.md');
    expect(text).toBe('---\ntitle: A\n---\n[1](/blog/posts/b/) [2](/posts/B/) [3]({{site.baseurl}}/posts/b/)\n');
  });

  it('reads every link after a long HTML run of anchors to the page itself (skipped: `#x` is this page)', async () => {
    const body = '<div>' + '<a href="#x" '.repeat(30_000) + '>\n\n' + '[x](/posts/B/) '.repeat(1_000) + '\n';
    expect((await found(post(body))).length).toBe(1_000);
  });

  it('--fix writes the one target and changes nothing else', async () => {
    const text = '---\r\ntitle: A\r\n---\r\nSee [b](2025-01-02-b.md) and [c](/_posts/2025-01-02-b.md) and [d]([x](https://a.example/)).\r\n';
    expect(await fixed({ ...base, '_posts/2025-01-01-a.md': text }, '_posts/2025-01-01-a.md')).toBe('---\r\ntitle: A\r\n---\r\nSee [b]({% post_url 2025-01-02-b %}) and [c](/posts/b/) and [d](https://a.example/).\r\n');
  });
});

describe('link-target, Hugo', () => {
  const base = {
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "t"\n',
    'content/posts/b.md': '---\ntitle: B\naliases: [/posts/old-b/, older-b]\n---\nb\n',
    'content/posts/k/index.md': '---\ntitle: K\n---\nk\n',
    'content/posts/k/x.pdf': 'pdf',
    'content/posts/k/notes.md': '---\ntitle: N\n---\nn\n',
    'content/posts/hello.md': '---\ntitle: Hello\nslug: Hello-World\n---\nh\n',
    'content/posts/sub/_index.md': '---\ntitle: Sub\n---\n',
    'static/files/x.pdf': 'pdf',
    'assets/css/x.css': 'c',
  };
  const post = (body: string) => ({ ...base, 'content/posts/a.md': `---\ntitle: A\n---\n${body}\n` });

  it('is silent on links that arrive', async () => {
    const body = '[1](/posts/b/) [2](../b/) [3](/files/x.pdf) [4](/posts/k/x.pdf) [5](/posts/hello-world/) [6](/posts/sub/) [7]({{< relref "b.md" >}}) [8](/tags/x/) [9](https://example.com/) [10](/posts/old-b/) [11](/posts/older-b/)';
    expect(await found(post(body), ['--preset', 'hugo'])).toEqual([]);
  });

  it('a URL shaped like the posts\' with no post (nor alias) there', async () => {
    expect(await found(post('[1](/posts/old-c/)'), ['--preset', 'hugo'])).toEqual(['4:5 Link `/posts/old-c/` goes to no page of the site (a 404): no post is published at that URL. Write the URL of an existing post.']);
  });

  it('a relative .md link, a repository path, a URL in the case of the slug', async () => {
    const body = '[1](b.md) [2](/static/files/x.pdf) [3](/assets/css/x.css) [4](/content/posts/b.md) [5](/posts/Hello-World/) [6](k/notes.md)';
    expect(await found(post(body), ['--preset', 'hugo'])).toEqual([
      '4:5 Link `b.md` points at a markdown file, which the engine publishes as written: the reader lands on `/posts/a/b.md`, which does not exist. Link the page instead: write `{{< relref "/posts/b.md" >}}`.',
      '4:15 Link `/static/files/x.pdf` is where the file is in the repository, not where the site serves it (a 404): write `/files/x.pdf`.',
      '4:40 Link `/assets/css/x.css` is where the file is in the repository, and the site does not publish that file (a 404): link a page or file the site serves.',
      '4:63 Link `/content/posts/b.md` is where the file is in the repository, not where the site serves it (a 404): write `/posts/b/`.',
      '4:88 Link `/posts/Hello-World/` goes to no page of the site (a 404); the post content/posts/hello.md is published at `/posts/hello-world/`: write that.',
      '4:113 Link `k/notes.md` points at a markdown file, which the engine publishes as written: the reader lands on `/posts/a/k/notes.md`, which does not exist, and no published page of the site is that file. Link the page\'s URL.',
    ]);
  });

  it('Hugo\'s own link hook (a multilingual site, or enableDefault) finds `b.md` as a page: no verdict', async () => {
    const multilingual = { ...post('[1](b.md)'), 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "t"\n[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\n' };
    const enabled = { ...post('[1](b.md)'), 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "t"\n[markup.goldmark.renderHooks.link]\nenableDefault = true\n' };
    expect(await found(multilingual, ['--preset', 'hugo'])).toEqual([]);
    expect(await found(enabled, ['--preset', 'hugo'])).toEqual([]);
  });

  it('a render-link hook may rewrite relative links: no verdict on them', async () => {
    const files = { ...post('[1](b.md) [2](/posts/Hello-World/)'), 'layouts/_default/_markup/render-link.html': '<a href="{{ .Destination }}">{{ .Text }}</a>' };
    expect((await found(files, ['--preset', 'hugo'])).map((line) => line.split(' ')[0])).toEqual(['4:15']);
  });
});
