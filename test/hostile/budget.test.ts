// Issue 15, "a time and memory budget per post": a post that stalls a parser or grows it past the
// heap cap gets one file-too-complex problem naming what it was given, within about that time,
// and every other post of the run is linted and reported as if it were alone. The posts are made
// here (large ones are never committed); the CLI runs from a bundle of the current sources in a
// child process, since the budget lives in worker threads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { corpusDir, hasShared, makeBlog, runCli, SHARED_MISSING } from '../helpers.js';
import { buildBundle, runBundle } from './bundle.js';
import { DEFAULT_BUDGET } from '../../src/runner/parallel.js';
import { getInputs } from '../../src/inputs.js';

let bundle = '';
const roots: string[] = [];
beforeAll(async () => {
  bundle = await buildBundle();
}, 120_000);
afterAll(async () => {
  for (const root of [...roots, bundle]) if (root) await fs.rm(root, { recursive: true, force: true });
});

const FRONT = '---\ntitle: A post\ndate: 2025-01-01 08:30:00 +0900\n---\n\n';
/** micromark's emphasis matching on `**_` runs is super-linear: this 90 KB post takes minutes. */
const SLOW = FRONT + '**_'.repeat(30_000) + '\n';
/** 200,000 emphasis nodes: quick to parse per node, far more than 64 MB of syntax tree. */
const HUGE = FRONT + '*a* '.repeat(200_000) + '\n';
const NORMAL = {
  '_posts/2025-01-01-clean.md': FRONT + 'Some text.\n',
  '_posts/2025-01-02-problems.md': '---\ntitle: Problems\ndate: 2025-01-02 08:30:00 +0900\nTags: [a, b]\n---\n\n![](missing.png)\n',
  '_config.yml': 'timezone: Asia/Seoul\n',
};

async function blog(files: Record<string, string>): Promise<string> {
  const root = await makeBlog(files);
  roots.push(root);
  return root;
}

interface Problem {
  file: string;
  ruleId: string;
  message: string;
  line: number;
}

function parse(stdout: string): { files: string[]; problems: Problem[] } {
  return JSON.parse(stdout) as { files: string[]; problems: Problem[] };
}

