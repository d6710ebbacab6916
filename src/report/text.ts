// The terminal format, after eslint's "stylish": a block per file, one line per problem.
import type { Report } from '../core/types.js';
import { count, reportText, format } from '../i18n/index.js';
import { plainText } from './escape.js';
import { summarize } from './summary.js';

export interface TextOptions {
  color?: boolean;
}

export function formatText(report: Report, options: TextOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lang = report.lang;
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.problems.length === 0) continue;
    lines.push(paint('4', plainText(file.file)));
    // (A loop, not Math.max(...problems): spreading 100,000 problems overflows the stack.)
    let width = 0;
    for (const problem of file.problems) width = Math.max(width, `${problem.line}:${problem.column}`.length);
    const labels = { error: format(reportText.error, lang), warning: format(reportText.warning, lang) };
    const labelWidth = Math.max(labels.error.length, labels.warning.length);
    for (const problem of file.problems) {
      const where = `${problem.line}:${problem.column}`.padEnd(width);
      const label = labels[problem.severity].padEnd(labelWidth);
      const severity = problem.severity === 'error' ? paint('31', label) : paint('33', label);
      lines.push(`  ${paint('2', where)}  ${severity}  ${plainText(problem.message)}  ${paint('2', problem.ruleId)}`);
    }
    lines.push('');
  }
  const summary = summarize(report);
  if (summary.errors + summary.warnings === 0) {
    lines.push(paint('32', format(reportText.summaryClean, lang, { files: count(lang, summary.files, 'post') })));
  } else {
    lines.push(paint(summary.errors > 0 ? '31' : '33', format(reportText.summaryProblems, lang, { errors: count(lang, summary.errors, 'error'), warnings: count(lang, summary.warnings, 'warning'), withProblems: count(lang, summary.filesWithProblems, 'post').replace(/ posts?$/, ''), files: count(lang, summary.files, 'post') })));
    if (summary.fixable > 0) lines.push(format(reportText.fixable, lang, { count: summary.fixable }));
  }
  return lines.join('\n') + '\n';
}
