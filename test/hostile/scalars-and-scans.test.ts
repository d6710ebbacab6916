// Issue 15: fixes never change data (item 7), config globs that backtrack are refused (item 6), and
// the hand scans that replaced backtracking regexes (item 2) find exactly what the regexes found.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseDocument } from 'yaml';
import jsYaml from 'js-yaml';
import { yamlFlowList, yamlScalarLike } from '../../src/post/tags.js';
import { fixText } from '../../src/runner/lint.js';
import { createEnvironment } from '../../src/runner/environment.js';
import { resolveSettings } from '../../src/config/settings.js';
import { parseConfig, ConfigError } from '../../src/config/load.js';
import { blankMarkup, breakSchemes, querySuffixStart, trimEndBlanks } from '../../src/post/scan.js';
import { parseYamlDocument } from '../../src/post/yaml-document.js';
import { altAttribute, imgTags, kramdownImages, withoutTitle } from '../../src/post/images.js';
import { makeBlog, NOW } from '../helpers.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';

const TRICKY = ['Kubernetes', '.inf', '.NaN', '-.Inf', '+.inf', '.nan', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'null', 'Null', '~', 'true', '1', '1.5', '.5', '0x1f', '0o17', '1_000', '1:20', '2024-01-01', '12e3', ':colon', 'a: b', '@user', '`tick`', '#hash', 'a #b', '&anchor', '*alias', '!tag', '%percent', '|pipe', '>gt', "'quote", '"dq', '- dash', '-', '?q', '[x]', '{x}', 'a,b', '=', 'tab\there', 'line\nbreak', 'nel\u0085x', 'ls\u2028x', 'ctrl\u0007x', ' lead', 'trail ', '한글', 'C++', 'node.js', 'a-b'];

/** Every reader of the fixed text: yaml (1.2 core), yaml as YAML 1.1 (as Jekyll's Psych reads `yes`/`on`), js-yaml. */
function readers(text: string): Array<[string, unknown]> {
  return [
    ['yaml 1.2', parseYaml(text)],
    ['yaml 1.1', parseDocument(text, { version: '1.1' }).toJS()],
    ['js-yaml', jsYaml.load(text)],
  ];
}

describe('fixed YAML reads back as the same strings (item 7)', () => {
  it('a flow list of every tricky term: each reader gets the strings back', () => {
    const text = `tags: ${yamlFlowList(TRICKY)}\n`;
    for (const [reader, data] of readers(text)) expect((data as { tags: unknown }).tags, reader).toEqual(TRICKY);
  });
  it('a replacement in the author\'s quoting style reads back the same', () => {
    const original = parseDocument('a: "x"\nb: \'x\'\nc: x\n');
    for (const key of ['a', 'b', 'c']) {
      const node = original.get(key, true) as Parameters<typeof yamlScalarLike>[0];
      for (const term of TRICKY) {
        const text = `v: ${yamlScalarLike(node, term)}\n`;
        for (const [reader, data] of readers(text)) expect((data as { v: unknown }).v, `${reader} ${key} ${JSON.stringify(term)}`).toBe(term);
      }
    }
  });
  it('`tags: "Kubernetes .inf .NaN"` is fixed into a list of three strings', async () => {
    const root = await makeBlog({ '_config.yml': 'title: x\n' });
    const environment = await createEnvironment(root, resolveSettings(ruleCatalogue, { preset: 'jekyll', now: NOW }));
    const post = '---\ntitle: A post\ndate: 2024-01-01\ntags: "Kubernetes .inf .NaN yes 1.0"\n---\nbody\n';
    const { output } = await fixText('_posts/2024-01-01-a.md', post, environment);
    expect(output).not.toBe(post);
    const block = output.split('---\n')[1]!;
    for (const [reader, data] of readers(block)) expect((data as { tags: unknown }).tags, `${reader}: ${block}`).toEqual(['Kubernetes', '.inf', '.NaN', 'yes', '1.0']);
  });
});

describe('config globs that backtrack are refused (item 6)', () => {
  it('names the file and line of the pattern', () => {
    const text = 'preset: jekyll\npaths:\n  - _posts/**/*.md\n  - "_posts/**/*a*a*a*a*a*a*a*a*b.md"\n';
    expect(() => parseConfig(ruleCatalogue, '.blog-post-lint.yml', text)).toThrow(ConfigError);
    expect(() => parseConfig(ruleCatalogue, '.blog-post-lint.yml', text)).toThrow(/^\.blog-post-lint\.yml:4: paths: pattern `_posts\/\*\*\/\*a\*a.*` has 9 `\*` in one path segment; at most 2/);
    expect(() => parseConfig(ruleCatalogue, 'c.yml', `ignore: "x/${'{a,aa}'.repeat(8)}.md"\n`)).toThrow(/^c\.yml:1: ignore: .* groups/);
  });
  it('keeps the globs blogs write', () => {
    for (const glob of ['_posts/**/*.md', 'content/**/*.{md,markdown}', '_posts/*-*.md', 'src/content/blog/**', '**/*.mdx']) {
      expect(parseConfig(ruleCatalogue, 'c.yml', `paths: ["${glob}"]\n`).posts).toEqual([glob]);
    }
  });
});

