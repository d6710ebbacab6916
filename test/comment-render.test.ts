// The PR comment as GitHub renders it: markdown -> HTML with GFM (tables, autolink literals), raw
// HTML passed through (so anything a post could smuggle in would show up here), then in headless
// Chromium at the width of a PR conversation's comment (test/browser.ts), with the Noto CJK fonts:
// no short text (a header, a label, a line number, a rule id) may wrap, in English or Korean. The
// screenshots in docs/ are these renderings (`npm run docs:screenshots` rewrites them).
//
// GFM's "tagfilter" (which would defuse `<script>`) is deliberately left out: the comment must be
// safe without relying on GitHub's sanitizer.
import { describe, it, expect } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeBlog, projectRoot } from './helpers.js';
import { lintBlog } from './fixtures/comment/build.js';
import { CHROMIUM, COMMENT_WIDTH, measureComments, NO_BROWSER, pngSize, renderGfm, screenshotComment, visibleText, type Measure } from './browser.js';
import { formatPullRequestComment } from '../src/report/comment.js';
import { TOOL_URL } from '../src/core/version.js';
import type { Report } from '../src/core/types.js';

const MARKER = '<!-- blog-post-lint:summary -->';
const LINK_BASE = 'https://github.com/jiwoo-dev/jiwoo-dev.github.io/blob/4f2c9e1d0b7a6c5e3f8a9b0c1d2e3f4a5b6c7d8e/';
const CLEAN_BLOG = path.join(projectRoot, 'test', 'fixtures', 'comment', 'clean-blog');
const WIDE_BLOG = path.join(projectRoot, 'test', 'fixtures', 'comment', 'wide-blog');

/** Rows of every table, each row as its number of cells. */
function tableShapes(html: string): number[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) => [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => (row[1]!.match(/<t[dh][\s>]/g) ?? []).length));
}

/** The checks every rendered comment passes. */
function expectSafe(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  // The only elements are markdown's and ours.
  const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((match) => match[1]));
  for (const tag of tags) expect(['h2', 'h3', 'p', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'ul', 'li', 'details', 'summary', 'b', 'sub', 'br']).toContain(tag);
  // Every link goes to the head commit or to a rule's docs: no link from post content, no autolinked URL.
  for (const match of html.matchAll(/<a href="([^"]*)"/g)) expect(match[1]!.startsWith(LINK_BASE) || /^https:\/\/github\.com\/blog-post-lint\/blog-post-lint#[a-z0-9-]+$/.test(match[1]!)).toBe(true);
  // Problem tables have 2 cells a row (cards are lists).
  for (const rows of tableShapes(html)) {
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows)).toEqual(new Set([2]));
  }
}

async function scenarios(): Promise<Record<'problems' | 'clean' | 'wideKo' | 'wideEn', Report>> {
  return {
    problems: await lintBlog(path.join(projectRoot, 'examples', 'blog')),
    clean: await lintBlog(CLEAN_BLOG, { lang: 'ko' }),
    wideKo: await lintBlog(WIDE_BLOG, { lang: 'ko' }),
    wideEn: await lintBlog(WIDE_BLOG, { lang: 'en' }),
  };
}

const comment = (report: Report) => formatPullRequestComment(report, { marker: MARKER, linkBase: LINK_BASE });

