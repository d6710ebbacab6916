// Does our linter agree with the engine? Each test builds a fixture with the real engine AND lints the
// same files with our CLI (in-process), then checks that our verdict matches what the engine did.
//
// The `Engine truth:` comments name the engine module behaviour each verdict rests on (src/engines/).
// Every engine assertion made here is also made on its own in jekyll.test.ts, hugo.test.ts or
// yaml.test.ts. The presets are passed explicitly (`--preset jekyll` / `--preset hugo`).
import { describe, expect, it } from 'vitest';
import {
  buildHugo,
  buildJekyll,
  findings,
  fixtureSite,
  HUGO_CONFIG,
  hugoAvailable,
  JEKYLL_CONFIG,
  jekyllAvailable,
  lintSite,
  previewSite,
  runLinter,
  skipUnless,
  type BuildResult,
  type SiteFiles,
} from './engines.js';
import { codeText, pageTitle } from './html.js';
import type { JsonReport } from '../../src/report/json.js';
import { jekyllYamlSite } from '../fixtures/oracle/jekyll-yaml.js';

/** Runs `make` once, on first use; later calls share the result (one engine build per fixture). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

const JEKYLL = ['--preset', 'jekyll'];
const HUGO = ['--preset', 'hugo'];

/** Rule ids reported on lines first..last of `file`. */
function rulesOnLines(report: JsonReport, file: string, first: number, last: number): string[] {
  return report.problems.filter((problem) => problem.file === file && problem.line >= first && problem.line <= last).map((problem) => `${problem.ruleId}@${problem.line}`);
}

/** 1-based line numbers of the first lines of `text` matching `open` and then `close`. */
function blockLines(text: string, open: RegExp, close: RegExp): [number, number] {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => open.test(line));
  const last = lines.findIndex((line, index) => index > first && close.test(line));
  if (first < 0 || last < 0) throw new Error(`no block ${open} … ${close}`);
  return [first + 1, last + 1];
}

/** `dev/2025/03/03/naive/index.html` -> `/dev/2025/03/03/naive/`; `2025/03/03/x.html` -> `/2025/03/03/x.html`. */
function urlOf(outputPath: string): string {
  return '/' + outputPath.replace(/(^|\/)index\.html$/, '$1');
}