describe('a post over its time budget', () => {
  it('gets one file-too-complex problem within about the deadline; the other posts are reported as when linted alone', async () => {
    const alone = parse((await runBundle(bundle, ['--cwd', await blog(NORMAL), '--format', 'json'])).stdout);
    expect(alone.problems.length, 'the normal posts have problems of their own to report').toBeGreaterThan(0);

    const root = await blog({ ...NORMAL, '_posts/2025-01-03-slow.md': SLOW });
    const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--post-timeout', '2']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    const report = parse(run.stdout);
    expect(report.files).toEqual([...alone.files, '_posts/2025-01-03-slow.md'].sort());
    const slow = report.problems.filter((problem) => problem.file === '_posts/2025-01-03-slow.md');
    expect(slow).toEqual([
      expect.objectContaining({
        ruleId: 'file-too-complex',
        line: 1,
        message:
          'Linting this post took longer than 2 s (post-timeout), so it was stopped; not linted. Something in it is too complex for the parsers: look for very long runs of markup characters or very deep nesting.',
      }),
    ]);
    expect(report.problems.filter((problem) => problem.file !== '_posts/2025-01-03-slow.md')).toEqual(alone.problems);
    // The slow post alone would take minutes: the run ends with the deadline plus start-up.
    expect(run.ms).toBeLessThan(30_000);
  }, 120_000);

  it('in Korean too, and with several workers (--jobs 2) every other post is still reported', async () => {
    const root = await blog({ ...NORMAL, '_posts/2025-01-03-slow.md': SLOW, '_posts/2025-01-04-more.md': FRONT + 'More text.\n' });
    const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--post-timeout', '1.5', '--jobs', '2', '--lang', 'ko']);
    expect(run.code, run.stderr).toBe(1);
    const report = parse(run.stdout);
    expect(report.files).toHaveLength(4);
    const tooComplex = report.problems.filter((problem) => problem.ruleId === 'file-too-complex');
    expect(tooComplex).toEqual([expect.objectContaining({ file: '_posts/2025-01-03-slow.md' })]);
    expect(tooComplex[0]!.message).toContain('1.5초(post-timeout)');
    expect(report.problems.some((problem) => problem.file === '_posts/2025-01-02-problems.md' && problem.ruleId === 'key-case')).toBe(true);
  }, 120_000);

  it('the replaced worker goes on: two slow posts each get the finding, the post after them is linted', async () => {
    const root = await blog({ '_posts/2025-01-01-slow.md': SLOW, '_posts/2025-01-02-slow.md': SLOW, '_posts/2025-01-03-after.md': NORMAL['_posts/2025-01-02-problems.md'] });
    const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--post-timeout', '1', '--jobs', '1']);
    const report = parse(run.stdout);
    expect(report.problems.filter((problem) => problem.ruleId === 'file-too-complex').map((problem) => problem.file)).toEqual(['_posts/2025-01-01-slow.md', '_posts/2025-01-02-slow.md']);
    expect(report.problems.filter((problem) => problem.file === '_posts/2025-01-03-after.md').map((problem) => problem.ruleId)).toContain('key-case');
  }, 120_000);

  it('--fix does not wait on it either: the other posts are fixed', async () => {
    const root = await blog({ ...NORMAL, '_posts/2025-01-03-slow.md': SLOW });
    const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--post-timeout', '1', '--fix']);
    expect(run.stderr).toContain('fixed _posts/2025-01-02-problems.md');
    expect(await fs.readFile(path.join(root, '_posts/2025-01-02-problems.md'), 'utf8')).toContain('\ntags: [a, b]\n');
    expect(await fs.readFile(path.join(root, '_posts/2025-01-03-slow.md'), 'utf8')).toBe(SLOW);
    expect(parse(run.stdout).problems.filter((problem) => problem.ruleId === 'file-too-complex')).toHaveLength(1);
  }, 120_000);
});

describe('a post over its memory budget', () => {
  it('gets one file-too-complex problem naming the heap it was given (the worker ran out of heap, the run did not)', async () => {
    const root = await blog({ ...NORMAL, '_posts/2025-01-03-huge.md': HUGE });
    const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--post-memory', '64', '--post-timeout', '300']);
    expect(run.code, run.stderr).toBe(1);
    const report = parse(run.stdout);
    expect(report.problems.filter((problem) => problem.file === '_posts/2025-01-03-huge.md')).toEqual([
      expect.objectContaining({
        ruleId: 'file-too-complex',
        message:
          'Linting this post needed more than 64 MB of memory (post-memory), so it was stopped; not linted. Something in it is too complex for the parsers: look for very long runs of markup characters or very deep nesting.',
      }),
    ]);
    expect(report.problems.some((problem) => problem.file === '_posts/2025-01-02-problems.md' && problem.ruleId === 'key-case')).toBe(true);
  }, 320_000);

  it('the largest real posts of the corpus are linted under the default budget, and even under 64 MB', async () => {
    if (!hasShared) return console.log(SHARED_MISSING);
    const blogDir = path.join(corpusDir, 'ratsgo__ratsgo.github.io');
    const largest = ['_posts/2017-05-16-nounontology2.md', '_posts/2017-05-17-nounontology.md', '_posts/2017-08-16-deepNLP.md'];
    expect(DEFAULT_BUDGET).toEqual({ timeoutMs: 10_000, memoryMb: 128 });
    for (const memory of [[], ['--post-memory', '64']]) {
      const run = await runBundle(bundle, ['--cwd', blogDir, '--preset', 'markdown', '--format', 'json', ...memory, ...largest]);
      const report = parse(run.stdout);
      expect(report.files).toEqual(largest.sort());
      expect(report.problems.filter((problem) => problem.ruleId === 'file-too-complex')).toEqual([]);
    }
  }, 120_000);
});

