// The shapes that flow through the pipeline: files -> posts -> problems (+ fixes) -> report.
// Sinks (formatters, the action) only ever see these types, never a rule module.

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';
export type Lang = 'en' | 'ko';
export type RuleCategory = 'frontmatter' | 'markdown' | 'images' | 'tags';

/** One replacement in the original file. Offsets are UTF-16 code units into the file as read
 * (BOM included), so applying an edit never needs the parser again. */
export interface Edit {
  range: [number, number];
  text: string;
}

export interface Fix {
  edits: Edit[];
}

export interface Problem {
  /** Repo-relative path with forward slashes. */
  file: string;
  /** 1-based; columns count UTF-16 code units, as editors and GitHub do. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
  fix?: Fix;
}

/** A point in the text as rules report it; the engine turns it into a Problem. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface FileResult {
  file: string;
  /** Sorted by position. A file that could not be read has one `file-unreadable` problem. */
  problems: Problem[];
}

export interface Report {
  tool: { name: string; version: string };
  preset: string;
  lang: Lang;
  files: FileResult[];
  errorCount: number;
  warningCount: number;
}