// The old regexes, as oracles for the scans that replaced them, on many small random strings
// made of the characters each pattern cares about.
function randomStrings(alphabet: string[], count: number, maxLength: number, seed = 1): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''));
}

describe('the scans match what the regexes matched (item 2)', () => {
  it('markup blanking', () => {
    for (const text of randomStrings(['{', '}', ':', '%', '\n', 'a', ' '], 5000, 16)) {
      expect(blankMarkup(text), JSON.stringify(text)).toBe(text.replace(/\{:[^}\n]*\}|\{%[^%]*%\}|\{\{[^}]*\}\}/g, ' '));
    }
  });
  it('URL scheme breaking', () => {
    for (const text of randomStrings(['a', 'B', '1', '+', '.', '-', '_', ':', '/', ' ', 'é'], 5000, 14)) {
      expect(breakSchemes(text), JSON.stringify(text)).toBe(text.replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u200b//'));
    }
  });
  it('query suffix and trailing blanks', () => {
    for (const text of randomStrings(['a', '#', '?', '\n', '\r', '\u2028', ' ', '\t'], 5000, 10)) {
      expect(querySuffixStart(text), JSON.stringify(text)).toBe(/[?#].*$/.exec(text)?.index ?? -1);
      expect(trimEndBlanks(text)).toBe(text.replace(/[ \t]+$/, ''));
    }
  });
  it('YAML duplicate keys: the same errors as yaml\'s own check in every block with no syntax error', () => {
    const byPosition = (a: [string, number], b: [string, number]) => a[1] - b[1] || a[0].localeCompare(b[0]);
    const alphabet = ['a: 1\n', 'b: 2\n', '"a": 3\n', '1: x\n', "'1': y\n", 'c:\n  a: 1\n  a: 2\n', '- x\n', '{a: 1, a: 2}\n', 'a: [x\n', '~: n\n', 'null: m\n', ': e\n', '? a\n: z\n'];
    let compared = 0;
    for (const text of randomStrings(alphabet, 3000, 6)) {
      // In a block with syntax errors yaml's key positions are its own business (and the block is an error anyway).
      if (parseDocument(text, { uniqueKeys: false }).errors.length > 0) continue;
      compared++;
      const ours = parseYamlDocument(text, { prettyErrors: false }).errors.map((error): [string, number] => [error.code, error.pos[0]]).sort(byPosition);
      const theirs = parseDocument(text, { uniqueKeys: true, prettyErrors: false }).errors.map((error): [string, number] => [error.code, error.pos[0]]).sort(byPosition);
      expect(ours, JSON.stringify(text)).toEqual(theirs);
    }
    expect(compared).toBeGreaterThan(300);
  });
});

describe('the image scans match what the image regexes matched (item 2)', () => {
  it('`<img src>` and `alt`', () => {
    const IMG_TAG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
    const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
    const pieces = ['<img', '<IMG', ' ', 'src', 'SRC', 'data-src', '=', '"', "'", 'a', '>', 'alt', '\n', 'x'];
    for (const html of randomStrings(pieces, 20000, 12, 7)) {
      const expected = [...html.matchAll(IMG_TAG)].map((match) => ({ index: match.index, text: match[0], url: match[1] ?? match[2] ?? match[3] ?? '' }));
      expect(imgTags(html), JSON.stringify(html)).toEqual(expected);
      const alt = ALT.exec(html);
      expect(altAttribute(html), JSON.stringify(html)).toBe(alt ? (alt[1] ?? alt[2] ?? alt[3] ?? '') : undefined);
    }
  });
  it('kramdown images and titles', () => {
    const KRAMDOWN_IMAGE = /!\[([^\]\n]*)\]\(([^()\n<>]*\s[^()\n<>]*?)\)/g;
    const pieces = ['![', ']', '(', ')', ' ', '\n', 'a', '"', '<', '!'];
    for (const text of randomStrings(pieces, 20000, 12, 11)) {
      const expected = [...text.matchAll(KRAMDOWN_IMAGE)].map((match) => ({ index: match.index, length: match[0].length, alt: match[1]!, destination: match[2]! }));
      expect(kramdownImages(text), JSON.stringify(text)).toEqual(expected);
      expect(withoutTitle(text.trim()), JSON.stringify(text)).toBe(text.trim().replace(/\s+"[^"]*"$/, ''));
    }
  });
});
