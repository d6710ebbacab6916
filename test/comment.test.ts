// The pull-request summary comment (src/report/comment.ts): exact structure, links at the head
// commit, escaping of hostile post content, the 65,536-character cap, Korean.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { makeBlog, projectRoot } from './helpers.js';
import { lintBlog } from './fixtures/comment/build.js';
import { COMMENT_LIMIT, commentText, formatPullRequestComment, formatReportMarkdown } from '../src/report/comment.js';
import type { FileResult, PostPreview, Problem, Report, Severity } from '../src/core/types.js';

const MARKER = '<!-- blog-post-lint:summary -->';
const LINK_BASE = 'https://github.com/o/r/blob/0123abc/';

function problem(file: string, line: number, severity: Severity, ruleId: string, message: string): Problem {
  return { file, line, column: 1, endLine: line, endColumn: 2, ruleId, severity, message };
}

function report(files: FileResult[], lang: Report['lang'] = 'en'): Report {
  const all = files.flatMap((file) => file.problems);
  return { tool: { name: 'blog-post-lint', version: '0.1.0' }, preset: 'jekyll', lang, files, errorCount: all.filter((p) => p.severity === 'error').length, warningCount: all.filter((p) => p.severity === 'warning').length };
}

const preview: PostPreview = {
  title: 'All good',
  date: '2025-03-03 21:00 +09:00',
  url: '/posts/ok/',
  categories: ['Dev', 'CI'],
  tags: ['npm', 'ci'],
  readingMinutes: 4,
  words: 1234,
  characters: 5678,
  cover: '/assets/cover.png',
  excerpt: 'Short excerpt.',
  outline: [
    { depth: 2, text: 'Intro' },
    { depth: 3, text: 'Detail' },
    { depth: 2, text: 'End' },
  ],
  images: 2,
};

/** HTML entities back to characters: what a reader (and GitHub's reference/mention filters) sees. */
function decode(markdown: string): string {
  return markdown.replace(/&#(\d+);/g, (_whole, code: string) => String.fromCodePoint(Number(code)));
}

/** Each table (consecutive `|` lines) with its rows' cell-separator counts. */
function tables(markdown: string): number[][] {
  const result: number[][] = [];
  let current: number[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push((line.match(/\|/g) ?? []).length);
    } else if (current) {
      result.push(current);
      current = undefined;
    }
  }
  if (current) result.push(current);
  return result;
}

