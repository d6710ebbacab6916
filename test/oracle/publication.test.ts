// Will it be published? The real Jekyll and Hugo build a site of posts that are published, drafts,
// future-dated (by date, publish date, file name, or a zone-less time read in UTC) and expired; the
// preview card's "Publication" line must say "published" exactly for the posts the engine built,
// and the publication rules must report exactly the posts meant to appear that will not.
// Engines use the wall clock, so the dates are far from now (2001, 2099) or relative to it (+3 h).
import { describe, expect, it } from 'vitest';
import type { PostPreview } from '../../src/core/types.js';
import { buildHugo, buildJekyll, findings, hugoAvailable, jekyllAvailable, JEKYLL_CONFIG, lintSite, previewSite, skipUnless, type BuildResult, type SiteFiles } from './engines.js';
import { pageTitle } from './html.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DD`, `HH:MM` and `HH:MM:SS` of an instant as a UTC clock shows it. */
function utcWall(epochMs: number) {
  const d = new Date(epochMs);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { day, minutes: `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`, seconds: `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`, spaced: `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00` };
}
/** Three hours from now: in the future read as UTC, in the past read as KST (UTC+9). */
const soon = utcWall(Date.now() + 3 * 3_600_000);
const today = utcWall(Date.now()).day;

const post = (title: string, lines: string[] = []) => `---\ntitle: ${title}\n${lines.map((line) => line + '\n').join('')}---\nBody of ${title}.\n`;

/** Titles of the pages the engine built (our layouts print the page's title as `<h1 class="page-title">`). */
function builtTitles(site: BuildResult): Set<string> {
  const titles = new Set<string>();
  for (const html of site.pages.values()) {
    const title = pageTitle(html);
    if (title) titles.add(title.trim());
  }
  return titles;
}

/** file → publication state, and whether the engine built it, for every post (title = file's title). */
function states(previews: Map<string, PostPreview>): Record<string, string | undefined> {
  return Object.fromEntries([...previews].map(([file, preview]) => [file, preview.publication?.state]));
}

function expectAgreement(previews: Map<string, PostPreview>, site: BuildResult, titleOf: Record<string, string>): void {
  const built = builtTitles(site);
  for (const [file, title] of Object.entries(titleOf)) {
    const preview = previews.get(file);
    expect(preview, file).toBeDefined();
    expect({ file, card: preview!.publication?.state === 'published' }).toEqual({ file, card: built.has(title) });
  }
}

