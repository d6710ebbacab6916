// SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and other viewers.
// With the posts' texts, each result carries a partial fingerprint that survives line shifts (code
// scanning matches alerts across commits by it) and its fix as SARIF replacements.
import { createHash } from 'node:crypto';
import type { Edit, Problem, Report } from '../engine/types.js';
import { allRules } from '../rules/index.js';
import { TOOL_URL } from '../version.js';

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
 * fingerprint when lines are added above it, or its position in the line moves.
 */
export function partialFingerprints(problems: Problem[], text: string): Map<Problem, string> {
  const lines = text.split('\n');
  const seen = new Map<string, number>();
  const prints = new Map<Problem, string>();
  for (const problem of problems) {
    const key = [problem.ruleId, problem.file, (lines[problem.line - 1] ?? '').trim()].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    prints.set(problem, createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32));
  }
  return prints;
}

/** An offset of the text as read (BOM included) as a SARIF position: 1-based line and UTF-16 column,
 * and a character offset into the text without the BOM (what an editor shows). */
function positionAt(text: string, offset: number): { line: number; column: number; char: number } {
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const at = Math.max(offset, bom);
  const before = text.slice(bom, at);
  const line = before.split('\n').length;
  const column = at - bom - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, char: at - bom };
}

function replacement(text: string, edit: Edit) {
  const start = positionAt(text, edit.range[0]);
  const end = positionAt(text, edit.range[1]);
  return {
    deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.char, charLength: end.char - start.char },
    insertedContent: { text: edit.text },
  };
}

/** `texts` (file -> its text as read) adds fingerprints and fixes; `--merge` has no texts, and no
 * line to fingerprint, so its results carry neither. */
export function formatSarif(report: Report, texts: Map<string, string> = new Map()): string {
  const used = new Set(report.files.flatMap((file) => file.problems.map((problem) => problem.ruleId)));
  const rules = allRules.filter((rule) => used.has(rule.id));
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
              helpUri: `${TOOL_URL}#${rule.id}`,
              defaultConfiguration: { level: rule.severity === 'off' ? 'none' : rule.severity },
              properties: { category: rule.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) => {
          const text = texts.get(file.file);
          const prints = text === undefined ? undefined : partialFingerprints(file.problems, text);
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
                ? { fixes: [{ description: { text: problem.message }, artifactChanges: [{ artifactLocation, replacements: [...problem.fix.edits].sort((a, b) => a.range[0] - b.range[0]).map((edit) => replacement(text, edit)) }] }] }
                : {}),
            };
          });
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
