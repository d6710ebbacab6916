// Workflow annotations: one per problem, errors first, capped so a broken blog does not bury the
// log (GitHub shows at most 10 of each kind per step, 50 per job); the rest are in the summary.
import path from 'node:path';
import type { Problem, Report } from '../core/types.js';
import { plainText } from './escape.js';

export const ANNOTATION_LIMIT = 50;

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  info(message: string): void;
}

export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export function annotate(report: Report, pathPrefix: string, sink: AnnotationSink): number {
  const problems = report.files.flatMap((file) => file.problems);
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  const shown = ordered.slice(0, ANNOTATION_LIMIT);
  for (const problem of shown) {
    const properties = toProperties(problem, pathPrefix);
    if (problem.severity === 'error') sink.error(plainText(problem.message), properties);
    else sink.warning(plainText(problem.message), properties);
  }
  if (ordered.length > shown.length) sink.info(`${ordered.length - shown.length} more problems are not annotated; see the job summary.`);
  return shown.length;
}

function toProperties(problem: Problem, pathPrefix: string): AnnotationProperties {
  const properties: AnnotationProperties = {
    title: `blog-post-lint (${problem.ruleId})`,
    file: pathPrefix ? path.posix.join(pathPrefix, problem.file) : problem.file,
    startLine: problem.line,
    endLine: problem.endLine,
  };
  // GitHub ignores columns on multi-line annotations.
  if (problem.endLine === problem.line) {
    properties.startColumn = problem.column;
    properties.endColumn = problem.endColumn;
  }
  return properties;
}
