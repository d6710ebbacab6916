// SARIF for code scanning: partial fingerprints that survive line shifts, fixes as SARIF
// replacements that do what our fixes do, and a log that fits the SARIF 2.1.0 schema's rules for
// every object we write (checked structurally: the schema file itself is not vendored here).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/runner/fix.js';
import type { JsonReport } from '../src/report/json.js';
import { FINGERPRINT_KEY } from '../src/report/sarif.js';
import { lintJson, makeBlog, projectRoot, runCli } from './helpers.js';

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number; charOffset: number; charLength: number }
interface Replacement { deletedRegion: Region; insertedContent: { text: string } }
interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Region } }[];
  partialFingerprints?: Record<string, string>;
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string; uriBaseId: string }; replacements: Replacement[] }[] }[];
}
interface Sarif { version: string; runs: { columnKind: string; results: SarifResult[] }[] }

async function sarifOf(root: string): Promise<SarifResult[]> {
  const run = await runCli(['--format', 'sarif'], root);
  expect(run.stderr).toBe('');
  const log = JSON.parse(run.stdout) as Sarif;
  expectSchemaShape(log);
  return log.runs[0]!.results;
}

/** The SARIF 2.1.0 schema's constraints on the objects we emit (required members, types, minimums). */
function expectSchemaShape(log: Sarif): void {
  expect(log.version).toBe('2.1.0');
  for (const run of log.runs) {
    expect(['utf16CodeUnits', 'unicodeCodePoints']).toContain(run.columnKind);
    for (const result of run.results) {
      expect(typeof result.message.text).toBe('string');
      if (result.partialFingerprints) {
        for (const value of Object.values(result.partialFingerprints)) expect(typeof value).toBe('string');
      }
      for (const fix of result.fixes ?? []) {
        expect(Object.keys(fix).every((key) => ['description', 'artifactChanges', 'properties'].includes(key))).toBe(true);
        expect(fix.artifactChanges.length).toBeGreaterThanOrEqual(1);
        for (const change of fix.artifactChanges) {
          expect(Object.keys(change).sort()).toEqual(['artifactLocation', 'replacements']);
          expect(typeof change.artifactLocation.uri).toBe('string');
          expect(change.replacements.length).toBeGreaterThanOrEqual(1);
          for (const replacement of change.replacements) {
            expect(Object.keys(replacement).every((key) => ['deletedRegion', 'insertedContent', 'properties'].includes(key))).toBe(true);
            const region = replacement.deletedRegion;
            for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) expect(Number.isInteger(region[key]) && region[key] >= 1, key).toBe(true);
            expect(Number.isInteger(region.charOffset) && region.charOffset >= 0).toBe(true);
            expect(Number.isInteger(region.charLength) && region.charLength >= 0).toBe(true);
            expect(typeof replacement.insertedContent.text).toBe('string');
          }
        }
      }
    }
  }
}

/** Applies SARIF replacements to a text without its BOM, by character offsets or by lines and columns. */
function applyReplacements(text: string, replacements: Replacement[], by: 'offset' | 'position'): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offsetOf = (line: number, column: number) => lineStarts[line - 1]! + column - 1;
  const spans = replacements.map((replacement) => {
    const region = replacement.deletedRegion;
    const [start, end] = by === 'offset' ? [region.charOffset, region.charOffset + region.charLength] : [offsetOf(region.startLine, region.startColumn), offsetOf(region.endLine, region.endColumn)];
    return { start, end, text: replacement.insertedContent.text };
  });
  let output = text;
  for (const span of spans.sort((a, b) => b.start - a.start)) output = output.slice(0, span.start) + span.text + output.slice(span.end);
  return output;
}

