// The one markdown renderer of a report, for every surface that shows markdown: the pull-request
// summary comment, the commit comment (src/github/commit-comment.ts), the job summary and
// `--format markdown` (src/report/markdown.ts). A hidden marker (so the action finds and updates
// its own comment) where the surface has one, a verdict, the problems grouped by post with links to
// the exact line at the head commit, and a preview card for every clean post that has one. Pure:
// report in, markdown out.
//
// Laid out for a PR conversation's comment width (about 780 px, Korean included): no narrow label
// column that a browser would have to break mid-word. A problem row is the severity icon and the
// line, then the message with the rule id under it (a link to its docs); one rule's repeated
// findings in one post share a row that lists their lines. A preview card is a list, not a table.
//
// Everything that came from a post (titles, messages, tags, paths, excerpts, headings) goes
// through `commentText`, which is `markdownText` (no HTML, no @mentions, no table breaks, no
// markdown links or images) plus what a comment on github.com also needs: no `#123`/`GH-1`
// references, no autolinked URLs, no `$math$`. The only HTML in the body is ours: `<details>`,
// `<summary>`, `<b>`, `<sub>`, `<br>`, `<code>`. The body never exceeds `limit` characters: preview cards go first,
// then warnings, then errors, whole rows at a time, and a visible note says what was cut.
import type { FileResult, Lang, PostPreview, PreviewPublication, Problem, Report } from '../core/types.js';
import { count, reportText, format, type LocalizedText } from '../i18n/index.js';
import { markdownText } from './escape.js';
import { encodePathSegments } from './sarif.js';
import { summarize } from './summary.js';
import { ruleDocsUrl } from '../core/version.js';

/** Where the markdown goes: it decides only the default size limit and the wording of the cut note. */
export type Surface = 'comment' | 'summary' | 'file';

export interface CommentOptions {
  /** The hidden marker, verbatim, as the first line (an HTML comment such as `<!-- blog-post-lint:summary -->`); none when absent. */
  marker?: string;
  /** `comment` (PR or commit comment: 65,536 characters), `summary` (job summary: 1 MiB), `file` (no limit). */
  surface?: Surface;
  /** Prefix for links to the head commit: `https://github.com/o/r/blob/<headSha>/`. Plain text without it. */
  linkBase?: string;
  /** Characters (UTF-8 bytes for the job summary); GitHub rejects comment bodies over 65,536 characters. */
  limit?: number;
  /** Problems that were left out of the inline review comments (over the cap, or a rejected review). */
  omittedInline?: number;
  /** `fix: commit` pushed the automatic fixes in this run. */
  fixCommit?: { sha: string; url: string; posts: string[] };
}

export const COMMENT_LIMIT = 65_536;
/** GitHub's job summary: 1 MiB per step, in bytes. */
export const SUMMARY_LIMIT = 1_048_576;

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
  columns: { en: '| Line | Problem |', ko: '| 줄 | 문제 |' },
  alsoOn: { en: 'also on line {lines}', ko: '{lines}번 줄에도 있음' },
  alsoOnLines: { en: 'also on lines {lines}', ko: '{lines}번 줄에도 있음' },
  moreLines: { en: '{count} more', ko: '{count}곳 더' },
  cutSummary: {
    en: '✂️ Cut to stay under GitHub\'s {limit}-byte job summary limit: {parts} not shown here. Every problem is in the JSON report.',
    ko: '✂️ GitHub 작업 요약 크기 제한({limit}바이트)에 맞추느라 {parts}를 여기서 생략했습니다. 모든 문제는 JSON 보고서에 있습니다.',
  },
  cleanHeading: { en: '### ✅ Ready to publish: {count}', ko: '### ✅ 게시 준비가 된 글: {count}' },
  cleanHeadingHeld: { en: '### ✅ No problems: {count} ({held} of them will not be published: see the cards)', ko: '### ✅ 문제가 없는 글: {count}(그중 {held}개는 게시되지 않음, 카드 참고)' },
  file: { en: 'File', ko: '파일' },
  url: { en: 'URL', ko: '주소' },
  publication: { en: 'Publication', ko: '게시' },
  publishedWhenMerged: { en: 'published when merged', ko: '병합하면 게시됨' },
  publishedIgnoring: { en: 'published when merged ({engine} does not read `{key}: true`)', ko: '병합하면 게시됨({engine}{은} `{key}: true`{을} 읽지 않음)' },
  hiddenUntil: { en: 'hidden until {when} ({zone}): a build after that time publishes it', ko: '{when}까지 숨김({zone}). 그 뒤의 빌드에서 게시됨' },
  hiddenUntilScheduled: { en: 'hidden until {when} ({zone}): the scheduled build (`{cron}`) after that time publishes it', ko: '{when}까지 숨김({zone}). 그 뒤의 예약 빌드(`{cron}`)에서 게시됨' },
  draftBecause: { en: 'draft: not published ({cause})', ko: '초안: 게시되지 않음({cause})' },
  expiredOn: { en: 'expired on {when} ({zone}): not published', ko: '{when}에 만료되어 게시되지 않음({zone})' },
  publicationUnknown: { en: '`{key}: true`: whether it is published is up to the site\'s code', ko: '`{key}: true`: 게시 여부는 사이트 코드가 정함' },
  siteZone: { en: "the site's time zone", ko: '사이트 시간대' },
  utcZone: { en: 'UTC: the site sets no time zone', ko: '사이트에 시간대 설정이 없어 UTC' },
  causeDraft: { en: '`draft: true`', ko: '`draft: true`' },
  causePublished: { en: '`published: false`', ko: '`published: false`' },
  causeDraftsFolder: { en: 'in `_drafts/`', ko: '`_drafts/` 폴더' },
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

