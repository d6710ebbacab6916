// The job summary (and, later, the PR comment body): markdown that GitHub renders. Every value
// that came from a post goes through `markdownText`, so a post cannot inject HTML, mentions or
// table breaks. The body is capped, with a visible note, under GitHub's limits.
import type { Report } from '../engine/types.js';
import { count, engineText, format } from '../i18n/index.js';
import { markdownText } from './escape.js';
import { summarize } from './summary.js';
import { encodePathSegments } from './sarif.js';

export interface MarkdownOptions {
  /** Characters; GitHub's job summary allows 1 MiB per step, a comment 65,536. */
  limit?: number;
  /** Prefix for file links, e.g. `https://github.com/o/r/blob/<sha>/`; plain paths when absent. */
  linkBase?: string;
}

const text = {
  heading: { en: 'blog-post-lint', ko: 'blog-post-lint' },
  clean: { en: '✅ {files} checked, no problems.', ko: '✅ 글 {files}를 검사했고 문제가 없습니다.' },
  problems: { en: '{icon} {errors} and {warnings} in {withProblems} of {files}.', ko: '{icon} 글 {files} 중 {withProblems}에서 오류 {errors}, 경고 {warnings}를 찾았습니다.' },
  columns: { en: '| Line | Severity | Problem | Rule |', ko: '| 줄 | 수준 | 문제 | 규칙 |' },
  truncated: { en: '⚠️ This summary was cut at {limit} characters; {omitted} more problems are in the JSON report.', ko: '⚠️ 요약이 {limit}자에서 잘렸습니다. 나머지 문제 {omitted}개는 JSON 보고서에 있습니다.' },
};

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? 1_000_000;
  const lang = report.lang;
  const summary = summarize(report);
  const head: string[] = [`## ${text.heading[lang]}`, ''];
  if (summary.errors + summary.warnings === 0) {
    head.push(format(text.clean, lang, { files: count(lang, summary.files, 'post') }));
  } else {
    head.push(format(text.problems, lang, { icon: summary.errors > 0 ? '❌' : '⚠️', errors: count(lang, summary.errors, 'error'), warnings: count(lang, summary.warnings, 'warning'), withProblems: count(lang, summary.filesWithProblems, 'post').replace(/ posts?$/, ''), files: count(lang, summary.files, 'post') }));
    if (summary.fixable > 0) head.push('', format(engineText.fixable, lang, { count: summary.fixable }));
  }
  head.push('');

  let body = head.join('\n') + '\n';
  let omitted = 0;
  const reserve = 400;
  for (const file of report.files) {
    if (file.problems.length === 0) continue;
    const fileName = markdownText(file.file);
    const title = options.linkBase ? `### [${fileName}](${options.linkBase}${encodePathSegments(file.file)})` : `### ${fileName}`;
    const rows = [title, '', text.columns[lang], '|---:|---|---|---|'];
    for (const problem of file.problems) {
      const severity = problem.severity === 'error' ? `❌ ${format(engineText.error, lang)}` : `⚠️ ${format(engineText.warning, lang)}`;
      const line = options.linkBase ? `[${problem.line}](${options.linkBase}${encodePathSegments(file.file)}#L${problem.line})` : String(problem.line);
      rows.push(`| ${line} | ${severity} | ${markdownText(problem.message)} | \`${problem.ruleId}\` |`);
    }
    rows.push('');
    const block = rows.join('\n') + '\n';
    if (body.length + block.length + reserve > limit) {
      omitted += file.problems.length;
      continue;
    }
    body += block;
  }
  if (omitted > 0) body += '\n' + format(text.truncated, lang, { limit, omitted }) + '\n';
  return body;
}
