// Engine facts, Hugo 0.111 (goldmark): what a post really becomes. The engine modules of the linter
// claim these; test/oracle/agreement.test.ts checks that they do.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHugo, fixtureSite, hugoAvailable, skipUnless, type BuildResult } from './engines.js';
import { codeText, h1Count, pageTitle } from './html.js';

const skip = skipUnless('hugo', hugoAvailable());

describe.skipIf(skip)('Hugo: front matter keys are case-insensitive (fixture hugo-keys)', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildHugo(fixtureSite('hugo-keys'));
  });

  it('reads `Title:`, `Date:` and `Tags:`', () => {
    expect(site.ok, site.log).toBe(true);
    const page = site.pages.get('posts/upper/index.html')!;
    expect(pageTitle(page)).toBe('Upper Real Title');
    expect(page).toContain('<time datetime="2025-03-03T21:00:00&#43;09:00">');
    expect(page).toContain('<ul class="tags"><li>Go</li></ul>');
  });

  it('merges tags that differ only in case into one term page, which lists both posts', () => {
    const terms = [...site.files].filter((file) => file.startsWith('tags/'));
    expect(terms).toEqual(['tags/go/index.html', 'tags/index.html']);
    const termPage = site.pages.get('tags/go/index.html')!;
    expect(termPage).toContain('<a href="/posts/upper/">Upper Real Title</a>');
    expect(termPage).toContain('<a href="/posts/lower/">Lower Real Title</a>');
  });
});

describe.skipIf(skip)('Hugo: code in a highlight shortcode (fixture hugo-code)', () => {
  it('renders `{{< highlight python >}}` as code: no heading, emphasis or block quote from its lines', async () => {
    const site = await buildHugo(fixtureSite('hugo-code'));
    expect(site.ok, site.log).toBe(true);
    const page = site.pages.get('posts/highlight/index.html')!;
    expect(page).toContain('<code class="language-python" data-lang="python">');
    expect(codeText(page)).toBe('# comment\nclass Point:\n    def __init__(self, x):\n        self.area = 2**8 * x**2\n>>> Point(1).area\n256');
    expect(h1Count(page)).toBe(1); // the layout's title only
    expect(page).not.toMatch(/<(strong|em|blockquote)\b/);
  });
});

describe.skipIf(skip)('Hugo: where images are served from (fixture hugo-images, theme "t")', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildHugo(fixtureSite('hugo-images'));
  });

  it('serves static/img/a.png at /img/a.png', () => {
    expect(site.ok, site.log).toBe(true);
    expect(site.files.has('img/a.png')).toBe(true);
  });

  it("serves the theme's themes/t/static/b.png at /b.png", () => {
    expect(site.files.has('b.png')).toBe(true);
  });

  it('serves a page bundle\'s content/posts/bundle/a.png at /posts/bundle/a.png, next to the page', () => {
    expect(site.files.has('posts/bundle/a.png')).toBe(true);
    expect(site.pages.get('posts/bundle/index.html')).toContain('<img src="a.png" alt="An image in the bundle">');
  });

  it('does not publish assets/c.png: /c.png in a post is a broken image (without a render hook that uses resources)', () => {
    expect([...site.files].filter((file) => file.endsWith('c.png'))).toEqual([]);
    expect(site.pages.get('posts/assets/index.html')).toContain('<img src="/c.png" alt="An image under assets">');
  });
});

describe.skipIf(skip)('Hugo: future posts and drafts (fixture hugo-future)', () => {
  const published = (site: BuildResult) => [...site.files].filter((file) => /^posts\/[^/]+\/index\.html$/.test(file)).sort();

  it('skips a future post and a draft', async () => {
    const site = await buildHugo(fixtureSite('hugo-future'));
    expect(site.ok, site.log).toBe(true);
    expect(published(site)).toEqual(['posts/past/index.html']);
  });

  it('publishes the future post with `buildFuture = true`; the draft stays out', async () => {
    const site = await buildHugo(fixtureSite('hugo-future'), { config: 'buildFuture = true\n' });
    expect(site.ok, site.log).toBe(true);
    expect(published(site)).toEqual(['posts/future/index.html', 'posts/past/index.html']);
  });
});
