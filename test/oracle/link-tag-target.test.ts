// link-tag-target, with the real engines: a missing post_url/link (Jekyll) or ref/relref (Hugo)
// target fails the build, code blocks included; so does a missing Hexo post_link (not in code), and
// a missing Hexo asset publishes nothing; after the linter's fix the site builds right.
import { describe, expect, it } from 'vitest';
import { buildHexo, buildHugo, buildJekyll, fixedFile, hexoAvailable, hugoAvailable, jekyllAvailable, lintSite, skipUnless, HEXO_CONFIG, HEXO_PACKAGE, HEXO_THEME, JEKYLL_CONFIG, JEKYLL_LAYOUTS, PNG, type SiteFiles } from './engines.js';

function lines(report: Awaited<ReturnType<typeof lintSite>>): string[] {
  return report.problems.filter((problem) => problem.ruleId === 'link-tag-target').map((problem) => `${problem.file}:${problem.line}`);
}

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('link-tag-target with Jekyll', () => {
  const good: SiteFiles = {
    '_posts/2025-01-02-b.md': '---\ntitle: B\n---\nb\n',
    '_posts/sub/2025-01-03-c.md': '---\ntitle: C\n---\nc\n',
    'docs/d.md': '---\ntitle: D\n---\nd\n',
    '_posts/2025-01-01-a.md': '---\ntitle: A\n---\n[b]({% post_url 2025-01-02-b %}) [c]({% post_url sub/2025-01-03-c %}) [c2]({% post_url 2025-01-03-c %}) [d]({% link docs/d.md %})\n\n{% raw %}{% post_url nope %}{% endraw %}\n',
  };

  it('builds the links that resolve, and the linter is quiet', async () => {
    const built = await buildJekyll(good);
    expect(built.ok).toBe(true);
    expect(built.pages.get('2025/01/01/a.html')).toContain('href="/2025/01/02/b.html"');
    expect(lines(await lintSite(good))).toEqual([]);
  });

  it.each([
    ['a post_url with another date', '[x]({% post_url 2025-01-09-b %})', /Could not find post "2025-01-09-b"/],
    ['a post_url with the extension', '[x]({% post_url 2025-01-02-b.md %})', /Could not find post "2025-01-02-b.md"/],
    ['a post_url inside a code block', '```\n{% post_url 2025-01-09-b %}\n```', /Could not find post/],
    ['a link with another case', '[x]({% link Docs/d.md %})', /Could not find document 'Docs\/d.md'/],
  ])('%s fails the build; the fix makes it build', async (_name, body, error) => {
    const files = { ...good, '_posts/2025-01-05-e.md': `---\ntitle: E\n---\n${body}\n` };
    const broken = await buildJekyll(files);
    expect(broken.ok).toBe(false);
    expect(broken.log).toMatch(error);
    expect(lines(await lintSite(files))).toEqual([`_posts/2025-01-05-e.md:${body.startsWith('```') ? 5 : 4}`]);
    const fixed = await fixedFile({ ...files, ...JEKYLL_LAYOUTS, '_config.yml': JEKYLL_CONFIG }, '_posts/2025-01-05-e.md');
    expect((await buildJekyll({ ...files, '_posts/2025-01-05-e.md': fixed })).ok).toBe(true);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('link-tag-target with Hugo', () => {
  const good: SiteFiles = {
    'content/posts/b.md': '---\ntitle: B\n---\nb\n',
    'content/other/c.md': '---\ntitle: C\n---\nc\n',
    'content/posts/k/index.md': '---\ntitle: K\n---\nk\n',
    'content/posts/2024-01-01-hello.md': '---\ntitle: H\n---\nh\n',
    'content/posts/a.md': '---\ntitle: A\n---\n[1]({{< ref "b" >}}) [2]({{< ref "b.md" >}}) [3]({{< relref "posts/b.md" >}}) [4]({{< relref "/posts/b" >}}) [5]({{< relref "c" >}}) [6]({{< relref "../other/c.md" >}}) [7]({{< relref "k" >}}) [8]({{< relref "b.md#x" >}}) [9]({{< relref "C.md" >}}) {{</* relref "shown.md" */>}}\n',
  };

  it('resolves every form the rule accepts, and the linter is quiet', async () => {
    const built = await buildHugo(good);
    expect(built.ok).toBe(true);
    expect(built.pages.get('posts/a/index.html')).toContain('href="/other/c/"');
    expect(lines(await lintSite(good, ['--preset', 'hugo']))).toEqual([]);
  });

  it('a missing relref in a code block fails the build too', async () => {
    const files = { ...good, 'content/posts/e.md': '---\ntitle: E\n---\n```\n{{< relref "missing.md" >}}\n```\n' };
    const broken = await buildHugo(files);
    expect(broken.ok).toBe(false);
    expect(broken.log).toMatch(/REF_NOT_FOUND: Ref "missing.md"/);
    expect(lines(await lintSite(files, ['--preset', 'hugo']))).toEqual(['content/posts/e.md:5']);
  });

  it('a missing relref fails the build; the one near name is the fix', async () => {
    const files = { ...good, 'content/posts/e.md': '---\ntitle: E\n---\nSee [it]({{< relref "hello.md" >}}).\n' };
    const broken = await buildHugo(files);
    expect(broken.ok).toBe(false);
    expect(broken.log).toMatch(/REF_NOT_FOUND: Ref "hello.md"/);
    expect(lines(await lintSite(files, ['--preset', 'hugo']))).toEqual(['content/posts/e.md:4']);
    const fixed = await fixedFile({ ...files, 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "oracle"\n' }, 'content/posts/e.md');
    expect(fixed).toContain('{{< relref "posts/2024-01-01-hello.md" >}}');
    expect((await buildHugo({ ...files, 'content/posts/e.md': fixed })).ok).toBe(true);
  });
});

describe.skipIf(skipUnless('hexo', hexoAvailable()))('link-tag-target with Hexo', () => {
  const ASSETS = 'post_asset_folder: true\n';
  const good: SiteFiles = {
    'package.json': HEXO_PACKAGE,
    'source/_posts/b.md': '---\ntitle: B\ndate: 2025-01-02\n---\nb\n',
    'source/_posts/sub/c.md': '---\ntitle: Cee Title\ndate: 2025-01-03\n---\nc\n',
    'source/_posts/2024-05-06-hello.md': '---\ntitle: Hi\ndate: 2024-05-06\n---\nh\n',
    'source/_drafts/dr.md': '---\ntitle: Draft\n---\nd\n',
    'source/_posts/a/pic.png': PNG,
    'source/_posts/a/sub/deep.png': PNG,
    'source/_posts/a.md': [
      '---',
      'title: A',
      'date: 2025-01-01',
      '---',
      '{% post_link b %} {% post_link sub/c %} {% post_link "Cee Title" %} {% post_link b#x the part %} {% post_link 2024-05-06-hello %}',
      '',
      '{% asset_img pic.png %} {% asset_img sub/deep.png "A title" %} {% asset_link pic.png %} {% asset_path pic.png %}',
      '',
      '```',
      '{% post_link nope %} {% asset_img nope.png %}',
      '```',
      '',
      'Shown: `{% post_link nope %}` <!-- {% post_link nope %} --> {% raw %}{% post_link nope %}{% endraw %} {# {% post_link nope %} #}',
      '',
    ].join('\n'),
  };
  /** What the linter is given: the site as it is in its repository (config, theme, package.json). */
  const repo = (files: SiteFiles, config = ASSETS): SiteFiles => ({ ...HEXO_THEME, '_config.yml': HEXO_CONFIG + config, ...files });
  const page = (built: Awaited<ReturnType<typeof buildHexo>>, slug: string) => [...built.pages].find(([file]) => file.endsWith(`/${slug}/index.html`))?.[1] ?? '';

  it('builds the links and images that resolve, runs no tag in code, comments or raw, and the linter is quiet', async () => {
    const built = await buildHexo(good, { config: ASSETS });
    expect(built.ok, built.log).toBe(true);
    const a = page(built, 'a');
    expect(a).toContain('href="/2025/01/02/b/" title="B">B</a>');
    expect(a).toContain('href="/2025/01/03/sub/c/"');
    expect(a).toContain('href="/2025/01/02/b/#x" title="B">the part</a>');
    expect(a).toContain('<img src="/2025/01/01/a/pic.png"');
    expect(a).toContain('<img src="/2025/01/01/a/sub/deep.png"');
    expect(a).toContain('&#123;% post_link nope %&#125;');
    expect(a).toContain('<!-- {% post_link nope %} -->');
    expect(lines(await lintSite(repo(good)))).toEqual([]);
  });

  it.each([
    ['a post_link with the extension', '{% post_link b.md %}', 'b'],
    ['a post_link without its folder', '{% post_link c %}', 'sub/c'],
    ['a post_link without the date new_post_name keeps', 'See {% post_link hello %}.', '2024-05-06-hello'],
    ['a post_link inside a codeblock tag (tags run there)', '{% codeblock %}\n{% post_link nope %}\n{% endcodeblock %}', undefined],
    ['a post_link to nothing like any post', '{% post_link nothing-here %}', undefined],
    ['a post_link with no slug at all', 'See {% post_link %}.', undefined],
  ])('%s fails the build and is reported; the fix (when one post matches) makes it build', async (_name, body, fixed) => {
    const files = { ...good, 'source/_posts/e.md': `---\ntitle: E\ndate: 2025-01-05\n---\n${body}\n` };
    const broken = await buildHexo(files, { config: ASSETS });
    expect(broken.ok).toBe(false);
    expect(broken.log).toMatch(/Post not found: (post_link|"undefined")/);
    expect(lines(await lintSite(repo(files)))).toEqual([`source/_posts/e.md:${body.startsWith('{% codeblock') ? 6 : 5}`]);
    if (fixed === undefined) return;
    const text = await fixedFile(repo(files), 'source/_posts/e.md');
    expect(text).toContain(`{% post_link ${fixed} %}`);
    const built = await buildHexo({ ...files, 'source/_posts/e.md': text }, { config: ASSETS });
    expect(built.ok, built.log).toBe(true);
  });

  it.each([
    ['another case', '{% asset_img Pic.png %}', 'pic.png'],
    ['the name without its folder', '{% asset_img deep.png "A title" %}', 'sub/deep.png'],
    ['asset_link, another case', '{% asset_link PIC.png %}', 'pic.png'],
    ['a name the folder does not have', '{% asset_img missing.png %}', undefined],
  ])('asset tag with %s: the build publishes nothing there and it is reported; the fix (when one file matches) publishes it', async (_name, body, fixed) => {
    const files = { ...good, 'source/_posts/e/pic.png': PNG, 'source/_posts/e/sub/deep.png': PNG, 'source/_posts/e.md': `---\ntitle: E\ndate: 2025-01-05\n---\nBefore ${body} after.\n` };
    const broken = await buildHexo(files, { config: ASSETS });
    expect(broken.ok, broken.log).toBe(true);
    expect(page(broken, 'e')).toContain('<p>Before  after.</p>');
    expect(lines(await lintSite(repo(files)))).toEqual(['source/_posts/e.md:5']);
    if (fixed === undefined) return;
    const text = await fixedFile(repo(files), 'source/_posts/e.md');
    expect(text).toContain(fixed);
    const built = await buildHexo({ ...files, 'source/_posts/e.md': text }, { config: ASSETS });
    expect(page(built, 'e')).toMatch(new RegExp(`(src|href)="/2025/01/05/e/${fixed}"`));
  });

  it('asset_img without post_asset_folder publishes nothing, and the linter says why', async () => {
    const files = { ...good, 'source/_posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\nBefore {% asset_img pic.png %} after.\n' };
    const built = await buildHexo(files);
    expect(built.ok, built.log).toBe(true);
    expect(page(built, 'a')).toContain('<p>Before  after.</p>');
    const report = await lintSite(repo(files, ''));
    expect(lines(report)).toEqual(['source/_posts/a.md:5']);
    expect(report.problems.find((problem) => problem.ruleId === 'link-tag-target')?.message).toMatch(/post_asset_folder/);
  });

  it('a post_link to a draft builds a link to a page Hexo does not publish', async () => {
    const files = { ...good, 'source/_posts/e.md': '---\ntitle: E\ndate: 2025-01-05\n---\nSee {% post_link dr %}.\n' };
    const built = await buildHexo(files, { config: ASSETS });
    expect(built.ok, built.log).toBe(true);
    const href = /href="\/([^"]+)" title="Draft"/.exec(page(built, 'e'))?.[1];
    expect(href).toBeDefined();
    expect(built.files.has(`${href}index.html`)).toBe(false);
    expect(lines(await lintSite(repo(files)))).toEqual(['source/_posts/e.md:5']);
    // With render_drafts the draft is published, and the link arrives.
    const drafts = await buildHexo(files, { config: ASSETS + 'render_drafts: true\n' });
    expect(drafts.files.has(`${href}index.html`)).toBe(true);
    expect(lines(await lintSite(repo(files, ASSETS + 'render_drafts: true\n')))).toEqual([]);
  });

  it('slugs as new_post_name makes them: the date left out, the rest slugized (`é` as `e`)', async () => {
    const dated = 'new_post_name: :year-:month-:day-:title.md\n';
    const files: SiteFiles = {
      'package.json': HEXO_PACKAGE,
      'source/_posts/2025-01-02-hello.md': '---\ntitle: Hi\n---\nh\n',
      'source/_posts/Café Post.md': '---\ntitle: Cafe\ndate: 2025-01-03\n---\nc\n',
      'source/_posts/a.md': '---\ntitle: A\ndate: 2025-01-04\n---\n{% post_link hello %} {% post_link Cafe-Post %}\n',
    };
    const built = await buildHexo(files, { config: dated });
    expect(built.ok, built.log).toBe(true);
    expect(page(built, 'a')).toContain('href="/2025/01/03/Cafe-Post/"');
    expect(lines(await lintSite(repo(files, dated)))).toEqual([]);
    const broken = { ...files, 'source/_posts/a.md': '---\ntitle: A\ndate: 2025-01-04\n---\n{% post_link 2025-01-02-hello %}\n' };
    expect((await buildHexo(broken, { config: dated })).log).toMatch(/Post not found: post_link 2025-01-02-hello/);
    expect(lines(await lintSite(repo(broken, dated)))).toEqual(['source/_posts/a.md:5']);
    const text = await fixedFile(repo(broken, dated), 'source/_posts/a.md');
    expect(text).toContain('{% post_link hello %}');
    expect((await buildHexo({ ...broken, 'source/_posts/a.md': text }, { config: dated })).ok).toBe(true);
  });

  it('a post with disableNunjucks: true runs no tag', async () => {
    const files = { ...good, 'source/_posts/e.md': '---\ntitle: E\ndate: 2025-01-05\ndisableNunjucks: true\n---\n{% post_link nope %}\n' };
    const built = await buildHexo(files, { config: ASSETS });
    expect(built.ok, built.log).toBe(true);
    expect(page(built, 'e')).toContain('{% post_link nope %}');
    expect(lines(await lintSite(repo(files)))).toEqual([]);
  });
});
