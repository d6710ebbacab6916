// The JSON format: stable, versioned, documented in the README. Additive changes only within a
// `version`; a breaking change bumps it.
import type { Lang, Problem, Report } from '../core/types.js';
import { summarize, type ReportSummary } from './summary.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonReport {
  version: number;
  tool: Report['tool'];
  preset: string;
  /** How the preset was chosen: "detected hugo (hugo.toml and content/)", "--preset jekyll". */
  presetReason?: string;
  /** The language of the messages, so that `--merge` renders the rest in the same one. */
  lang?: Lang;
  summary: ReportSummary;
  /** Every file that was linted, clean ones included. */
  files: string[];
  problems: Problem[];
}

export function toJsonReport(report: Report): JsonReport {
  return {
    version: JSON_FORMAT_VERSION,
    tool: report.tool,
    preset: report.preset,
    ...(report.presetReason ? { presetReason: report.presetReason } : {}),
    lang: report.lang,
    summary: summarize(report),
    files: report.files.map((file) => file.file),
    problems: report.files.flatMap((file) => file.problems),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n';
}
