// The job summary and `--format markdown`: the same markdown as the pull-request comment, rendered
// by the same module (src/report/comment.ts), without the comment's hidden marker. Every value that
// came from a post is escaped there, so a post cannot inject HTML, mentions or table breaks.
import type { Report } from '../core/types.js';
import { formatReportMarkdown, SUMMARY_LIMIT } from './comment.js';

export interface MarkdownOptions {
  /** `summary`: GitHub's job summary, cut (with a visible note) under its 1 MiB; `file` (default): no limit. */
  surface?: 'summary' | 'file';
  /** UTF-8 bytes for the job summary, characters otherwise. */
  limit?: number;
  /** Prefix for file links, e.g. `https://github.com/o/r/blob/<sha>/`; plain paths when absent. */
  linkBase?: string;
}

export { SUMMARY_LIMIT };

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return formatReportMarkdown(report, { surface: options.surface ?? 'file', ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(options.linkBase ? { linkBase: options.linkBase } : {}) });
}
