// The PR comment as GitHub renders it: markdown -> HTML with GFM (tables, autolink literals), raw
// HTML passed through (so anything a post could smuggle in would show up here), then a screenshot
// in headless Chromium for the docs (docs/comment-problems.png, docs/comment-clean.png).
//
// Renderer: remark + remark-gfm + remark-rehype + rehype-stringify when installed; otherwise
// micromark with the GFM extensions (already in node_modules under remark-parse). GFM's
// "tagfilter" (which would defuse `<script>`) is deliberately left out: the comment must be safe
// without relying on GitHub's sanitizer.
import { describe, it, expect } from 'vitest';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { micromark } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnoteHtml } from 'micromark-extension-gfm-footnote';
import { gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough';
import { gfmTableHtml } from 'micromark-extension-gfm-table';
import { gfmTaskListItemHtml } from 'micromark-extension-gfm-task-list-item';
import { makeBlog, projectRoot } from './helpers.js';
import { lintBlog } from './fixtures/comment/build.js';
import { formatPullRequestComment } from '../src/report/comment.js';
import type { Report } from '../src/engine/types.js';

const MARKER = '<!-- blog-post-lint:summary -->';
const LINK_BASE = 'https://github.com/jiwoo-dev/jiwoo-dev.github.io/blob/4f2c9e1d0b7a6c5e3f8a9b0c1d2e3f4a5b6c7d8e/';
const CLEAN_BLOG = path.join(projectRoot, 'test', 'fixtures', 'comment', 'clean-blog');

const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate): candidate is string => !!candidate && existsSync(candidate));
const NO_CHROMIUM = 'headless Chromium not found (/usr/bin/chromium; set CHROMIUM=<path>, or `apt-get install chromium`): skipping the screenshots';

async function renderGfm(markdown: string): Promise<{ html: string; renderer: string }> {
  try {
    // Not dependencies (yet): a variable specifier keeps TypeScript and the bundler from resolving them.
    const load = (name: string) => import(name) as Promise<{ default: unknown }>;
    const [{ remark }, remarkGfm, remarkRehype, rehypeStringify] = await Promise.all([import('remark'), import('remark-gfm'), load('remark-rehype'), load('rehype-stringify')]);
    const processor = remark()
      .use(remarkGfm.default)
      .use(remarkRehype.default as never, { allowDangerousHtml: true })
      .use(rehypeStringify.default as never, { allowDangerousHtml: true });
    return { html: String(await processor.process(markdown)), renderer: 'remark-rehype' };
  } catch {
    const html = micromark(markdown, {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmAutolinkLiteralHtml(), gfmFootnoteHtml(), gfmStrikethroughHtml(), gfmTableHtml(), gfmTaskListItemHtml()],
    });
    return { html, renderer: 'micromark' };
  }
}

/** Rows of every table, each row as its number of cells. */
function tableShapes(html: string): number[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) => [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => (row[1]!.match(/<t[dh][\s>]/g) ?? []).length));
}

/** What a reader sees: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_w, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_w, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The checks every rendered comment passes. */
function expectSafe(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  // The only elements are markdown's and ours.
  const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((match) => match[1]));
  for (const tag of tags) expect(['h2', 'h3', 'p', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'ul', 'li', 'details', 'summary', 'b', 'sub']).toContain(tag);
  // Every link goes to the head commit: no link from post content, no autolinked URL.
  for (const match of html.matchAll(/<a href="([^"]*)"/g)) expect(match[1]!.startsWith(LINK_BASE)).toBe(true);
  // Problem tables have 4 cells a row, preview cards 2.
  for (const rows of tableShapes(html)) {
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows).size).toBe(1);
    expect([2, 4]).toContain(rows[0]);
  }
}

const CSS = `
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", Helvetica, Arial, sans-serif; color: #1f2328; }
.timeline { padding: 16px 24px; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; max-width: 940px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; padding: 8px 16px; color: #59636e; }
.comment-header b { color: #1f2328; }
.label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 4px; }
.markdown-body { padding: 16px; word-wrap: break-word; }
.markdown-body > *:first-child { margin-top: 0; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0b3; padding-bottom: .3em; margin: 24px 0 16px; font-weight: 600; }
h3 { font-size: 1.25em; margin: 24px 0 16px; font-weight: 600; }
p, ul, table, details { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: #818b981f; border-radius: 6px; padding: .2em .4em; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th { font-weight: 600; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
tr:nth-child(2n) { background: #f6f8fa; }
ul { padding-left: 2em; }
ul ul { margin: 0; }
li + li { margin-top: .25em; }
summary { cursor: pointer; }
details > summary { margin-bottom: 8px; }
sub { color: #59636e; }
`;

