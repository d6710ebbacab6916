// The preview card of a post (src/runner/preview.ts), computed from a context built exactly as the
// engine builds one, on temp blogs. Every value is asserted exactly.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { makeBlog, projectRoot } from './helpers.js';
import { previewFor } from './fixtures/comment/build.js';
import { countText } from '../src/runner/preview.js';

const post = (frontmatter: string, body: string) => `---\n${frontmatter.trim()}\n---\n\n${body.trim()}\n`;

/** `count` copies of `word`, space-separated. */
const words = (word: string, count: number) => Array(count).fill(word).join(' ');

describe('reading time and counts', () => {
  it('counts a Korean post by Hangul syllables (500 a minute), code blocks excluded', async () => {
    const body = ['## 소개', '', words('가나다라마바사아자차', 120), '', '```js', 'const ignored = "these words are code and are not read";', '```'].join('\n');
    const root = await makeBlog({ '_posts/2025-03-03-korean.md': post('title: 한국어 글\ndate: 2025-03-03', body) });
    const preview = await previewFor(root, '_posts/2025-03-03-korean.md');
    // 2 + 1,200 syllables -> 2.4 minutes; 1 + 120 words; characters without spaces.
    expect(preview.readingMinutes).toBe(2);
    expect(preview.words).toBe(121);
    expect(preview.characters).toBe(1202);
  });

  it('counts an English post by words (200 a minute)', async () => {
    const body = ['## Intro', '', words('word', 600), '', '```sh', words('code', 400), '```'].join('\n');
    const root = await makeBlog({ '_posts/2025-03-03-english.md': post('title: English\ndate: 2025-03-03', body) });
    const preview = await previewFor(root, '_posts/2025-03-03-english.md');
    expect(preview.readingMinutes).toBe(3); // 601 words
    expect(preview.words).toBe(601);
    expect(preview.characters).toBe(5 + 600 * 4);
  });

  it('adds both for a mixed post; inline code is read, a Hangul-Latin token counts on both sides', async () => {
    // 250 × "한글" = 500 syllables (1 minute) + 199 English words + `npm에서` (2 syllables, 1 word) = 1.004 + 1.0 minutes.
    const body = [words('한글', 250), '', words('text', 198) + ' `npm`에서 done'].join('\n');
    const root = await makeBlog({ '_posts/2025-03-03-mixed.md': post('title: Mixed\ndate: 2025-03-03', body) });
    const preview = await previewFor(root, '_posts/2025-03-03-mixed.md');
    expect(preview.readingMinutes).toBe(2);
    expect(preview.words).toBe(250 + 198 + 2);
    expect(preview.characters).toBe(500 + 198 * 4 + 5 + 4);
  });

  it('is at least one minute, and an empty body has no words', () => {
    expect(countText('')).toEqual({ hangul: 0, latinWords: 0, words: 0, characters: 0, minutes: 1 });
    expect(countText('짧은 글 three words')).toMatchObject({ hangul: 3, latinWords: 2, words: 4, minutes: 1 });
  });

  it('does not read kramdown attribute lists, Liquid, raw HTML or image alt text', async () => {
    const body = ['Two words', '{: .prompt-tip }', '', '{% include note.html %} {{ site.url }}', '', '<div>hidden html</div>', '', '![alt text words](/a.png)'].join('\n');
    const root = await makeBlog({ '_posts/2025-03-03-markup.md': post('title: Markup\ndate: 2025-03-03', body), 'a.png': '' });
    const preview = await previewFor(root, '_posts/2025-03-03-markup.md');
    expect(preview.words).toBe(2);
  });
});