const JEKYLL_POSTS: SiteFiles = {
  '_posts/2001-01-01-past.md': post('past'),
  '_posts/2001-01-02-draft-key.md': post('draft-key', ['draft: true']),
  '_posts/2001-01-03-unpublished.md': post('unpublished', ['published: false']),
  '_drafts/wip.md': post('wip'),
  '_posts/2099-01-01-future.md': post('future', ['date: 2099-01-01']),
  '_posts/2099-01-02-filename.md': post('filename'),
  [`_posts/${today}-naive.md`]: post('naive', [`date: ${soon.minutes}`]),
  [`_posts/${today}-timestamp.md`]: post('timestamp', [`date: ${soon.spaced}`]),
};
const JEKYLL_TITLES: Record<string, string> = Object.fromEntries(Object.entries(JEKYLL_POSTS).map(([file, text]) => [file, /title: (.*)/.exec(text as string)![1]!]));

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('publication with Jekyll', () => {
  it('builds only the past post and the `draft: true` one (Jekyll ignores that key); the card says so for each', async () => {
    const files: SiteFiles = { '_config.yml': JEKYLL_CONFIG, ...JEKYLL_POSTS };
    const [site, previews] = await Promise.all([buildJekyll(files), previewSite(files, 'jekyll')]);
    expect(site.ok).toBe(true);
    expect([...builtTitles(site)].sort()).toEqual(['draft-key', 'past']);
    expectAgreement(previews, site, JEKYLL_TITLES);
    expect(states(previews)).toEqual({
      '_posts/2001-01-01-past.md': 'published',
      '_posts/2001-01-02-draft-key.md': 'published',
      '_posts/2001-01-03-unpublished.md': 'draft',
      '_drafts/wip.md': 'draft',
      '_posts/2099-01-01-future.md': 'future',
      '_posts/2099-01-02-filename.md': 'future',
      [`_posts/${today}-naive.md`]: 'future',
      [`_posts/${today}-timestamp.md`]: 'future',
    });
    expect(previews.get('_posts/2001-01-02-draft-key.md')!.publication).toEqual({ state: 'published', engine: 'Jekyll', key: 'draft' });
    expect(previews.get('_posts/2099-01-01-future.md')!.publication).toEqual({ state: 'future', engine: 'Jekyll', when: '2099-01-01 00:00 UTC', siteZone: false });
  });

  it('reports the posts meant to appear that will not, and the ignored `draft: true`; drafts are not reported', async () => {
    const report = await lintSite({ '_config.yml': JEKYLL_CONFIG, ...JEKYLL_POSTS }, ['--preset', 'jekyll']);
    const publication = (file: string) => findings(report, file).filter((finding) => /^(date-future|draft-ignored|post-expired|date-timezone)@/.test(finding));
    expect(publication('_posts/2001-01-01-past.md')).toEqual([]);
    expect(publication('_posts/2001-01-02-draft-key.md')).toEqual(['draft-ignored@3']);
    expect(publication('_posts/2001-01-03-unpublished.md')).toEqual([]);
    expect(publication('_drafts/wip.md')).toEqual([]);
    expect(publication('_posts/2099-01-01-future.md')).toEqual(['date-future@3']);
    expect(publication('_posts/2099-01-02-filename.md')).toEqual(['date-future@1']);
    expect(publication(`_posts/${today}-naive.md`)).toEqual(['date-future@3']);
    expect(publication(`_posts/${today}-timestamp.md`)).toEqual(['date-future@3']);
    const naive = report.problems.find((problem) => problem.file === `_posts/${today}-naive.md` && problem.ruleId === 'date-future')!;
    expect(naive.message).toBe(`\`date: ${soon.minutes}\` has no offset and the site sets no time zone, so Jekyll reads it as ${soon.minutes} UTC, after this run: the post will not be published until a build after that time. If you meant your own time, add its offset (\`${soon.minutes} +HH:MM\`) or set \`timezone\` in the site's config.`);
  });

  it('with `timezone: Asia/Seoul` a zone-less time is read in KST (published); an unquoted timestamp is still UTC (hidden)', async () => {
    const files: SiteFiles = { '_config.yml': JEKYLL_CONFIG + 'timezone: Asia/Seoul\n', ...JEKYLL_POSTS };
    const [site, previews] = await Promise.all([buildJekyll(files), previewSite(files, 'jekyll')]);
    expect(builtTitles(site).has('naive')).toBe(true);
    expect(builtTitles(site).has('timestamp')).toBe(false);
    expectAgreement(previews, site, JEKYLL_TITLES);
    expect(previews.get('_posts/2099-01-01-future.md')!.publication).toEqual({ state: 'future', engine: 'Jekyll', when: '2099-01-01 00:00 KST', siteZone: true });
  });

  it('with `future`, `unpublished` and `show_drafts` on, Jekyll builds every post, and the cards all say published', async () => {
    const files: SiteFiles = { '_config.yml': JEKYLL_CONFIG + 'future: true\nunpublished: true\nshow_drafts: true\n', ...JEKYLL_POSTS };
    const [site, previews] = await Promise.all([buildJekyll(files), previewSite(files, 'jekyll')]);
    expect(builtTitles(site).size).toBe(Object.keys(JEKYLL_POSTS).length);
    expectAgreement(previews, site, JEKYLL_TITLES);
  });
});

const HUGO_POSTS: SiteFiles = {
  'content/posts/past.md': post('past', ['date: 2001-01-01']),
  'content/posts/draft.md': post('draft', ['date: 2001-01-01', 'draft: true']),
  'content/posts/unpublished.md': post('unpublished', ['date: 2001-01-01', 'published: false']),
  'content/posts/future.md': post('future', ['date: 2099-01-01']),
  'content/posts/publish-later.md': post('publish-later', ['date: 2001-01-01', 'publishDate: 2099-01-01']),
  'content/posts/publish-earlier.md': post('publish-earlier', ['date: 2099-01-01', 'PublishDate: 2001-01-01']),
  'content/posts/pubdate.md': post('pubdate', ['date: 2001-01-01', 'pubdate: 2099-01-01']),
  'content/posts/lastmod.md': post('lastmod', ['lastmod: 2099-01-01']),
  'content/posts/expired.md': post('expired', ['date: 2001-01-01', 'expiryDate: 2002-01-01']),
  'content/posts/unpublishdate.md': post('unpublishdate', ['date: 2001-01-01', 'unpublishdate: 2002-01-01']),
  'content/posts/expires-later.md': post('expires-later', ['date: 2001-01-01', 'expiryDate: 2099-01-01']),
  'content/posts/naive.md': post('naive', [`date: ${soon.seconds}`]),
  'content/posts/unparsed.md': post('unparsed', [`date: ${soon.minutes}`]),
};
const HUGO_TITLES: Record<string, string> = Object.fromEntries(Object.entries(HUGO_POSTS).map(([file, text]) => [file, /title: (.*)/.exec(text as string)![1]!]));

