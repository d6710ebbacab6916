// The ten ways the linter was wrong on whole real blogs (issue "Engine truth"), each on a small
// blog of our own: the verdict is what the blog's engine does (the engine facts themselves are
// proven with the real Jekyll and Hugo in test/oracle/).
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { lintJson, makeBlog, runCli } from './helpers.js';
import type { JsonReport } from '../src/report/json.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

async function lint(files: Record<string, string>, argv: string[] = []): Promise<{ report: JsonReport; root: string; code: number; stderr: string }> {
  const root = await makeBlog(files);
  roots.push(root);
  return { ...(await lintJson(argv, root)), root };
}

const rulesOf = (report: JsonReport, file?: string) => report.problems.filter((problem) => !file || problem.file === file).map((problem) => `${problem.line} ${problem.ruleId}`);

const HUGO = { 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "t"\n' };
const JEKYLL = { '_config.yml': 'title: t\n' };

describe('the engine is detected at the root of each kind of blog', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['jekyll', { ...JEKYLL, '_posts/2025-01-01-a.md': '---\ntitle: A\n---\n\nText.\n' }, 'detected jekyll (_config.yml and _posts/)'],
    ['hugo', { ...HUGO, 'content/posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\nText.\n' }, 'detected hugo (hugo.toml and content/)'],
    ['hexo', { '_config.yml': 'title: t\n', 'package.json': '{"dependencies":{"hexo":"^7.0.0"}}', 'source/_posts/a.md': '---\ntitle: A\n---\n\nText.\n' }, 'detected hexo (hexo in package.json)'],
    ['astro', { 'astro.config.mjs': 'export default {}\n', 'src/content/blog/a.md': '---\ntitle: A\n---\n\nText.\n' }, 'detected astro (astro.config.mjs)'],
    ['markdown', { 'posts/a.md': '---\ntitle: A\n---\n\nText.\n' }, 'detected markdown'],
  ];
  it.each(cases)('%s: lints its posts (no exit 2) and says why', async (name, files, reason) => {
    const { report, code } = await lint(files);
    expect(code).not.toBe(2);
    expect(report.preset).toBe(name);
    expect(report.presetReason!.startsWith(reason)).toBe(true);
    expect(report.files.length).toBe(1);
  });

  it('a preset named on the command line or in the config file wins over detection', async () => {
    const files = { ...HUGO, 'content/posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\nText.\n', '.blog-post-lint.yml': 'preset: markdown\n' };
    expect((await lint(files)).report.presetReason).toBe('config file preset markdown');
    expect((await lint(files, ['--preset', 'hugo'])).report.presetReason).toBe('--preset hugo');
  });
});

describe('1. key case: only where the engine reads keys case-sensitively', () => {
  const post = '---\nTitle: Hello\nDate: 2025-01-01\nTags: [Go]\n---\n\nText.\n';
  it('Hugo reads `Title:`, `Date:`, `Tags:`: nothing to report, nothing to fix', async () => {
    const { report, root } = await lint({ ...HUGO, 'content/posts/a.md': post });
    expect(rulesOf(report)).toEqual([]);
    const dry = await runCli(['--fix-dry-run'], root);
    expect(dry.stdout).toBe('');
  });
  it('Jekyll ignores them: reported and fixed', async () => {
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': post });
    expect(rulesOf(report)).toEqual(['2 key-case', '3 key-case', '4 key-case']);
  });
});

