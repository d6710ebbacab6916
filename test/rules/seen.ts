// For the few rule tests that are not fixtures (test/rules/README.md says which and why): a blog on
// disk, the CLI run in-process with `--format json`, and the problems as the user reads them.
import { lintJson, makeBlog } from '../helpers.js';
import { fileUnreadableId, remarkRuleIds, type JsonReport } from './harness.js';

export const POST = '_posts/2025-01-01-hello.md';

/** Lines joined with LF and a final newline. */
export function text(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** A post: the frontmatter lines between `---` fences, a blank line, then the body lines. */
export function post(frontmatter: string[], ...body: string[]): string {
  return text('---', ...frontmatter, '---', '', ...body);
}

/** A clean Jekyll post (`title` + `date`), whose body starts on line 6 (line 5 is blank). */
export function jekyllPost(...body: string[]): string {
  return post(['title: Hello', 'date: 2025-01-01'], ...body);
}

export const blog = makeBlog;

export async function lint(files: Record<string, string | Uint8Array>, argv: string[] = []) {
  const root = await blog(files);
  const result = await lintJson(argv, root);
  return { ...result, root };
}

// The rules these tests were written about (test/rules.test.ts's set: every rule of src/rules when it
// was written, remark-lint's and file-unreadable). Reports of rules added later are left to their own
// tests, so that "exactly these problems" and "clean" keep meaning the same thing.
const COVERED = new Set([
  'frontmatter-missing', 'frontmatter-syntax', 'frontmatter-executable', 'required-keys', 'empty-value', 'key-case',
  'date-invalid', 'date-timezone', 'date-future', 'date-filename-mismatch', 'taxonomy-key', 'taxonomy-type',
  'title-heading-duplicate', 'image-alt-missing', 'image-alt-placeholder', 'image-file-url', 'image-local-path',
  'image-outside-repo', 'image-missing',
  ...remarkRuleIds,
  fileUnreadableId,
]);

export function covered(report: JsonReport): JsonReport {
  return { ...report, problems: report.problems.filter((problem) => COVERED.has(problem.ruleId)) };
}

export interface Seen {
  file?: string;
  ruleId: string;
  severity?: string;
  line: number;
  column?: number;
  message: string;
}

/** Problems as the user reads them, without end positions. */
export function seen(report: JsonReport, options: { file?: boolean; severity?: boolean; column?: boolean } = {}): Seen[] {
  return covered(report).problems.map((problem) => ({
    ...(options.file ? { file: problem.file } : {}),
    ruleId: problem.ruleId,
    ...(options.severity ? { severity: problem.severity } : {}),
    line: problem.line,
    ...(options.column === false ? {} : { column: problem.column }),
    message: problem.message,
  }));
}
