// Numbers every sink shows the same way.
import type { Report } from '../core/types.js';

export interface ReportSummary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  fixable: number;
}

export function summarize(report: Report): ReportSummary {
  let fixable = 0;
  let filesWithProblems = 0;
  for (const file of report.files) {
    if (file.problems.length > 0) filesWithProblems++;
    fixable += file.problems.filter((problem) => problem.fix).length;
  }
  return { files: report.files.length, filesWithProblems, errors: report.errorCount, warnings: report.warningCount, fixable };
}

export function allProblems(report: Report) {
  return report.files.flatMap((file) => file.problems);
}
