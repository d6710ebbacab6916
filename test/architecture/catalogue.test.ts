// The rule catalogue (src/rules/catalogue.ts) is the rules' metadata without their code, so that the
// front doors resolve settings, check a config and list rules without loading remark, micromark and
// every rule (the PR-sized run's start-up). It is generated from the rules themselves, and this test
// fails when it is stale: `npm run docs` (or UPDATE_DOCS=1 with this test) rewrites it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import type { RuleEntry } from '../../src/rule-api/rule.js';
import { projectRoot } from '../helpers.js';

const file = path.join(projectRoot, 'src/rules/catalogue.ts');

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

describe('the rule catalogue', () => {
  it('is the rules\' metadata, in the registry\'s order (regenerate with `npm run docs`)', async () => {
    const generated = catalogueSource();
    const current = await fs.readFile(file, 'utf8').catch(() => '');
    if (process.env.UPDATE_DOCS && current !== generated) {
      await fs.writeFile(file, generated);
      return;
    }
    expect(current, 'src/rules/catalogue.ts is stale: run `npm run docs`').toBe(generated);
    expect(ruleCatalogue.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.id));
  });
});
