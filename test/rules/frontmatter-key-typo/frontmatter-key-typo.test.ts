// frontmatter-key-typo: a key nothing reads, one slip from a key something reads.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog, runCli } from '../../helpers.js';
import { damerau, typoTargets } from '../../../src/rules/frontmatter-key-typo.js';

const RULE = 'frontmatter-key-typo';
const POST = '_posts/2025-01-01-hello.md';

async function typos(files: Record<string, string>, argv: string[] = []) {
  const root = await makeBlog({ '_config.yml': 'title: t\n', ...files });
  const { report } = await lintJson(argv, root);
  return { root, found: report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => ({ line: problem.line, column: problem.column, severity: problem.severity, message: problem.message })) };
}

describe('frontmatter-key-typo', () => {
  it('reports `categoies`, `tittle`, `decription` and `dtae`, each with the key it means', async () => {
    const { found } = await typos({ [POST]: '---\ntittle: Hello\ndtae: 2025-01-01\ncategoies: [dev]\ndecription: "About it"\n---\nBody.\n' });
    expect(found).toEqual([
      { line: 2, column: 1, severity: 'warning', message: 'Nothing reads the key `tittle`, so its value is dropped: if you meant `title`, rename the key.' },
      { line: 3, column: 1, severity: 'warning', message: 'Nothing reads the key `dtae`, so its value is dropped: if you meant `date`, rename the key.' },
      { line: 4, column: 1, severity: 'warning', message: 'Nothing reads the key `categoies`, so its value is dropped: if you meant `categories`, rename the key.' },
      { line: 5, column: 1, severity: 'warning', message: 'Nothing reads the key `decription`, so its value is dropped: if you meant `description`, rename the key.' },
    ]);
  });

  it('--fix renames the key and keeps value, position and quoting byte for byte', async () => {
    const source = '---\ntitle: Hello\n"decription": \'About: it\'   # note\ncategoies:\n  - dev\n---\nBody.\n';
    const root = await makeBlog({ '_config.yml': 'title: t\n', [POST]: source });
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, POST), 'utf8')).toBe('---\ntitle: Hello\n"description": \'About: it\'   # note\ncategories:\n  - dev\n---\nBody.\n');
  });

  it('never reports a key the site\'s layouts read (`page.subtitel` is read, so `subtitel:` is right)', async () => {
    const { found } = await typos({
      '_layouts/post.html': '<h2>{{ page.subtitel }}</h2>{{ content }}',
      [POST]: '---\ntitle: Hello\nsubtitel: x\n---\nBody.\n',
    });
    expect(found).toEqual([]);
  });

  it('learns keys from the site\'s layouts: a slip from `page.summary_line` is reported', async () => {
    const { found } = await typos({
      '_layouts/post.html': '<p>{{ page.summary_line }}</p>{{ content }}',
      [POST]: '---\ntitle: Hello\nsumary_line: x\n---\nBody.\n',
    });
    expect(found.map((problem) => problem.message)).toEqual(['Nothing reads the key `sumary_line`, so its value is dropped: if you meant `summary_line`, rename the key.']);
  });

  it('is off on plain markdown sites (their code may read any key)', async () => {
    const root = await makeBlog({ 'posts/a.md': '---\ntitle: A\ntittle: x\n---\nBody.\n' });
    const { report } = await lintJson(['--preset', 'markdown'], root);
    expect(report.problems.filter((problem) => problem.ruleId === RULE)).toEqual([]);
  });

  it('learns keys from site code (destructuring, GraphQL, `post.data.x`): `update:` read there is not a typo, `updat:` is', async () => {
    const files = {
      'astro.config.mjs': 'export default {}\n',
      'src/pages/[slug].astro': '---\nconst { title, date, update } = post.data\n---\n<p>{post.data.heroImage}</p>',
      'src/content/blog/a.md': '---\ntitle: A\nupdate: 2025-02-01\nheroImag: x.png\n---\nBody.\n',
    };
    const root = await makeBlog(files);
    const { report } = await lintJson([], root);
    expect(report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => problem.message)).toEqual(['Nothing reads the key `heroImag`, so its value is dropped: if you meant `heroImage`, rename the key.']);
  });

  it('is silent for short keys one letter from another word (`data`, `tab`), singular/plural pairs and a key next to its right spelling', async () => {
    const { found } = await typos({ [POST]: '---\ntitle: Hello\ndata: x\ntab: y\ntag: z\nauthors: [a]\ntittle: other\n---\nBody.\n' });
    expect(found).toEqual([]);
  });

  it('is off for keys Hugo reads in any case, and knows Hugo\'s own fields (`expirydate` → `expiryDate`)', async () => {
    const root = await makeBlog({ 'hugo.toml': 'title = "t"\n', 'content/posts/a.md': '---\ntitle: A\nExpiryDate: 2030-01-01\nexpirydat: 2030-01-01\n---\nBody.\n' });
    const { report } = await lintJson([], root);
    expect(report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => problem.message)).toEqual([]);
    const root2 = await makeBlog({ 'hugo.toml': 'title = "t"\n', 'content/posts/a.md': '---\ntitle: A\npublishdat: 2030-01-01\n---\nBody.\n' });
    const second = await lintJson([], root2);
    expect(second.report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => problem.message)).toEqual(['Nothing reads the key `publishdat`, so its value is dropped: if you meant `publishDate`, rename the key.']);
  });

  it('speaks Korean', async () => {
    const { found } = await typos({ [POST]: '---\ntittle: Hello\n---\nBody.\n' }, ['--lang', 'ko']);
    expect(found.map((problem) => problem.message)).toEqual(['`tittle` 키는 아무도 읽지 않아 값이 버려집니다. `title`의 오타라면 키 이름을 `title`로 고치세요.']);
  });

  it('distance and candidates', () => {
    expect(damerau('dtae', 'date')).toBe(1);
    expect(damerau('categoies', 'categories')).toBe(1);
    expect(damerau('tittel', 'title')).toBe(2);
    expect(typoTargets('tittle', ['title', 'tags'])).toEqual(['title']);
    // As close to two keys: both come back, and the rule (which wants exactly one) makes no guess.
    expect(typoTargets('imgae', ['image', 'imgar'])).toEqual(['image', 'imgar']);
  });
});

describe('frontmatter-key-typo, as close to two keys', () => {
  it('reports nothing when the key is one slip from two keys the site reads', async () => {
    const root = await makeBlog({ '_config.yml': 'title: t\n', '_layouts/post.html': '{{ page.imgar }}{{ content }}', [POST]: '---\ntitle: Hello\nimgae: x.png\n---\nBody.\n' });
    const { report } = await lintJson([], root);
    expect(report.problems.filter((problem) => problem.ruleId === RULE)).toEqual([]);
  });
});