describe('date', () => {
  const blog = (config: string, date: string) =>
    makeBlog({ '_config.yml': config, '_posts/2025-03-03-d.md': post(`title: D\ndate: ${date}`, 'Text.') });

  it('is shown in the site time zone', async () => {
    const root = await blog('timezone: Asia/Seoul\n', '2025-03-03 12:00:00 +0000');
    expect((await previewFor(root, '_posts/2025-03-03-d.md')).date).toBe('2025-03-03 21:00 +09:00');
  });

  it('reads a zone-less time as Jekyll does (a quoted or second-less one in the site zone, an unquoted timestamp as UTC), and follows daylight saving time', async () => {
    expect((await previewFor(await blog('timezone: Asia/Seoul\n', '"2025-03-03 21:00:00"'), '_posts/2025-03-03-d.md')).date).toBe('2025-03-03 21:00 +09:00');
    expect((await previewFor(await blog('timezone: Asia/Seoul\n', '2025-03-03 21:00'), '_posts/2025-03-03-d.md')).date).toBe('2025-03-03 21:00 +09:00');
    // Psych reads `2025-03-03 21:00:00` (a YAML timestamp) as UTC: the real Jekyll shows 2025-03-04 06:00 (test/oracle).
    expect((await previewFor(await blog('timezone: Asia/Seoul\n', '2025-03-03 21:00:00'), '_posts/2025-03-03-d.md')).date).toBe('2025-03-04 06:00 +09:00');
    expect((await previewFor(await blog('timezone: America/New_York\n', '2025-07-01 12:00:00 +0000'), '_posts/2025-03-03-d.md')).date).toBe('2025-07-01 08:00 -04:00');
    expect((await previewFor(await blog('timezone: America/New_York\n', '2025-01-01 12:00:00 +0000'), '_posts/2025-03-03-d.md')).date).toBe('2025-01-01 07:00 -05:00');
  });

  it('without a site zone: in its own offset, else as written', async () => {
    expect((await previewFor(await blog('title: x\n', '2025-03-03 21:00:00 +0900'), '_posts/2025-03-03-d.md')).date).toBe('2025-03-03 21:00 +09:00');
    expect((await previewFor(await blog('title: x\n', '2025-03-03T21:00:00Z'), '_posts/2025-03-03-d.md')).date).toBe('2025-03-03 21:00 +00:00');
    expect((await previewFor(await blog('title: x\n', '2025-03-03 21:00:00'), '_posts/2025-03-03-d.md')).date).toBe('2025-03-03 21:00');
  });

  it('keeps a date without time as a day, takes the Jekyll file-name date, and drops an invalid date', async () => {
    expect((await previewFor(await blog('timezone: Asia/Seoul\n', '2025-03-03'), '_posts/2025-03-03-d.md')).date).toBe('2025-03-03');
    const root = await makeBlog({ '_posts/2025-03-05-no-date.md': post('title: No date', 'Text.'), '_posts/2025-03-05-bad.md': post('title: Bad\ndate: 2025-13-45', 'Text.') });
    expect((await previewFor(root, '_posts/2025-03-05-no-date.md')).date).toBe('2025-03-05');
    expect((await previewFor(root, '_posts/2025-03-05-bad.md')).date).toBeUndefined();
  });
});