/** A message with its `code` parts shown as code, everything else escaped (also the inline review comments' text). */
export function messageText(message: string): string {
  const clipped = clip(message, MAX.message);
  let out = '';
  let last = 0;
  for (const match of clipped.matchAll(/`([^`\n]+)`/g)) {
    out += commentText(clipped.slice(last, match.index), Infinity);
    const code = match[1]!;
    // Code that a code span cannot hold safely (a pipe, a backtick, `<`…) is our own <code> element
    // around escaped text: still shown as code, never as literal backticks.
    out += SAFE_CODE.test(code) && code.trim() === code ? '`' + code + '`' : `<code>${commentText(code, Infinity)}</code>`;
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
function encodeLinkPath(file: string): string {
  return encodePathSegments(file).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function number(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function fileLink(file: string, options: CommentOptions): string {
  const label = codeOrText(file, MAX.path);
  return options.linkBase ? `[${label}](${options.linkBase}${encodeLinkPath(file)})` : label;
}

function lineLink(file: string, line: number, options: CommentOptions): string {
  return options.linkBase ? `[${line}](${options.linkBase}${encodeLinkPath(file)}#L${line})` : String(line);
}

/** The rule id as code, linked to its row in the README's rule table; anything odd as plain text. */
export function ruleText(ruleId: string): string {
  return /^[a-z0-9-]+$/.test(ruleId) ? `[\`${ruleId}\`](${ruleDocsUrl(ruleId)})` : commentText(ruleId, MAX.term);
}

// ---- the pieces ----

type Kind = 'error' | 'warning' | 'card';

interface Item {
  kind: Kind;
  /** Index of the file section (problem rows) or of the card. */
  section: number;
  /** How many problems the row shows (a card: 1). */
  weight: number;
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
    if (summary.fixable > 0) lines.push('', format(reportText.fixable, lang, { count: summary.fixable }));
  }
  return lines;
}

/** Lines listed in one grouped row; the rest are counted. */
const MAX_LINES = 20;

/** One post's problems as rows: one rule's repeated findings (same severity) share the row of the first. */
function groupProblems(problems: Problem[]): Problem[][] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.severity}\0${problem.ruleId}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return [...groups.values()];
}

function problemRow(group: Problem[], file: string, lang: Lang, options: CommentOptions): string {
  const first = group[0]!;
  // A no-break space keeps the icon with its line number; the icon says the severity (❌ error, ⚠️ warning).
  const icon = first.severity === 'error' ? '❌' : '⚠️';
  const under = [ruleText(first.ruleId)];
  const others = [...new Set(group.slice(1).map((problem) => problem.line))].filter((line) => line !== first.line);
  if (others.length > 0) {
    const shown = others.slice(0, MAX_LINES).map((line) => lineLink(file, line, options));
    if (others.length > MAX_LINES) shown.push(format(text.moreLines, lang, { count: others.length - MAX_LINES }));
    under.push(format(others.length === 1 ? text.alsoOn : text.alsoOnLines, lang, { lines: shown.join(', ') }));
  }
  return `| ${icon}\u00a0${lineLink(file, first.line, options)} | ${messageText(first.message)}<br><sub>${under.join(' · ')}</sub> |`;
}

function fileSection(result: FileResult, lang: Lang, options: CommentOptions): string {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const icon = errors > 0 ? '❌' : '⚠️';
  const parts: string[] = [];
  if (errors > 0) parts.push(lang === 'ko' ? `${format(reportText.error, lang)} ${count(lang, errors, 'error')}` : count(lang, errors, 'error'));
  if (warnings > 0) parts.push(lang === 'ko' ? `${format(reportText.warning, lang)} ${count(lang, warnings, 'warning')}` : count(lang, warnings, 'warning'));
  const counts = parts.join(', ');
  return [`### ${icon} ${fileLink(result.file, options)} · ${counts}`, '', text.columns[lang], '|---:|:---|'].join('\n');
}

