// SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and other viewers.
// With the posts' texts, each result carries a partial fingerprint that survives line shifts (code
// scanning matches alerts across commits by it) and its fix as SARIF replacements.
import { createHash, type Hash } from 'node:crypto';
import { lowerBound } from '../post/scan.js';
import type { Edit, Problem, Report } from '../core/types.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { ruleDocsUrl, TOOL_URL } from '../core/version.js';

/** `c#-tips?.md` must not turn into a fragment and a query: encode each segment. */
export function encodePathSegments(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** The key of our partial fingerprint (SARIF asks for a versioned name; code scanning reserves
 * `primaryLocationLineHash` for its own). */
export const FINGERPRINT_KEY = 'blogPostLint/v1';

/**
 * Per problem, a hash of its rule, its file, the text of its line (trimmed) and how many earlier
 * problems of that rule in that file sit on a line with the same text: the same problem gets the same
 * fingerprint when lines are added above it, or its position in the line moves. Each line's text is
 * read once, and one hash state per rule and line text is copied per problem (hashing a long line
 * again for each of its many problems was quadratic).
 */
export function partialFingerprints(problems: Problem[], text: string): Map<Problem, string> {
  const lines = text.split('\n');
  // Line number -> a number naming its trimmed text (lines with the same text share it).
  const lineIds = new Map<number, number>();
  const textIds = new Map<string, number>();
  const seen = new Map<string, number>();
  const states = new Map<string, Hash>();
  const prints = new Map<Problem, string>();
  for (const problem of problems) {
    let lineId = lineIds.get(problem.line);
    if (lineId === undefined) {
      const line = (lines[problem.line - 1] ?? '').trim();
      lineId = textIds.get(line);
      if (lineId === undefined) textIds.set(line, (lineId = textIds.size));
      lineIds.set(problem.line, lineId);
    }
    const id = `${problem.ruleId}\u0000${problem.file}\u0000${lineId}`;
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    let state = states.get(id);
    if (!state) {
      const line = (lines[problem.line - 1] ?? '').trim();
      states.set(id, (state = createHash('sha256').update([problem.ruleId, problem.file, line].join('\u0000'))));
    }
    prints.set(problem, state.copy().update(`\u0000${occurrence}`).digest('hex').slice(0, 32));
  }
  return prints;
}

/** Where each line of `text` starts, after the BOM (the offsets SARIF positions count from). */
function lineStartsOf(text: string, bom: number): number[] {
  const starts = [bom];
  for (let at = text.indexOf('\n', bom); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** An offset of the text as read (BOM included) as a SARIF position: 1-based line and UTF-16 column,
 * and a character offset into the text without the BOM (what an editor shows). Lines by binary
 * search (splitting the text up to each edit was quadratic in the number of fixes). */
function positionAt(text: string, starts: number[], offset: number): { line: number; column: number; char: number } {
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const at = Math.max(offset, bom);
  // The last line start at or before `at` (a newline at the text's end opens a line only past it).
  const line = Math.max(1, lowerBound(starts, Math.min(at, text.length) + 1));
  return { line, column: at - starts[line - 1]! + 1, char: at - bom };
}

function replacement(text: string, starts: number[], edit: Edit) {
  const start = positionAt(text, starts, edit.range[0]);
  const end = positionAt(text, starts, edit.range[1]);
  return {
    deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.char, charLength: end.char - start.char },
    insertedContent: { text: edit.text },
  };
}

/** `texts` (file -> its text as read) adds fingerprints and fixes; `--merge` has no texts, and no
 * line to fingerprint, so its results carry neither. */
export function formatSarif(report: Report, texts: Map<string, string> = new Map()): string {
  const used = new Set(report.files.flatMap((file) => file.problems.map((problem) => problem.ruleId)));
  const rules = ruleCatalogue.filter((rule) => used.has(rule.id));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: TOOL_URL,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.docs[report.lang] },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: rule.severity === 'off' ? 'none' : rule.severity },
              properties: { category: rule.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) => {
          const text = texts.get(file.file);
          const prints = text === undefined ? undefined : partialFingerprints(file.problems, text);
          let starts: number[] | undefined;
          return file.problems.map((problem) => {
            const artifactLocation = { uri: encodePathSegments(problem.file), uriBaseId: '%SRCROOT%' };
            const print = prints?.get(problem);
            return {
              ruleId: problem.ruleId,
              ruleIndex: index.get(problem.ruleId),
              level: problem.severity,
              message: { text: problem.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation,
                    region: { startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn },
                  },
                },
              ],
              ...(print ? { partialFingerprints: { [FINGERPRINT_KEY]: print } } : {}),
              ...(problem.fix && problem.fix.edits.length > 0 && text !== undefined
                ? { fixes: [{ description: { text: problem.message }, artifactChanges: [{ artifactLocation, replacements: [...problem.fix.edits].sort((a, b) => a.range[0] - b.range[0]).map((edit) => replacement(text, (starts ??= lineStartsOf(text, text.startsWith('\ufeff') ? 1 : 0)), edit)) }] }] }
                : {}),
            };
          });
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