/** The output path of the page whose URL ends in `/<slug>/` or `/<slug>.html`. */
function pageFor(site: BuildResult, slug: string): string | undefined {
  return [...site.pages.keys()].find((file) => file.endsWith(`/${slug}/index.html`) || file.endsWith(`/${slug}.html`));
}

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('our verdicts agree with Jekyll', () => {
  describe('front matter keys (fixture jekyll-keys)', () => {
    const files = fixtureSite('jekyll-keys');
    const site = once(() => buildJekyll(files));
    const report = once(() => lintSite(files, JEKYLL));

    it('`Title:` is ignored by Jekyll: key-case reports it', async () => {
      expect(pageTitle((await site()).pages.get('2025/03/03/upper-key.html')!)).toBe('Upper Key');
      expect(findings(await report(), '_posts/2025-03-03-upper-key.md')).toContain('key-case@2');
    });

    it('`title:` is read by Jekyll: no key-case', async () => {
      expect(pageTitle((await site()).pages.get('2025/03/03/lower-key.html')!)).toBe('Lower Real Title');
      expect(findings(await report(), '_posts/2025-03-03-lower-key.md').filter((finding) => finding.startsWith('key-case'))).toEqual([]);
    });
  });

  describe('front matter YAML (fixture jekyll-yaml)', () => {
    const files: SiteFiles = jekyllYamlSite;
    const site = once(() => buildJekyll(files));
    const report = once(() => lintSite(files, JEKYLL));

    // Engine truth: the jekyll module parses front matter as Psych does (a double-quoted value may continue on an unindented line).
    it('a double-quoted value continued on the next line is valid for Jekyll: no frontmatter-syntax', async () => {
      expect((await site()).pages.get('2025/03/03/continued.html')).toContain('<span class="excerpt">first continued</span>');
      expect(findings(await report(), '_posts/2025-03-03-continued.md').filter((finding) => finding.startsWith('frontmatter-syntax'))).toEqual([]);
    });

    // Engine truth: the jekyll module parses front matter as Psych does (the preview reads the title Jekyll renders).
    it('and the preview card has the title Jekyll renders for it', async () => {
      expect(pageTitle((await site()).pages.get('2025/03/03/continued.html')!)).toBe('Continued');
      expect((await previewSite(files, 'jekyll')).get('_posts/2025-03-03-continued.md')?.title).toBe('Continued');
    });

    it('an unclosed flow sequence breaks Jekyll (YAML Exception, the front matter is dropped): frontmatter-syntax is an error', async () => {
      const built = await site();
      expect(built.log).toMatch(/Error: YAML Exception reading \S*2025-03-04-broken\.md/);
      expect(pageTitle(built.pages.get(pageFor(built, '2025-03-04-broken')!)!)).toBe('');
      const errors = (await report()).problems.filter((problem) => problem.file === '_posts/2025-03-04-broken.md' && problem.ruleId === 'frontmatter-syntax');
      expect(errors.map((problem) => problem.severity)).toContain('error');
    });
  });

  describe('code in tags and kramdown attribute lists (fixture jekyll-code)', () => {
    const files = fixtureSite('jekyll-code');
    const site = once(() => buildJekyll(files));
    const report = once(() => lintSite(files, JEKYLL));

    // Engine truth: the jekyll module treats {% highlight %}…{% endhighlight %} as code, not markdown.
    it('`{% highlight python %}` is code for Jekyll: no markdown finding on its lines', async () => {
      expect(codeText((await site()).pages.get('2025/03/03/highlight.html')!)).toContain('# comment');
      const file = '_posts/2025-03-03-highlight.md';
      const [first, last] = blockLines(files[file] as string, /^\{% highlight/, /^\{% endhighlight/);
      expect(rulesOnLines(await report(), file, first, last)).toEqual([]);
    });

    // Engine truth: the jekyll module reads `{: .class }` after a block quote as a kramdown attribute list, not a lazy line.
    it('a Chirpy prompt (`> text` then `{: .prompt-tip }`) is a classed block quote: no no-blockquote-without-marker', async () => {
      expect((await site()).pages.get('2025/03/04/prompt.html')).toContain('<blockquote class="prompt-tip">');
      expect(findings(await report(), '_posts/2025-03-04-prompt.md').filter((finding) => finding.startsWith('no-blockquote-without-marker'))).toEqual([]);
    });
  });

  describe('images through relative_url (fixture jekyll-images, baseurl /blog)', () => {
    const files = fixtureSite('jekyll-images');
    const file = '_posts/2025-03-03-relative-url.md';
    const site = once(() => buildJekyll(files));
    const report = once(() => lintSite(files, JEKYLL));

    it('the image resolves and is published: no image-missing', async () => {
      const built = await site();
      expect(built.pages.get('2025/03/03/relative-url.html')).toContain('<img src="/blog/assets/a.png"');
      expect(built.files.has('assets/a.png')).toBe(true);
      expect(findings(await report(), file).filter((finding) => finding.startsWith('image-missing'))).toEqual([]);
    });

    // Engine truth: the jekyll module keeps {{ "…" | relative_url }} (the form Jekyll's docs recommend) instead of asking for a bare path.
    it('`{{ "/assets/a.png" | relative_url }}` is what Jekyll wants under a baseurl: no image-url-style', async () => {
      expect((await site()).pages.get('2025/03/03/relative-url.html')).toContain('<img src="/blog/assets/a.png"');
      expect(findings(await report(), file).filter((finding) => finding.startsWith('image-url-style'))).toEqual([]);
    });

    // Engine truth: the jekyll module keeps {{ "…" | relative_url }}: rewriting it to `/assets/a.png` would drop the /blog baseurl.
    it('and --fix-dry-run leaves it as it is', async () => {
      expect((await site()).pages.get('2025/03/03/relative-url.html')).toContain('<img src="/blog/assets/a.png"');
      const dryRun = await runLinter(files, [...JEKYLL, '--fix-dry-run', '--fail-on', 'never']);
      expect(dryRun.stdout).not.toContain(file);
    });
  });

  describe('future posts (fixture jekyll-future)', () => {
    it('Jekyll skips a future post: date-future reports it, and not the past one', async () => {
      const files = fixtureSite('jekyll-future');
      const [site, report] = await Promise.all([buildJekyll(files), lintSite(files, JEKYLL)]);
      expect(site.log).toContain('Skipping: _posts/2099-01-01-future.md has a future date');
      expect(findings(report, '_posts/2099-01-01-future.md')).toContain('date-future@3');
      expect(findings(report, '_posts/2025-03-03-past.md')).toEqual([]);
    });

    it('with `future: true` Jekyll publishes it: no date-future', async () => {
      const files: SiteFiles = { ...fixtureSite('jekyll-future'), '_config.yml': JEKYLL_CONFIG + 'future: true\n' };
      const [site, report] = await Promise.all([buildJekyll(files), lintSite(files, JEKYLL)]);
      expect(site.files.has('2099/01/01/future.html')).toBe(true);
      expect(findings(report, '_posts/2099-01-01-future.md')).toEqual([]);
    });
  });

  describe('the URL in the preview card is the page Jekyll publishes (fixture jekyll-permalink, built on a UTC machine)', () => {
    const PERMALINK = 'permalink: /:categories/:year/:month/:day/:title/\n';
    const POSTS = { offset: '_posts/2025-03-03-offset.md', naive: '_posts/2025-03-03-naive.md', short: '_posts/2025-03-03-short.md' };

    const SEOUL: SiteFiles = { ...fixtureSite('jekyll-permalink'), '_config.yml': JEKYLL_CONFIG + PERMALINK + 'timezone: Asia/Seoul\n' };
    const seoulSite = once(() => buildJekyll(SEOUL, { tz: 'UTC' }));
    const seoulPreviews = once(() => previewSite(SEOUL, 'jekyll'));

    /** Where Jekyll put the post and the date it rendered, and our preview card of it. */
    async function compare(slug: keyof typeof POSTS) {
      const [site, previews] = await Promise.all([seoulSite(), seoulPreviews()]);
      const page = pageFor(site, slug);
      expect(page, [...site.files].join('\n')).toBeDefined();
      const datetime = /<time datetime="([^"]+)">/.exec(site.pages.get(page!)!)![1]!;
      return { engine: { url: urlOf(page!), datetime }, ours: previews.get(POSTS[slug]) };
    }

    it('without `timezone:`: the same URL for all three posts (the +0900 one on its UTC day)', async () => {
      const files: SiteFiles = { ...fixtureSite('jekyll-permalink'), '_config.yml': JEKYLL_CONFIG + PERMALINK };
      const [site, previews] = await Promise.all([buildJekyll(files, { tz: 'UTC' }), previewSite(files, 'jekyll')]);
      for (const [slug, file] of Object.entries(POSTS)) expect(previews.get(file)?.url, file).toBe(urlOf(pageFor(site, slug)!));
      expect(previews.get(POSTS.offset)?.url).toBe('/dev/notes/2025/03/02/offset/');
    });

    /** `2025-03-04T08:30:00+09:00` -> `2025-03-04 08:30 +09:00`, the preview card's form. */
    const asPreviewDate = (datetime: string) => datetime.replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\d([+-]\d\d:\d\d)$/, '$1 $2 $3');

    it('with `timezone: Asia/Seoul`: the same URL and date for the +0900 post and for the time without seconds', async () => {
      for (const slug of ['offset', 'short'] as const) {
        const { engine, ours } = await compare(slug);
        expect(ours?.url, slug).toBe(engine.url);
        expect(ours?.date, slug).toBe(asPreviewDate(engine.datetime));
      }
    });

    // Engine truth: our date model reads a YAML timestamp without an offset (`23:30:00`) as UTC, as Psych does, so that `timezone: Asia/Seoul` moves it to 08:30 the next day.
    it('with `timezone: Asia/Seoul`: the same URL and date for the naive timestamp (Jekyll moves it to the next day)', async () => {
      const { engine, ours } = await compare('naive');
      expect(engine.url).toBe('/dev/2025/03/04/naive/');
      expect(ours?.url).toBe(engine.url);
      expect(ours?.date).toBe(asPreviewDate(engine.datetime));
    });
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('our verdicts agree with Hugo', () => {
  describe('front matter keys (fixture hugo-keys)', () => {
    const files = fixtureSite('hugo-keys');
    const site = once(() => buildHugo(files));
    const report = once(() => lintSite(files, HUGO));

    // Engine truth: the hugo module knows Hugo reads front matter keys case-insensitively.
    it('Hugo reads `Title:`, `Date:`, `Tags:`: no key-case, no required-keys', async () => {
      expect(pageTitle((await site()).pages.get('posts/upper/index.html')!)).toBe('Upper Real Title');
      const upper = findings(await report(), 'content/posts/upper.md');
      expect(upper.filter((finding) => /^(key-case|required-keys)@/.test(finding))).toEqual([]);
    });

    // Engine truth: the hugo module reads front matter keys case-insensitively for the preview card too.
    it('and the preview card shows the title, date and tags Hugo renders', async () => {
      const page = (await site()).pages.get('posts/upper/index.html')!;
      expect(pageTitle(page)).toBe('Upper Real Title');
      expect(page).toContain('<ul class="tags"><li>Go</li></ul>');
      const preview = (await previewSite(files, 'hugo')).get('content/posts/upper.md');
      expect(preview).toMatchObject({ title: 'Upper Real Title', date: '2025-03-03 21:00 +09:00', url: '/posts/upper/' });
      expect(preview?.tags.map((tag) => tag.toLowerCase())).toEqual(['go']);
    });

    it('the preview URL of each post is the page Hugo publishes', async () => {
      const [built, previews] = await Promise.all([site(), previewSite(files, 'hugo')]);
      for (const name of ['upper', 'lower']) {
        expect(built.files.has(`posts/${name}/index.html`)).toBe(true);
        expect(previews.get(`content/posts/${name}.md`)?.url).toBe(`/posts/${name}/`);
      }
    });
  });

  describe('code in shortcodes (fixture hugo-code)', () => {
    // Engine truth: the hugo module treats {{< highlight >}}…{{< /highlight >}} as code, not markdown.
    it('`{{< highlight python >}}` is code for Hugo: no markdown finding on its lines', async () => {
      const files = fixtureSite('hugo-code');
      const file = 'content/posts/highlight.md';
      const [site, report] = await Promise.all([buildHugo(files), lintSite(files, HUGO)]);
      expect(codeText(site.pages.get('posts/highlight/index.html')!)).toContain('# comment');
      const [first, last] = blockLines(files[file] as string, /^\{\{< highlight/, /^\{\{< \/highlight/);
      expect(rulesOnLines(report, file, first, last)).toEqual([]);
    });
  });

  describe('where images are served from (fixture hugo-images, theme "t")', () => {
    const files = fixtureSite('hugo-images');
    const site = once(() => buildHugo(files));
    const report = once(() => lintSite(files, HUGO));
    const missing = async (file: string) => findings(await report(), file).filter((finding) => finding.startsWith('image-missing'));

    it('/img/a.png is served from static/: no image-missing', async () => {
      expect((await site()).files.has('img/a.png')).toBe(true);
      expect(await missing('content/posts/static.md')).toEqual([]);
    });

    it('a.png next to a bundle\'s index.md is served beside the page: no image-missing', async () => {
      expect((await site()).files.has('posts/bundle/a.png')).toBe(true);
      expect(await missing('content/posts/bundle/index.md')).toEqual([]);
    });

    // Engine truth: the hugo module looks in themes/<theme>/static/ (theme from hugo.toml).
    it("/b.png is served from the theme's static/: no image-missing", async () => {
      expect((await site()).files.has('b.png')).toBe(true);
      expect(await missing('content/posts/theme.md')).toEqual([]);
    });

    // Engine truth: the hugo module knows assets/ is published only through resources (a render hook), not at the site root.
    it('/c.png exists only under assets/, which Hugo does not publish: image-missing', async () => {
      expect([...(await site()).files].some((path) => path.endsWith('c.png'))).toBe(false);
      expect(await missing('content/posts/assets.md')).not.toEqual([]);
    });
  });

  describe('future posts (fixture hugo-future)', () => {
    it('Hugo skips a future post: date-future reports it, and not the past one', async () => {
      const files = fixtureSite('hugo-future');
      const [site, report] = await Promise.all([buildHugo(files), lintSite(files, HUGO)]);
      expect(site.files.has('posts/future/index.html')).toBe(false);
      expect(site.files.has('posts/past/index.html')).toBe(true);
      expect(findings(report, 'content/posts/future.md')).toContain('date-future@3');
      expect(findings(report, 'content/posts/past.md')).toEqual([]);
    });

    it('with `buildFuture = true` Hugo publishes it: no date-future', async () => {
      const files: SiteFiles = { ...fixtureSite('hugo-future'), 'hugo.toml': HUGO_CONFIG + 'buildFuture = true\n' };
      const [site, report] = await Promise.all([buildHugo(files), lintSite(files, HUGO)]);
      expect(site.files.has('posts/future/index.html')).toBe(true);
      expect(findings(report, 'content/posts/future.md')).toEqual([]);
    });
  });
});

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('Jekyll: files in _posts/ it never publishes', () => {
  it('a file without the date in its name is absent from the build: post-unpublished, and nothing else', async () => {
    const files: SiteFiles = {
      '_posts/백준 일곱 난쟁이(2309) 문제 풀이.md': '---\n\n---\n\n#제목 없는 글\n\nText.\n',
      '_posts/2025-03-03-dated.md': '---\ntitle: Dated\n---\n\nText.\n',
    };
    const [site, report] = await Promise.all([buildJekyll(files), lintSite(files, JEKYLL)]);
    expect(site.ok, site.log).toBe(true);
    expect([...site.files].filter((file) => file.endsWith('.html'))).toEqual(['2025/03/03/dated.html']);
    expect(findings(report, '_posts/백준 일곱 난쟁이(2309) 문제 풀이.md')).toEqual(['post-unpublished@1']);
    expect(findings(report, '_posts/2025-03-03-dated.md')).toEqual([]);
  });
});
