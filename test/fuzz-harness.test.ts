// The fuzz harness (`npm run fuzz`, bench/fuzz/) as units, without the long fuzz run: its mutators
// are deterministic for a seed and do what their names say, its minimizer shrinks a synthetic
// failure, and each of its checks fires on a stand-in CLI that misbehaves on cue.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng, generateInput, mutate, MUTATORS, METACHARACTERS, bodyStart } from '../bench/fuzz/mutate.mjs';
import { ddmin, shrinkBytes, longestRun } from '../bench/fuzz/minimize.mjs';
import { changedLines, checkPosts, hasStackTrace, splitArgs, strayLines } from '../bench/fuzz/harness.mjs';
import { projectRoot } from './helpers.js';

const POST = Buffer.from('---\ntitle: 한글 제목\ndate: 2024-01-01\ntags: [a, b]\n---\n\n# Heading\n\nSome *text* with [a link](https://example.com).\n\n- item\n- item\n');
const pool = [
  { name: 'a', bytes: POST },
  { name: 'b', bytes: Buffer.from('+++\ntitle = "x"\n+++\n\nBody.\n') },
];

describe('fuzz mutators', () => {
  it('give the same inputs for the same seed and index, different ones for another seed', () => {
    const first = Array.from({ length: 200 }, (_, i) => generateInput('s', i, pool));
    const again = Array.from({ length: 200 }, (_, i) => generateInput('s', i, pool));
    const other = Array.from({ length: 200 }, (_, i) => generateInput('t', i, pool));
    expect(again.map((input) => input.bytes.toString('base64'))).toEqual(first.map((input) => input.bytes.toString('base64')));
    expect(again.map((input) => input.mutations)).toEqual(first.map((input) => input.mutations));
    const same = other.filter((input, i) => input.bytes.equals(first[i]!.bytes)).length;
    expect(same).toBeLessThan(50);
  });

  it('an input does not depend on the inputs before it (index 150 alone equals index 150 of a run)', () => {
    expect(generateInput(7, 150, pool).bytes.equals(generateInput(7, 150, pool).bytes)).toBe(true);
    const run = Array.from({ length: 151 }, (_, i) => generateInput(7, i, pool));
    expect(run[150]!.bytes.equals(generateInput(7, 150, pool).bytes)).toBe(true);
  });

  it('use every mutator over a few hundred inputs, and leave some inputs unmutated', () => {
    const inputs = Array.from({ length: 600 }, (_, i) => generateInput(3, i, pool));
    const used = new Set(inputs.flatMap((input) => input.mutations.map((m) => m.replace(/\(.*$/, ''))));
    for (const mutator of MUTATORS) expect(used, mutator.name).toContain(mutator.name);
    expect(inputs.filter((input) => input.mutations.length === 0).length).toBeGreaterThan(20);
  });

  it('each mutator is deterministic for its seed', () => {
    for (const mutator of MUTATORS) {
      for (const seed of [1, 2, 3]) {
        const a = mutate(mutator.name, seed, POST);
        const b = mutate(mutator.name, seed, POST);
        expect(a.bytes.equals(b.bytes), mutator.name).toBe(true);
        expect(a.variant).toBe(b.variant);
      }
    }
  });

  it('do what their names say', () => {
    const many = (name: string) => Array.from({ length: 40 }, (_, seed) => mutate(name, seed, POST));
    // NUL bytes and invalid UTF-8 are there; BOMs are added; NFD Hangul replaces NFC.
    expect(many('nul').every((r) => r.bytes.includes(0))).toBe(true);
    const strict = new TextDecoder('utf-8', { fatal: true });
    expect(many('invalid-utf8').every((r) => { try { strict.decode(r.bytes); return false; } catch { return true; } })).toBe(true);
    expect(many('bom').some((r) => r.bytes[0] === 0xef && r.bytes[1] === 0xbb && r.bytes[2] === 0xbf)).toBe(true);
    expect(many('nfd-hangul').some((r) => r.bytes.toString('utf8').includes('한글'.normalize('NFD')))).toBe(true);
    // Line endings: CR and CRLF appear.
    expect(many('line-endings').some((r) => r.bytes.includes(13))).toBe(true);
    // Truncation only shortens.
    expect(many('truncate').every((r) => r.bytes.length <= POST.length && POST.subarray(0, r.bytes.length).equals(r.bytes))).toBe(true);
    // Fences: each kind shows up at the start of some output.
    const fenceLines = new Set(many('fence').flatMap((r) => r.bytes.toString('utf8').split('\n').filter((line) => ['+++', '---json', ';;;', '---js', '--- # c'].includes(line))));
    expect(fenceLines.size).toBeGreaterThanOrEqual(3);
    // Long lines: at least 256 bytes more, made of the one metacharacter (or sequence) named.
    for (const r of many('long-line')) {
      const unit = JSON.parse(/^(".*")x\d+:/.exec(r.variant)![1]!) as string;
      expect(r.bytes.length - POST.length, r.variant).toBeGreaterThanOrEqual(256);
      expect(r.bytes.toString('utf8'), r.variant).toContain(unit.repeat(Math.ceil(16 / unit.length)));
    }
    expect(METACHARACTERS).toEqual(expect.arrayContaining(['*', '_', '`', '[', '](', '![', '<', '{{', '{%', '#', '|', '\\']));
    // Aliases: an anchor and its aliases in the frontmatter.
    for (const r of many('yaml-aliases')) expect(r.bytes.toString('utf8')).toMatch(/&a0 [\s\S]*\*a0/);
    // Many tags and images: at least 20 tags / 50 images.
    for (const r of many('many-tags')) expect(r.bytes.toString('utf8').match(/tag\d+|kuber|k8s|[가-힣]/gu)?.length ?? 0, r.variant).toBeGreaterThanOrEqual(20);
    for (const r of many('many-images')) expect(r.bytes.toString('utf8').match(/!\[|<img/g)?.length ?? 0, r.variant).toBeGreaterThanOrEqual(50);
  });

  it('deep nesting goes deep', () => {
    const results = Array.from({ length: 60 }, (_, seed) => mutate('deep-nesting', seed, POST));
    const json = results.find((r) => r.variant.startsWith('json-array'))!;
    expect(json.bytes.toString('utf8')).toMatch(/^---json\n/);
    const depth = Number(json.variant.split(':')[1]);
    expect(json.bytes.toString('utf8')).toContain('['.repeat(depth));
    const quotes = results.find((r) => r.variant.startsWith('blockquote'))!;
    expect(quotes.bytes.toString('utf8')).toContain('> '.repeat(Number(quotes.variant.split(':')[1])));
  });

  it('find the end of the frontmatter', () => {
    expect(POST.subarray(bodyStart(POST)).toString('utf8').startsWith('\n# Heading')).toBe(true);
    expect(bodyStart(Buffer.from('no frontmatter\n'))).toBe(0);
    expect(bodyStart(Buffer.from('---\nunclosed: yes\n'))).toBe(0);
  });

  it('the random source is uniform enough and stays in range', () => {
    const rng = createRng('x');
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) counts[rng.int(10)]++;
    for (const count of counts) expect(count).toBeGreaterThan(850);
    for (let i = 0; i < 1000; i++) {
      const size = rng.size(16, 4096);
      expect(size).toBeGreaterThanOrEqual(16);
      expect(size).toBeLessThanOrEqual(4096);
    }
  });
});

describe('fuzz minimizer', () => {
  it('ddmin finds the one failing item among 200, in few tests', async () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const result = await ddmin(items, (list) => list.includes(137));
    expect(result.items).toEqual([137]);
    expect(result.tests).toBeLessThan(40);
  });

  it('ddmin finds a pair that fails only together', async () => {
    const items = Array.from({ length: 64 }, (_, i) => i);
    const result = await ddmin(items, (list) => list.includes(5) && list.includes(50));
    expect(result.items).toEqual([5, 50]);
  });

  it('ddmin stops at its deadline and returns a failing subset', async () => {
    const items = Array.from({ length: 64 }, (_, i) => i);
    const result = await ddmin(items, (list) => list.includes(9), { deadline: Date.now() - 1 });
    expect(result.items).toEqual(items);
  });

  it('shrinkBytes cuts a post down to what the failure needs', async () => {
    // The synthetic failure: a line of at least 100 `*` and a line `---json` anywhere.
    const post = Buffer.concat([POST, Buffer.from('---json\n' + 'text\n'.repeat(300) + '*'.repeat(50_000) + '\nmore\n'), POST]);
    const fails = (bytes: Buffer) => /(^|\n)---json\n/.test(bytes.toString('latin1')) && /\*{100}/.test(bytes.toString('latin1'));
    const result = await shrinkBytes(post, fails);
    expect(fails(result.bytes)).toBe(true);
    expect(result.bytes.length).toBeLessThan(250);
    expect(result.bytes.length).toBeGreaterThanOrEqual(100);
  });

  it('longestRun finds the repeated unit', () => {
    const run = longestRun(Buffer.from('abc' + '](' .repeat(500) + 'x'))!;
    expect(run).toEqual({ start: 3, unit: 2, repeats: 500 });
  });
});

