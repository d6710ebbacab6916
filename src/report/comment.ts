// The pull-request summary comment: a hidden marker (so the action finds and updates its own
// comment), a verdict, the problems grouped by post with links to the exact line at the head
// commit, and a preview card for every clean post. Pure: report in, markdown out.
//
// Everything that came from a post (titles, messages, tags, paths, excerpts, headings) goes
// through `commentText`, which is `markdownText` (no HTML, no @mentions, no table breaks, no
// markdown links or images) plus what a comment on github.com also needs: no `#123`/`GH-1`
// references, no autolinked URLs, no `$math$`. The only HTML in the body is ours: `<details>`,
// `<summary>`, `<b>`, `<sub>`. The body never exceeds `limit` characters: preview cards go first,
// then warnings, then errors, whole rows at a time, and a visible note says what was cut.
import type { FileResult, Lang, PostPreview, Problem, Report } from '../engine/types.js';
import { count, engineText, format, type LocalizedText } from '../i18n/index.js';
import { markdownText } from './escape.js';
import { encodePathSegments } from './sarif.js';
import { summarize } from './summary.js';

export interface CommentOptions {
  /** The hidden marker, verbatim, as the first line (an HTML comment such as `<!-- blog-post-lint:summary -->`). */
  marker: string;
  /** Prefix for links to the head commit: `https://github.com/o/r/blob/<headSha>/`. Plain text without it. */
  linkBase?: string;
  /** Characters; GitHub rejects comment bodies over 65,536. */
  limit?: number;
  /** Problems that were left out of the inline review comments (over the cap, or a rejected review). */
  omittedInline?: number;
  /** `fix: commit` pushed the automatic fixes in this run. */
  fixCommit?: { sha: string; url: string; posts: string[] };
}

export const COMMENT_LIMIT = 65_536;

const text = {
  heading: { en: '## blog-post-lint', ko: '## blog-post-lint' },
  clean: { en: '✅ {files} checked, no problems.', ko: '✅ 글 {files}를 검사했고 문제가 없습니다.' },
  problems: { en: '{icon} {errors} and {warnings} in {withProblems} of {files}.', ko: '{icon} 글 {files} 중 {withProblems}에서 오류 {errors}, 경고 {warnings}를 찾았습니다.' },
  omittedInline: {
    en: 'ℹ️ {count} not posted as inline review comments; every problem is in the list below.',
    ko: 'ℹ️ 문제 {count}개는 인라인 리뷰 댓글로 달지 않았습니다. 모든 문제는 아래 목록에 있습니다.',
  },
  fixCommit: {
    en: '🔧 The automatic fixes of {posts} were pushed as commit {commit}; their problems below that have a fix are fixed there.',
    ko: '🔧 {posts}의 자동 수정을 커밋 {commit}으로 올렸습니다. 이 글들의 문제 중 자동 수정이 있는 것은 그 커밋에서 고쳐졌습니다.',
  },
  morePosts: { en: '{count} more posts', ko: '글 {count}개 더' },
  columns: { en: '| Line | Severity | Problem | Rule |', ko: '| 줄 | 수준 | 문제 | 규칙 |' },
  cleanHeading: { en: '### ✅ Ready to publish: {count}', ko: '### ✅ 게시 준비가 된 글: {count}' },
  file: { en: 'File', ko: '파일' },
  url: { en: 'URL', ko: '주소' },
  categories: { en: 'Categories', ko: '카테고리' },
  tags: { en: 'Tags', ko: '태그' },
  reading: { en: 'Reading time', ko: '읽는 시간' },
  readingValue: { en: '{minutes} min · {words} words · {characters} characters', ko: '{minutes}분 · {words}단어 · {characters}자' },
  cover: { en: 'Cover', ko: '커버 이미지' },
  images: { en: 'Body images', ko: '본문 이미지' },
  excerpt: { en: 'Excerpt', ko: '요약' },
  outline: { en: 'Outline', ko: '목차' },
  moreHeadings: { en: '… and {count} more headings', ko: '… 제목 {count}개 더' },
  untitled: { en: '(no title)', ko: '(제목 없음)' },
  cut: {
    en: '✂️ Cut to stay under GitHub\'s {limit}-character comment limit: {parts} not shown here. Every problem is in the job summary and the JSON report.',
    ko: '✂️ GitHub 댓글 길이 제한({limit}자)에 맞추느라 {parts}를 여기서 생략했습니다. 모든 문제는 작업 요약(job summary)과 JSON 보고서에 있습니다.',
  },
  cutCards: { en: '{count} preview cards', ko: '미리보기 카드 {count}개' },
  cutWarnings: { en: '{count} warnings', ko: '경고 {count}개' },
  cutErrors: { en: '{count} errors', ko: '오류 {count}개' },
  footer: { en: '<sub>{tool} {version} · preset `{preset}`</sub>', ko: '<sub>{tool} {version} · 프리셋 `{preset}`</sub>' },
} satisfies Record<string, LocalizedText>;

