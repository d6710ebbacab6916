// `npm run docs`: regenerates what is generated from the rules' own metadata: the README's rule table
// (test/docs/rule-table.ts) and src/rules/catalogue.ts (test/docs/catalogue.ts). That code is
// TypeScript, run here by vite's module runner (vite comes with vitest), so the command works on a
// fresh clone after `npm ci` with no build and no other tool.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const load = async (file) => (await runnerImport(path.join(root, 'test', 'docs', file), { root, configFile: false, logLevel: 'error' })).module;
const catalogue = await load('catalogue.ts');
console.log((await catalogue.writeCatalogue()) ? 'src/rules/catalogue.ts: regenerated' : 'src/rules/catalogue.ts: already up to date');
const table = await load('rule-table.ts');
console.log((await table.writeTable()) ? 'README.md: rule table regenerated' : 'README.md: rule table already up to date');
