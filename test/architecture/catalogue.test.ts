// The rule catalogue (src/rules/catalogue.ts) is the rules' metadata without their code, so that the
// front doors resolve settings, check a config and list rules without loading remark, micromark and
// every rule (the PR-sized run's start-up). It is generated from the rules themselves, and this test
// fails when it is stale: `npm run docs` (or UPDATE_DOCS=1 with this test) rewrites it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { projectRoot } from '../helpers.js';
import { catalogueSource } from '../docs/catalogue.js';

const file = path.join(projectRoot, 'src/rules/catalogue.ts');

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
