// Engine facts, Jekyll 4.3 (kramdown, Liquid, Psych): what a post really becomes. The engine modules
// of the linter claim these; test/oracle/agreement.test.ts checks that they do.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJekyll, fixtureSite, jekyllAvailable, skipUnless, type BuildResult } from './engines.js';
import { codeText, h1Count, pageTitle } from './html.js';

const skip = skipUnless('jekyll', jekyllAvailable());

describe.skipIf(skip)('Jekyll: front matter keys are case-sensitive (fixture jekyll-keys)', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildJekyll(fixtureSite('jekyll-keys'));
  });

  it('ignores `Title:`: the page title is the one Jekyll makes from the file name', () => {
    expect(site.ok, site.log).toBe(true);
    const page = site.pages.get('2025/03/03/upper-key.html')!;
    expect(pageTitle(page)).toBe('Upper Key');
    expect(page).not.toContain('Real Title From Key');
  });

  it('reads `title:`', () => {
    expect(pageTitle(site.pages.get('2025/03/03/lower-key.html')!)).toBe('Lower Real Title');
  });
});

describe.skipIf(skip)('Jekyll: code in a highlight tag and kramdown attribute lists (fixture jekyll-code)', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildJekyll(fixtureSite('jekyll-code'));
  });

  it('renders `{% highlight python %}` as code: no heading, emphasis or block quote from its lines', () => {
    expect(site.ok, site.log).toBe(true);
    const page = site.pages.get('2025/03/03/highlight.html')!;
    expect(page).toContain('<code class="language-python" data-lang="python">');
    expect(codeText(page)).toBe('# comment\nclass Point:\n    def __init__(self, x):\n        self.area = 2**8 * x**2\n>>> Point(1).area\n256');
    expect(h1Count(page)).toBe(1); // the layout's title only
    expect(page).not.toMatch(/<(strong|em|blockquote)\b/);
  });

  it('renders a Chirpy prompt (`> text` then `{: .prompt-tip }`) as a block quote with that class, the attribute list gone', () => {
    const page = site.pages.get('2025/03/04/prompt.html')!;
    expect(page).toMatch(/<blockquote class="prompt-tip">\s*<p>A tip for the reader\.<\/p>\s*<\/blockquote>/);
    expect(page).not.toContain('{:');
  });
});

describe.skipIf(skip)('Jekyll: images through relative_url (fixture jekyll-images, baseurl /blog)', () => {
  it('renders `{{ "/assets/a.png" | relative_url }}` under the baseurl and publishes the file', async () => {
    const site = await buildJekyll(fixtureSite('jekyll-images'));
    expect(site.ok, site.log).toBe(true);
    expect(site.pages.get('2025/03/03/relative-url.html')).toContain('<img src="/blog/assets/a.png" alt="A diagram" />');
    expect(site.files.has('assets/a.png')).toBe(true);
  });
});

describe.skipIf(skip)('Jekyll: future posts (fixture jekyll-future)', () => {
  it('skips a post dated in the future, saying so in the log', async () => {
    const site = await buildJekyll(fixtureSite('jekyll-future'));
    expect(site.ok, site.log).toBe(true);
    expect(site.log).toContain('Skipping: _posts/2099-01-01-future.md has a future date');
    expect([...site.files].filter((file) => file.endsWith('.html'))).toEqual(['2025/03/03/past.html']);
  });

  it('publishes it with `future: true`', async () => {
    const site = await buildJekyll(fixtureSite('jekyll-future'), { config: 'future: true\n' });
    expect(site.ok, site.log).toBe(true);
    expect(site.log).not.toContain('Skipping');
    expect([...site.files].filter((file) => file.endsWith('.html'))).toEqual(['2025/03/03/past.html', '2099/01/01/future.html']);
  });
});

describe.skipIf(skip)('Jekyll: the date in a permalink (fixture jekyll-permalink)', () => {
  // /:categories/:year/:month/:day/:title/ with three posts dated 2025-03-03:
  //   offset: `08:30:00 +0900` (23:30 the day before in UTC), categories [Dev, Notes]
  //   naive:  `23:30:00` (a YAML timestamp with no offset), categories [Dev]
  //   short:  `23:30` (no seconds: not a YAML timestamp, a string Jekyll parses itself)
  const PERMALINK = 'permalink: /:categories/:year/:month/:day/:title/\n';
  const urls = (site: BuildResult) => [...site.files].filter((file) => file.endsWith('index.html')).sort();

  it('without `timezone:`, on a UTC machine (a GitHub runner): the offset date moves to the UTC day; the naive ones stay on the written day', async () => {
    const site = await buildJekyll(fixtureSite('jekyll-permalink'), { config: PERMALINK, tz: 'UTC' });
    expect(site.ok, site.log).toBe(true);
    expect(urls(site)).toEqual(['dev/2025/03/03/naive/index.html', 'dev/2025/03/03/short/index.html', 'dev/notes/2025/03/02/offset/index.html']);
  });

  it("without `timezone:`, the build machine's zone decides: on a machine in Seoul both timestamps land on other days than on a UTC one", async () => {
    const site = await buildJekyll(fixtureSite('jekyll-permalink'), { config: PERMALINK, tz: 'Asia/Seoul' });
    expect(site.ok, site.log).toBe(true);
    // The naive timestamp is read as UTC (Psych), so 23:30 becomes 08:30 the next day in Seoul; the
    // string without seconds is read in the local zone and stays.
    expect(urls(site)).toEqual(['dev/2025/03/03/short/index.html', 'dev/2025/03/04/naive/index.html', 'dev/notes/2025/03/03/offset/index.html']);
  });

  it('with `timezone: Asia/Seoul` (on a UTC machine): the offset date is on its written day, and the naive timestamp moves to the next day', async () => {
    const site = await buildJekyll(fixtureSite('jekyll-permalink'), { config: PERMALINK + 'timezone: Asia/Seoul\n', tz: 'UTC' });
    expect(site.ok, site.log).toBe(true);
    expect(urls(site)).toEqual(['dev/2025/03/03/short/index.html', 'dev/2025/03/04/naive/index.html', 'dev/notes/2025/03/03/offset/index.html']);
    expect(site.pages.get('dev/2025/03/04/naive/index.html')).toContain('<time datetime="2025-03-04T08:30:00+09:00">');
  });
});