describe('2. code inside engine code tags is code, not markdown', () => {
  const python = ['# a comment, not a heading', '#### nor this', 'def __init__(self):', '    return __name__', '>>> prompt', '![not an image](/nowhere.png)'];
  it('Jekyll `{% highlight %}` and `{% comment %}`', async () => {
    const body = ['## Setup', '', '{% highlight python %}', ...python, '{% endhighlight %}', '', '{% comment %}', '# draft heading', '{% endcomment %}', '', 'Text.', ''].join('\n');
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` });
    expect(rulesOf(report)).toEqual([]);
  });
  it('Hugo `{{< highlight >}}` and `{{% highlight %}}`', async () => {
    const body = ['## Setup', '', '{{< highlight go "linenos=table" >}}', ...python, '{{< /highlight >}}', '', '{{% highlight py %}}', ...python, '{{% / highlight %}}', ''].join('\n');
    const { report } = await lint({ ...HUGO, 'content/posts/a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` });
    expect(rulesOf(report)).toEqual([]);
  });
  it('Hexo `{% codeblock %}`', async () => {
    const body = ['## Setup', '', '{% codeblock lang:python %}', ...python, '{% endcodeblock %}', ''].join('\n');
    const { report } = await lint({ '_config.yml': 'title: t\n', 'package.json': '{"dependencies":{"hexo":"7"}}', 'source/_posts/a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` });
    expect(rulesOf(report)).toEqual([]);
  });
  it('the same lines outside the tags are still linted, and the author\'s own fences set the fence style', async () => {
    const body = ['## Setup', '', '~~~sh', 'ls', '~~~', '', '{% highlight python %}', 'x = 1', '{% endhighlight %}', '', '#### skipped', '', 'Text.', ''].join('\n');
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` });
    expect(rulesOf(report)).toEqual(['16 heading-increment']);
  });
});

describe('3. images resolve where the engine serves them', () => {
  const png = 'PNG';
  it('Hugo: static/, a theme\'s static/, a page bundle, and a page-relative path against static/', async () => {
    const files = {
      'hugo.toml': 'title = "t"\ntheme = "paper"\n',
      'static/img/a.png': png,
      'themes/paper/static/b.png': png,
      'content/posts/bundle/index.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\n![a](/img/a.png) ![b](/b.png) ![c](c.png)\n',
      'content/posts/bundle/c.png': png,
      'content/posts/plain.md': '---\ntitle: P\ndate: 2025-01-01\n---\n\n![d](d.png) ![gone](/img/gone.png)\n',
      'static/posts/plain/d.png': png,
    };
    const { report } = await lint(files);
    expect(rulesOf(report)).toEqual(['6 image-missing']);
  });
  it('Hugo: with the site\'s own image render hook, a page-relative path not found is no verdict', async () => {
    const files = { ...HUGO, 'layouts/_default/_markup/render-image.html': '{{ .Destination }}', 'content/posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\n![x](images/x.png)\n' };
    expect(rulesOf((await lint(files)).report)).toEqual([]);
  });
  it('Hexo: source/, the theme\'s source/, and the post asset folder', async () => {
    const files = {
      '_config.yml': 'theme: next\npost_asset_folder: true\n',
      'package.json': '{"dependencies":{"hexo":"7"}}',
      'source/images/a.png': png,
      'themes/next/source/images/logo.png': png,
      'source/_posts/hello/c.png': png,
      'source/_posts/hello.md': '---\ntitle: A\ndate: 2025-01-01\nthumbnail: /images/logo.png\n---\n\n![a](/images/a.png) ![c](c.png)\n',
    };
    expect(rulesOf((await lint(files)).report)).toEqual([]);
  });
  it('Astro: public/ and a path relative to the post', async () => {
    const files = { 'astro.config.mjs': 'export default {}\n', 'public/og.png': png, 'src/assets/x.png': png, 'src/content/blog/a.md': '---\ntitle: A\n---\n\n![a](/og.png) ![x](../../assets/x.png)\n' };
    expect(rulesOf((await lint(files)).report)).toEqual([]);
  });
});

describe('4. Jekyll\'s `relative_url`/`absolute_url` idiom is understood and never rewritten', () => {
  it('an existing file through the filter: no problem, and --fix changes nothing', async () => {
    const files = { ...JEKYLL, 'assets/img/a b.png': 'PNG', '_posts/2025-01-01-a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\n![a]({{ "/assets/img/a b.png" | relative_url }})\n\n![b]({{ \'/assets/img/a b.png\' | absolute_url }})\n' };
    const { report, root } = await lint(files);
    expect(rulesOf(report)).toEqual([]);
    expect((await runCli(['--fix-dry-run'], root)).stdout).toBe('');
  });
  it('a missing file through the filter is still missing; a case slip is fixed inside the quotes only', async () => {
    const files = { ...JEKYLL, 'assets/img/photo.png': 'PNG', '_posts/2025-01-01-a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\n![a]({{ "/assets/img/Photo.png" | relative_url }})\n\n![b]({{ "/assets/img/gone.png" | relative_url }})\n' };
    const { report, root } = await lint(files);
    expect(rulesOf(report)).toEqual(['6 image-missing', '8 image-missing']);
    await runCli(['--fix'], root);
    const fixed = await fs.readFile(path.join(root, '_posts/2025-01-01-a.md'), 'utf8');
    expect(fixed).toContain('![a]({{ "/assets/img/photo.png" | relative_url }})');
    expect(fixed).toContain('![b]({{ "/assets/img/gone.png" | relative_url }})');
  });
});

describe('5. theme syntax: Chirpy prompts and kramdown attribute lines', () => {
  it('`> text` then `{: .prompt-tip }` is a classed block quote in kramdown', async () => {
    const body = '> An example showing the `tip` type prompt.\n{: .prompt-tip }\n\n![x](/assets/x.png){: width="400" }\n_caption_\n';
    const files = { '_config.yml': 'theme: jekyll-theme-chirpy\n', 'assets/x.png': 'PNG', '_posts/2025-01-01-a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` };
    expect(rulesOf((await lint(files)).report)).toEqual([]);
  });
});

