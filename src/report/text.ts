// The terminal format, after eslint's "stylish": a block per file, one line per problem.
import type { Report } from '../engine/types.js';
import { engineText, format } from '../i18n/index.js';
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
    const width = Math.max(...file.problems.map((problem) => `${problem.line}:${problem.column}`.length));
    for (const problem of file.problems) {
      const where = `${problem.line}:${problem.column}`.padEnd(width);
      const severity = problem.severity === 'error' ? paint('31', format(engineText.error, lang)) : paint('33', format(engineText.warning, lang));
      lines.push(`  ${paint('2', where)}  ${severity}  ${plainText(problem.message)}  ${paint('2', problem.ruleId)}`);
    }
    lines.push('');
  }
  const summary = summarize(report);
  if (summary.errors + summary.warnings === 0) {
    lines.push(paint('32', format(engineText.summaryClean, lang, { files: summary.files })));
  } else {
    lines.push(paint(summary.errors > 0 ? '31' : '33', format(engineText.summaryProblems, lang, { errors: summary.errors, warnings: summary.warnings, files: summary.files })));
    if (summary.fixable > 0) lines.push(format(engineText.fixable, lang, { count: summary.fixable }));
  }
  return lines.join('\n') + '\n';
}