describe('deep markdown nesting ends within the budget', () => {
  for (const [name, body] of [
    ['10,000 nested block quotes', '>'.repeat(10_000) + ' x\n'],
    ['3,000 nested lists', Array.from({ length: 3_000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n') + '\n'],
    ['50,000 task-list items', '- [ ] x\n'.repeat(50_000)],
  ] as const) {
    it(`${name}: linted or file-too-complex, never a crash or a hang, and the other posts are reported`, async () => {
      const root = await blog({ ...NORMAL, '_posts/2025-01-03-deep.md': FRONT + body });
      const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--post-timeout', '3']);
      expect([0, 1], run.stderr).toContain(run.code);
      expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)|FATAL|Error:/);
      const report = parse(run.stdout);
      expect(report.files).toContain('_posts/2025-01-03-deep.md');
      expect(report.problems.some((problem) => problem.file === '_posts/2025-01-02-problems.md' && problem.ruleId === 'key-case')).toBe(true);
      expect(run.ms).toBeLessThan(40_000);
    }, 120_000);
  }
});

describe('the first worker starts before the CLI has loaded (cli/early.ts)', () => {
  it('a run that ends before linting (a usage error, --help, --version) still exits at once', async () => {
    const root = await blog(NORMAL);
    for (const args of [['--post-timeout', 'soon'], ['--cwd', path.join(root, 'nowhere')], ['--help'], ['--version'], ['--rules', '--cwd', root]]) {
      const run = await runBundle(bundle, args, { timeoutMs: 30_000 });
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(args[0] === '--help' || args[0] === '--version' || args[0] === '--rules' ? 0 : 2);
    }
  });

  it('`--post-memory=64` (the = form) gives the post that needs more the 64 MB finding', async () => {
    const root = await blog({ ...NORMAL, '_posts/2025-01-03-huge.md': HUGE });
    const run = await runBundle(bundle, ['--cwd', root, '--format', 'json', '--post-memory=64', '--post-timeout', '300']);
    const huge = parse(run.stdout).problems.filter((problem) => problem.file === '_posts/2025-01-03-huge.md');
    expect(huge.map((problem) => [problem.ruleId, problem.message.includes('64 MB')])).toEqual([['file-too-complex', true]]);
  });
});

describe('--post-timeout and --post-memory are checked', () => {
  it('a bad value is a usage error that says what is expected', async () => {
    const root = await blog(NORMAL);
    for (const [args, message] of [
      [['--post-timeout', 'soon'], '--post-timeout must be a number of seconds from 0.1 to 3600, e.g. 10 or 2.5 (got "soon")'],
      [['--post-timeout', '0'], '--post-timeout must be a number of seconds from 0.1 to 3600, e.g. 10 or 2.5 (got "0")'],
      [['--post-memory', '16'], '--post-memory must be a whole number of megabytes from 64 to 65536, e.g. 128 (got "16")'],
      [['--post-memory', '1.5GB'], '--post-memory must be a whole number of megabytes from 64 to 65536, e.g. 128 (got "1.5GB")'],
    ] as const) {
      const run = await runCli([...args], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`blog-post-lint: ${message} (see blog-post-lint --help)\n`);
    }
    expect((await runCli(['--post-timeout', '2.5', '--post-memory', '256MB'], root)).code).toBe(1);
  });

  it('the action inputs post-timeout and post-memory: defaults, values and errors', () => {
    const saved = { ...process.env };
    try {
      expect(getInputs()).toMatchObject({ postTimeout: 10, postMemory: 128 });
      process.env['INPUT_POST-TIMEOUT'] = '2.5';
      process.env['INPUT_POST-MEMORY'] = '1024';
      expect(getInputs()).toMatchObject({ postTimeout: 2.5, postMemory: 1024 });
      process.env['INPUT_POST-TIMEOUT'] = '-1';
      expect(() => getInputs()).toThrow('input post-timeout must be a number of seconds from 0.1 to 3600, e.g. 10 or 2.5 (got "-1")');
      process.env['INPUT_POST-TIMEOUT'] = '';
      process.env['INPUT_POST-MEMORY'] = 'lots';
      expect(() => getInputs()).toThrow('input post-memory must be a whole number of megabytes from 64 to 65536, e.g. 128 (got "lots")');
    } finally {
      process.env = saved;
    }
  });
});
