import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  astroImageCandidates,
  readAstroCollections,
  readTsconfigPaths,
  resolveAlias,
  stripJsonComments,
  validateAgainstSchema,
  yamlTimestamp,
  type AstroCollection,
  type AstroObjectSchema,
  type FieldSchema,
} from '../../src/engines/astro-site.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/engines');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

const f = (kind: FieldSchema['kind'], extra: Partial<FieldSchema> = {}): FieldSchema => ({ kind, optional: false, nullable: false, coerce: false, ...extra });

function collection(text: string, name: string): AstroCollection {
  const found = readAstroCollections(text).collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}

function schemaOf(text: string, name = 'blog'): AstroObjectSchema {
  const { schema } = collection(text, name);
  if (!schema) throw new Error(`no schema for ${name}`);
  return schema;
}

describe('readAstroCollections: a legacy src/content/config.ts (Astro 4)', () => {
  const text = fixture('astro-legacy/src/content/config.ts');
  const result = readAstroCollections(text);

  it('finds both collections, their type and their default folder', () => {
    expect(result.unparsed).toEqual([]);
    expect(result.collections.map((c) => [c.name, c.loader, c.type, c.base, c.schemaStatus])).toEqual([
      ['blog', 'legacy', 'content', 'src/content/blog', 'ok'],
      ['authors', 'legacy', 'data', 'src/content/authors', 'ok'],
    ]);
  });

  it('reads every top-level key of the blog schema, with its modifiers', () => {
    const schema = schemaOf(text);
    expect(schema.unknownKeys).toBe('strict');
    expect(schema.complete).toBe(true);
    expect(schema.fields).toEqual({
      title: f('string'),
      description: f('string', { optional: true }),
      pubDate: f('date', { coerce: true }),
      updatedDate: f('date', { coerce: true, optional: true }),
      heroImage: f('image', { optional: true }),
      tags: f('array', { optional: true, hasDefault: true, items: 'string', itemSchema: f('string') }),
      category: f('enum', { enumValues: ['dev', 'life'] }),
      draft: f('boolean', { optional: true, hasDefault: true }),
      author: f('reference', { referenceTo: 'authors' }),
      series: f('object', { optional: true, unknownKeys: 'strip' }),
      canonical: f('unknown', { optional: true, nullable: true, anyOf: [f('string'), f('enum', { enumValues: [''] })] }),
    });
  });

  it('reads the data collection as well', () => {
    expect(schemaOf(text, 'authors')).toEqual({ fields: { name: f('string'), avatar: f('string') }, unknownKeys: 'strip', complete: true });
  });
});

describe('readAstroCollections: Astro 5 src/content.config.ts with loaders', () => {
  const text = fixture('astro5/src/content.config.ts');
  const result = readAstroCollections(text, { configFile: 'src/content.config.ts' });

  it('takes the folder and pattern from glob({ pattern, base })', () => {
    const blog = result.collections.find((c) => c.name === 'blog')!;
    expect(blog).toMatchObject({ loader: 'glob', base: 'src/data/blog', pattern: ['**/*.md'], schemaStatus: 'ok' });
  });

  it('follows `base.extend({...})` and `.passthrough()`, `.catch()`, unions and `.array()`', () => {
    const blog = result.collections.find((c) => c.name === 'blog')!;
    expect(blog.schema).toEqual({
      fields: {
        title: f('string'),
        date: f('date'),
        url: f('string', { optional: true, hasDefault: true }),
        tags: f('array', { optional: true, items: 'string', itemSchema: f('string') }),
        rating: f('number', { optional: true, catches: true }),
        published: f('unknown', { anyOf: [f('boolean'), f('string')] }),
        cover: f('unknown', { optional: true, anyOf: [f('string'), f('date')] }),
      },
      unknownKeys: 'passthrough',
      complete: true,
    });
  });

  it('resolves `new URL("./notes", import.meta.url)` from the config file and `ctx.image()`', () => {
    const notes = result.collections.find((c) => c.name === 'notes')!;
    expect(notes).toMatchObject({ loader: 'glob', base: 'src/notes', pattern: ['*.md', '*.mdx'] });
    expect(notes.schema?.fields.cover).toEqual(f('image'));
  });

  it('reads the file() loader and reports what it cannot follow, without throwing', () => {
    const links = result.collections.find((c) => c.name === 'links')!;
    expect(links).toMatchObject({ loader: 'file', file: 'src/data/links.json', base: 'src/data' });
    expect(result.collections.find((c) => c.name === 'feed')).toMatchObject({ loader: 'custom', schemaStatus: 'none' });
    expect(result.unparsed).toEqual([
      { name: 'feed', reason: 'a custom loader: where its entries live is not known' },
      { name: 'weird', reason: 'not a `defineCollection({ … })` this reader can follow' },
    ]);
  });

  it('prefixes paths with the project folder inside the repository', () => {
    const moved = readAstroCollections(text, { projectDir: 'site', configFile: 'src/content.config.ts' });
    expect(moved.collections.map((c) => c.base)).toEqual(['site/src/data/blog', 'site/src/notes', 'site/src/data', 'site']);
  });
});

