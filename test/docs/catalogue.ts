// src/rules/catalogue.ts, the rules' metadata without their code (see test/architecture/catalogue.test.ts,
// which fails when it is stale): generated from the rules themselves, written by `npm run docs`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../src/rules/index.js';
import type { RuleEntry } from '../../src/rule-api/rule.js';

export const CATALOGUE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'rules', 'catalogue.ts');

function entryOf(rule: RuleEntry): RuleEntry {
  const entry: RuleEntry = { id: rule.id, category: rule.category, severity: rule.severity, fixable: rule.fixable, docs: { en: rule.docs.en, ko: rule.docs.ko }, options: rule.options };
  if (rule.postsOnly) entry.postsOnly = true;
  if (rule.forUnpublished) entry.forUnpublished = true;
  return entry;
}

export function catalogueSource(): string {
  const entries = allRules.map((rule) => `  ${JSON.stringify(entryOf(rule))},`);
  return [
    '// Generated from the rules\' own metadata (src/rules/index.ts) by `npm run docs`; do not edit.',
    '// Every rule without its messages and code: what the front doors need to resolve settings, check a',
    '// config and list the rules, without loading the rules themselves (remark, micromark, every check).',
    '// test/architecture/catalogue.test.ts fails when this file is stale.',
    "import type { RuleEntry } from '../rule-api/rule.js';",
    '',
    'export const ruleCatalogue: readonly RuleEntry[] = [',
    ...entries,
    '];',
    '',
  ].join('\n');
}

/** Rewrites src/rules/catalogue.ts; true when it changed. */
export async function writeCatalogue(): Promise<boolean> {
  const generated = catalogueSource();
  const current = await fs.readFile(CATALOGUE, 'utf8').catch(() => '');
  if (current === generated) return false;
  await fs.writeFile(CATALOGUE, generated);
  return true;
}