/** Longest value (in characters) shown for one piece of post content; the rest becomes `…`. */
const MAX = { title: 200, message: 1_000, term: 80, path: 300, excerpt: 300, heading: 150 } as const;
const MAX_OUTLINE = 30;

// ---- escaping ----

/** `markdownText` plus what github.com needs on top of CommonMark/GFM: see the module comment. */
export function commentText(value: string, max: number = MAX.message): string {
  return markdownText(clip(value, max));
}

/** Text that starts a line inside a list item: no `-`, `1.` or `1)` that would open another block. */
function lineStartText(value: string, max: number): string {
  return commentText(value, max)
    .replace(/^-/, '&#45;')
    .replace(/^(\d+)([.)])/, (_whole, digits: string, mark: string) => `${digits}&#${mark.charCodeAt(0)};`);
}

/** Characters that are safe inside a code span in a table cell (no pipe, backtick, HTML or reference). */
const SAFE_CODE = /^[\p{L}\p{M}\p{N} _.,:;/\\%+=?'"~!*^()[\]{}-]+$/u;

/** A code span when the value is plainly safe in one, else escaped text. */
function codeOrText(value: string, max: number): string {
  const clipped = clip(value, max);
  if (SAFE_CODE.test(clipped) && clipped.trim() === clipped && clipped !== '') return '`' + clipped + '`';
  return commentText(clipped, max);
}

/** A message with its `code` parts shown as code when they are safe, everything else escaped. */
function messageText(message: string): string {
  const clipped = clip(message, MAX.message);
  let out = '';
  let last = 0;
  for (const match of clipped.matchAll(/`([^`\n]+)`/g)) {
    out += commentText(clipped.slice(last, match.index), Infinity);
    const code = match[1]!;
    out += SAFE_CODE.test(code) && code.trim() === code ? '`' + code + '`' : commentText(match[0], Infinity);
    last = match.index + match[0].length;
  }
  return out + commentText(clipped.slice(last), Infinity);
}

function clip(value: string, max: number): string {
  if (!Number.isFinite(max)) return value;
  const characters = Array.from(value);
  return characters.length <= max ? value : characters.slice(0, max - 1).join('') + '…';
}

/** Path segments percent-encoded, including the `()!'*` that `encodeURIComponent` leaves (a `)` ends a markdown link). */
function encodePath(file: string): string {
  return encodePathSegments(file).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function number(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function fileLink(file: string, options: CommentOptions): string {
  const label = commentText(file, MAX.path);
  return options.linkBase ? `[${label}](${options.linkBase}${encodePath(file)})` : label;
}

// ---- the pieces ----

type Kind = 'error' | 'warning' | 'card';

interface Item {
  kind: Kind;
  /** Index of the file section (problem rows) or of the card. */
  section: number;
  text: string;
}

interface Section {
  header: string;
  rows: Item[];
}

function fixCommitLine(commit: NonNullable<CommentOptions['fixCommit']>, lang: Lang): string {
  // Both come from GitHub's answer to our own request; still, only a hex SHA and an https URL are linked.
  const sha = /^[0-9a-f]{7,64}$/.test(commit.sha) ? commit.sha.slice(0, 7) : 'commit';
  const link = /^https:\/\/[^\s()<>]+$/.test(commit.url) ? `[\`${sha}\`](${commit.url})` : `\`${sha}\``;
  // Name the posts: a post the commit skipped (not the head's bytes) keeps its fixable problems.
  const shown = commit.posts.slice(0, 5).map((post) => codeOrText(post, MAX.path));
  if (commit.posts.length > shown.length) shown.push(format(text.morePosts, lang, { count: commit.posts.length - shown.length }));
  return format(text.fixCommit, lang, { commit: link, posts: shown.join(', ') });
}

function verdict(report: Report, lang: Lang): string[] {
  const summary = summarize(report);
  const lines: string[] = [];
  if (summary.errors + summary.warnings === 0) {
    lines.push(format(text.clean, lang, { files: count(lang, summary.files, 'post') }));
  } else {
    lines.push(
      format(text.problems, lang, {
        icon: summary.errors > 0 ? '❌' : '⚠️',
        errors: count(lang, summary.errors, 'error'),
        warnings: count(lang, summary.warnings, 'warning'),
        withProblems: count(lang, summary.filesWithProblems, 'post').replace(/ posts?$/, ''),
        files: count(lang, summary.files, 'post'),
      }),
    );
    if (summary.fixable > 0) lines.push('', format(engineText.fixable, lang, { count: summary.fixable }));
  }
  return lines;
}

function problemRow(problem: Problem, file: string, lang: Lang, options: CommentOptions): string {
  const line = options.linkBase ? `[${problem.line}](${options.linkBase}${encodePath(file)}#L${problem.line})` : String(problem.line);
  // A no-break space keeps the icon with its word in a narrow column.
  const severity = problem.severity === 'error' ? `❌\u00a0${format(engineText.error, lang)}` : `⚠️\u00a0${format(engineText.warning, lang)}`;
  const rule = /^[a-z0-9-]+$/.test(problem.ruleId) ? '`' + problem.ruleId + '`' : commentText(problem.ruleId, MAX.term);
  return `| ${line} | ${severity} | ${messageText(problem.message)} | ${rule} |`;
}

function fileSection(result: FileResult, lang: Lang, options: CommentOptions): string {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const icon = errors > 0 ? '❌' : '⚠️';
  const parts: string[] = [];
  if (errors > 0) parts.push(lang === 'ko' ? `${format(engineText.error, lang)} ${count(lang, errors, 'error')}` : count(lang, errors, 'error'));
  if (warnings > 0) parts.push(lang === 'ko' ? `${format(engineText.warning, lang)} ${count(lang, warnings, 'warning')}` : count(lang, warnings, 'warning'));
  const counts = parts.join(', ');
  return [`### ${icon} ${fileLink(result.file, options)} · ${counts}`, '', text.columns[lang], '|---:|---|---|---|'].join('\n');
}

export function previewCard(result: FileResult, lang: Lang, options: CommentOptions, open: boolean): string {
  const preview: PostPreview | undefined = result.preview;
  const fileName = result.file.split('/').pop() ?? '';
  const title = preview?.title ? commentText(preview.title, MAX.title) : fileName !== '' ? commentText(fileName, MAX.path) : text.untitled[lang];
  const summaryParts = [`<b>${title}</b>`];
  if (preview?.date) summaryParts.push(commentText(preview.date, MAX.term));
  const lines = [`<details${open ? ' open' : ''}>`, `<summary>${summaryParts.join(' · ')}</summary>`, '', `| ${text.file[lang]} | ${fileLink(result.file, options)} |`, '|:---|:---|'];
  const row = (label: LocalizedText, value: string) => lines.push(`| ${label[lang]} | ${value} |`);
  if (preview) {
    if (preview.url) row(text.url, codeOrText(preview.url, MAX.path));
    if (preview.categories.length > 0) row(text.categories, preview.categories.map((category) => commentText(category, MAX.term)).join(' › '));
    if (preview.tags.length > 0) row(text.tags, preview.tags.map((tag) => codeOrText(tag, MAX.term)).join(' '));
    row(text.reading, format(text.readingValue, lang, { minutes: preview.readingMinutes, words: number(preview.words), characters: number(preview.characters) }));
    if (preview.cover) row(text.cover, codeOrText(preview.cover, MAX.path));
    row(text.images, String(preview.images));
    if (preview.excerpt) row(text.excerpt, commentText(preview.excerpt, MAX.excerpt));
    if (preview.outline.length > 0) {
      lines.push('', `**${text.outline[lang]}**`, '');
      const top = Math.min(...preview.outline.map((heading) => heading.depth));
      let previous = -1;
      for (const heading of preview.outline.slice(0, MAX_OUTLINE)) {
        // Never deeper than one level below the previous item, so the indent stays a nested list.
        const level = Math.min(heading.depth - top, previous + 1);
        previous = level;
        lines.push(`${'  '.repeat(level)}- ${lineStartText(heading.text, MAX.heading)}`);
      }
      if (preview.outline.length > MAX_OUTLINE) lines.push(`- ${format(text.moreHeadings, lang, { count: preview.outline.length - MAX_OUTLINE })}`);
    }
  }
  lines.push('', '</details>');
  return lines.join('\n');
}

// ---- assembling under the limit ----

export function formatPullRequestComment(report: Report, options: CommentOptions): string {
  const lang = report.lang;
  const limit = options.limit ?? COMMENT_LIMIT;

  const head = [options.marker, text.heading[lang], '', ...verdict(report, lang)];
  const omitted = options.omittedInline ?? 0;
  if (omitted > 0) head.push('', format(text.omittedInline, lang, { count: lang === 'ko' ? number(omitted) : `${number(omitted)} problem${omitted === 1 ? ' was' : 's were'}` }));
  if (options.fixCommit) head.push('', fixCommitLine(options.fixCommit, lang));
  const headText = head.join('\n') + '\n';
  const footer = '\n' + format(text.footer, lang, { tool: commentText(report.tool.name, MAX.term), version: commentText(report.tool.version, MAX.term), preset: report.preset.replace(/[^a-z0-9-]/gi, '') }) + '\n';

  const sections: Section[] = [];
  const cards: Item[] = [];
  const clean = report.files.filter((result) => result.problems.length === 0);
  // A handful of cards open; more stay folded so the problems above are not pushed out of sight.
  const openCards = clean.length <= 3;
  for (const result of report.files) {
    if (result.problems.length === 0) {
      cards.push({ kind: 'card', section: cards.length, text: previewCard(result, lang, options, openCards) });
      continue;
    }
    const section = sections.length;
    sections.push({
      header: fileSection(result, lang, options),
      rows: result.problems.map((problem) => ({ kind: problem.severity, section, text: problemRow(problem, result.file, lang, options) })),
    });
  }
  const cardsHeader = format(text.cleanHeading, lang, { count: clean.length });
  const all = [...sections.flatMap((section) => section.rows), ...cards];

  const render = (kept: Set<Item>): string => {
    let body = headText;
    for (const section of sections) {
      const rows = section.rows.filter((row) => kept.has(row));
      if (rows.length > 0) body += '\n' + section.header + '\n' + rows.map((row) => row.text).join('\n') + '\n';
    }
    const shownCards = cards.filter((card) => kept.has(card));
    if (shownCards.length > 0) body += '\n' + cardsHeader + '\n\n' + shownCards.map((card) => card.text).join('\n\n') + '\n';
    const note = cutNote(all.filter((item) => !kept.has(item)), lang, limit);
    if (note) body += '\n' + note + '\n';
    return body + footer;
  };

  const everything = new Set(all);
  const full = render(everything);
  if (full.length <= limit) return full;

  // Greedy by priority: errors, then warnings, then cards, each in report order. The first item of a
  // class that does not fit closes that class and every lower one, so nothing outranks what was cut.
  const kept = new Set<Item>();
  const startedSections = new Set<number>();
  let used = headText.length + footer.length + cutNote(all, lang, limit).length + 2;
  let cardsStarted = false;
  for (const kind of ['error', 'warning', 'card'] as const) {
    let closed = false;
    for (const item of all) {
      if (item.kind !== kind) continue;
      let cost = item.text.length + 1;
      if (kind === 'card') cost += cardsStarted ? 1 : cardsHeader.length + 3;
      else if (!startedSections.has(item.section)) cost += sections[item.section]!.header.length + 2;
      if (used + cost > limit) {
        closed = true;
        break;
      }
      used += cost;
      kept.add(item);
      if (kind === 'card') cardsStarted = true;
      else startedSections.add(item.section);
    }
    if (closed) break;
  }

  // The estimate above is exact up to separators; make sure, dropping the lowest-ranked kept item.
  let body = render(kept);
  const order = [...kept];
  while (body.length > limit && order.length > 0) {
    kept.delete(order.pop()!);
    body = render(kept);
  }
  if (body.length <= limit) return body;
  // Not even the verdict fits (an absurdly small limit): whole lines, as many as fit.
  return cutAtLine(body, limit);
}

function cutNote(cut: Item[], lang: Lang, limit: number): string {
  if (cut.length === 0) return '';
  const tally = (kind: Kind) => cut.filter((item) => item.kind === kind).length;
  const parts: string[] = [];
  const errors = tally('error');
  const warnings = tally('warning');
  const cards = tally('card');
  if (errors > 0) parts.push(format(text.cutErrors, lang, { count: errors }));
  if (warnings > 0) parts.push(format(text.cutWarnings, lang, { count: warnings }));
  if (cards > 0) parts.push(format(text.cutCards, lang, { count: cards }));
  return format(text.cut, lang, { limit: number(limit), parts: parts.join(', ') });
}

function cutAtLine(body: string, limit: number): string {
  const slice = body.slice(0, limit);
  const end = slice.lastIndexOf('\n');
  return end > 0 ? slice.slice(0, end + 1) : slice;
}
