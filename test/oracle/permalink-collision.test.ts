// permalink-collision, with the real engines: the posts the rule names are the ones the engine writes
// to one output file (only one survives), and the pairs it keeps quiet about are built as two pages.
import { describe, expect, it } from 'vitest';
import { buildHugo, buildJekyll, hugoAvailable, jekyllAvailable, lintSite, skipUnless, type SiteFiles } from './engines.js';

const NFC = '한글'.normalize('NFC');
const NFD = '한글'.normalize('NFD');

function collisions(report: Awaited<ReturnType<typeof lintSite>>): string[] {
  return report.problems.filter((problem) => problem.ruleId === 'permalink-collision').map((problem) => problem.file).sort();
}

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('permalink-collision with Jekyll', () => {
  const files: SiteFiles = {
    '_config.yml': 'title: oracle\npermalink: /posts/:title/\ndefaults:\n  - scope: {path: ""}\n    values: {layout: post}\n',
    '_posts/2025-01-01-hello.md': '---\ntitle: A\n---\nfirst\n',
    '_posts/2025-02-01-hello.md': '---\ntitle: B\n---\nsecond\n',
    '_posts/2025-01-03-World.md': '---\ntitle: C\n---\nupper\n',
    '_posts/2025-01-04-world.md': '---\ntitle: D\n---\nlower\n',
    [`_posts/2025-01-05-${NFC}.md`]: '---\ntitle: E\n---\nnfc\n',
    [`_posts/2025-01-06-${NFD}.md`]: '---\ntitle: F\n---\nnfd\n',
    '_posts/2025-01-09-i.md': '---\ntitle: I\npermalink: /x.html\n---\ni\n',
    '_posts/2025-01-10-j.md': '---\ntitle: J\npermalink: /x\n---\nj\n',
  };

  it('writes the colliding pairs to one file (with a Conflict warning) and keeps case and NFC/NFD apart; the rule names exactly the colliding posts', async () => {
    const built = await buildJekyll(files);
    expect(built.ok).toBe(true);
    expect(built.log).toMatch(/Conflict: The following destination is shared by multiple files/);
    expect(built.pages.get('posts/hello/index.html')).toContain('second');
    expect(built.pages.get('x.html')).toContain('<p>j</p>');
    expect([...built.pages.keys()].filter((page) => /^posts\/world\//i.test(page)).sort()).toEqual(['posts/World/index.html', 'posts/world/index.html']);
    expect(built.files.has(`posts/${NFC}/index.html`) && built.files.has(`posts/${NFD}/index.html`)).toBe(true);
    expect(collisions(await lintSite(files))).toEqual(['_posts/2025-01-01-hello.md', '_posts/2025-01-09-i.md', '_posts/2025-01-10-j.md', '_posts/2025-02-01-hello.md']);
  });

  it('after the fix (another permalink) both posts are published and the rule is quiet', async () => {
    const fixed = { ...files, '_posts/2025-02-01-hello.md': '---\ntitle: B\npermalink: /posts/hello-again/\n---\nsecond\n', '_posts/2025-01-10-j.md': '---\ntitle: J\npermalink: /y\n---\nj\n' };
    const built = await buildJekyll(fixed);
    expect(built.log).not.toMatch(/Conflict/);
    expect(built.pages.get('posts/hello/index.html')).toContain('first');
    expect(built.pages.get('posts/hello-again/index.html')).toContain('second');
    expect(collisions(await lintSite(fixed))).toEqual([]);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('permalink-collision with Hugo', () => {
  const files: SiteFiles = {
    'content/posts/World.md': '---\ntitle: C\n---\nupper\n',
    'content/posts/world.md': '---\ntitle: D\n---\nlower\n',
    [`content/posts/${NFC}.md`]: '---\ntitle: E\n---\nnfc\n',
    [`content/posts/${NFD}.md`]: '---\ntitle: F\n---\nnfd\n',
    'content/posts/g.md': '---\ntitle: G\nslug: same\n---\ng\n',
    'content/posts/h.md': '---\ntitle: H\nslug: Same\n---\nh\n',
    'content/posts/k.md': '---\ntitle: K\n---\nk\n',
    'content/posts/k/index.md': '---\ntitle: K2\n---\nk2\n',
    'content/posts/i.md': '---\ntitle: I\nurl: /u/\n---\ni\n',
    'content/posts/j.md': '---\ntitle: J\nurl: /U/\n---\nj\n',
  };

  it('writes case-only names, equal slugs and a file beside a bundle to one page (silently); NFC/NFD and `url:` case stay apart', async () => {
    const built = await buildHugo(files);
    expect(built.ok).toBe(true);
    const pages = [...built.pages.keys()].filter((page) => page.startsWith('posts/') || /^[uU]\//.test(page)).sort();
    expect(pages).toEqual(['U/index.html', 'posts/index.html', 'posts/k/index.html', 'posts/same/index.html', 'posts/world/index.html', `posts/${NFD}/index.html`, `posts/${NFC}/index.html`, 'u/index.html'].sort());
    expect(collisions(await lintSite(files, ['--preset', 'hugo']))).toEqual(['content/posts/World.md', 'content/posts/g.md', 'content/posts/h.md', 'content/posts/k.md', 'content/posts/k/index.md', 'content/posts/world.md']);
  });

  it('with [permalinks] posts = "/blog/:slug/", a title equal to another post\'s slug collides', async () => {
    const site: SiteFiles = { 'content/posts/a.md': '---\ntitle: Hello World\n---\na\n', 'content/posts/b.md': '---\ntitle: B\nslug: hello-world\n---\nb\n' };
    const built = await buildHugo(site, { config: '[permalinks]\n  posts = "/blog/:slug/"\n' });
    expect([...built.pages.keys()].filter((page) => page.startsWith('blog/'))).toEqual(['blog/hello-world/index.html']);
    const withConfig = { ...site, 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "oracle"\n[permalinks]\n  posts = "/blog/:slug/"\n' };
    expect(collisions(await lintSite(withConfig, ['--preset', 'hugo']))).toEqual(['content/posts/a.md', 'content/posts/b.md']);
  });
});
