// `npm run demo`: runs the action bundle (dist/index.js) on the example blog the way a GitHub
// runner would for a pull request — every input of action.yml at its default, the event file
// from examples/act, a job-summary file, an outputs file — but with no token, so instead of
// posting, it prints the pull-request comment it would post. Nothing is sent anywhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'blog-post-lint-demo-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true })); // the demo leaves nothing behind
const summary = path.join(temp, 'step-summary.md');
const outputs = path.join(temp, 'outputs.txt');
writeFileSync(summary, '');
writeFileSync(outputs, '');

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`INPUT_${name.toUpperCase()}`, String(input.default ?? '')]));
const lang = process.argv.includes('--ko') ? 'ko' : 'en';

const run = spawnSync(process.execPath, [path.join(root, 'dist', 'index.js')], {
  env: {
    PATH: process.env.PATH,
    TMPDIR: process.env.TMPDIR,
    ...inputs,
    INPUT_LANG: lang,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(root, 'examples', 'act', 'pull_request.json'),
    GITHUB_REPOSITORY: 'you/your-blog',
    GITHUB_WORKSPACE: path.join(root, 'examples', 'blog'),
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: outputs,
  },
  encoding: 'utf8',
});

console.log('──── the action log (annotations are the ::error / ::warning lines) ────');
console.log(run.stdout.trimEnd());
console.log('\n──── the job summary: the pull-request comment it would post (markdown) ────\n');
console.log(readFileSync(summary, 'utf8'));
console.log('──── outputs ────');
console.log(readFileSync(outputs, 'utf8').replace(/<<ghadelimiter_[\w-]+\n/g, '=').replace(/\nghadelimiter_[\w-]+/g, ''));
console.log(`The action exited ${run.status}: ${run.status === 0 ? 'the check passes' : 'the check fails (fail-on: error), as it should for this blog'}.`);
