// The README's rule table is generated from the rules' own metadata (test/docs/rule-table.ts), and
// this test fails when it is stale; `npm run docs` rewrites it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';
import { readTable } from './docs/rule-table.js';

describe('README', () => {
  it('documents every rule, generated from the rule metadata', async () => {
    const { current, generated } = await readTable();
    expect(current, 'the README rule table is stale: run `npm run docs`').toBe(generated);
    // …and that command exists.
    const scripts = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')).scripts;
    expect(scripts.docs).toBe('node test/docs/update.mjs');
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
