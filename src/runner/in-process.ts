// Linting in the front door's own thread, for runs with no worker bundle to start (the sources
// under test, the library API). The lint code is imported on first use, so that a front door that
// lints in workers (every run of the bundles) never loads remark, micromark or a single rule: that
// loading is the workers' (bench/RESULTS-pr.md, the PR-sized run).
import type { FixedText, LintFilesOptions } from './lint.js';
import type { LintEnvironment } from './environment.js';
import type { Report } from '../core/types.js';

export async function lintFilesInProcess(files: string[], environment: LintEnvironment, options: LintFilesOptions = {}): Promise<Report> {
  const { lintFiles } = await import('./lint.js');
  return lintFiles(files, environment, options);
}

export async function fixTextInProcess(file: string, original: string, environment: LintEnvironment): Promise<FixedText> {
  const { fixText } = await import('./lint.js');
  return fixText(file, original, environment);
}