describe('structure', () => {
  it('is exactly: marker, verdict, problems by post with links at the head commit, then a card per clean post', () => {
    const file = '_posts/2025-01-12-a b.md';
    const body = formatPullRequestComment(
      report([
        { file, problems: [{ ...problem(file, 3, 'error', 'key-case', 'Key `Date` is ignored by the blog engine; write it as `date`.'), fix: { edits: [] } }, problem(file, 9, 'warning', 'image-alt-missing', 'Image `/x.png` has no alt text; describe what it shows.')] },
        { file: '_posts/2025-03-03-ok.md', problems: [], preview },
      ]),
      { marker: MARKER, linkBase: LINK_BASE, omittedInline: 1 },
    );
    expect(body).toBe(
      [
        MARKER,
        '## blog-post-lint',
        '',
        '❌ 1 error and 1 warning in 1 of 2 posts.',
        '',
        '1 of them can be fixed automatically.',
        '',
        'ℹ️ 1 problem was not posted as inline review comments; every problem is in the list below.',
        '',
        '### ❌ [`_posts/2025-01-12-a b.md`](https://github.com/o/r/blob/0123abc/_posts/2025-01-12-a%20b.md) · 1 error, 1 warning',
        '',
        '| Line | Problem |',
        '|---:|:---|',
        '| ❌\u00a0[3](https://github.com/o/r/blob/0123abc/_posts/2025-01-12-a%20b.md#L3) | Key `Date` is ignored by the blog engine; write it as `date`.<br><sub>[`key-case`](https://github.com/blog-post-lint/blog-post-lint#key-case)</sub> |',
        '| ⚠️\u00a0[9](https://github.com/o/r/blob/0123abc/_posts/2025-01-12-a%20b.md#L9) | Image `/x.png` has no alt text; describe what it shows.<br><sub>[`image-alt-missing`](https://github.com/blog-post-lint/blog-post-lint#image-alt-missing)</sub> |',
        '',
        '### ✅ Ready to publish: 1',
        '',
        '<details open>',
        '<summary><b>All good</b> · 2025-03-03 21:00 &#43;09:00</summary>',
        '',
        '- **File**: [`_posts/2025-03-03-ok.md`](https://github.com/o/r/blob/0123abc/_posts/2025-03-03-ok.md)',
        '- **URL**: `/posts/ok/`',
        '- **Categories**: Dev › CI',
        '- **Tags**: `npm` `ci`',
        '- **Reading time**: 4 min · 1,234 words · 5,678 characters',
        '- **Cover**: `/assets/cover.png`',
        '- **Body images**: 2',
        '- **Excerpt**: Short excerpt.',
        '',
        '**Outline**',
        '',
        '- Intro',
        '  - Detail',
        '- End',
        '',
        '</details>',
        '',
        '<sub>blog-post-lint 0.1.0 · preset `jekyll`</sub>',
        '',
      ].join('\n'),
    );
  });

  it('without linkBase: plain paths and line numbers, no links', () => {
    const file = '_posts/x.md';
    const body = formatPullRequestComment(report([{ file, problems: [problem(file, 7, 'warning', 'final-newline', 'A post ends with a line break.')] }]), { marker: MARKER });
    expect(body.split('\n')[0]).toBe(MARKER);
    expect(body).toContain('### ⚠️ `_posts/x.md` · 1 warning\n');
    expect(body).toContain('| ⚠️\u00a07 | A post ends with a line break.<br><sub>[`final-newline`](https://github.com/blog-post-lint/blog-post-lint#final-newline)</sub> |');
    // The only links left are the rule ids' (to their docs).
    expect([...body.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1])).toEqual(['https://github.com/blog-post-lint/blog-post-lint#final-newline']);
  });

  it('a clean run: the ✅ verdict and one card per post, folded when there are more than three', () => {
    const files = [1, 2, 3, 4].map((n) => ({ file: `_posts/2025-01-0${n}-p.md`, problems: [], preview: { ...preview, title: `Post ${n}` } }));
    const body = formatPullRequestComment(report(files), { marker: MARKER });
    expect(body.split('\n').slice(0, 4)).toEqual([MARKER, '## blog-post-lint', '', '✅ 4 posts checked, no problems.']);
    expect(body.match(/<details>\n<summary><b>Post \d<\/b>/g)).toHaveLength(4);
    expect(body).not.toContain('<details open>');
  });

  it('the example blog: its problem posts in order, its one clean post as a card with a Chirpy URL', async () => {
    const result = await lintBlog(path.join(projectRoot, 'examples', 'blog'));
    const body = formatPullRequestComment(result, { marker: MARKER, linkBase: LINK_BASE });
    const sections = [...body.matchAll(/^### (.*)$/gm)].map((match) => match[1]);
    expect(sections).toEqual([
      '❌ [`_posts/2025-01-12-first-spring-boot-deploy.md`](https://github.com/o/r/blob/0123abc/_posts/2025-01-12-first-spring-boot-deploy.md) · 2 errors, 4 warnings',
      '❌ [`_posts/2025-02-18-hackathon-retrospective.md`](https://github.com/o/r/blob/0123abc/_posts/2025-02-18-hackathon-retrospective.md) · 4 errors, 1 warning',
      '❌ [`_posts/2025-04-10-redis-cache-notes.md`](https://github.com/o/r/blob/0123abc/_posts/2025-04-10-redis-cache-notes.md) · 2 errors, 1 warning',
      '❌ [`_posts/2025-05-20-til-docker-compose.md`](https://github.com/o/r/blob/0123abc/_posts/2025-05-20-til-docker-compose.md) · 1 error',
      '✅ Ready to publish: 1',
    ]);
    expect(body).toContain('<summary><b>GitHub Actions에서 npm 캐시로 CI 시간 절반 줄이기</b> · 2025-03-03 21:00 &#43;09:00</summary>');
    expect(body).toContain('- **URL**: `/posts/github-actions-npm-cache/`\n');
    expect(body).toContain('| ❌\u00a0[19](https://github.com/o/r/blob/0123abc/_posts/2025-02-18-hackathon-retrospective.md#L19) | Image `/assets/img/posts/hackathon/Team-Photo.png`');
    // Key-case on lines 2, 3 and 4 is one row: the first message, the other lines under it.
    const keyCase = body.split('\n').filter((line) => line.includes('#key-case)'));
    expect(keyCase).toHaveLength(1);
    expect(keyCase[0]).toMatch(/^\| ❌\u00a0\[2\]\(\S+#L2\) \| Key `Title` is ignored .*<br><sub>\[`key-case`\]\(\S+\) · also on lines \[3\]\(\S+#L3\), \[4\]\(\S+#L4\)<\/sub> \|$/);
    expect(tables(body).every((rows) => rows.every((cells) => cells === rows[0]))).toBe(true);
  });

  it('encodes every path segment of a link, including ( ) | and spaces and Hangul', () => {
    const file = '_posts/2025-03-04-odd|name (draft) 한글.md';
    const body = formatPullRequestComment(report([{ file, problems: [problem(file, 12, 'error', 'image-missing', 'x')] }]), { marker: MARKER, linkBase: LINK_BASE });
    const encoded = '_posts/2025-03-04-odd%7Cname%20%28draft%29%20%ED%95%9C%EA%B8%80.md';
    expect(body).toContain(`[12](${LINK_BASE}${encoded}#L12)`);
    expect(body).toContain(`### ❌ [&#95;posts/2025-03-04-odd&#124;name &#40;draft&#41; 한글.md](${LINK_BASE}${encoded}) · 1 error`);
    // A name that is safe in a code span is shown as code.
    const plain = formatPullRequestComment(report([{ file: '_posts/2025-03-04-a (b).md', problems: [problem('_posts/2025-03-04-a (b).md', 1, 'error', 'image-missing', 'x')] }]), { marker: MARKER, linkBase: LINK_BASE });
    expect(plain).toContain(`### ❌ [\`_posts/2025-03-04-a (b).md\`](${LINK_BASE}_posts/2025-03-04-a%20%28b%29.md) · 1 error`);
  });
});

describe('code in messages', () => {
  it('is a code span when safe, else our own <code> around escaped text: never literal backticks, never a table break', () => {
    const file = '_posts/x.md';
    const message = 'Write `title`, not `a | b`, `<script>` or `@x #1`.';
    const body = formatPullRequestComment(report([{ file, problems: [problem(file, 1, 'warning', 'no-blockquote-without-marker', message)] }]), { marker: MARKER });
    expect(body).toContain('| Write `title`, not <code>a &#124; b</code>, <code>&#60;script&#62;</code> or <code>@\u200bx &#35;\u200b1</code>.<br><sub>');
    expect(tables(body).map((rows) => [...new Set(rows)])).toEqual([[3]]);
  });
});

describe('hostile post content', () => {
  const title = '<img src=x onerror=alert(1)> @octocat Closes #1 | a';

  async function hostileReport() {
    const frontmatter = [
      `title: "${title}"`,
      'date: 2025-03-03 21:00:00 +0900',
      'categories: ["x|y", "[z](https://evil.example)", "GH-3"]',
      'tags: ["a|b", "c | d", "@octocat", "fix #2", "$x$"]',
      'description: "![pwn](https://evil.example/p.png) [click](https://evil.example) www.evil.example https://evil.example/x <script>alert(1)</script>"',
    ].join('\n');
    const clean = `---\n${frontmatter}\n---\n\n## Use \\<script\\>alert(1)\\</script\\> here\n\n## \`<script>\` and @octocat\n\n## - 1. not a list\n\nBody text.\n`;
    // An H1 that repeats the title: `title-heading-duplicate` quotes the title in its message.
    const withProblem = `---\ntitle: "${title}"\ndate: 2025-03-04 21:00:00 +0900\n---\n\n# \\<img src=x onerror=alert(1)\\> @octocat Closes #1 | a\n\nBody.\n`;
    const root = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', '_posts/2025-03-03-hostile.md': clean, '_posts/2025-03-04-hostile|two.md': withProblem });
    return lintBlog(root);
  }

  it('the hostile posts lint as expected: one clean (a card), one with the title quoted in a message', async () => {
    const result = await hostileReport();
    expect(result.files.map((file) => [file.file, file.problems.map((p) => p.ruleId)])).toEqual([
      ['_posts/2025-03-03-hostile.md', []],
      ['_posts/2025-03-04-hostile|two.md', ['title-heading-duplicate']],
    ]);
    expect(result.files[0]!.preview!.title).toBe(title);
    expect(result.files[0]!.preview!.outline.map((heading) => heading.text)).toEqual(['Use <script>alert(1)</script> here', '<script> and @octocat', '- 1. not a list']);
    expect(result.files[1]!.problems[0]!.message).toContain(title);
  });

  it('leaves no HTML, live mention, issue reference, link, image, autolink, math or extra table cell', async () => {
    const body = formatPullRequestComment(await hostileReport(), { marker: MARKER, linkBase: LINK_BASE });
    const text = decode(body);
    // No HTML from posts: the only tags are ours.
    expect(body).not.toMatch(/<img/i);
    expect(body).not.toMatch(/<script/i);
    expect([...new Set(body.match(/<\/?[a-z]+[^>]*>/gi))].sort()).toEqual(['</b>', '</details>', '</sub>', '</summary>', '<b>', '<br>', '<details open>', '<sub>', '<summary>']);
    // No live @mention: the reader sees "@", a zero-width space, then the name.
    expect(text).not.toMatch(/@octocat/);
    expect(text).toContain('@\u200boctocat');
    // No `#1`, `fix #2`, `GH-3` reference: a zero-width space follows `#` and `GH-`.
    expect(text).not.toMatch(/#\d|GH-\d/);
    expect(text).toContain('Closes #\u200b1');
    // No markdown link or image, no autolink literal, no math from posts; the only links are ours.
    expect(body).not.toContain('](https://evil');
    expect(text).not.toMatch(/https:\/\/evil|www\.evil/);
    expect(body).not.toMatch(/(?<!&#)\$/);
    expect([...body.matchAll(/\]\(([^)]*)\)/g)].every((match) => match[1]!.startsWith(LINK_BASE) || match[1]!.startsWith('https://github.com/blog-post-lint/blog-post-lint#'))).toBe(true);
    // The problem table keeps its shape: 2 columns (the card is a list).
    const shapes = tables(body).map((rows) => [...new Set(rows)]);
    expect(shapes).toEqual([[3]]);
    // Every line of the outline is one list item, even for a heading that starts with "- 1.".
    expect(body).toContain('- &#45; 1. not a list');
    expect(body).toContain('/_posts/2025-03-04-hostile%7Ctwo.md#L6)');
  });

  it('commentText: the escaping on top of markdownText', () => {
    expect(commentText('see #12, o/r#3 and GH-4')).toBe('see &#35;\u200b12, o/r&#35;\u200b3 and GH-\u200b4');
    expect(commentText('https://x.io and www.x.io')).toBe('https:\u200b//x.io and www\u200b.x.io');
    expect(commentText('$a$ @b')).toBe('&#36;a&#36; @\u200bb');
    expect(commentText('a\r\nb\tc')).toBe('a b c');
    expect(commentText('x'.repeat(20), 10)).toBe('x'.repeat(9) + '…');
  });
});

describe('one rule repeated in one post', () => {
  const file = '_posts/2025-01-12-gallery.md';
  const images = Array.from({ length: 26 }, (_, i) => problem(file, 10 + i * 2, 'warning', 'image-alt-missing', `Image \`/assets/img/${i}.png\` has no alt text; describe what it shows.`));

  it('shares one row: the first finding\'s message, the rule, and the other lines (20 at most, then a count)', () => {
    const body = formatPullRequestComment(report([{ file, problems: [problem(file, 3, 'error', 'key-case', 'Key `Date` is ignored'), ...images] }]), { marker: MARKER, linkBase: LINK_BASE });
    const rows = body.split('\n').filter((line) => line.startsWith('| ❌') || line.startsWith('| ⚠️'));
    expect(rows).toHaveLength(2);
    const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `[${12 + (from + i) * 2 - 2}](${LINK_BASE}${file}#L${12 + (from + i) * 2 - 2})`).join(', ');
    expect(rows[1]).toBe(
      `| ⚠️\u00a0[10](${LINK_BASE}${file}#L10) | Image \`/assets/img/0.png\` has no alt text; describe what it shows.<br><sub>[\`image-alt-missing\`](https://github.com/blog-post-lint/blog-post-lint#image-alt-missing) · also on lines ${lines(1, 20)}, 5 more</sub> |`,
    );
    // The post's header still counts every finding.
    expect(body).toContain(' · 1 error, 26 warnings\n');
  });

  it('in Korean', () => {
    const body = formatPullRequestComment(report([{ file, problems: images.slice(0, 2) }], 'ko'), { marker: MARKER });
    expect(body).toContain('| ⚠️\u00a010 | Image `/assets/img/0.png` has no alt text; describe what it shows.<br><sub>[`image-alt-missing`](https://github.com/blog-post-lint/blog-post-lint#image-alt-missing) · 12번 줄에도 있음</sub> |');
  });

  it('a cut row counts all of its findings in the note', () => {
    const full = formatPullRequestComment(report([{ file, problems: images }]), { marker: MARKER });
    const cut = formatPullRequestComment(report([{ file, problems: images }]), { marker: MARKER, limit: full.length - 100 });
    expect(cut).toContain(': 26 warnings not shown here.');
  });
});

describe('the job summary surface', () => {
  it('is held to 1 MiB in UTF-8 bytes, and its note points to the JSON report only', () => {
    const file = '_posts/한글.md';
    // Hangul is 3 bytes a character in UTF-8: 60,000 characters of messages would pass a character count.
    const problems = Array.from({ length: 300 }, (_, i) => problem(file, i + 1, 'error', `rule-${i}`, '가'.repeat(600)));
    const body = formatReportMarkdown(report([{ file, problems }], 'ko'), { surface: 'summary', limit: 100_000 });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(100_000);
    expect(body.length).toBeLessThan(40_000);
    expect(body).toMatch(/✂️ GitHub 작업 요약 크기 제한\(100,000바이트\)에 맞추느라 오류 \d+개를 여기서 생략했습니다\. 모든 문제는 JSON 보고서에 있습니다\./);
    expect(formatReportMarkdown(report([{ file, problems }], 'ko'), { surface: 'summary' })).not.toContain('✂️');
  });
});

describe('the 65,536-character cap', () => {
  /** `files` posts with `per` problems each, alternating error/warning, plus `clean` clean posts. */
  function big(files: number, per: number, clean: number, lang: Report['lang'] = 'en'): Report {
    const results: FileResult[] = [];
    for (let f = 0; f < files; f++) {
      const file = `_posts/2025-01-${String(f + 1).padStart(2, '0')}-post-number-${f}.md`;
      results.push({
        file,
        problems: Array.from({ length: per }, (_, i) =>
          // A rule per problem: one rule's repeats in a post would share a row.
          problem(file, i + 1, i % 2 === 0 ? 'error' : 'warning', `image-missing-${i}`, `Image \`/assets/img/posts/${f}/picture-${i}.png\` is not in the repository | <b>${i}</b> @someone #${i}; check the path and its case.`),
        ),
      });
    }
    for (let c = 0; c < clean; c++) results.push({ file: `_posts/2025-02-01-clean-${c}.md`, problems: [], preview: { ...preview, title: `Clean ${c}` } });
    return report(results, lang);
  }

  const rowsOf = (body: string, icon: string) => body.split('\n').filter((line) => line.startsWith(`| ${icon}\u00a0`)).length;

  it('2,000 problems stay under 65,536 characters, whole rows only, errors first, with a note', () => {
    const body = formatPullRequestComment(big(40, 50, 10), { marker: MARKER, linkBase: LINK_BASE });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 2_000);
    expect(body.split('\n')[0]).toBe(MARKER);
    for (const line of body.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith(' |') || line.endsWith('---|')).toBe(true);
    const errors = rowsOf(body, '❌');
    const warnings = rowsOf(body, '⚠️');
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(1000);
    expect(warnings).toBe(0); // errors outrank warnings: none is shown while an error is cut
    expect(body).not.toContain('<details');
    expect(body).toContain(`✂️ Cut to stay under GitHub's 65,536-character comment limit: ${1000 - errors} errors, 1000 warnings, 10 preview cards not shown here.`);
    expect(body).toContain('❌ 1000 errors and 1000 warnings in 40 of 50 posts.');
  });

  it('drops the preview cards first, then warnings', () => {
    const small = big(2, 6, 3);
    const full = formatPullRequestComment(small, { marker: MARKER });
    expect(full).not.toContain('✂️');
    const cardsCut = formatPullRequestComment(small, { marker: MARKER, limit: full.length - 1 });
    expect(cardsCut.length).toBeLessThan(full.length);
    expect(rowsOf(cardsCut, '⚠️')).toBe(6);
    expect(cardsCut).toMatch(/✂️ Cut to stay under GitHub's [\d,]+-character comment limit: [123] preview cards? not shown here\./);
    const noCards = formatPullRequestComment(big(2, 6, 0), { marker: MARKER });
    const warningsCut = formatPullRequestComment(small, { marker: MARKER, limit: noCards.length - 1 });
    expect(warningsCut).toMatch(/: 1 warnings, 3 preview cards not shown here\./);
    expect(warningsCut.length).toBeLessThanOrEqual(noCards.length - 1);
  });

  it('in Korean: Hangul verdict, labels and note', () => {
    const body = formatPullRequestComment(big(40, 50, 10, 'ko'), { marker: MARKER });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('❌ 글 50개 중 40개에서 오류 1000개, 경고 1000개를 찾았습니다.');
    expect(body).toContain('| 줄 | 문제 |');
    expect(body).toMatch(/✂️ GitHub 댓글 길이 제한\(65,536자\)에 맞추느라 오류 \d+개, 경고 1000개, 미리보기 카드 10개를 여기서 생략했습니다\./);
    const clean = formatPullRequestComment(report([{ file: '_posts/a.md', problems: [], preview }], 'ko'), { marker: MARKER });
    expect(clean).toContain('✅ 글 1개를 검사했고 문제가 없습니다.');
    expect(clean).toContain('### ✅ 게시 준비가 된 글: 1');
    expect(clean).toContain('- **읽는 시간**: 4분 · 1,234단어 · 5,678자\n');
    expect(clean).toMatch(/[\uac00-\ud7a3]/);
  });
});

describe('the fix-commit line (fix: commit)', () => {
  const withProblem = report([{ file: '_posts/a.md', problems: [problem('_posts/a.md', 2, 'error', 'key-case', 'Key `Tags` is ignored')] }]);
  const line = (body: string) => body.split('\n').find((text) => text.startsWith('🔧'));

  it('names the fixed posts (five at most) and links the commit', () => {
    const posts = Array.from({ length: 7 }, (_, i) => `_posts/2025-01-0${i + 1}-p.md`);
    const body = formatPullRequestComment(withProblem, { marker: MARKER, fixCommit: { sha: 'a'.repeat(40), url: 'https://github.com/o/r/commit/' + 'a'.repeat(40), posts } });
    expect(line(body)).toBe(
      '🔧 The automatic fixes of `_posts/2025-01-01-p.md`, `_posts/2025-01-02-p.md`, `_posts/2025-01-03-p.md`, `_posts/2025-01-04-p.md`, `_posts/2025-01-05-p.md`, 2 more posts were pushed as commit [`aaaaaaa`](https://github.com/o/r/commit/' +
        'a'.repeat(40) +
        '); their problems below that have a fix are fixed there.',
    );
  });

  it('escapes a post name that is not safe in a code span, and links nothing that is not an https URL with a hex SHA', () => {
    const body = formatPullRequestComment(report(withProblem.files, 'ko'), { marker: MARKER, fixCommit: { sha: 'not-a-sha', url: 'javascript:alert(1)', posts: ['_posts/`<b>x</b>`.md'] } });
    expect(line(body)).not.toContain('<b>');
    expect(line(body)).not.toContain('javascript:');
    expect(line(body)).toContain('커밋 `commit`으로 올렸습니다');
  });
});

describe('the publication line of a card', () => {
  const line = (publication: PostPreview['publication'], lang: Report['lang'] = 'en') => {
    const body = formatPullRequestComment(report([{ file: '_posts/2025-03-03-ok.md', problems: [], preview: { ...preview, ...(publication ? { publication } : {}) } }], lang), { marker: MARKER });
    // As GitHub shows it: the escaping's entities (`&#40;`) read as the characters they stand for.
    const found = body.split('\n').find((text) => text.startsWith(lang === 'ko' ? '- **게시**' : '- **Publication**'));
    return found === undefined ? undefined : decode(found);
  };

  it('says what the engine does, in English', () => {
    expect(line({ state: 'published', engine: 'Jekyll' })).toBe('- **Publication**: published when merged');
    expect(line({ state: 'published', engine: 'Jekyll', key: 'draft' })).toBe('- **Publication**: published when merged (Jekyll does not read `draft: true`)');
    expect(line({ state: 'future', engine: 'Jekyll', when: '2026-12-01 09:00 KST', siteZone: true })).toBe("- **Publication**: hidden until 2026-12-01 09:00 KST (the site's time zone): a build after that time publishes it");
    expect(line({ state: 'future', engine: 'Hugo', when: '2026-12-01 00:00 UTC', siteZone: false, scheduledBuild: '0 0 * * *' })).toBe('- **Publication**: hidden until 2026-12-01 00:00 UTC (UTC: the site sets no time zone): the scheduled build (`0 0 * * *`) after that time publishes it');
    expect(line({ state: 'draft', engine: 'Jekyll', cause: 'drafts-folder' })).toBe('- **Publication**: draft: not published (in `_drafts/`)');
    expect(line({ state: 'draft', engine: 'Hugo', cause: 'draft' })).toBe('- **Publication**: draft: not published (`draft: true`)');
    expect(line({ state: 'expired', engine: 'Hugo', when: '2026-06-01 00:00 UTC', siteZone: false })).toBe('- **Publication**: expired on 2026-06-01 00:00 UTC (UTC: the site sets no time zone): not published');
    expect(line({ state: 'unknown', engine: 'Astro', key: 'draft' })).toBe("- **Publication**: `draft: true`: whether it is published is up to the site's code");
    expect(line(undefined)).toBeUndefined();
  });

  it('and in Korean', () => {
    expect(line({ state: 'published', engine: 'Jekyll' }, 'ko')).toBe('- **게시**: 병합하면 게시됨');
    expect(line({ state: 'published', engine: 'Jekyll', key: 'draft' }, 'ko')).toBe('- **게시**: 병합하면 게시됨(Jekyll은 `draft: true`를 읽지 않음)');
    expect(line({ state: 'future', engine: 'Jekyll', when: '2026-12-01 09:00 KST', siteZone: true }, 'ko')).toBe('- **게시**: 2026-12-01 09:00 KST까지 숨김(사이트 시간대). 그 뒤의 빌드에서 게시됨');
    expect(line({ state: 'draft', engine: 'Jekyll', cause: 'published' }, 'ko')).toBe('- **게시**: 초안: 게시되지 않음(`published: false`)');
    expect(line({ state: 'expired', engine: 'Hugo', when: '2026-06-01 00:00 UTC', siteZone: false }, 'ko')).toBe('- **게시**: 2026-06-01 00:00 UTC에 만료되어 게시되지 않음(사이트에 시간대 설정이 없어 UTC)');
  });

  it('the cards\' heading says "ready to publish" only when every clean post will be published', () => {
    const heading = (states: Array<NonNullable<PostPreview['publication']>['state']>, lang: Report['lang'] = 'en') => {
      const files = states.map((state, i) => ({ file: `_posts/2025-03-0${i + 1}-ok.md`, problems: [], preview: { ...preview, publication: { state, engine: 'Jekyll' } } }));
      return formatPullRequestComment(report(files, lang), { marker: MARKER }).split('\n').find((text) => text.startsWith('### ✅'));
    };
    expect(heading(['published', 'future'])).toBe('### ✅ Ready to publish: 2');
    expect(heading(['published', 'draft', 'expired'])).toBe('### ✅ No problems: 3 (2 of them will not be published: see the cards)');
    expect(heading(['draft'], 'ko')).toBe('### ✅ 문제가 없는 글: 1(그중 1개는 게시되지 않음, 카드 참고)');
  });

  it('a scheduled post on a site a workflow rebuilds hourly: no warning, and the card says when (KST site)', async () => {
    const root = await makeBlog({
      '_config.yml': 'timezone: Asia/Seoul\n',
      '.github/workflows/pages.yml': 'on:\n  push:\n  schedule:\n    - cron: "0 * * * *"\njobs:\n  build:\n    steps:\n      - run: bundle exec jekyll build\n',
      '_posts/2026-12-01-later.md': '---\ntitle: Later\ndate: 2026-12-01 09:00\n---\n\nText.\n',
    });
    const result = await lintBlog(root);
    expect(result.files[0]!.problems).toEqual([]);
    expect(result.files[0]!.preview!.publication).toEqual({ state: 'future', engine: 'Jekyll', when: '2026-12-01 09:00 KST', siteZone: true, scheduledBuild: '0 * * * *' });
  });

  it('without the scheduled build the same post is reported by date-future, in the site time zone', async () => {
    const root = await makeBlog({
      '_config.yml': 'timezone: Asia/Seoul\n',
      '_posts/2026-12-01-later.md': '---\ntitle: Later\ndate: 2026-12-01 09:00\n---\n\nText.\n',
    });
    const result = await lintBlog(root);
    expect(result.files[0]!.problems.map((problem) => `${problem.ruleId}@${problem.line}: ${problem.message}`)).toEqual([
      "date-future@3: `date: 2026-12-01 09:00` means 2026-12-01 09:00 KST, after this run: Jekyll will not publish the post until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, correct the date or set `future: true` in the site's config.",
    ]);
  });
});