describe('readAstroCollections: shapes and traps', () => {
  it('is not fooled by comments, strings, templates and regex literals', () => {
    const text = `
      import { defineCollection, z } from 'astro:content';
      // const collections = { fake: defineCollection({ schema: z.object({ nope: z.number() }) }) };
      /* export const collections = {} */
      const note = "z.object({ also: z.number() }) } ) ]";
      const blog = defineCollection({
        schema: z.object({
          slug: z.string().regex(/^[a-z}/)\\]-]+$/),
          label: z.string().default(\`a \${ { x: '}' }.x } b\`),
          n: z.number(),
        }),
      });
      export const collections = { blog };
    `;
    expect(schemaOf(text).fields).toEqual({
      slug: f('string'),
      label: f('string', { optional: true, hasDefault: true }),
      n: f('number'),
    });
  });

  it('follows aliased imports, zod 4 object forms, shorthand keys and `collections` written with quotes', () => {
    const text = `
      import { defineCollection as dc, reference as ref } from 'astro:content';
      import { z as zod } from 'astro/zod';
      const KINDS = { a: 'alpha', b: 'beta' };
      const schema = zod.strictObject({ kind: zod.enum(KINDS), mail: zod.email(), by: ref('people'), on: zod.iso.date() });
      const posts = dc({ schema });
      const loose = dc({ schema: zod.looseObject({ t: zod.string() }) });
      export const collections = { 'posts': posts, loose };
    `;
    const result = readAstroCollections(text);
    expect(result.unparsed).toEqual([]);
    expect(schemaOf(text, 'posts')).toEqual({
      fields: { kind: f('enum', { enumValues: ['alpha', 'beta'] }), mail: f('string'), by: f('reference', { referenceTo: 'people' }), on: f('string') },
      unknownKeys: 'strict',
      complete: true,
    });
    expect(schemaOf(text, 'loose').unknownKeys).toBe('passthrough');
  });

  it('applies .partial(), .pick(), .omit() and notes a spread as an incomplete key list', () => {
    const text = `
      import { defineCollection, z } from 'astro:content';
      const all = z.object({ a: z.string(), b: z.number(), c: z.boolean() });
      const extra = { d: z.string() };
      export const collections = {
        p: defineCollection({ schema: all.partial() }),
        k: defineCollection({ schema: all.pick({ a: true, c: true }) }),
        o: defineCollection({ schema: all.omit({ a: true }).strict() }),
        s: defineCollection({ schema: z.object({ ...extra, e: z.date() }).strict() }),
      };
    `;
    expect(schemaOf(text, 'p').fields).toEqual({ a: f('string', { optional: true }), b: f('number', { optional: true }), c: f('boolean', { optional: true }) });
    expect(Object.keys(schemaOf(text, 'k').fields)).toEqual(['a', 'c']);
    expect(schemaOf(text, 'o')).toEqual({ fields: { b: f('number'), c: f('boolean') }, unknownKeys: 'strict', complete: true });
    expect(schemaOf(text, 's')).toEqual({ fields: { e: f('date') }, unknownKeys: 'strict', complete: false });
  });

  it('gives kind unknown for what it cannot follow, and lists schemas it could not read', () => {
    const text = `
      import { defineCollection, z } from 'astro:content';
      import { mySchema } from './schemas';
      const a = b;
      const b = a;
      export const collections = {
        x: defineCollection({ schema: z.object({ p: z.preprocess((v) => v, z.date()), q: someHelper(), r: a, s: z.string().shape }) }),
        y: defineCollection({ schema: mySchema }),
        z2: defineCollection({ schema: z.any() }),
      };
    `;
    const result = readAstroCollections(text);
    expect(schemaOf(text, 'x').fields).toEqual({ p: f('unknown'), q: f('unknown'), r: f('unknown'), s: f('unknown') });
    expect(result.collections.map((c) => [c.name, c.schemaStatus])).toEqual([
      ['x', 'ok'],
      ['y', 'unknown'],
      ['z2', 'unknown'],
    ]);
    expect(result.unparsed.map((u) => u.name)).toEqual(['y', 'z2']);
  });

  it('never throws on text that is not a config', () => {
    for (const text of ['', '{{{{', 'export const collections = ', 'export const collections = 42;', '`${', '/*', "'", '\u0000\uffff'.repeat(50), 'export const collections = { ...others };']) {
      const result = readAstroCollections(text);
      expect(result.collections).toEqual([]);
      expect(result.unparsed.length).toBeGreaterThan(0);
    }
  });

  it('reads an adversarial 200 KB config in well under a second, and linearly', () => {
    const shapes: Array<(n: number) => string> = [
      (n) => '('.repeat(n),
      (n) => '{['.repeat(n / 2),
      (n) => `export const collections = { blog: defineCollection({ schema: z.object({ t: z.string()${'.optional()'.repeat(n / 11)} }) }) };`,
      (n) => 'a = (/['.repeat(n / 5),
      (n) => '`${'.repeat(n / 3),
      (n) => '"\\'.repeat(n / 2),
      (n) => '/*' + 'x'.repeat(n),
      (n) => 'const s = "' + 'ab\\u0041'.repeat(n / 8) + '";',
      (n) => 'export const collections = { ' + 'a'.repeat(n) + ' };',
      (n) => {
        const count = Math.floor(n / 24);
        let text = 'const c0 = z.object({ a: z.string() });\n';
        for (let i = 1; i < count; i++) text += `const c${i} = c${i - 1}.extend({});\n`;
        return text + `export const collections = { b: defineCollection({ schema: c${count - 1} }) };`;
      },
      (n) => {
        const count = Math.floor(n / 12);
        const keys = Array.from({ length: count }, (_, i) => `k${i}: a`).join(', ');
        return `const a = z.enum(['x', 'y']);\nexport const collections = { b: defineCollection({ schema: z.object({ ${keys} }) }) };`;
      },
    ];
    // Small and large runs interleaved, best of seven each: other work on the machine only adds time.
    const compare = (label: string, read: (text: string) => unknown, small: string, large: string) => {
      let tSmall = Infinity;
      let tLarge = Infinity;
      for (let run = 0; run < 7; run++) {
        let start = performance.now();
        read(small);
        tSmall = Math.min(tSmall, performance.now() - start);
        start = performance.now();
        read(large);
        tLarge = Math.min(tLarge, performance.now() - start);
      }
      const report = `${label}: ${tSmall.toFixed(1)} ms for ${small.length} chars, ${tLarge.toFixed(1)} ms for ${large.length}`;
      expect(tLarge, report).toBeLessThan(500);
      expect(tLarge / Math.max(tSmall, 20), report).toBeLessThan(3);
    };
    const N = 100_000;
    shapes.forEach((shape, i) => {
      const large = shape(2 * N);
      expect(large.length).toBeGreaterThan(150_000);
      compare(`config shape ${i}`, (text) => readAstroCollections(text), shape(N), large);
    });
    [(n: number) => '[1,]'.repeat(n / 4), (n: number) => '/*/'.repeat(n / 3), (n: number) => '"\\'.repeat(n / 2)].forEach((shape, i) => {
      compare(`tsconfig shape ${i}`, (text) => readTsconfigPaths(text), shape(N), shape(2 * N));
    });
  });
});

