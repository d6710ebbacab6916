// The README's rule table is generated from the rules' own metadata (as remark-lint and
// markdownlint do), and this test fails when it is stale. `UPDATE_DOCS=1 npm test -- test/docs.test.ts`
// rewrites it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';
import { presets } from '../src/presets/index.js';
import { projectRoot } from './helpers.js';

const START = '<!-- rules:start (generated from src/rules by test/docs.test.ts) -->';
const END = '<!-- rules:end -->';

function ruleTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = allRules.map((rule) => {
    const byPreset = (Object.keys(presets) as Array<keyof typeof presets>)
      .map((name) => presets[name].severities[rule.id])
      .some((value) => value !== undefined)
      ? ' (' + (Object.keys(presets) as Array<keyof typeof presets>).filter((name) => presets[name].severities[rule.id] !== undefined).map((name) => `${name}: ${presets[name].severities[rule.id]}`).join(', ') + ')'
      : '';
    return `| <a id="${rule.id}"></a>\`${rule.id}\` | ${rule.category} | ${rule.severity}${byPreset} | ${cell(rule.docs.en)}<br>${cell(rule.docs.ko)} |`;
  });
  return ['| Rule | Category | Default | What it checks |', '|---|---|---|---|', ...rows].join('\n');
}

describe('README', () => {
  it('documents every rule, generated from the rule metadata', async () => {
    const file = path.join(projectRoot, 'README.md');
    const readme = await fs.readFile(file, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README.md needs the rules markers').toBeGreaterThan(-1);
    const generated = `${START}\n${ruleTable()}\n${END}`;
    const current = readme.slice(start, end + END.length);
    if (process.env.UPDATE_DOCS && current !== generated) {
      await fs.writeFile(file, readme.slice(0, start) + generated + readme.slice(end + END.length));
      return;
    }
    expect(current, 'the README rule table is stale: run `UPDATE_DOCS=1 npx vitest run test/docs.test.ts`').toBe(generated);
  });

  it('shows the two commands a newcomer needs, and they exist in package.json', async () => {
    const readme = await fs.readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const scripts = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')).scripts;
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    expect(scripts.demo).toBeDefined();
    const ci = await fs.readFile(path.join(projectRoot, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test\b/m);
  });
});
