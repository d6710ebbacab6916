// When a run fails: the same rule for the CLI's exit code and the action's status.
import type { Report } from '../core/types.js';

export type FailOn = 'error' | 'warning' | 'never';

export function isFailOn(value: string): value is FailOn {
  return value === 'error' || value === 'warning' || value === 'never';
}

export function shouldFail(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return report.errorCount + report.warningCount > 0;
  return report.errorCount > 0;
}
