// body-h1: an H1 in the body of a post whose layout already prints the title as the page's <h1>.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog, runCli } from '../../helpers.js';

const RULE = 'body-h1';
const POST = '_posts/2025-01-01-hello.md';
const FM = '---\ntitle: Hello\ndate: 2025-01-01\n---\n';
const TITLE_LAYOUT = { '_layouts/post.html': '---\nlayout: default\n---\n<article><h1 class="post-title">{{ page.title | escape }}</h1>{{ content }}</article>', '_layouts/default.html': '{{ content }}' };
const CONFIG = 'title: t\ndefaults:\n  - scope: {path: ""}\n    values: {layout: post}\n';

async function run(files: Record<string, string>, argv: string[] = []) {
  const root = await makeBlog({ '_config.yml': CONFIG, ...files });
  const { report } = await lintJson(argv, root);
  return { root, found: report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => ({ line: problem.line, severity: problem.severity, message: problem.message })) };
}

describe('body-h1', () => {
  it('reports a body H1 when the post layout prints the title in an <h1>', async () => {
    const { found } = await run({ ...TITLE_LAYOUT, [POST]: `${FM}Intro.\n\n# Setup\n\n### Details\n\nText.\n` });
    expect(found).toEqual([{ line: 7, severity: 'warning', message: 'The theme already prints the title as the page\'s H1, so this `# Setup` makes a second one; make it `## Setup`.' }]);
  });

  it('--fix demotes the one H1 (ATX or setext) when the body has no H2, and nothing else', async () => {
    const { root } = await run({ ...TITLE_LAYOUT, [POST]: `${FM}Intro.\n\nSetup\n=====\n\n### Details\n` });
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, POST), 'utf8')).toBe(`${FM}Intro.\n\nSetup\n-----\n\n### Details\n`);
    const atx = await run({ ...TITLE_LAYOUT, [POST]: `${FM}# Setup #\n\nText.\n` });
    await runCli(['--fix'], atx.root);
    expect(await fs.readFile(path.join(atx.root, POST), 'utf8')).toBe(`${FM}## Setup #\n\nText.\n`);
  });

  it('with several H1s, or an H2 beside the H1, says to restructure and offers no fix', async () => {
    const { root, found } = await run({ ...TITLE_LAYOUT, [POST]: `${FM}# One\n\n## Sub\n\n# Two\n` });
    expect(found.map((problem) => problem.message)).toEqual([
      'The theme already prints the title as the page\'s H1, so this `# One` makes a second one; start the body\'s sections at `##` (demote every heading one level).',
      'The theme already prints the title as the page\'s H1, so this `# Two` makes a second one; start the body\'s sections at `##` (demote every heading one level).',
    ]);
    const before = await fs.readFile(path.join(root, POST), 'utf8');
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, POST), 'utf8')).toBe(before);
  });

  it('leaves an H1 that repeats the title to title-heading-duplicate', async () => {
    const root = await makeBlog({ '_config.yml': CONFIG, ...TITLE_LAYOUT, [POST]: `${FM}# Hello\n\nText.\n` });
    const { report } = await lintJson([], root);
    expect(report.problems.map((problem) => problem.ruleId).filter((id) => id === RULE || id === 'title-heading-duplicate')).toEqual(['title-heading-duplicate']);
  });

  it('is silent when the layout does not print the title as an <h1>, and for code and pages', async () => {
    expect((await run({ '_layouts/post.html': '<h2>{{ page.title }}</h2>{{ content }}', [POST]: `${FM}# Setup\n` })).found).toEqual([]);
    expect((await run({ [POST]: `${FM}# Setup\n` })).found).toEqual([]);
    expect((await run({ ...TITLE_LAYOUT, [POST]: `${FM}\`\`\`sh\n# comment\n\`\`\`\n\n{% highlight python %}\n# comment\n{% endhighlight %}\n` })).found).toEqual([]);
    expect((await run({ ...TITLE_LAYOUT, 'about.md': '---\ntitle: About\nlayout: post\n---\n# Me\n' })).found).toEqual([]);
  });

  it('a post without a layout gets `post` on GitHub Pages (jekyll-default-layout), none with a plain jekyll Gemfile', async () => {
    const layouts = { '_layouts/post.html': '<h1>{{ page.title }}</h1>{{ content }}' };
    expect((await run({ '_config.yml': 'title: t\n', ...layouts, [POST]: `${FM}# Setup\n` })).found.map((problem) => problem.line)).toEqual([5]);
    expect((await run({ '_config.yml': 'title: t\n', Gemfile: 'gem "jekyll", "~> 4.3"\n', ...layouts, [POST]: `${FM}# Setup\n` })).found).toEqual([]);
    expect((await run({ '_config.yml': 'title: t\n', Gemfile: 'gem "github-pages", group: :jekyll_plugins\n', ...layouts, [POST]: `${FM}# Setup\n` })).found.map((problem) => problem.line)).toEqual([5]);
  });

  it('knows Chirpy as a gem theme (no layouts in the repository)', async () => {
    const { found } = await run({ '_config.yml': 'title: t\ntheme: jekyll-theme-chirpy\n', [POST]: `${FM}# Setup\n` });
    expect(found.map((problem) => problem.line)).toEqual([5]);
  });

  it('follows the layout `defaults:` give posts (Minimal Mistakes: `single`) and includes', async () => {
    const { found } = await run({
      '_config.yml': 'title: t\ndefaults:\n  - scope: {path: "", type: posts}\n    values: {layout: single}\n',
      '_layouts/single.html': '{% include page__hero.html %}{{ content }}',
      '_includes/page__hero.html': '<h1 id="page-title" class="page__title">\n  {{ title | default: page.title | markdownify | remove: "<p>" }}\n</h1>',
      [POST]: `${FM}# Setup\n`,
    });
    expect(found.map((problem) => problem.line)).toEqual([5]);
  });

  it('Hugo: reads the section\'s single.html (and its partials) in the site or the theme', async () => {
    const root = await makeBlog({
      'hugo.toml': 'title = "t"\ntheme = "t1"\n',
      'themes/t1/layouts/_default/single.html': '{{ define "main" }}{{ partial "post-header.html" . }}{{ .Content }}{{ end }}',
      'themes/t1/layouts/partials/post-header.html': '<header><h1 class="title">{{ .Title | markdownify }}</h1></header>',
      'layouts/notes/single.html': '{{ define "main" }}<h2>{{ .Title }}</h2>{{ .Content }}{{ end }}',
      'content/posts/a.md': `${FM}# Setup\n`,
      'content/notes/b.md': `${FM}# Setup\n`,
    });
    const { report } = await lintJson([], root);
    expect(report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => problem.file)).toEqual(['content/posts/a.md']);
  });

  it('Hugo: a `# comment` inside the site\'s code shortcode is code; inside one that renders markdown it is an H1', async () => {
    // findstar/hugo-blog: `{{< code html >}}` with `<pre><code>{{ .Inner }}</code></pre>` held YAML
    // comments; Hugo 0.111 publishes them in a <pre>, no <h1>. `markdownify` makes the inside markdown;
    // `code-block` (no template here) is another shortcode, not `code`.
    const root = await makeBlog({
      'hugo.toml': 'title = "t"\ntheme = "t1"\n',
      'layouts/_default/single.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}',
      'layouts/shortcodes/code.html': '<pre>\n<code>{{ .Inner }}</code>\n</pre>',
      'themes/t1/layouts/shortcodes/note.html': '<div class="note">{{ .Inner | markdownify }}</div>',
      'content/posts/a.md': `${FM}Config:\n\n{{< code html >}}\nfilebeat.prospectors:\n\n# Each - is a prospector.\n{{< /code >}}\n\n{{< code-block >}}\n# Shown as H1\n{{< /code-block >}}\n\n{{< note >}}\n# Real heading\n{{< /note >}}\n`,
    });
    const { report } = await lintJson([], root);
    expect(report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => problem.line)).toEqual([14, 18]);
  });

  it('speaks Korean', async () => {
    const { found } = await run({ ...TITLE_LAYOUT, [POST]: `${FM}# 설치\n` }, ['--lang', 'ko']);
    expect(found.map((problem) => problem.message)).toEqual(['테마가 이미 제목을 H1으로 보여 주므로 이 `# 설치`는 두 번째 H1이 됩니다. `## 설치`로 바꾸세요.']);
  });
});