describe('fuzz checks', () => {
  it('changedLines names the lines of the original that changed', () => {
    expect(changedLines(Buffer.from('a\nb\nc\n'), Buffer.from('a\nB\nc\n'))).toEqual([2]);
    expect(changedLines(Buffer.from('a\nb\nc\n'), Buffer.from('a\nb\nc\n'))).toEqual([]);
    expect(changedLines(Buffer.from('a\nb\nc'), Buffer.from('a\nb\nc\n'))).toEqual([3]);
    expect(changedLines(Buffer.from('a\nb\nc\nd\n'), Buffer.from('a\nc\nd\n'))).toEqual([2]);
    // Lines only inserted show as the line after them (not as the file's last line).
    expect(changedLines(Buffer.from('a\nb\nc\nd\n'), Buffer.from('a\nx\nb\nc\nd\n'))).toEqual([2]);
  });

  // Seed 1, input 18: template-in-code wraps a code block in `{% raw %}` … `{% endraw %}`, inserting
  // a line before its first line and one after its last. Only insertions: no line of the original
  // changed, and the harness blamed the file's last line ("stray-change: lines 435").
  it('strayLines: a line inserted next to a fixable problem is not stray, elsewhere it is', () => {
    const before = Buffer.from('# t\n\n```\n{{ x }}\n```\n\nend\n');
    const wrapped = Buffer.from('# t\n\n{% raw %}\n```\n{{ x }}\n```\n{% endraw %}\n\nend\n');
    expect(strayLines(before, wrapped, new Set([3, 4, 5]))).toEqual([]);
    expect(strayLines(before, wrapped, new Set())).toEqual([2, 5]);
    expect(strayLines(before, Buffer.from('# t\n\n```\n{{ x }}\n```\n\nend\nmore\n'), new Set([3, 4, 5]))).toEqual([7]);
    expect(strayLines(before, Buffer.from('x\n# t\n\n```\n{{ x }}\n```\n\nend\n'), new Set([3, 4, 5]))).toEqual([1]);
    // A final newline removed is a change of the last line.
    expect(strayLines(before, Buffer.from('# t\n\n```\n{{ x }}\n```\n\nend'), new Set([3, 4, 5]))).toEqual([7]);
  });

  // Seed 1, input 623: image-insecure fixed `http:` on lines 38 and 2,206 of a post with 2,472 HTML
  // images. The lines between the first and the last change were too many for the LCS table, and
  // the harness blamed all of them ("lines 39, 40, … (+2472)").
  it('strayLines on a long post changed at both ends names only the lines that changed', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `<img src="http://x/${i}.png">`);
    const fixed = lines.map((line, i) => (i === 9 || i === 2_989 ? line.replace('http:', 'https:') : line));
    const before = Buffer.from(lines.join('\n') + '\n');
    const after = Buffer.from(fixed.join('\n') + '\n');
    expect(strayLines(before, after, new Set([10, 2_990]))).toEqual([]);
    expect(changedLines(before, after)).toEqual([10, 2_990]);
    // With lines inserted and removed between them too.
    const moved = [...fixed.slice(0, 100), 'new', ...fixed.slice(100, 2_000), ...fixed.slice(2_001)];
    expect(changedLines(before, Buffer.from(moved.join('\n') + '\n'))).toEqual([10, 101, 2_001, 2_990]);
  });

  it('recognizes stack traces and splits extra CLI arguments', () => {
    expect(hasStackTrace('TypeError: x\n    at foo (file:///a/b.js:1:2)\n')).toBe(true);
    expect(hasStackTrace('FATAL ERROR: Reached heap limit')).toBe(true);
    expect(hasStackTrace('_posts/a.md:3: frontmatter is not valid at line 3\n')).toBe(false);
    expect(splitArgs(`--time-budget 2s --x "a b" 'c d'`)).toEqual(['--time-budget', '2s', '--x', 'a b', 'c d']);
  });

  const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'bpl-fuzz-test-'));
  afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));
  const fake = path.join(projectRoot, 'test', 'fixtures', 'fuzz', 'fake-cli.mjs');
  const check = async (cues: string[], engine = 'jekyll') => {
    const posts = cues.map((cue, index) => ({ index, bytes: Buffer.from(`---\ntitle: x\n---\nFAKE:${cue}\n\nText.\n`) }));
    const outcome = await checkPosts(posts, { node: process.execPath, cli: fake, tmpRoot, engine, startupMs: 0, startupCpuMs: 0, avgPostMs: 2000, postBudgetMs: 300 });
    return outcome.failures.map((f) => `${f.kind}${f.post !== undefined ? `@${f.post}` : ''}`).sort();
  };

  it('passes a CLI that behaves, with a fix on a fixable line', async () => {
    expect(await check(['fine', 'fixable', 'fine'])).toEqual([]);
    expect(await check(['fixable'], 'hugo')).toEqual([]);
    expect(await check(['fine'], 'markdown')).toEqual([]);
  });

  // Seed 1, input 49 (3,486 task items): over its (wall-time) budget in the report on a loaded
  // machine, so no fixable problem was known, then linted in time by --fix, which added the final
  // newline: a false stray-change. Likewise a post over budget in the first --fix and fixed by the
  // second is not a fix that changes things twice.
  it('does not blame fixes on a post that was over budget in the run before', async () => {
    expect(await check(['fine', 'slow-in-report'])).toEqual([]);
    expect(await check(['slow-in-fix', 'fine'])).toEqual([]);
  });

  it('fires on each kind of misbehaviour', async () => {
    expect(await check(['fine', 'abort'])).toEqual(['crash']);
    expect(await check(['exit2'])).toEqual(['bad-exit']);
    expect(await check(['badjson'])).toEqual(['bad-json']);
    expect(await check(['stack'])).toEqual(['stack-trace', 'stack-trace', 'stack-trace']);
    expect(await check(['fine', 'skip'])).toEqual(['missing-post@1']);
    expect(await check(['outside'])).toEqual(['outside-write', 'outside-write']);
    expect(await check(['fine', 'stray'])).toEqual(['stray-change@1']);
    expect(await check(['unstable'])).toEqual(['fix-unstable@0', 'stray-change@0']);
  });

  it('kills a run that spins, and calls it a hang', async () => {
    expect(await check(['spin'])).toEqual(['hang']);
  }, 30_000);

  it('sees posts read through a symlink out of the blog', async () => {
    expect(await check(['fine', 'follow'], 'markdown')).toEqual(['outside-read', 'outside-read', 'outside-read']);
  });
});