describe('--format sarif', () => {
  it('gives every result a fingerprint that stays when lines are added above it and differs between problems', async () => {
    const blog = await makeBlog({});
    await fs.cp(path.join(projectRoot, 'examples', 'blog'), blog, { recursive: true });
    const before = await sarifOf(blog);
    expect(before.length).toBeGreaterThan(5);
    const prints = before.map((result) => result.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(prints.every((print) => typeof print === 'string' && /^[0-9a-f]{32}$/.test(print))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);

    // Three new paragraphs at the top of every post's body: every problem below moves down.
    const posts = path.join(blog, '_posts');
    for (const name of await fs.readdir(posts)) {
      const file = path.join(posts, name);
      const text = await fs.readFile(file, 'utf8');
      if (!text.startsWith('---\n')) continue; // no frontmatter: its problem is on line 1 whatever follows
      const end = text.indexOf('\n---\n', 4) + 5;
      await fs.writeFile(file, `${text.slice(0, end)}\nA new first paragraph.\n\nAnother one.\n\nAnd one more.\n${text.slice(end)}`);
    }
    const after = await sarifOf(blog);
    const key = (result: SarifResult) => `${result.ruleId} ${result.partialFingerprints?.[FINGERPRINT_KEY]}`;
    const lineOf = (result: SarifResult) => result.locations[0]!.physicalLocation.region.startLine;
    const moved = after.filter((result) => lineOf(result) === lineOf(before.find((old) => key(old) === key(result))!) + 6);
    expect(moved.length, 'the body problems moved down six lines').toBeGreaterThan(5);
    expect(after.map(key).sort()).toEqual(before.map(key).sort());
  });

  it('two identical lines with the same problem get two fingerprints', async () => {
    const blog = await makeBlog({
      '_config.yml': 'title: t\n',
      '_posts/2025-03-03-a.md': '---\ntitle: A\ndate: 2025-03-03\n---\n\n![](http://example.com/a.png)\n\n![](http://example.com/a.png)\n',
    });
    const results = (await sarifOf(blog)).filter((result) => result.ruleId === 'image-insecure');
    expect(results).toHaveLength(2);
    expect(results[0]!.partialFingerprints).not.toEqual(results[1]!.partialFingerprints);
  });

  it('carries each fix as replacements that do what the fix does, by offsets and by lines and columns (CRLF and BOM too)', async () => {
    const blog = await makeBlog({});
    await fs.cp(path.join(projectRoot, 'examples', 'blog'), blog, { recursive: true });
    const crlf = '\ufeff---\r\ntitle: CRLF\r\ndate: 2025-03-04\r\nTags: 해커톤, 후기\r\n---\r\n\r\n![a chart](http://example.com/chart.png)\r\n';
    await fs.writeFile(path.join(blog, '_posts', '2025-03-04-crlf.md'), crlf);
    const results = await sarifOf(blog);
    const json: JsonReport = (await lintJson([], blog)).report;
    const fixable = json.problems.filter((problem) => problem.fix);
    expect(fixable.length).toBeGreaterThan(3);
    expect(results.filter((result) => result.fixes).length).toBe(fixable.length);
    let checked = 0;
    results.forEach((result, i) => {
      const problem = json.problems[i]!;
      if (!problem.fix) return expect(result.fixes).toBeUndefined();
      expect(result.ruleId).toBe(problem.ruleId);
      const [fix] = result.fixes!;
      expect(result.fixes).toHaveLength(1);
      expect(decodeURI(fix!.artifactChanges[0]!.artifactLocation.uri)).toBe(problem.file);
      checked++;
      return checked;
    });
    for (const [i, problem] of json.problems.entries()) {
      if (!problem.fix) continue;
      const raw = problem.file.endsWith('crlf.md') ? crlf : await fs.readFile(path.join(blog, problem.file), 'utf8');
      const bom = raw.startsWith('\ufeff') ? '\ufeff' : '';
      const expected = applyFixes(raw, [problem]).output;
      const replacements = results[i]!.fixes![0]!.artifactChanges[0]!.replacements;
      expect(bom + applyReplacements(raw.slice(bom.length), replacements, 'offset'), `${problem.ruleId} by offset`).toBe(expected);
      expect(bom + applyReplacements(raw.slice(bom.length), replacements, 'position'), `${problem.ruleId} by position`).toBe(expected);
    }
    expect(json.problems.some((problem) => problem.file.endsWith('crlf.md') && problem.fix)).toBe(true);
    expect(checked).toBe(fixable.length);
  });

  it('--merge has no texts: its results carry no fingerprints or fixes, and are still valid', async () => {
    const blog = await makeBlog({});
    await fs.cp(path.join(projectRoot, 'examples', 'blog'), blog, { recursive: true });
    await fs.writeFile(path.join(blog, 'report.json'), (await runCli(['--format', 'json'], blog)).stdout);
    const merged = JSON.parse((await runCli(['--merge', 'report.json', '--format', 'sarif'], blog)).stdout) as Sarif;
    expectSchemaShape(merged);
    expect(merged.runs[0]!.results.length).toBeGreaterThan(0);
    expect(merged.runs[0]!.results.some((result) => result.partialFingerprints || result.fixes)).toBe(false);
  });
});
