// link-target with the real engines: each reported link is published as an href the built site
// does not have; after the linter's fix every href lands on a file the engine wrote.
import { describe, expect, it } from 'vitest';
import { buildHugo, buildJekyll, fixedFile, hugoAvailable, jekyllAvailable, lintSite, skipUnless, JEKYLL_CONFIG, JEKYLL_LAYOUTS, type BuildResult, type SiteFiles } from './engines.js';

function reported(report: Awaited<ReturnType<typeof lintSite>>, file: string): string[] {
  return report.problems.filter((problem) => problem.ruleId === 'link-target' && problem.file === file).map((problem) => problem.message.split('`')[1]!);
}

/** The hrefs of a page, each with whether it lands on a file the engine wrote (resolved against the page's URL). */
function hrefs(built: BuildResult, page: string): Array<[string, boolean]> {
  const html = built.pages.get(page);
  if (html === undefined) throw new Error(`no page ${page}; built: ${[...built.files].join(', ')}`);
  const pageUrl = 'http://site/' + page.replace(/index\.html$/, '');
  return [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => {
    const url = new URL(href!.replace(/&amp;/g, '&'), pageUrl);
    if (url.host !== 'site') return [href!, true];
    const path = decodeURIComponent(url.pathname).replace(/^\//, '');
    const lands = [path, `${path.replace(/\/$/, '')}/index.html`, `${path}.html`].some((candidate) => built.files.has(candidate));
    return [href!, lands];
  });
}

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('link-target with Jekyll', () => {
  const config = JEKYLL_CONFIG + 'permalink: /posts/:title/\n';
  const site: SiteFiles = {
    ...JEKYLL_LAYOUTS,
    '_config.yml': config,
    '_posts/2025-01-02-b.md': '---\ntitle: B\n---\nb\n',
    'docs/d.md': '---\ntitle: D\n---\nd\n',
    'files/x.pdf': 'pdf',
    '_posts/2025-01-01-a.md': '---\ntitle: A\n---\n[1](2025-01-02-b.md) [2](../docs/d.md) [3](/_posts/2025-01-02-b.md) [4](/posts/B/) [5](/Files/x.pdf) [6]([mail](mailto:a@b.example)) [7](/posts/b) [8](/files/x.pdf)\n',
  };

  it('publishes each reported link as an href that goes nowhere; after --fix each one arrives', async () => {
    const built = await buildJekyll(site);
    expect(built.ok).toBe(true);
    expect(hrefs(built, 'posts/a/index.html')).toEqual([
      ['2025-01-02-b.md', false],
      ['../docs/d.md', false],
      ['/_posts/2025-01-02-b.md', false],
      ['/posts/B/', false],
      ['/Files/x.pdf', false],
      ['[mail](mailto:a@b.example)', false],
      ['/posts/b', true],
      ['/files/x.pdf', true],
    ]);
    expect(reported(await lintSite(site), '_posts/2025-01-01-a.md')).toEqual(['2025-01-02-b.md', '../docs/d.md', '/_posts/2025-01-02-b.md', '/posts/B/', '/Files/x.pdf', '[mail](mailto:a@b.example)']);

    const fixed = await fixedFile(site, '_posts/2025-01-01-a.md');
    expect(fixed).toContain('[1]({% post_url 2025-01-02-b %}) [2]({% link docs/d.md %}) [3](/posts/b/) [4](/posts/b/) [5](/files/x.pdf) [6](mailto:a@b.example)');
    const rebuilt = await buildJekyll({ ...site, '_posts/2025-01-01-a.md': fixed });
    expect(rebuilt.ok).toBe(true);
    expect(hrefs(rebuilt, 'posts/a/index.html')).toEqual([
      ['/posts/b/', true],
      ['/docs/d/', true],
      ['/posts/b/', true],
      ['/posts/b/', true],
      ['/files/x.pdf', true],
      ['mailto:a@b.example', true],
      ['/posts/b', true],
      ['/files/x.pdf', true],
    ]);
    expect(reported(await lintSite({ ...site, '_posts/2025-01-01-a.md': fixed }), '_posts/2025-01-01-a.md')).toEqual([]);
  });

  it('a relative path into the post\'s folder and a host without https go nowhere (reported, not fixed)', async () => {
    const files = { ...site, '_posts/2025-01-01-a.md': '---\ntitle: A\n---\n[1](LICENSE) [2](nvie.com)\n', LICENSE: 'MIT' };
    const built = await buildJekyll(files);
    expect(hrefs(built, 'posts/a/index.html')).toEqual([
      ['LICENSE', false],
      ['nvie.com', false],
    ]);
    expect(reported(await lintSite(files), '_posts/2025-01-01-a.md')).toEqual(['LICENSE', 'nvie.com']);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('link-target with Hugo', () => {
  const site: SiteFiles = {
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "oracle"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "404"]\n',
    'content/posts/b.md': '---\ntitle: B\n---\nb\n',
    'content/posts/hello.md': '---\ntitle: Hello\nslug: Hello-World\n---\nh\n',
    'content/posts/k/index.md': '---\ntitle: K\n---\nk\n',
    'content/posts/k/notes.md': '---\ntitle: N\n---\nn\n',
    'static/files/x.pdf': 'pdf',
    'content/posts/a.md': '---\ntitle: A\n---\n[1](b.md) [2](/static/files/x.pdf) [3](/content/posts/b.md) [4](/posts/Hello-World/) [5](k/notes.md) [6](../k/) [7](/files/x.pdf)\n',
  };

  it('publishes each reported link as an href that goes nowhere; after --fix the fixable ones arrive', async () => {
    const built = await buildHugo(site);
    expect(built.ok).toBe(true);
    expect(hrefs(built, 'posts/a/index.html')).toEqual([
      ['b.md', false],
      ['/static/files/x.pdf', false],
      ['/content/posts/b.md', false],
      ['/posts/Hello-World/', false],
      ['k/notes.md', false],
      ['../k/', true],
      ['/files/x.pdf', true],
    ]);
    expect(built.files.has('posts/k/notes/index.html')).toBe(false); // a bundle's markdown file is no page
    expect(reported(await lintSite(site, ['--preset', 'hugo']), 'content/posts/a.md')).toEqual(['b.md', '/static/files/x.pdf', '/content/posts/b.md', '/posts/Hello-World/', 'k/notes.md']);

    const fixed = await fixedFile(site, 'content/posts/a.md');
    expect(fixed).toContain('[1]({{< relref "/posts/b.md" >}}) [2](/files/x.pdf) [3](/posts/b/) [4](/posts/hello-world/) [5](k/notes.md)');
    const rebuilt = await buildHugo({ ...site, 'content/posts/a.md': fixed });
    expect(rebuilt.ok).toBe(true);
    expect(hrefs(rebuilt, 'posts/a/index.html').slice(0, 4)).toEqual([
      ['/posts/b/', true],
      ['/files/x.pdf', true],
      ['/posts/b/', true],
      ['/posts/hello-world/', true],
    ]);
  });
});