describe('6. pages get page rules only', () => {
  it('Hugo `_index.md`, a top-level page and an about section: no date, no front matter needed', async () => {
    const files = {
      ...HUGO,
      'content/_index.md': 'Welcome.\n',
      'content/posts/_index.md': '---\ntitle: Posts\n---\n',
      'content/search.md': '---\nlayout: search\n---\n',
      'content/about/index.md': 'About me.\n',
      'content/posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\nText.\n',
      'content/posts/b.md': 'No front matter.\n',
    };
    expect(rulesOf((await lint(files)).report)).toEqual(['1 frontmatter-missing']);
  });
  it('a page is still checked for what a page can get wrong (a missing image)', async () => {
    const files = { ...HUGO, 'content/about.md': '---\ntitle: About\n---\n\n![me](/me.png)\n', 'content/posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\nText.\n' };
    expect(rulesOf((await lint(files)).report, 'content/about.md')).toEqual(['5 image-missing']);
  });
});

describe('7. tag case changes only where spellings clash or the theme asks for it', () => {
  const post = (tags: string) => `---\ntitle: A\ndate: 2025-01-01\ntags: ${tags}\n---\n\nText.\n`;
  it('a label readers see keeps its case; a case-only twin in the same post goes', async () => {
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': post('[Spring Security, GAS, useSyncExternalStore]'), '_posts/2025-01-01-b.md': post('[Go, go]') });
    expect(report.problems.map((problem) => `${problem.file} ${problem.ruleId} ${problem.message}`)).toEqual(['_posts/2025-01-01-b.md tags-normalize Write `tags` as `[Go]` (`go` ×).']);
  });
  it('on Chirpy, whose docs ask for lowercase tags, the case is fixed', async () => {
    const { report } = await lint({ '_config.yml': 'theme: jekyll-theme-chirpy\n', '_posts/2025-01-01-a.md': post('[Spring Security]') });
    expect(report.problems.map((problem) => problem.message)).toEqual(['Write `tags` as `[spring security]` (`Spring Security` → `spring security`).']);
  });
  it('Hugo files `Go` and `go` under one term page: no clash across posts', async () => {
    const files = { ...HUGO, 'content/posts/a.md': post('[go]'), 'content/posts/b.md': post('[go]'), 'content/posts/c.md': post('[Go]') };
    expect(rulesOf((await lint(files)).report)).toEqual([]);
  });
});

