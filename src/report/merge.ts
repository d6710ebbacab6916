// Merging the JSON reports of several shards into one report, so a matrix of jobs ends in one
// summary. The input is untrusted data (an artifact): its shape is checked, not assumed.
import type { FileResult, Lang, Problem, Report } from '../engine/types.js';
import { JSON_FORMAT_VERSION, type JsonReport } from './json.js';

export class MergeError extends Error {}

export function mergeJsonReports(reports: Array<{ name: string; text: string }>, lang: Lang): Report {
  const files = new Map<string, Problem[]>();
  let tool: Report['tool'] | undefined;
  let preset = '';
  for (const { name, text } of reports) {
    let data: JsonReport;
    try {
      data = JSON.parse(text) as JsonReport;
    } catch (error) {
      throw new MergeError(`${name}: not JSON (${(error as Error).message})`);
    }
    if (!data || data.version !== JSON_FORMAT_VERSION || !Array.isArray(data.files) || !Array.isArray(data.problems)) {
      throw new MergeError(`${name}: not a blog-post-lint JSON report of version ${JSON_FORMAT_VERSION}`);
    }
    tool ??= data.tool;
    preset ||= data.preset;
    for (const file of data.files) if (typeof file === 'string' && !files.has(file)) files.set(file, []);
    for (const problem of data.problems) {
      if (!isProblem(problem)) throw new MergeError(`${name}: a problem without file, line, ruleId, severity or message`);
      if (!files.has(problem.file)) files.set(problem.file, []);
      files.get(problem.file)!.push(problem);
    }
  }
  const results: FileResult[] = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, problems]) => ({ file, problems }));
  const all = results.flatMap((result) => result.problems);
  return {
    tool: tool ?? { name: 'blog-post-lint', version: '' },
    preset,
    lang,
    files: results,
    errorCount: all.filter((problem) => problem.severity === 'error').length,
    warningCount: all.filter((problem) => problem.severity === 'warning').length,
  };
}

function isProblem(value: unknown): value is Problem {
  const problem = value as Problem;
  return !!problem && typeof problem.file === 'string' && Number.isInteger(problem.line) && typeof problem.ruleId === 'string' && (problem.severity === 'error' || problem.severity === 'warning') && typeof problem.message === 'string';
}
