// draft-ignored: `draft: true` means nothing to Jekyll (checked with Jekyll 4.3.1 in
// test/oracle/publication.test.ts) or Hexo (its post processor): the post is published.
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog } from '../../helpers.js';

async function found(files: Record<string, string>, argv: string[] = []) {
  const root = await makeBlog(files);
  const { report } = await lintJson(argv, root);
  return report.problems.filter((problem) => problem.ruleId === 'draft-ignored').map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
}

const post = (lines: string[]) => `---\ntitle: T\n${lines.map((line) => line + '\n').join('')}---\n\nText.\n`;

describe('draft-ignored', () => {
  it('Jekyll publishes a `_posts/` file with `draft: true`', async () => {
    expect(await found({ '_config.yml': 'title: t\n', '_posts/2025-01-01-a.md': post(['date: 2025-01-01', 'draft: true']) })).toEqual([
      '_posts/2025-01-01-a.md:4: Jekyll does not read `draft: true`: this post is published when merged. To keep it unpublished, write `published: false` instead (or move the file to `_drafts/`).',
    ]);
  });

  it('Hexo too, and it names `source/_drafts/`', async () => {
    expect(await found({ '_config.yml': 'title: t\n', 'package.json': '{"dependencies":{"hexo":"^7.0.0"}}', 'source/_posts/a.md': post(['date: 2025-01-01', 'draft: true']) }, ['--preset', 'hexo'])).toEqual([
      'source/_posts/a.md:4: Hexo does not read `draft: true`: this post is published when merged. To keep it unpublished, write `published: false` instead (or move the file to `source/_drafts/`).',
    ]);
  });

  it('is silent in `_drafts/`, with `published: false`, for `draft: false`, on Hugo (which reads it), and when the site\'s layouts or pages read `post.draft`', async () => {
    expect(await found({
      '_config.yml': 'title: t\n',
      '_drafts/a.md': post(['draft: true']),
      '_posts/2025-01-01-b.md': post(['draft: true', 'published: false']),
      '_posts/2025-01-01-c.md': post(['draft: false']),
    })).toEqual([]);
    expect(await found({ 'hugo.toml': 'title = "t"\n', 'content/posts/a.md': post(['date: 2025-01-01', 'draft: true']) }, ['--preset', 'hugo'])).toEqual([]);
    expect(await found({
      '_config.yml': 'title: t\n',
      '_layouts/home.html': '{% for post in site.posts %}{% unless post.draft %}<a href="{{ post.url }}">{{ post.title }}</a>{% endunless %}{% endfor %}\n',
      '_posts/2025-01-01-a.md': post(['draft: true']),
    })).toEqual([]);
    // …or any page: sites filter their lists in `index.html` or `blog.md` as often as in layouts.
    expect(await found({
      '_config.yml': 'title: t\n',
      'blog.md': '---\nlayout: default\n---\n{% for post in site.posts %}{% unless post.draft %}* [{{ post.title }}]({{ post.url }}){% endunless %}{% endfor %}\n',
      '_posts/2025-01-01-a.md': post(['draft: true']),
    })).toEqual([]);
  });
});