describe('validateAgainstSchema (zod semantics, js-yaml values)', () => {
  const blog = schemaOf(fixture('astro-legacy/src/content/config.ts'));
  const astro5 = readAstroCollections(fixture('astro5/src/content.config.ts')).collections[0]!.schema!;
  const post = { title: 'Hello', pubDate: '2025-12-20', category: 'dev', author: 'kim' };

  it('accepts a post that zod would accept (defaults and optionals may be absent)', () => {
    expect(validateAgainstSchema(post, blog)).toEqual([]);
    expect(validateAgainstSchema({ ...post, tags: ['a', 'b'], draft: true, canonical: null, heroImage: './hero.png' }, blog)).toEqual([]);
  });

  it('z.coerce.date() takes whatever new Date() parses, `2025.12.20` included', () => {
    expect(validateAgainstSchema({ ...post, pubDate: '2025.12.20' }, blog)).toEqual([]);
    expect(validateAgainstSchema({ ...post, pubDate: 'Dec 20 2025' }, blog)).toEqual([]);
    expect(validateAgainstSchema({ ...post, pubDate: 'soon' }, blog)).toEqual([{ key: 'pubDate', kind: 'type', expected: 'date', got: 'string' }]);
    expect(validateAgainstSchema({ ...post, pubDate: undefined }, blog)).toEqual([{ key: 'pubDate', kind: 'missing', expected: 'date', got: 'undefined' }]);
  });

  it('plain z.date() takes only what js-yaml makes a Date: unquoted timestamps', () => {
    const base = { title: 't', published: true };
    const problem = { key: 'date', kind: 'type', expected: 'date', got: 'string' };
    expect(validateAgainstSchema({ ...base, date: '2025-12-20' }, astro5)).toEqual([]);
    expect(validateAgainstSchema({ ...base, date: '2025-12-20T10:00:00' }, astro5)).toEqual([]);
    expect(validateAgainstSchema({ ...base, date: '2025-12-20 10:00:00 +09:00' }, astro5)).toEqual([]);
    expect(validateAgainstSchema({ ...base, date: '2025.12.20' }, astro5)).toEqual([problem]);
    expect(validateAgainstSchema({ ...base, date: '2025-12-20T10:00' }, astro5)).toEqual([problem]);
    expect(validateAgainstSchema({ ...base, date: '2024-12-15 21:00:00 +0900' }, astro5)).toEqual([problem]);
    // `date: "2025-12-20"` (quoted) stays a string for js-yaml.
    expect(validateAgainstSchema({ ...base, date: '2025-12-20' }, astro5, { quotedKeys: ['date'] })).toEqual([problem]);
    // TOML: an unquoted date literal is a Date, a quoted one a string.
    expect(validateAgainstSchema({ ...base, date: '2025-12-20T10:00:00.000Z' }, astro5, { format: 'toml' })).toEqual([]);
    expect(validateAgainstSchema({ ...base, date: '2025-12-20' }, astro5, { format: 'toml', quotedKeys: ['date'] })).toEqual([problem]);
  });

  it('reports missing keys, wrong types, enum values, array items and null where zod would', () => {
    expect(
      validateAgainstSchema({ pubDate: '2025-12-20', category: 'travel', author: 'kim', tags: ['a', 3], description: null, title: '2025-12-20' }, blog),
    ).toEqual([
      { key: 'title', kind: 'type', expected: 'string', got: 'date' },
      { key: 'description', kind: 'type', expected: 'string', got: 'null' },
      { key: 'tags[1]', kind: 'type', expected: 'string', got: 'number' },
      { key: 'category', kind: 'enum', expected: '"dev" | "life"', got: 'travel' },
    ]);
    expect(validateAgainstSchema({ pubDate: '2025-12-20', category: 'dev' }, blog)).toEqual([
      { key: 'title', kind: 'missing', expected: 'string', got: 'undefined' },
      { key: 'author', kind: 'missing', expected: 'reference to authors', got: 'undefined' },
    ]);
    // `.default(false)` replaces undefined, not null.
    expect(validateAgainstSchema({ ...post, draft: null }, blog)).toEqual([{ key: 'draft', kind: 'type', expected: 'boolean', got: 'null' }]);
  });

  it('rejects unknown keys only for a strict schema (and spares `slug` in a legacy content collection)', () => {
    expect(validateAgainstSchema({ ...post, subtitle: 'x', slug: 'hello' }, blog)).toEqual([
      { key: 'subtitle', kind: 'unknown-key', expected: 'no such key (the schema is strict)', got: 'string' },
      { key: 'slug', kind: 'unknown-key', expected: 'no such key (the schema is strict)', got: 'string' },
    ]);
    expect(validateAgainstSchema({ ...post, slug: 'hello' }, blog, { legacyContent: true })).toEqual([]);
    expect(validateAgainstSchema({ title: 't', date: '2025-01-01', published: 'yes', anything: 1 }, astro5)).toEqual([]);
  });

  it('accepts any member of a union, a caught field whatever it holds, and references as objects', () => {
    const base = { title: 't', date: '2025-01-01' };
    expect(validateAgainstSchema({ ...base, published: 'yes', rating: 'five', cover: '2025-01-02' }, astro5)).toEqual([]);
    expect(validateAgainstSchema({ ...base, published: 3 }, astro5)).toEqual([{ key: 'published', kind: 'type', expected: 'boolean | string', got: 'number' }]);
    expect(validateAgainstSchema({ ...post, author: { collection: 'authors', id: 'kim' } }, blog)).toEqual([]);
    expect(validateAgainstSchema({ ...post, author: 7 }, blog)).toEqual([{ key: 'author', kind: 'type', expected: 'reference to authors', got: 'number' }]);
  });

  it('follows zod coercion for a missing key: z.coerce.string() accepts it, z.coerce.number() does not', () => {
    const schema: AstroObjectSchema = { fields: { s: f('string', { coerce: true }), n: f('number', { coerce: true }), b: f('boolean', { coerce: true }) }, unknownKeys: 'strip', complete: true };
    expect(validateAgainstSchema({}, schema)).toEqual([{ key: 'n', kind: 'missing', expected: 'number', got: 'undefined' }]);
    expect(validateAgainstSchema({ n: '42', s: 1, b: 'no' }, schema)).toEqual([]);
    expect(validateAgainstSchema({ n: 'forty' }, schema)).toEqual([{ key: 'n', kind: 'type', expected: 'number', got: 'string' }]);
  });
});