describe('9. YAML is an error only where the engine\'s parser says so', () => {
  const post = '---\ntitle: A\ndate: 2025-01-01\nexcerpt: "first line\ncontinued at the margin"\ntags: [a]\n---\n\nText.\n';
  it('Jekyll (Psych) and Hexo (js-yaml) read a quoted value continued at the margin: no syntax error, other checks still run', async () => {
    const jekyll = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': post.replace('tags: [a]', 'Tags: [a]') });
    expect(rulesOf(jekyll.report)).toEqual(['6 key-case']);
    const hexo = await lint({ '_config.yml': 't: 1\n', 'package.json': '{"dependencies":{"hexo":"7"}}', 'source/_posts/a.md': post });
    expect(rulesOf(hexo.report)).toEqual([]);
  });
  it('front matter that Psych rejects too is still an error', async () => {
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': '---\ntitle: [unclosed\ndate: 2025-01-01\n---\n\nText.\n' });
    expect(rulesOf(report).some((entry) => entry.endsWith('frontmatter-syntax'))).toBe(true);
  });
});

describe('8. Astro: the content collection schema decides keys and values', () => {
  const config = [
    "import { defineCollection, z } from 'astro:content';",
    'const blog = defineCollection({',
    '  schema: z.object({',
    '    title: z.string(),',
    "    category: z.enum(['dev', 'life']),",
    '    pubDate: z.coerce.date(),',
    '    updated: z.date().optional(),',
    '    tags: z.array(z.string()).default([]),',
    '  }),',
    '});',
    'export const collections = { blog };',
    '',
  ].join('\n');
  const site = (post: string) => ({ 'astro.config.mjs': 'export default {}\n', 'src/content/config.ts': config, 'src/content/blog/a.md': post });
  it('a schema key is never renamed, a coerced date is a date, and a fitting post is clean', async () => {
    const { report, root } = await lint(site("---\ntitle: A\ncategory: dev\npubDate: '2025.12.20'\n---\n\nText.\n"));
    expect(rulesOf(report)).toEqual([]);
    expect((await runCli(['--fix-dry-run'], root)).stdout).toBe('');
  });
  it('what the schema rejects stops the build: a missing key, a value outside the enum, a string for z.date()', async () => {
    const { report } = await lint(site("---\ntitle: A\ncategory: misc\nupdated: '2025-12-20'\n---\n\nText.\n"));
    expect(report.problems.map((problem) => `${problem.line} ${problem.ruleId} ${problem.severity}`)).toEqual(['1 frontmatter-schema error', '3 frontmatter-schema error', '4 frontmatter-schema error']);
    expect(report.problems[0]!.message).toBe('`pubDate` is required by the schema of the `blog` collection: add `pubDate:` to the frontmatter, or `astro build` fails.');
  });
});

describe('Jekyll skips a `_posts` file without a date in its name', () => {
  it('one error that says so, and nothing about keys it would not read anyway', async () => {
    const { report } = await lint({ ...JEKYLL, '_posts/백준 문제 풀이.md': '---\n\n---\n\n#제목\n' });
    expect(report.problems.map((problem) => `${problem.line} ${problem.ruleId} ${problem.message}`)).toEqual([
      '1 post-unpublished Jekyll never publishes `백준 문제 풀이.md`: a file in `_posts/` must be named `YYYY-MM-DD-title.md`; rename it (e.g. `YYYY-MM-DD-백준-문제-풀이.md`).',
    ]);
  });
});

describe('math the renderer hands to MathJax is not markdown', () => {
  it('kramdown `$$…$$` blocks and spans: no emphasis or list findings from LaTeX', async () => {
    const body = ['Real *emphasis* here.', '', '$$', 'x_{i} + y_{j} = z^*', '- a^* b_{1}', '$$', '', 'Inline $$a_{1} + b_{2}$$ too, and *more*.', ''].join('\n');
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` });
    expect(rulesOf(report)).toEqual([]);
  });
});

describe('kramdown\'s `{:toc}` marker and images in HTML comments', () => {
  it('`* 목차` + `{:toc}` is the table of contents, not a bullet list; a commented-out <img> is never loaded', async () => {
    const body = ['* 목차', '{:toc}', '', '- one', '- two', '', '<!-- <img src="./images/old.png"> -->', ''].join('\n');
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` });
    expect(rulesOf(report)).toEqual([]);
  });
});

describe('tag near-duplicates', () => {
  it('a version number is not a typo: `claude-3` next to `claude` is left alone', async () => {
    const post = (tags: string) => `---\ntitle: A\ndate: 2025-01-01\ntags: ${tags}\n---\n\nText.\n`;
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': post('[claude, claude-3]'), '_posts/2025-01-01-b.md': post('[claude]'), '_posts/2025-01-01-c.md': post('[claude]') });
    expect(rulesOf(report)).toEqual([]);
  });
});

