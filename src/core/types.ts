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
  /** What the post will look like once published; absent when the file could not be read. */
  preview?: PostPreview;
}

/** The preview card of a post, as the PR comment shows it for clean posts. All strings are raw
 * post content: sinks escape them. */
export interface PostPreview {
  title?: string;
  /** The date as shown on the site, in the site's time zone (`2025-03-03 21:00 +09:00`). */
  date?: string;
  /** The URL path the post will have (from the preset's permalink pattern and the site config). */
  url?: string;
  categories: string[];
  /** Tags after normalization (what the tag pages will list). */
  tags: string[];
  /** Minutes, Korean-aware: Hangul counted by characters (~500/min), Latin by words (~200/min). */
  readingMinutes: number;
  words: number;
  characters: number;
  cover?: string;
  /** `description`/`excerpt` from the frontmatter, else the first paragraph, as plain text. */
  excerpt?: string;
  /** Headings of the body, in order: depth 1-6 and their plain text. */
  outline: Array<{ depth: number; text: string }>;
  images: number;
  /** Whether the engine publishes the post, as of the run; absent when only the site's code could say. */
  publication?: PreviewPublication;
}

/** The card's "Publication" line: what the engine does with the post when the change is merged. */
export interface PreviewPublication {
  /** `published` when merged; `future`: hidden until `when`; `draft`; `expired` since `when`; `unknown`: the site's code decides. */
  state: 'published' | 'future' | 'draft' | 'expired' | 'unknown';
  /** The engine's name as written in prose (`Jekyll`). */
  engine: string;
  /** `future`/`expired`: the time, in the site's zone or UTC, with the zone's name (`2026-12-01 09:00 KST`). */
  when?: string;
  /** `future`/`expired`: the zone is the site's own (its config names it), not UTC for want of one. */
  siteZone?: boolean;
  /** `future`: a workflow rebuilds the site on this cron, so the post appears by itself. */
  scheduledBuild?: string;
  /** `draft`: what keeps it back. */
  cause?: 'draft' | 'published' | 'drafts-folder';
  /** `published`: a key the engine ignores (`draft`); `unknown`: the key only the site's code reads. */
  key?: string;
}

export interface Report {
  tool: { name: string; version: string };
  preset: string;
  /** How the preset was chosen (detected from the files, named by a flag or the config file). */
  presetReason?: string;
  lang: Lang;
  files: FileResult[];
  errorCount: number;
  warningCount: number;
}