describe('url', () => {
  const file = '_posts/2025-03-03-hello-world.md';
  const frontmatter = 'title: Hello\ndate: 2025-03-03 12:00:00 +0000\ncategories: [Dev, CI]';

  it('Jekyll default: /:categories/:year/:month/:day/:title.html, date parts in the site zone', async () => {
    const root = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', [file]: post(frontmatter, 'Text.') });
    expect((await previewFor(root, file)).url).toBe('/dev/ci/2025/03/03/hello-world.html');
    const late = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', [file]: post('title: Hello\ndate: 2025-03-03 20:00:00 +0000', 'Text.') });
    expect((await previewFor(late, file)).url).toBe('/2025/03/04/hello-world.html');
  });

  it('Jekyll without a site zone builds in UTC (a GitHub runner): a morning KST post lands on the day before', async () => {
    const root = await makeBlog({ '_config.yml': 'title: x\n', [file]: post('title: Hello\ndate: 2025-03-03 08:00:00 +0900', 'Text.') });
    expect((await previewFor(root, file)).url).toBe('/2025/03/02/hello-world.html');
  });

  it('Chirpy: the permalink that _config.yml defaults give posts, under baseurl', async () => {
    const config = ['baseurl: /blog', 'defaults:', '  - scope: {path: "", type: posts}', '    values: {layout: post, permalink: /posts/:title/}', '  - scope: {path: "", type: tabs}', '    values: {permalink: /:title/}'].join('\n');
    const root = await makeBlog({ '_config.yml': config, [file]: post(frontmatter, 'Text.'), '_posts/2025-03-04-custom.md': post('title: C\ndate: 2025-03-04\nslug: My Custom Slug', 'Text.') });
    expect((await previewFor(root, file)).url).toBe('/blog/posts/hello-world/');
    // `slug:` replaces the file-name slug; `:title` keeps its case (Jekyll's "pretty" slugify).
    expect((await previewFor(root, '_posts/2025-03-04-custom.md')).url).toBe('/blog/posts/My-Custom-Slug/');
  });

  it('the example blog (Chirpy starter config)', async () => {
    const root = path.join(projectRoot, 'examples', 'blog');
    const preview = await previewFor(root, '_posts/2025-03-03-github-actions-npm-cache.md');
    expect(preview.url).toBe('/posts/github-actions-npm-cache/');
    expect(preview.date).toBe('2025-03-03 21:00 +09:00');
    expect(preview.cover).toBe('/assets/img/posts/ci-cache/cover.png');
    expect(preview.images).toBe(1);
  });

  it('Chirpy named only as the theme', async () => {
    const root = await makeBlog({ '_config.yml': 'theme: jekyll-theme-chirpy\n', [file]: post(frontmatter, 'Text.') });
    expect((await previewFor(root, file)).url).toBe('/posts/hello-world/');
  });

  it('the site permalink: a style name or a pattern', async () => {
    const pretty = await makeBlog({ '_config.yml': 'permalink: pretty\n', [file]: post(frontmatter, 'Text.') });
    expect((await previewFor(pretty, file)).url).toBe('/dev/ci/2025/03/03/hello-world/');
    const pattern = await makeBlog({ '_config.yml': 'permalink: /:year/:i_month/:slug\n', [file]: post(frontmatter, 'Text.') });
    expect((await previewFor(pattern, file)).url).toBe('/2025/3/hello-world');
    const configured = await makeBlog({ '_config.yml': 'permalink: /blog/:year/:title/\n', [file]: post(frontmatter, 'Text.') });
    expect((await previewFor(configured, file)).url).toBe('/blog/2025/hello-world/');
  });

  it('a frontmatter permalink overrides everything', async () => {
    const config = 'defaults:\n  - scope: {path: "", type: posts}\n    values: {permalink: /posts/:title/}\n';
    const root = await makeBlog({ '_config.yml': config, [file]: post(`${frontmatter}\npermalink: /about-me/`, 'Text.') });
    expect((await previewFor(root, file)).url).toBe('/about-me/');
  });

  it('Hugo: bundle folder, file name, slug, url, under the baseURL path, lower-cased', async () => {
    const root = await makeBlog({
      'hugo.toml': 'baseURL = "https://example.com/blog/"\n',
      'content/posts/my-bundle/index.md': '+++\ntitle = "Bundle"\ndate = 2025-03-03T12:00:00+09:00\n+++\n\nText.\n',
      'content/posts/Hello World.md': '+++\ntitle = "File"\ndate = 2025-03-03\n+++\n\nText.\n',
      'content/posts/slugged.md': '+++\ntitle = "Slug"\nslug = "other-name"\n+++\n\nText.\n',
      'content/posts/moved.md': '+++\ntitle = "Moved"\nurl = "/elsewhere/"\n+++\n\nText.\n',
    });
    const hugo = { preset: 'hugo' as const };
    expect((await previewFor(root, 'content/posts/my-bundle/index.md', hugo)).url).toBe('/blog/posts/my-bundle/');
    expect((await previewFor(root, 'content/posts/Hello World.md', hugo)).url).toBe('/blog/posts/hello-world/');
    expect((await previewFor(root, 'content/posts/slugged.md', hugo)).url).toBe('/blog/posts/other-name/');
    expect((await previewFor(root, 'content/posts/moved.md', hugo)).url).toBe('/blog/elsewhere/');
    expect((await previewFor(root, 'content/posts/my-bundle/index.md', hugo)).date).toBe('2025-03-03 12:00 +09:00');
  });

  it('markdown preset: the path without its extension', async () => {
    const root = await makeBlog({ 'src/content/blog/first-post.md': post('title: First', 'Text.') });
    expect((await previewFor(root, 'src/content/blog/first-post.md', { preset: 'markdown' })).url).toBe('/src/content/blog/first-post');
  });
});