describe('display math inside a block quote', () => {
  it('`> $$` … `> $$` stays a quote, and its LaTeX is not emphasis', async () => {
    const body = ['Real *emphasis*.', '', '> 정의:', '> $$', '> \\langle f, g \\rangle = \\int f^* g \\, dx', '> $$', '', 'And _this_ too? No: *this*.', ''].join('\n');
    const { report } = await lint({ ...JEKYLL, '_posts/2025-01-01-a.md': `---\ntitle: A\ndate: 2025-01-01\n---\n\n${body}` });
    expect(rulesOf(report)).toEqual(['13 emphasis-marker']);
  });
});

describe('rules ask the engine, never its name', () => {
  it('no rule (nor the preview) compares the preset or engine name', async () => {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src');
    const inFolder = async (folder: string) => (await fs.readdir(path.join(dir, folder))).map((name) => path.join(dir, folder, name));
    const files = [...(await inFolder('rules')), ...(await inFolder('rule-api')), path.join(dir, 'runner', 'preview.ts'), path.join(dir, 'site', 'permalink.ts'), path.join(dir, 'post', 'images.ts'), path.join(dir, 'post', 'image-url.ts')];
    const offenders: string[] = [];
    for (const file of files) {
      const text = await fs.readFile(file, 'utf8');
      text.split('\n').forEach((line, index) => {
        if (/(?:preset|engine)\.name\s*(?:===|!==|==|!=|\])|\[\s*context\.(?:preset|engine)\.name\s*\]/.test(line)) offenders.push(`${path.basename(file)}:${index + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});

describe('MDX has no indented code blocks', () => {
  it('an indented JSX line next to fenced code is no code-block-style finding in a .mdx post', async () => {
    const body = ['<Details>', '  <Details.Content>', '', '    </Details.Content>', '</Details>', '', '```js', 'x()', '```', ''].join('\n');
    const { report } = await lint({ 'posts/a.mdx': `---\ntitle: A\n---\n\n${body}`, 'posts/b.md': `---\ntitle: B\n---\n\n${body}` });
    expect(rulesOf(report, 'posts/a.mdx')).toEqual([]);
    // The same text as plain markdown: CommonMark does read an indented code block there.
    expect(rulesOf(report, 'posts/b.md').some((entry) => entry.endsWith('code-block-style'))).toBe(true);
  });
});

describe('what the unseen blogs taught (checked with the real engines)', () => {
  it('Jekyll reads a date whose offset is garbled (`+/-0900`) with Ruby Time.parse: no date-invalid; an impossible date still is one', async () => {
    const post = (date: string) => `---\ntitle: A\ndate: ${date}\n---\n\nText.\n`;
    const { report } = await lint({ ...JEKYLL, '_posts/2022-01-14-a.md': post('2022-01-14 15:28:00 +/-0900'), '_posts/2022-01-15-b.md': post('2022-13-45 15:28:00') });
    expect(rulesOf(report)).toEqual(['3 date-invalid']);
    expect(report.problems[0]!.file).toBe('_posts/2022-01-15-b.md');
  });
  it('Hugo: a front matter cover is the theme\'s to load, from static/ (relURL) or assets/ (resources.Get)', async () => {
    const post = (image: string) => `---\ntitle: A\ndate: 2025-01-01\nimage: ${image}\nthumbnail: ${image}\n---\n\nText.\n`;
    const files = { ...HUGO, 'assets/covers/a.png': 'PNG', 'static/images/b.png': 'PNG', 'content/posts/a.md': post('covers/a.png'), 'content/posts/b.md': post('images/b.png'), 'content/posts/c.md': post('images/gone.png') };
    expect(report2(await lint(files))).toEqual(['content/posts/c.md:4 image-missing', 'content/posts/c.md:5 image-missing']);
  });
  it('Hugo and Hexo take no date from a file name: no date-filename-mismatch there', async () => {
    const post = '---\ntitle: A\ndate: 2023-04-24\n---\n\nText.\n';
    expect(rulesOf((await lint({ ...HUGO, 'content/posts/2023-04-23-camp.md': post })).report)).toEqual([]);
    expect(rulesOf((await lint({ '_config.yml': 'title: t\n', 'package.json': '{"dependencies":{"hexo":"7"}}', 'source/_posts/2023-04-23-camp.md': post })).report)).toEqual([]);
  });
});

function report2({ report }: { report: JsonReport }): string[] {
  return report.problems.map((problem) => `${problem.file}:${problem.line} ${problem.ruleId}`);
}