describe('the comment rendered as GitHub-flavoured markdown', () => {
  it('examples/blog: safe HTML, 2-cell problem rows, a card, links at the head commit', async () => {
    const { problems } = await scenarios();
    const html = renderGfm(comment(problems));
    expectSafe(html);
    // Rows per post (header included): key-case on lines 2-4 is one row, alt-placeholder on 15 and 29 one.
    expect(tableShapes(html).map((rows) => rows.length)).toEqual([6, 4, 4, 2]);
    expect(html).toContain(`<a href="${LINK_BASE}_posts/2025-02-18-hackathon-retrospective.md#L19">19</a>`);
    expect(html).toContain(`<sub><a href="${TOOL_URL}#key-case"><code>key-case</code></a> · also on lines <a href="${LINK_BASE}_posts/2025-02-18-hackathon-retrospective.md#L3">3</a>, <a href="${LINK_BASE}_posts/2025-02-18-hackathon-retrospective.md#L4">4</a></sub>`);
    expect(html).toContain('<li><strong>URL</strong>: <code>/posts/github-actions-npm-cache/</code></li>');
  });

  it('the clean two-post blog (Korean and English posts, Korean comment): two cards and nothing else', async () => {
    const { clean } = await scenarios();
    expect(clean.files.map((file) => file.problems.length)).toEqual([0, 0]);
    const html = renderGfm(comment(clean));
    expectSafe(html);
    expect(tableShapes(html)).toEqual([]);
    expect(html.match(/<details open>/g)).toHaveLength(2);
    const text = visibleText(html);
    expect(text).toContain('✅ 글 2개를 검사했고 문제가 없습니다.');
    expect(text).toContain('사이드 프로젝트 CI 시간을 절반으로 줄인 이야기 · 2025-03-03 21:00 +09:00');
    expect(text).toContain('Notes on Redis cache-aside with Spring Boot · 2025-04-10 09:30 +09:00');
    expect(html).toContain('<li><strong>주소</strong>: <code>/posts/ci-cache/</code></li>');
  });

  it('the wide blog: twelve images without alt text are one row with their lines', async () => {
    const { wideKo } = await scenarios();
    const post = wideKo.files.find((file) => file.file.includes('jeju'))!;
    expect(post.problems.filter((problem) => problem.ruleId === 'image-alt-missing')).toHaveLength(12);
    const html = renderGfm(comment(wideKo));
    expectSafe(html);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => row[1]!).filter((row) => row.includes('image-alt-missing'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.match(/#L\d+"/g)).toHaveLength(12);
  });

  it('hostile content renders as the text it is: no element, mention, reference or link from it', async () => {
    const title = '<img src=x onerror=alert(1)> @octocat Closes #1 | a';
    const root = await makeBlog({
      '_config.yml': 'timezone: Asia/Seoul\n',
      '_posts/2025-03-03-x.md': `---\ntitle: "${title}"\ndate: 2025-03-03 21:00:00 +0900\ntags: ["a|b", "<script>x</script>"]\ndescription: "[click](https://evil.example) https://evil.example ![i](/i.png)"\n---\n\n## \\<script\\>alert(1)\\</script\\>\n\nBody.\n`,
      '_posts/2025-03-04-y.md': `---\ntitle: "${title}"\ndate: 2025-03-04 21:00:00 +0900\n---\n\n# \\<img src=x onerror=alert(1)\\> @octocat Closes #1 | a\n\nBody.\n`,
    });
    const html = renderGfm(comment(await lintBlog(root)));
    expectSafe(html);
    const text = visibleText(html);
    // The reader sees the title as written, with a zero-width space after `@` and `#`.
    expect(text).toContain('<img src=x onerror=alert(1)> @\u200boctocat Closes #\u200b1 | a');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toMatch(/@octocat|#1\b/);
  });
});

/** Everything that wrapped although it must not. */
function wrapped(measure: Measure) {
  return measure.items.filter((item) => item.lines !== 1);
}

describe.skipIf(!CHROMIUM)(`in headless Chromium at a PR comment's width (${COMMENT_WIDTH} px)`, () => {
  it('nothing short wraps, in English or Korean: headers, line cells, rule ids, card labels', async () => {
    const all = Object.entries(await scenarios());
    const measures = await measureComments(all.map(([, report]) => ({ markdown: comment(report), lang: report.lang })));
    for (const [index, [name]] of all.entries()) {
      const measure = measures[index]!;
      expect(measure.contentWidth, name).toBe(COMMENT_WIDTH);
      expect(wrapped(measure), name).toEqual([]);
      // Nothing scrolls sideways either.
      for (const table of measure.tables) expect(table.width, name).toBeLessThanOrEqual(table.shown);
    }
    // The Korean labels the issue saw broken ("카테고/리", "읽는 시/간", "오/류") and the long rule ids are among those measured.
    const texts = measures[all.findIndex(([name]) => name === 'wideKo')]!.items.map((item) => item.text);
    for (const label of ['카테고리', '읽는 시간', '본문 이미지', '줄', '문제', 'no-blockquote-without-marker', 'title-heading-duplicate', 'image-alt-missing']) expect(texts).toContain(label);
  });

  it('screenshots show the whole comment (docs/comment-problems.png, docs/comment-clean.png)', async () => {
    const { problems, clean } = await scenarios();
    const shots = [['comment-problems.png', problems], ['comment-clean.png', clean]] as const;
    const measures = await measureComments(shots.map(([, report]) => ({ markdown: comment(report), lang: report.lang })));
    // `npm run docs:screenshots` sets UPDATE_SCREENSHOTS=1 to rewrite docs/; a test run leaves the tree clean.
    const out = process.env.UPDATE_SCREENSHOTS ? path.join(projectRoot, 'docs') : await fs.mkdtemp(path.join(os.tmpdir(), 'bpl-shots-'));
    try {
      for (const [index, [name, report]] of shots.entries()) {
        const file = path.join(out, name);
        await screenshotComment(comment(report), report.lang, file, measures[index]!);
        // The image is the page: the whole comment, not a window's worth of it.
        expect(await pngSize(file)).toEqual({ width: measures[index]!.width, height: measures[index]!.height });
      }
    } finally {
      if (!process.env.UPDATE_SCREENSHOTS) await fs.rm(out, { recursive: true, force: true });
    }
  });
});

if (NO_BROWSER) console.warn(`comment-render.test.ts: ${NO_BROWSER}: skipping the layout checks and screenshots.`);