describe('yamlTimestamp (what js-yaml 4 makes a Date)', () => {
  it.each([
    ['2025-12-20', '2025-12-20T00:00:00.000Z'],
    ['2025-12-20T10:00:00', '2025-12-20T10:00:00.000Z'],
    ['2025-12-20 10:00:00Z', '2025-12-20T10:00:00.000Z'],
    ['2024-12-15 21:00:00 +09:00', '2024-12-15T12:00:00.000Z'],
    ['2025-2-3 1:02:03', '2025-02-03T01:02:03.000Z'],
    ['2025-12-20T10:00:00.5-01', '2025-12-20T11:00:00.500Z'],
    ['2025-02-30', '2025-03-02T00:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(yamlTimestamp(text)?.toISOString()).toBe(iso);
  });

  it.each(['2025.12.20', '2025-12-20T10:00', '2024-12-15 21:00:00 +0900', 'Dec 20 2025', '2025-2-3', ' 2025-12-20'])('%s stays a string', (text) => {
    expect(yamlTimestamp(text)).toBeUndefined();
  });
});

describe('readTsconfigPaths / resolveAlias', () => {
  const ts = readTsconfigPaths(fixture('astro5/tsconfig.json'));

  it('reads JSON with comments and trailing commas into aliases, in the order written', () => {
    expect(ts.error).toBeUndefined();
    expect(ts.baseUrl).toBe('.');
    expect(ts.extends).toBe('astro/tsconfigs/strict');
    expect(ts.aliases).toEqual([
      { pattern: '@assets/*', prefix: '@assets/', suffix: '', wildcard: true, targets: ['src/assets/'] },
      { pattern: '@/*', prefix: '@/', suffix: '', wildcard: true, targets: ['src/', 'shared/'] },
      { pattern: '~logo', prefix: '~logo', suffix: '', wildcard: false, targets: ['src/assets/logo.svg'] },
      { pattern: '*', prefix: '', suffix: '', wildcard: true, targets: [''], fromBaseUrl: true },
    ]);
  });

  it('resolves a specifier through every matching alias, then the baseUrl', () => {
    expect(resolveAlias('@assets/hero.png', ts.aliases)).toEqual(['src/assets/hero.png', '@assets/hero.png']);
    expect(resolveAlias('@/img/a.png', ts.aliases)).toEqual(['src/img/a.png', 'shared/img/a.png', '@/img/a.png']);
    expect(resolveAlias('~logo', ts.aliases)).toEqual(['src/assets/logo.svg', '~logo']);
    expect(resolveAlias('./x.png', ts.aliases)).toEqual([]);
    expect(resolveAlias('../x.png', ts.aliases)).toEqual([]);
  });

  it('makes targets relative to baseUrl, or to the tsconfig folder when only paths are given', () => {
    const onlyPaths = readTsconfigPaths('{"compilerOptions":{"paths":{"@img/*":["./src/images/*"]}}}', { dir: 'site' });
    expect(onlyPaths.aliases).toEqual([{ pattern: '@img/*', prefix: '@img/', suffix: '', wildcard: true, targets: ['site/src/images/'] }]);
    const withBase = readTsconfigPaths('{"compilerOptions":{"baseUrl":"./src","paths":{"@c/*":["components/*/index.png"]}}}');
    expect(resolveAlias('@c/button', withBase.aliases)).toEqual(['src/components/button/index.png', 'src/@c/button']);
    expect(resolveAlias('@c/', withBase.aliases)).toEqual(['src/@c']); // the `*` must match something
  });

  it('keeps comment-like text inside strings and reports JSON it cannot read', () => {
    expect(stripJsonComments('{"a": "http://x/*y*/", /* c */ "b": [1, 2,], // d\n}')).toBe('{"a": "http://x/*y*/",   "b": [1, 2] \n}');
    expect(readTsconfigPaths('{ "compilerOptions": ').aliases).toEqual([]);
    expect(readTsconfigPaths('{ "compilerOptions": ').error).toMatch(/^not JSON/);
    expect(readTsconfigPaths('{}')).toEqual({ aliases: [] });
  });
});

describe('astroImageCandidates', () => {
  const { aliases } = readTsconfigPaths(fixture('astro5/tsconfig.json'));
  const post = 'src/content/blog/2025/hello.md';

  it('maps /x.png to public/', () => {
    expect(astroImageCandidates('/images/a.png', post, aliases)).toEqual(['public/images/a.png']);
    expect(astroImageCandidates('/a.png', post, aliases, { projectDir: 'site', publicDir: 'static' })).toEqual(['site/static/a.png']);
  });

  it('resolves ./ and ../ from the post file', () => {
    expect(astroImageCandidates('./cover.png', post, aliases)).toEqual(['src/content/blog/2025/cover.png']);
    expect(astroImageCandidates('../../../assets/a%20b.png?v=2#top', post, aliases)).toEqual(['src/assets/a b.png']);
  });

  it('tries tsconfig aliases, then the post folder, for a bare specifier', () => {
    expect(astroImageCandidates('@assets/hero.png', post, aliases)).toEqual(['src/assets/hero.png', '@assets/hero.png', 'src/content/blog/2025/@assets/hero.png']);
    expect(astroImageCandidates('hero.png', post, [])).toEqual(['src/content/blog/2025/hero.png']);
    expect(astroImageCandidates('%ED%95%9C.png', post, [])).toEqual(['src/content/blog/2025/한.png']);
  });

  it('has no file for remote and data URLs', () => {
    for (const url of ['https://example.com/a.png', '//cdn.example.com/a.png', 'data:image/png;base64,AAAA', '', '#x']) {
      expect(astroImageCandidates(url, post, aliases)).toEqual([]);
    }
  });
});