function page(html: string): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="timeline"><div class="comment"><div class="comment-header"><b>github-actions</b> <span class="label">bot</span> commented now</div><div class="markdown-body">${html}</div></div></div></body></html>`;
}

async function screenshot(html: string, output: string): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-shot-'));
  try {
    const file = path.join(dir, 'comment.html');
    await fs.writeFile(file, page(html));
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(dir, 'profile')}`, '--hide-scrollbars', `--screenshot=${output}`, '--window-size=1000,1400', `file://${file}`];
    await promisify(execFile)(CHROMIUM!, flags, { timeout: 90_000 });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  const png = await fs.readFile(output);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 1400]);
}

async function scenarios(): Promise<Record<'problems' | 'clean', Report>> {
  const problems = await lintBlog(path.join(projectRoot, 'examples', 'blog'));
  const clean = await lintBlog(CLEAN_BLOG, { lang: 'ko' });
  return { problems, clean };
}

describe('the comment rendered as GitHub-flavoured markdown', () => {
  it('examples/blog: safe HTML, 4-cell problem rows, a 2-cell card, links at the head commit', async () => {
    const { problems } = await scenarios();
    const { html } = await renderGfm(formatPullRequestComment(problems, { marker: MARKER, linkBase: LINK_BASE }));
    expectSafe(html);
    expect(tableShapes(html).map((rows) => [rows[0], rows.length])).toEqual([
      [4, 7],
      [4, 6],
      [4, 4],
      [4, 2],
      [2, 8],
    ]);
    expect(html).toContain(`<a href="${LINK_BASE}_posts/2025-02-18-hackathon-retrospective.md#L19">19</a>`);
    expect(html).toContain('<code>/posts/github-actions-npm-cache/</code>');
  });

  it('the clean two-post blog (Korean and English posts, Korean comment): two cards and nothing else', async () => {
    const { clean } = await scenarios();
    expect(clean.files.map((file) => file.problems.length)).toEqual([0, 0]);
    const { html } = await renderGfm(formatPullRequestComment(clean, { marker: MARKER, linkBase: LINK_BASE }));
    expectSafe(html);
    expect(tableShapes(html).map((rows) => [rows[0], rows.length])).toEqual([
      [2, 8],
      [2, 7],
    ]);
    const text = visibleText(html);
    expect(text).toContain('✅ 글 2개를 검사했고 문제가 없습니다.');
    expect(text).toContain('사이드 프로젝트 CI 시간을 절반으로 줄인 이야기 · 2025-03-03 21:00 +09:00');
    expect(text).toContain('Notes on Redis cache-aside with Spring Boot · 2025-04-10 09:30 +09:00');
    expect(html).toMatch(/<td align="left">주소<\/td>\n<td align="left"><code>\/posts\/ci-cache\/<\/code><\/td>/);
  });

  it('hostile content renders as the text it is: no element, mention, reference or link from it', async () => {
    const title = '<img src=x onerror=alert(1)> @octocat Closes #1 | a';
    const root = await makeBlog({
      '_config.yml': 'timezone: Asia/Seoul\n',
      '_posts/2025-03-03-x.md': `---\ntitle: "${title}"\ndate: 2025-03-03 21:00:00 +0900\ntags: ["a|b", "<script>x</script>"]\ndescription: "[click](https://evil.example) https://evil.example ![i](/i.png)"\n---\n\n## \\<script\\>alert(1)\\</script\\>\n\nBody.\n`,
      '_posts/2025-03-04-y.md': `---\ntitle: "${title}"\ndate: 2025-03-04 21:00:00 +0900\n---\n\n# \\<img src=x onerror=alert(1)\\> @octocat Closes #1 | a\n\nBody.\n`,
    });
    const { html, renderer } = await renderGfm(formatPullRequestComment(await lintBlog(root), { marker: MARKER, linkBase: LINK_BASE }));
    expect(['micromark', 'remark-rehype']).toContain(renderer);
    expectSafe(html);
    const text = visibleText(html);
    // The reader sees the title as written, with a zero-width space after `@` and `#`.
    expect(text).toContain('<img src=x onerror=alert(1)> @\u200boctocat Closes #\u200b1 | a');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toMatch(/@octocat|#1\b/);
  });

  it.skipIf(!CHROMIUM)(CHROMIUM ? 'screenshots in headless Chromium: docs/comment-problems.png, docs/comment-clean.png' : NO_CHROMIUM, async () => {
    const { problems, clean } = await scenarios();
    // The committed screenshots change only on request (UPDATE_SCREENSHOTS=1): a test run leaves the tree clean.
    const out = process.env.UPDATE_SCREENSHOTS ? path.join(projectRoot, 'docs') : await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-shots-'));
    await fs.mkdir(out, { recursive: true });
    await screenshot((await renderGfm(formatPullRequestComment(problems, { marker: MARKER, linkBase: LINK_BASE }))).html, path.join(out, 'comment-problems.png'));
    await screenshot((await renderGfm(formatPullRequestComment(clean, { marker: MARKER, linkBase: LINK_BASE }))).html, path.join(out, 'comment-clean.png'));
  });
});

if (!CHROMIUM) console.warn(`comment-render.test.ts: ${NO_CHROMIUM}.`);
