// `npm run docs`: regenerates the README's rule table from src/rules (test/docs/rule-table.ts). The
// table's code is TypeScript, run here by vite's module runner (vite comes with vitest), so the
// command works on a fresh clone after `npm ci` with no build and no other tool.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { module } = await runnerImport(path.join(root, 'test', 'docs', 'rule-table.ts'), { root, configFile: false, logLevel: 'error' });
const changed = await module.writeTable();
console.log(changed ? 'README.md: rule table regenerated' : 'README.md: rule table already up to date');
