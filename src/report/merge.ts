// Merging the JSON reports of several shards into one report, so a matrix of jobs ends in one
// summary. The input is untrusted data (an artifact): its shape is checked, not assumed. The same
// checks guard the report inside fork mode's publish artifact (src/github/artifact.ts).
import type { Edit, FileResult, Lang, Problem, Report } from '../core/types.js';
import { JSON_FORMAT_VERSION, type JsonReport } from './json.js';

export class MergeError extends Error {}

/** `lang` is the language asked for; without one, the language the reports were written in when
 *  they agree (the shards ran in the blog, which may declare its own), else English. */
export function mergeJsonReports(reports: Array<{ name: string; text: string }>, lang: Lang | undefined): Report {
  const parsed = reports.map(({ name, text }) => parseJsonReport(name, text));
  const written = new Set(parsed.map((report) => report.lang));
  const common = written.size === 1 ? [...written][0] : undefined;
  return reportFromJson(parsed, lang ?? common ?? 'en');
}

export function parseJsonReport(name: string, text: string): JsonReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${name}: not JSON (${(error as Error).message})`);
  }
  return validateJsonReport(name, data);
}

/** `data` as a JSON report, or a MergeError naming what is wrong. Only known fields are kept. */
export function validateJsonReport(name: string, data: unknown): JsonReport {
  const report = data as JsonReport;
  if (!report || typeof report !== 'object' || report.version !== JSON_FORMAT_VERSION || !Array.isArray(report.files) || !Array.isArray(report.problems)) {
    throw new MergeError(`${name}: not a blog-post-lint JSON report of version ${JSON_FORMAT_VERSION}`);
  }
  if (!report.files.every((file) => typeof file === 'string')) throw new MergeError(`${name}: a file name that is not a string`);
  for (const problem of report.problems) {
    if (!isProblem(problem)) throw new MergeError(`${name}: a problem without file, line, ruleId, severity or message`);
    if (problem.fix !== undefined && !isFix(problem.fix)) throw new MergeError(`${name}: a problem's fix is not a list of edits`);
  }
  const tool = report.tool && typeof report.tool.name === 'string' && typeof report.tool.version === 'string' ? { name: report.tool.name, version: report.tool.version } : undefined;
  const lang = report.lang === 'en' || report.lang === 'ko' ? report.lang : undefined;
  return { ...report, ...(tool ? { tool } : {}), preset: typeof report.preset === 'string' ? report.preset : '', lang };
}

export function reportFromJson(reports: JsonReport[], lang: Lang): Report {
  const files = new Map<string, Problem[]>();
  let tool: Report['tool'] | undefined;
  let preset = '';
  for (const data of reports) {
    tool ??= data.tool;
    preset ||= data.preset;
    for (const file of data.files) if (!files.has(file)) files.set(file, []);
    for (const problem of data.problems) {
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
  return !!problem && typeof problem.file === 'string' && Number.isInteger(problem.line) && problem.line >= 1 && typeof problem.ruleId === 'string' && (problem.severity === 'error' || problem.severity === 'warning') && typeof problem.message === 'string';
}

function isFix(value: unknown): boolean {
  const edits = (value as { edits?: unknown } | null)?.edits;
  return Array.isArray(edits) && edits.every((edit: Edit) => !!edit && typeof edit.text === 'string' && Array.isArray(edit.range) && edit.range.length === 2 && edit.range.every((offset) => Number.isInteger(offset) && offset >= 0));
}
