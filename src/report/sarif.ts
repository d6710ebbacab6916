// SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and other viewers.
import type { Report } from '../engine/types.js';
import { allRules } from '../rules/index.js';
import { TOOL_URL } from '../version.js';

/** `c#-tips?.md` must not turn into a fragment and a query: encode each segment. */
export function encodePathSegments(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(report: Report): string {
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
        results: report.files.flatMap((file) =>
          file.problems.map((problem) => ({
            ruleId: problem.ruleId,
            ruleIndex: index.get(problem.ruleId),
            level: problem.severity,
            message: { text: problem.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodePathSegments(problem.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