describe.skipIf(skipUnless('hugo', hugoAvailable()))('publication with Hugo', () => {
  it('skips drafts, `published: false`, future publish dates (publishDate before date; not lastmod) and expired posts; a time Hugo cannot parse is no date', async () => {
    const [site, previews] = await Promise.all([buildHugo(HUGO_POSTS), previewSite({ 'hugo.toml': 'title = "t"\n', ...HUGO_POSTS }, 'hugo')]);
    expect(site.ok).toBe(true);
    expect([...builtTitles(site)].filter((title) => title in Object.fromEntries(Object.values(HUGO_TITLES).map((t) => [t, 1]))).sort()).toEqual(['expires-later', 'lastmod', 'past', 'publish-earlier', 'unparsed']);
    expectAgreement(previews, site, HUGO_TITLES);
    expect(states(previews)).toMatchObject({
      'content/posts/draft.md': 'draft',
      'content/posts/unpublished.md': 'draft',
      'content/posts/future.md': 'future',
      'content/posts/publish-later.md': 'future',
      'content/posts/pubdate.md': 'future',
      'content/posts/expired.md': 'expired',
      'content/posts/unpublishdate.md': 'expired',
      'content/posts/naive.md': 'future',
    });
    expect(previews.get('content/posts/expired.md')!.publication).toEqual({ state: 'expired', engine: 'Hugo', when: '2002-01-01 00:00 UTC', siteZone: false });
  });

  it('reports the hidden and expired posts once each, on the deciding key; not the drafts', async () => {
    const report = await lintSite({ 'hugo.toml': 'title = "t"\n', ...HUGO_POSTS }, ['--preset', 'hugo']);
    const publication = (file: string) => findings(report, file).filter((finding) => /^(date-future|draft-ignored|post-expired)@/.test(finding));
    expect(Object.fromEntries(Object.keys(HUGO_POSTS).map((file) => [file, publication(file)]))).toEqual({
      'content/posts/past.md': [],
      'content/posts/draft.md': [],
      'content/posts/unpublished.md': [],
      'content/posts/future.md': ['date-future@3'],
      'content/posts/publish-later.md': ['date-future@4'],
      'content/posts/publish-earlier.md': [],
      'content/posts/pubdate.md': ['date-future@4'],
      'content/posts/lastmod.md': [],
      'content/posts/expired.md': ['post-expired@4'],
      'content/posts/unpublishdate.md': ['post-expired@4'],
      'content/posts/expires-later.md': [],
      'content/posts/naive.md': ['date-future@3'],
      'content/posts/unparsed.md': [],
    });
  });

  it('with `timeZone = "Asia/Seoul"` (Hugo 0.111 reads it; the machine TZ does not matter) a zone-less time is read in KST', async () => {
    const config = 'baseURL = "https://example.org/"\ntitle = "oracle"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "404"]\ntimeZone = "Asia/Seoul"\n';
    const files: SiteFiles = { 'hugo.toml': config, ...HUGO_POSTS };
    const [site, utcMachine, previews] = await Promise.all([buildHugo(files), buildHugo(HUGO_POSTS, { tz: 'Asia/Seoul' }), previewSite(files, 'hugo')]);
    expect(builtTitles(site).has('naive')).toBe(true);
    // TZ=Asia/Seoul on the machine, no timeZone in the config: still read as UTC.
    expect(builtTitles(utcMachine).has('naive')).toBe(false);
    expectAgreement(previews, site, HUGO_TITLES);
  });

  it('with buildDrafts, buildFuture and buildExpired Hugo builds every post, and the cards all say published', async () => {
    const [site, previews] = await Promise.all([
      buildHugo(HUGO_POSTS, { config: 'buildDrafts = true\nbuildFuture = true\nbuildExpired = true\n' }),
      previewSite({ 'hugo.toml': 'title = "t"\nbuildDrafts = true\nbuildFuture = true\nbuildExpired = true\n', ...HUGO_POSTS }, 'hugo'),
    ]);
    for (const title of Object.values(HUGO_TITLES)) expect(builtTitles(site).has(title), title).toBe(true);
    expectAgreement(previews, site, HUGO_TITLES);
  });
});
