// Fork mode's hand-over: the `pull_request` run (read-only token) writes this file, the
// `workflow_run` run (write token) reads it and posts. It carries what the publishing side needs and
// cannot get from GitHub itself: the JSON report, which PR and head SHA were linted, the blog prefix,
// the preview cards of clean posts, and per problem only the text of its line and its suggestion.
//
// The file comes from a run that executed a fork's code, so reading it trusts nothing: a size cap
// before parsing, JSON syntax, then every field's type. Whether it belongs to the triggering run is
// checked against GitHub (verify.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Lang, PostPreview, Problem, Report } from '../core/types.js';
import { toJsonReport, type JsonReport } from '../report/json.js';
import { MergeError, reportFromJson, validateJsonReport } from '../report/merge.js';
import type { InlineFacts } from './review.js';

export const ARTIFACT_FILE = 'blog-post-lint-publish.json';
export const ARTIFACT_KIND = 'blog-post-lint-publish';
export const ARTIFACT_VERSION = 1;
/** Far above a real PR's report (the comment itself stops at 64 KB), far below trouble. */
export const MAX_ARTIFACT_BYTES = 5 * 1024 * 1024;

export interface PublishArtifact {
  kind: typeof ARTIFACT_KIND;
  version: typeof ARTIFACT_VERSION;
  pullNumber: number;
  headSha: string;
  /** The blog root's path in the repository ('' at the top). */
  prefix: string;
  lang: Lang;
  report: JsonReport;
  /** Preview cards of the clean posts, by post. */
  previews: Record<string, PostPreview>;
  /** Index into report.problems -> what its inline comment needs. */
  inline: Array<{ problem: number } & InlineFacts>;
}

/** What the publishing side works with once the artifact passed every check. */
export interface ReceivedArtifact {
  pullNumber: number;
  headSha: string;
  prefix: string;
  report: Report;
  facts: Map<Problem, InlineFacts>;
}

export class ArtifactError extends Error {}

export function buildArtifact(input: { report: Report; pullNumber: number; headSha: string; prefix: string; facts: Map<Problem, InlineFacts> }): PublishArtifact {
  const json = toJsonReport(input.report);
  const index = new Map(json.problems.map((problem, i) => [problem, i]));
  const inline: PublishArtifact['inline'] = [];
  for (const [problem, facts] of input.facts) {
    const at = index.get(problem);
    if (at !== undefined) inline.push({ problem: at, ...facts });
  }
  const previews: Record<string, PostPreview> = {};
  for (const file of input.report.files) if (file.problems.length === 0 && file.preview) previews[file.file] = file.preview;
  return { kind: ARTIFACT_KIND, version: ARTIFACT_VERSION, pullNumber: input.pullNumber, headSha: input.headSha, prefix: input.prefix, lang: input.report.lang, report: json, previews, inline };
}

export async function writeArtifact(directory: string, artifact: PublishArtifact): Promise<string> {
  const file = path.join(directory, ARTIFACT_FILE);
  await fs.writeFile(file, JSON.stringify(artifact) + '\n');
  return file;
}

export async function readArtifact(file: string): Promise<ReceivedArtifact> {
  const name = path.basename(file);
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new ArtifactError(`${name}: no such file (was the artifact downloaded to ${file}?)`);
  if (stat.size > MAX_ARTIFACT_BYTES) throw new ArtifactError(`${name}: ${stat.size} bytes, over the ${MAX_ARTIFACT_BYTES}-byte cap`);
  return parseArtifact(name, await fs.readFile(file, 'utf8'));
}

export function parseArtifact(name: string, text: string): ReceivedArtifact {
  if (text.length > MAX_ARTIFACT_BYTES) throw new ArtifactError(`${name}: over the ${MAX_ARTIFACT_BYTES}-byte cap`);
  let data: PublishArtifact;
  try {
    data = JSON.parse(text) as PublishArtifact;
  } catch (error) {
    throw new ArtifactError(`${name}: not JSON (${(error as Error).message})`);
  }
  const bad = (what: string) => new ArtifactError(`${name}: ${what}`);
  if (!data || typeof data !== 'object' || data.kind !== ARTIFACT_KIND || data.version !== ARTIFACT_VERSION) throw bad(`not a ${ARTIFACT_KIND} artifact of version ${ARTIFACT_VERSION}`);
  if (!Number.isSafeInteger(data.pullNumber) || data.pullNumber < 1) throw bad('pullNumber is not a pull request number');
  if (typeof data.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(data.headSha)) throw bad('headSha is not a commit SHA');
  // The prefix ends up in links and in the paths compared with the PR's files.
  if (typeof data.prefix !== 'string' || !/^[\w.-]+(\/[\w.-]+)*$|^$/.test(data.prefix) || data.prefix.split('/').includes('..')) throw bad('prefix is not a plain relative folder');
  if (data.lang !== 'en' && data.lang !== 'ko') throw bad('lang must be en or ko');
  let json: JsonReport;
  try {
    json = validateJsonReport(name, data.report);
  } catch (error) {
    if (error instanceof MergeError) throw new ArtifactError(error.message.replace(`${name}: `, `${name}: report: `));
    throw error;
  }
  const report = reportFromJson([json], data.lang);

  if (!data.previews || typeof data.previews !== 'object' || Array.isArray(data.previews)) throw bad('previews is not an object');
  for (const [file, preview] of Object.entries(data.previews)) {
    const result = report.files.find((candidate) => candidate.file === file);
    if (!result) throw bad(`a preview for ${JSON.stringify(file)}, which is not in the report`);
    if (!isPreview(preview)) throw bad(`the preview of ${JSON.stringify(file)} is malformed`);
    if (result.problems.length === 0) result.preview = preview;
  }

  if (!Array.isArray(data.inline)) throw bad('inline is not a list');
  const facts = new Map<Problem, InlineFacts>();
  for (const entry of data.inline) {
    const problem = entry && Number.isInteger(entry.problem) ? json.problems[entry.problem] : undefined;
    if (!problem || facts.has(problem)) throw bad('an inline entry names no problem of the report, or one twice');
    if (typeof entry.lineText !== 'string') throw bad('an inline entry without the text of its line');
    const fact: InlineFacts = { lineText: entry.lineText };
    if (entry.suggestion !== undefined) {
      const { startLine, endLine, text: replacement } = entry.suggestion ?? ({} as Partial<NonNullable<InlineFacts['suggestion']>>);
      if (!Number.isInteger(startLine) || !Number.isInteger(endLine) || startLine! < 1 || endLine! < startLine! || typeof replacement !== 'string') throw bad('an inline suggestion is malformed');
      fact.suggestion = { startLine: startLine!, endLine: endLine!, text: replacement };
    }
    facts.set(problem, fact);
  }
  return { pullNumber: data.pullNumber, headSha: data.headSha, prefix: data.prefix, report, facts };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isPreview(value: unknown): value is PostPreview {
  const preview = value as PostPreview;
  if (!preview || typeof preview !== 'object') return false;
  for (const key of ['title', 'date', 'url', 'cover', 'excerpt'] as const) if (preview[key] !== undefined && !isString(preview[key])) return false;
  return (
    Array.isArray(preview.categories) && preview.categories.every(isString) &&
    Array.isArray(preview.tags) && preview.tags.every(isString) &&
    isCount(preview.readingMinutes) && isCount(preview.words) && isCount(preview.characters) && isCount(preview.images) &&
    Array.isArray(preview.outline) && preview.outline.every((heading) => !!heading && Number.isInteger(heading.depth) && heading.depth >= 1 && heading.depth <= 6 && isString(heading.text))
  );
}