describe('title, taxonomy, cover, excerpt, outline, images', () => {
  it('normalizes tags as tags-normalize would (case, spaces, NFC, duplicates, aliases); categories keep case', async () => {
    const nfd = '쿠버네티스'.normalize('NFD');
    // A Chirpy blog: the theme documents lowercase tags (elsewhere the author's case is kept).
    const root = await makeBlog({
      '_config.yml': 'theme: jekyll-theme-chirpy\n',
      '_posts/2025-03-03-t.md': post(`title: "  Spaced   title "\ndate: 2025-03-03\ncategories: [DevOps, ' CI ']\ntags: [Kubernetes, ' k8s ', ${nfd}, kubernetes, Helm Charts]`, 'Text.'),
      '_posts/2025-03-04-s.md': post('title: S\ndate: 2025-03-04\ntags: jekyll blog', 'Text.'),
    });
    const preview = await previewFor(root, '_posts/2025-03-03-t.md');
    expect(preview.title).toBe('Spaced title');
    expect(preview.categories).toEqual(['DevOps', 'CI']);
    expect(preview.tags).toEqual(['kubernetes', 'k8s', '쿠버네티스', 'helm charts']);
    const aliased = await previewFor(root, '_posts/2025-03-03-t.md', { rules: { 'tags-normalize': { options: { aliases: { k8s: 'kubernetes' } } } } });
    expect(aliased.tags).toEqual(['kubernetes', '쿠버네티스', 'helm charts']);
    expect((await previewFor(root, '_posts/2025-03-04-s.md')).tags).toEqual(['jekyll', 'blog']);
  });

  it('takes the excerpt from description, else the first paragraph as plain text, cut at a word boundary', async () => {
    const long = words('abcdefghijk', 30);
    const root = await makeBlog({
      '_posts/2025-03-03-a.md': post('title: A\ndate: 2025-03-03\ndescription: >-\n  Folded\n  description.', 'First paragraph.'),
      '_posts/2025-03-03-b.md': post('title: B\ndate: 2025-03-03', ['# Heading', '', '![only an image](/x.png)', '', 'This is **bold**, `code` and [a link](https://example.com).', '', 'Second.'].join('\n')),
      '_posts/2025-03-03-c.md': post('title: C\ndate: 2025-03-03', long),
      'x.png': '',
    });
    expect((await previewFor(root, '_posts/2025-03-03-a.md')).excerpt).toBe('Folded description.');
    expect((await previewFor(root, '_posts/2025-03-03-b.md')).excerpt).toBe('This is bold, code and a link.');
    // 12 characters a word: 16 whole words fit in 200, the 17th is cut, so the excerpt stops before it.
    expect((await previewFor(root, '_posts/2025-03-03-c.md')).excerpt).toBe(words('abcdefghijk', 16) + '…');
  });

  it('lists the headings (plain text, depth) but not code or empty headings', async () => {
    const body = ['# Top', '', '## Using `npm ci` *fast*', '', '```md', '# not a heading', '```', '', '### 세부 [링크](https://x.io)', '', '##', '', 'Setext', '------'].join('\n');
    const root = await makeBlog({ '_posts/2025-03-03-o.md': post('title: O\ndate: 2025-03-03', body) });
    expect((await previewFor(root, '_posts/2025-03-03-o.md')).outline).toEqual([
      { depth: 1, text: 'Top' },
      { depth: 2, text: 'Using npm ci fast' },
      { depth: 3, text: '세부 링크' },
      { depth: 2, text: 'Setext' },
    ]);
  });

  it('counts body images (markdown, reference, HTML) without the frontmatter cover, which it names', async () => {
    const body = ['![one](/a.png)', '', '<img src="/b.png" alt="two">', '', '![three][ref]', '', '[ref]: /c.png', '', '`![code](/not.png)`'].join('\n');
    const root = await makeBlog({
      '_posts/2025-03-03-i.md': post('title: I\ndate: 2025-03-03\nimage:\n  path: /cover.png\n  alt: Cover', body),
      '_posts/2025-03-03-j.md': post('title: J\ndate: 2025-03-03', 'No images.'),
    });
    const preview = await previewFor(root, '_posts/2025-03-03-i.md');
    expect(preview.cover).toBe('/cover.png');
    expect(preview.images).toBe(3);
    const none = await previewFor(root, '_posts/2025-03-03-j.md');
    expect(none.cover).toBeUndefined();
    expect(none.images).toBe(0);
    expect(none.outline).toEqual([]);
    expect(none.excerpt).toBe('No images.');
  });

  it('a post without frontmatter still gets a card: no title, file-name date, first paragraph', async () => {
    const root = await makeBlog({ '_posts/2025-05-20-til.md': '# TIL\n\nFirst line.\n' });
    const preview = await previewFor(root, '_posts/2025-05-20-til.md');
    expect(preview).toEqual({
      categories: [],
      tags: [],
      readingMinutes: 1,
      words: 3,
      characters: 13,
      outline: [{ depth: 1, text: 'TIL' }],
      images: 0,
      date: '2025-05-20',
      url: '/2025/05/20/til.html',
      excerpt: 'First line.',
      publication: { state: 'published', engine: 'Jekyll' },
    });
  });
});