/** A clean post's card: a folded list (a label column in a table would wrap Korean labels mid-word). */
export function previewCard(result: FileResult, lang: Lang, options: CommentOptions, open: boolean): string {
  const preview: PostPreview | undefined = result.preview;
  const fileName = result.file.split('/').pop() ?? '';
  const title = preview?.title ? commentText(preview.title, MAX.title) : fileName !== '' ? commentText(fileName, MAX.path) : text.untitled[lang];
  const summaryParts = [`<b>${title}</b>`];
  if (preview?.date) summaryParts.push(commentText(preview.date, MAX.term));
  const lines = [`<details${open ? ' open' : ''}>`, `<summary>${summaryParts.join(' · ')}</summary>`, ''];
  const row = (label: LocalizedText, value: string) => lines.push(`- **${label[lang]}**: ${value}`);
  row(text.file, fileLink(result.file, options));
  if (preview) {
    if (preview.publication) row(text.publication, publicationLine(preview.publication, lang));
    if (preview.url) row(text.url, codeOrText(preview.url, MAX.path));
    if (preview.categories.length > 0) row(text.categories, preview.categories.map((category) => commentText(category, MAX.term)).join(' › '));
    if (preview.tags.length > 0) row(text.tags, preview.tags.map((tag) => codeOrText(tag, MAX.term)).join(' '));
    row(text.reading, format(text.readingValue, lang, { minutes: preview.readingMinutes, words: number(preview.words), characters: number(preview.characters) }));
    if (preview.cover) row(text.cover, codeOrText(preview.cover, MAX.path));
    row(text.images, String(preview.images));
    if (preview.excerpt) row(text.excerpt, commentText(preview.excerpt, MAX.excerpt));
    if (preview.outline.length > 0) {
      lines.push('', `**${text.outline[lang]}**`, '');
      const top = preview.outline.reduce((least, heading) => Math.min(least, heading.depth), Infinity);
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

/** "published when merged", "hidden until 2026-12-01 09:00 KST (the site's time zone): …", "draft: not published (…)". */
export function publicationLine(publication: PreviewPublication, lang: Lang): string {
  const zone = (publication.siteZone ? text.siteZone : text.utcZone)[lang];
  // Everything here is ours (the engine's name, a formatted time, a key the engine reads) except
  // the cron, which is the site's text: shown as code when safe, else escaped.
  const data = { engine: publication.engine, when: publication.when ?? '', zone, key: publication.key ?? 'draft' };
  switch (publication.state) {
    case 'published':
      return messageText(format(publication.key ? text.publishedIgnoring : text.publishedWhenMerged, lang, data));
    case 'future':
      if (publication.scheduledBuild) return messageText(format(text.hiddenUntilScheduled, lang, { ...data, cron: publication.scheduledBuild }));
      return messageText(format(text.hiddenUntil, lang, data));
    case 'draft': {
      const cause = publication.cause === 'published' ? text.causePublished : publication.cause === 'drafts-folder' ? text.causeDraftsFolder : text.causeDraft;
      return messageText(format(text.draftBecause, lang, { cause: cause[lang] }));
    }
    case 'expired':
      return messageText(format(text.expiredOn, lang, data));
    case 'unknown':
      return messageText(format(text.publicationUnknown, lang, data));
  }
}

// ---- assembling under the limit ----

/** The PR (or commit) comment: the report's markdown under its marker, within GitHub's comment limit. */
export function formatPullRequestComment(report: Report, options: CommentOptions & { marker: string }): string {
  return formatReportMarkdown(report, { surface: 'comment', ...options });
}

/** The markdown of a report, for any surface (see the module comment). */
export function formatReportMarkdown(report: Report, options: CommentOptions = {}): string {
  const lang = report.lang;
  const surface = options.surface ?? 'comment';
  const limit = options.limit ?? (surface === 'comment' ? COMMENT_LIMIT : surface === 'summary' ? SUMMARY_LIMIT : Infinity);
  // The job summary's limit is in bytes; a comment's in characters.
  const size = surface === 'summary' ? (value: string) => Buffer.byteLength(value) : (value: string) => value.length;

  const head = [...(options.marker ? [options.marker] : []), text.heading[lang], '', ...verdict(report, lang)];
  const omitted = options.omittedInline ?? 0;
  if (omitted > 0) head.push('', format(text.omittedInline, lang, { count: lang === 'ko' ? number(omitted) : `${number(omitted)} problem${omitted === 1 ? ' was' : 's were'}` }));
  if (options.fixCommit) head.push('', fixCommitLine(options.fixCommit, lang));
  const headText = head.join('\n') + '\n';
  const footer = '\n' + format(text.footer, lang, { tool: commentText(report.tool.name, MAX.term), version: commentText(report.tool.version, MAX.term), preset: report.preset.replace(/[^a-z0-9-]/gi, '') }) + '\n';

  const sections: Section[] = [];
  const cards: Item[] = [];
  // A card needs a preview (the CLI computes none): a clean post without one is only counted.
  const clean = report.files.filter((result) => result.problems.length === 0 && result.preview);
  // A handful of cards open; more stay folded so the problems above are not pushed out of sight.
  const openCards = clean.length <= 3;
  for (const result of report.files) {
    if (result.problems.length === 0) {
      if (result.preview) cards.push({ kind: 'card', section: cards.length, weight: 1, text: previewCard(result, lang, options, openCards) });
      continue;
    }
    const section = sections.length;
    sections.push({
      header: fileSection(result, lang, options),
      rows: groupProblems(result.problems).map((group) => ({ kind: group[0]!.severity, section, weight: group.length, text: problemRow(group, result.file, lang, options) })),
    });
  }
  // A draft or an expired post has no problem but is not published either: not "ready to publish".
  const held = clean.filter((result) => result.preview?.publication?.state === 'draft' || result.preview?.publication?.state === 'expired').length;
  const cardsHeader = held > 0 ? format(text.cleanHeadingHeld, lang, { count: clean.length, held }) : format(text.cleanHeading, lang, { count: clean.length });
  const all = [...sections.flatMap((section) => section.rows), ...cards];
  const note = (cut: Item[]) => cutNote(cut, lang, limit, surface);

  const render = (kept: Set<Item>): string => {
    let body = headText;
    for (const section of sections) {
      const rows = section.rows.filter((row) => kept.has(row));
      if (rows.length > 0) body += '\n' + section.header + '\n' + rows.map((row) => row.text).join('\n') + '\n';
    }
    const shownCards = cards.filter((card) => kept.has(card));
    if (shownCards.length > 0) body += '\n' + cardsHeader + '\n\n' + shownCards.map((card) => card.text).join('\n\n') + '\n';
    const cutText = note(all.filter((item) => !kept.has(item)));
    if (cutText) body += '\n' + cutText + '\n';
    return body + footer;
  };

  const everything = new Set(all);
  const full = render(everything);
  if (size(full) <= limit) return full;

  // Greedy by priority: errors, then warnings, then cards, each in report order. The first item of a
  // class that does not fit closes that class and every lower one, so nothing outranks what was cut.
  const kept = new Set<Item>();
  const startedSections = new Set<number>();
  let used = size(headText) + size(footer) + size(note(all)) + 2;
  let cardsStarted = false;
  for (const kind of ['error', 'warning', 'card'] as const) {
    let closed = false;
    for (const item of all) {
      if (item.kind !== kind) continue;
      let cost = size(item.text) + 1;
      if (kind === 'card') cost += cardsStarted ? 1 : size(cardsHeader) + 3;
      else if (!startedSections.has(item.section)) cost += size(sections[item.section]!.header) + 2;
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
  while (size(body) > limit && order.length > 0) {
    kept.delete(order.pop()!);
    body = render(kept);
  }
  if (size(body) <= limit) return body;
  // Not even the verdict fits (an absurdly small limit): whole lines, as many as fit.
  return cutAtLine(body, limit, size);
}

function cutNote(cut: Item[], lang: Lang, limit: number, surface: Surface): string {
  if (cut.length === 0) return '';
  const tally = (kind: Kind) => cut.filter((item) => item.kind === kind).reduce((sum, item) => sum + item.weight, 0);
  const parts: string[] = [];
  const errors = tally('error');
  const warnings = tally('warning');
  const cards = tally('card');
  if (errors > 0) parts.push(format(text.cutErrors, lang, { count: errors }));
  if (warnings > 0) parts.push(format(text.cutWarnings, lang, { count: warnings }));
  if (cards > 0) parts.push(format(text.cutCards, lang, { count: cards }));
  return format(surface === 'summary' ? text.cutSummary : text.cut, lang, { limit: number(limit), parts: parts.join(', ') });
}

function cutAtLine(body: string, limit: number, size: (value: string) => number): string {
  let end = body.length;
  while (end > 0 && size(body.slice(0, end)) > limit) end = body.lastIndexOf('\n', end - 2) + 1;
  return body.slice(0, end);
}
