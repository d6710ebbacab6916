import { isSeq, isScalar, type Scalar } from 'yaml';
import { defineRule } from '../rule-api/rule.js';
import type { LintContext } from '../rule-api/context.js';
import type { FrontmatterEntry } from '../post/frontmatter.js';
import type { Edit, Fix } from '../core/types.js';
import { normalizeTerm, termOptionsFrom, termsFromString, tomlList, yamlFlowList, yamlScalarLike, type TermOptions } from '../post/tags.js';
import { hasUsableFrontmatter, valuePosition } from '../rule-api/entries.js';
import { positionAt } from '../post/source.js';

export const NORMALIZED_KEYS = ['tags', 'categories'];

export function termOptions(context: LintContext, key: string): TermOptions {
  return termOptionsFrom(context.options('tags-normalize'), key, context.engine.lowercaseTags);
}

/** Normalized terms in order, duplicates (ignoring case) dropped. */
export function normalizeTerms(terms: string[], options: TermOptions): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const term of terms) {
    const normalized = normalizeTerm(term, options);
    const key = normalized.toLowerCase();
    if (normalized === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(normalized);
  }
  return result;
}

/** Replaces the whole value with a one-line list, in the frontmatter's own syntax. */
export function listValueFix(context: LintContext, entry: FrontmatterEntry, terms: string[]): Fix | undefined {
  const range = entry.valueRange;
  if (!range || range[0] === range[1]) return undefined;
  const format = context.frontmatter!.format;
  if (format === 'json') return undefined;
  return { edits: [{ range, text: format === 'toml' ? tomlList(terms) : yamlFlowList(terms) }] };
}

export default defineRule({
  id: 'tags-normalize',
  category: 'tags',
  severity: 'warning',
  fixable: true,
  options: { case: { type: 'enum', values: ['preserve', 'lower'] }, aliases: { type: 'string-map' } },
  docs: {
    en: 'Tags and categories are a list of clean terms: a string becomes a list (Jekyll splits it on spaces), terms are trimmed, single-spaced and NFC (macOS writes NFD Hangul), case-only duplicates go, and `aliases` map variants (`k8s: kubernetes`). Tags keep their case unless the theme documents lowercase tags (Chirpy) or `case: lower` is set.',
    ko: '태그와 카테고리는 정돈된 용어 목록입니다. 문자열은 목록으로 바꾸고(Jekyll은 공백으로 나눔), 앞뒤 공백 제거, 공백 하나로, NFC(macOS는 한글을 NFD로 씀)로 맞추고, 대소문자만 다른 중복은 지우고, `aliases`로 변형을 통일합니다(`k8s: kubernetes`). 태그의 대소문자는 테마가 소문자 태그를 요구하거나(Chirpy) `case: lower`일 때만 바꿉니다.',
  },
  messages: {
    stringToList: { en: '`{key}: {value}` is a string; write it as the list `{list}`.', ko: '`{key}: {value}` 값은 문자열입니다. 목록 `{list}`{으로} 쓰세요.' },
    normalize: { en: 'Write `{key}` as `{list}` ({changes}).', ko: '`{key}` 값을 `{list}`{으로} 바꾸세요({changes}).' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    for (const entry of context.frontmatter!.entries) {
      if (!NORMALIZED_KEYS.includes(entry.key)) continue;
      const options = termOptions(context, entry.key);
      const value = entry.value;
      if (typeof value === 'string') {
        // A comma string is a type error (taxonomy-type reports and fixes it); a blank one is empty-value's.
        if (value.trim() === '' || value.includes(',')) continue;
        const terms = normalizeTerms(termsFromString(value, context.preset.taxonomyString === 'split-on-spaces'), options);
        const list = context.frontmatter!.format === 'toml' ? tomlList(terms) : yamlFlowList(terms);
        const fix = listValueFix(context, entry, terms);
        report({ messageId: 'stringToList', data: { key: entry.key, value, list }, position: valuePosition(context, entry), ...(fix ? { fix } : {}) });
        continue;
      }
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number')) continue;
      const items = value.map(String);
      const normalized = normalizeTerms(items, options);
      const changes = describeChanges(items, options);
      if (changes.length === 0) continue;
      const fix = context.frontmatter!.format === 'yaml' ? yamlItemEdits(context, entry, items, options) : listValueFix(context, entry, normalized);
      const list = context.frontmatter!.format === 'toml' ? tomlList(normalized) : yamlFlowList(normalized);
      report({ messageId: 'normalize', data: { key: entry.key, list, changes: changes.join(', ') }, position: valuePosition(context, entry), ...(fix ? { fix } : {}) });
    }
  },
});

function describeChanges(items: string[], options: TermOptions): string[] {
  const seen = new Set<string>();
  const changes: string[] = [];
  for (const item of items) {
    const normalized = normalizeTerm(item, options);
    const key = normalized.toLowerCase();
    if (seen.has(key) || normalized === '') changes.push(`\`${item}\` ×`);
    else if (normalized !== item) changes.push(item.normalize('NFC') === normalized ? `\`${normalized}\` NFC` : `\`${item}\` → \`${normalized}\``);
    seen.add(key);
  }
  return changes;
}

/** Per-item edits in a YAML list, so quoting, comments and the list's layout survive. */
function yamlItemEdits(context: LintContext, entry: FrontmatterEntry, items: string[], options: TermOptions): Fix | undefined {
  const sequence = entry.yamlNode;
  if (!sequence || !isSeq(sequence) || sequence.items.length !== items.length) return undefined;
  const base = context.frontmatter!.contentRange[0];
  const { text, lineStarts } = context.source;
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const node = sequence.items[index] as Scalar;
    if (!isScalar(node) || !node.range) return undefined;
    const start = base + node.range[0];
    const end = base + node.range[1];
    const normalized = normalizeTerm(items[index]!, options);
    const key = normalized.toLowerCase();
    if (seen.has(key) || normalized === '') {
      if (sequence.flow) {
        const previous = sequence.items[index - 1] as Scalar | undefined;
        if (!previous?.range) return undefined;
        edits.push({ range: [base + previous.range[1], end], text: '' });
      } else {
        // A block item owns its whole line (`  - dup  # comment`).
        const line = positionAt(context.source, start).line - 1;
        const lineStart = lineStarts[line]!;
        const nextLine = lineStarts[line + 1] ?? text.length;
        if (text.slice(lineStart, start).trim() !== '-') return undefined;
        edits.push({ range: [lineStart, nextLine], text: '' });
      }
      continue;
    }
    seen.add(key);
    if (typeof node.value === 'string' && normalized !== node.value) edits.push({ range: [start, end], text: yamlScalarLike(node, normalized) });
  }
  return edits.length > 0 ? { edits } : undefined;
}
