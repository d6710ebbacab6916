// The README's rule table, generated from the rules' own metadata (as remark-lint and markdownlint
// do): `npm run docs` writes it (test/docs/update.mjs), and test/docs.test.ts fails when it is stale.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../src/rules/index.js';
import { presets } from '../../src/presets/index.js';

export const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');
export const START = '<!-- rules:start (generated from src/rules by `npm run docs`) -->';
export const END = '<!-- rules:end -->';

export function ruleTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const names = Object.keys(presets) as Array<keyof typeof presets>;
  const rows = allRules.map((rule) => {
    const setBy = names.filter((name) => presets[name].severities[rule.id] !== undefined);
    const byPreset = setBy.length > 0 ? ' (' + setBy.map((name) => `${name}: ${presets[name].severities[rule.id]}`).join(', ') + ')' : '';
    return `| <a id="${rule.id}"></a>\`${rule.id}\` | ${rule.category} | ${rule.severity}${byPreset} | ${cell(rule.docs.en)}<br>${cell(rule.docs.ko)} |`;
  });
  return ['| Rule | Category | Default | What it checks |', '|---|---|---|---|', ...rows].join('\n');
}

/** The table's place in the README: from the start marker (whatever its wording) to the end marker. */
function markers(readme: string): { start: number; end: number } {
  const start = readme.indexOf('<!-- rules:start');
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md needs the rules markers (<!-- rules:start … --> and <!-- rules:end -->)');
  return { start, end: end + END.length };
}

/** The README's table as it is, and as the rules make it. */
export async function readTable(): Promise<{ readme: string; current: string; generated: string }> {
  const readme = await fs.readFile(README, 'utf8');
  const { start, end } = markers(readme);
  return { readme, current: readme.slice(start, end), generated: `${START}\n${ruleTable()}\n${END}` };
}

/** Rewrites the README's table; true when it changed. */
export async function writeTable(): Promise<boolean> {
  const { readme, current, generated } = await readTable();
  if (current === generated) return false;
  const { start, end } = markers(readme);
  await fs.writeFile(README, readme.slice(0, start) + generated + readme.slice(end));
  return true;
}
