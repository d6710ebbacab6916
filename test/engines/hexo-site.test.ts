import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hexoAssetNames, hexoAssetTagCandidates, hexoImageCandidates, hexoPostInfo, hexoPostSlug, readHexoConfig, type HexoConfig } from '../../src/engines/hexo-site.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/engines/hexo');
const configText = readFileSync(path.join(fixtures, '_config.yml'), 'utf8');
const packageText = readFileSync(path.join(fixtures, 'package.json'), 'utf8');

const pkg = (deps: Record<string, string>, dev: Record<string, string> = {}) => JSON.stringify({ dependencies: deps, devDependencies: dev });

describe('readHexoConfig', () => {
  it('reads a real site config and its renderer', () => {
    expect(readHexoConfig(configText, packageText)).toEqual({
      siteDir: '',
      sourceDir: 'source',
      postAssetFolder: true,
      theme: 'next',
      permalink: ':year/:month/:day/:title/',
      newPostName: ':year-:month-:day-:title.md',
      root: '/blog/', // no `root:`: the pathname of `url`
      url: 'https://example.github.io/blog',
      timezone: 'Asia/Seoul',
      future: true,
      renderDrafts: false,
      relativeLink: false,
      titlecase: false,
      filenameCase: 1,
      defaultCategory: 'dev',
      skipRender: [],
      renderer: 'marked',
      rendererPackages: ['hexo-renderer-marked'],
      prependRoot: true,
      postAsset: true,
      errors: [],
    } satisfies HexoConfig);
  });

  it("applies Hexo's defaults to an empty config (future posts are published)", () => {
    const config = readHexoConfig('');
    expect(config).toMatchObject({
      sourceDir: 'source',
      postAssetFolder: false,
      theme: 'landscape',
      permalink: ':year/:month/:day/:title/',
      newPostName: ':title.md',
      root: '/',
      future: true,
      titlecase: false,
      filenameCase: 0,
      defaultCategory: 'uncategorized',
      renderer: 'unknown',
      prependRoot: false,
      postAsset: false,
      errors: [],
    });
    expect(config.timezone).toBeUndefined();
  });

  it('tests options the way Hexo does: an empty value replaces the default, then JS truthiness', () => {
    const config = readHexoConfig('future:\ntheme:\npost_asset_folder: "false"\nroot: /blog\nsource_dir: ./src/\ntimezone: ""\n');
    expect(config.future).toBe(false);
    expect(config.theme).toBeUndefined();
    expect(config.postAssetFolder).toBe(true); // a non-empty string is truthy in Hexo too
    expect(config.root).toBe('/blog/');
    expect(config.sourceDir).toBe('src');
    expect(config.timezone).toBeUndefined();
    expect(readHexoConfig('future: false\nskip_render: "static/**"').skipRender).toEqual(['static/**']);
  });

  it('names the renderer from package.json, and its image options', () => {
    expect(readHexoConfig('', pkg({ 'hexo-renderer-markdown-it-plus': '^1.0.6' })).renderer).toBe('markdown-it');
    expect(readHexoConfig('', pkg({}, { 'hexo-renderer-pandoc': '^0.3.0' })).renderer).toBe('pandoc');
    expect(readHexoConfig('', pkg({ 'hexo-renderer-kramed': '^0.1.4' })).renderer).toBe('kramed');
    const two = readHexoConfig('', pkg({ 'hexo-renderer-marked': '^6.0.0', 'hexo-renderer-markdown-it': '^7.0.0' }));
    expect([two.renderer, two.rendererPackages]).toEqual(['unknown', ['hexo-renderer-marked', 'hexo-renderer-markdown-it']]);
    // prependRoot became the default in hexo-renderer-marked 5.0.0.
    expect(readHexoConfig('', pkg({ 'hexo-renderer-marked': '^4.1.0' })).prependRoot).toBe(false);
    expect(readHexoConfig('', pkg({ 'hexo-renderer-marked': '^5.0.0' })).prependRoot).toBe(true);
    expect(readHexoConfig('', pkg({ 'hexo-renderer-marked': 'latest' })).prependRoot).toBe(true);
    const mdit = readHexoConfig('markdown:\n  images:\n    post_asset: true\n', pkg({ 'hexo-renderer-markdown-it': '^7.1.1' }));
    expect([mdit.prependRoot, mdit.postAsset]).toEqual([false, true]);
  });

  it('falls back to the defaults, with a reason, when a file does not parse', () => {
    const config = readHexoConfig('title: [unclosed\nfuture: false', '{ not json');
    expect(config.future).toBe(true);
    expect(config.errors).toHaveLength(2);
    expect(config.errors[0]).toMatch(/^_config\.yml: /);
    expect(config.errors[1]).toMatch(/^package\.json: /);
    // A tag the config would need code for (js-yaml-js-types) is data here, never run.
    expect(readHexoConfig('theme: !!js/function "function () { return 1 }"').errors).toEqual([]);
  });
});

describe('hexoPostInfo', () => {
  const config = readHexoConfig(configText, packageText);

  it('tells posts, drafts, pages and assets apart', () => {
    expect(hexoPostInfo('source/_posts/2025-01-02-hello.md', config)).toEqual({
      kind: 'post',
      sourcePath: '_posts/2025-01-02-hello.md',
      assetDir: 'source/_posts/2025-01-02-hello',
      name: '2025-01-02-hello',
    });
    expect(hexoPostInfo('source/_posts/dev/tips.md', config)).toMatchObject({ kind: 'post', assetDir: 'source/_posts/dev/tips' });
    expect(hexoPostInfo('source/_drafts/idea.md', config)).toMatchObject({ kind: 'draft', assetDir: 'source/_drafts/idea' });
    expect(hexoPostInfo('source/about/index.md', config)).toEqual({ kind: 'page', sourcePath: 'about/index.md' });
    expect(hexoPostInfo('source/_posts/2025-01-02-hello/diagram.png', config)).toMatchObject({ kind: 'asset' });
    // With post_asset_folder, only new_post_name's extension makes a post.
    expect(hexoPostInfo('source/_posts/old.markdown', config)).toMatchObject({ kind: 'asset' });
    expect(hexoPostInfo('source/_posts/old.markdown', readHexoConfig(''))).toMatchObject({ kind: 'post' });
  });

  it('ignores hidden and underscore paths, temp files and files outside the source folder', () => {
    for (const file of ['source/_posts/_wip/x.md', 'source/_posts/.hidden.md', 'source/_data/next.md', 'source/.well-known/a.md', 'source/_posts/a.md~', 'README.md', 'themes/next/source/a.md']) {
      expect(hexoPostInfo(file, config).kind).toBe('ignored');
    }
  });

  it('follows siteDir and skip_render', () => {
    const nested = readHexoConfig('skip_render: ["static/**"]', undefined, { siteDir: 'blog/' });
    expect(hexoPostInfo('blog/source/_posts/a.md', nested)).toMatchObject({ kind: 'post', assetDir: 'blog/source/_posts/a' });
    expect(hexoPostInfo('blog/source/static/demo.html', nested)).toMatchObject({ kind: 'asset' });
    expect(hexoPostInfo('source/_posts/a.md', nested).kind).toBe('ignored');
  });
});

describe('hexoImageCandidates', () => {
  const post = 'source/_posts/2025-01-02-hello.md';
  const theme = (rest: string) => [`source/${rest}`, `themes/next/source/${rest}`, `node_modules/hexo-theme-next/source/${rest}`];

  it('marked with prependRoot + postAsset: the asset folder, then the site root and the theme', () => {
    const config = readHexoConfig(configText, packageText);
    expect(hexoImageCandidates('/images/a.png', post, config)).toEqual(theme('images/a.png'));
    expect(hexoImageCandidates('diagram.png', post, config)).toEqual(['source/_posts/2025-01-02-hello/diagram.png', ...theme('diagram.png')]);
    expect(hexoImageCandidates('img/b%20c.png?x=1', post, config)).toEqual(['source/_posts/2025-01-02-hello/img/b c.png', ...theme('img/b c.png')]);
  });

  it("marked's defaults (postAsset off): a relative URL becomes <root>x.png, not the asset folder", () => {
    const config = readHexoConfig('post_asset_folder: true\ntheme: next', pkg({ 'hexo-renderer-marked': '^7.0.1' }));
    expect(hexoImageCandidates('diagram.png', post, config)).toEqual(theme('diagram.png'));
    expect(hexoAssetTagCandidates('diagram.png', post, config)).toEqual(['source/_posts/2025-01-02-hello/diagram.png']);
  });

  it('no rewriting (markdown-it defaults, relative_link, unknown renderer): relative to the page', () => {
    for (const config of [
      readHexoConfig('url: https://x.dev/blog\npost_asset_folder: true\ntheme: next', pkg({ 'hexo-renderer-markdown-it': '^7.1.1' })),
      readHexoConfig('url: https://x.dev/blog\nrelative_link: true\ntheme: next', pkg({ 'hexo-renderer-marked': '^7.0.1' })),
      readHexoConfig('url: https://x.dev/blog\ntheme: next'),
    ]) {
      expect(hexoImageCandidates('diagram.png', post, config)).toEqual(['source/_posts/2025-01-02-hello/diagram.png']);
      expect(hexoImageCandidates('me.png', 'source/about/index.md', config)).toEqual(['source/about/me.png']);
      // Left as written, an absolute URL carries the root.
      expect(hexoImageCandidates('/blog/images/a.png', post, config)).toEqual(theme('images/a.png'));
    }
  });

  it('markdown-it post_asset also takes the `<post-name>/x.png` form', () => {
    const config = readHexoConfig('post_asset_folder: true\ntheme: false\nmarkdown:\n  images:\n    post_asset: true', pkg({ 'hexo-renderer-markdown-it': '^7.1.1' }));
    expect(hexoImageCandidates('2025-01-02-hello/diagram.png', post, config)).toEqual([
      'source/_posts/2025-01-02-hello/2025-01-02-hello/diagram.png',
      'source/_posts/2025-01-02-hello/diagram.png',
      'source/2025-01-02-hello/diagram.png',
    ]);
  });

  it('has no file for remote URLs; asset tags need post_asset_folder', () => {
    const config = readHexoConfig(configText, packageText);
    for (const url of ['https://a.dev/x.png', '//cdn.dev/x.png', 'data:image/png;base64,AA', '#top', '']) expect(hexoImageCandidates(url, post, config)).toEqual([]);
    expect(hexoAssetTagCandidates('"diagram.png"', post, config)).toEqual(['source/_posts/2025-01-02-hello/diagram.png']);
    expect(hexoAssetTagCandidates('diagram.png', post, readHexoConfig(''))).toEqual([]);
    expect(hexoAssetTagCandidates('diagram.png', 'source/about/index.md', config)).toEqual([]);
  });

  it('reads a 200 KB config in well under a second, and linearly (only the keys it needs go to the YAML parser)', () => {
    const pad = (n: number) => configText + '\n' + Array.from({ length: Math.floor(n / 25) }, (_, i) => `key_${i}: [${i}, "v${i}"]`).join('\n');
    const small = pad(100_000);
    const large = pad(200_000);
    expect(large.length).toBeGreaterThan(190_000);
    expect(readHexoConfig(large, packageText)).toEqual(readHexoConfig(configText, packageText));
    // Small and large runs interleaved, best of seven each: other work on the machine only adds time.
    let tSmall = Infinity;
    let tLarge = Infinity;
    for (let run = 0; run < 7; run++) {
      let start = performance.now();
      readHexoConfig(small, packageText);
      tSmall = Math.min(tSmall, performance.now() - start);
      start = performance.now();
      readHexoConfig(large, packageText);
      tLarge = Math.min(tLarge, performance.now() - start);
    }
    const report = `${tSmall.toFixed(1)} ms for ${small.length} chars, ${tLarge.toFixed(1)} ms for ${large.length}`;
    expect(tLarge, report).toBeLessThan(500);
    expect(tLarge / Math.max(tSmall, 20), report).toBeLessThan(3);

    // A huge block under a key it reads is skipped, with a reason.
    const hostile = readHexoConfig(`theme: next\nskip_render:\n${'  - "a/**"\n'.repeat(20_000)}future: false\n`);
    expect([hostile.theme, hostile.future, hostile.skipRender]).toEqual(['next', false, []]);
    expect(hostile.errors).toEqual(['_config.yml: `skip_render` is too large to read']);
  });
});

describe('hexoPostSlug (what `{% post_link %}` finds; each checked with Hexo 8.1.2)', () => {
  const slug = (file: string, config = '') => hexoPostSlug(file, readHexoConfig(config))?.slug;
  const dated = 'new_post_name: :year-:month-:day-:title.md\n';

  it('is the path under _posts/ or _drafts/ without the extension with the default `:title.md`', () => {
    expect(slug('source/_posts/b.md')).toBe('b');
    expect(slug('source/_posts/sub/c.md')).toBe('sub/c');
    expect(slug('source/_posts/My Post.md')).toBe('My Post');
    expect(slug('source/_posts/2024-05-06-hello.md')).toBe('2024-05-06-hello');
    expect(slug('source/_drafts/dr.md')).toBe('dr');
    expect(slug('source/about/index.md')).toBeUndefined();
  });

  it('is the `:title` part of a name `new_post_name` matches, else the slugized path', () => {
    expect(slug('source/_posts/2025-01-02-hello.md', dated)).toBe('hello');
    expect(slug('source/_posts/b.md', dated)).toBe('b');
    expect(slug('source/_posts/My Post.md', dated)).toBe('My-Post');
    expect(slug('source/_posts/2025/2025-01-03-deep.md', dated)).toBe('2025-2025-01-03-deep');
    expect(slug('source/_posts/2025/2025-01-03-deep.md', 'new_post_name: :year/:title.md\n')).toBe('2025-01-03-deep');
  });

  it('spells accented, fullwidth and circled letters as Hexo\'s diacritics table does, and says when another letter may be spelled otherwise', () => {
    const config = readHexoConfig(dated);
    expect(hexoPostSlug('source/_posts/Café Post.md', config)).toEqual({ slug: 'Cafe-Post', exact: true });
    expect(hexoPostSlug('source/_posts/Ｈｅｌｌｏ Ⓦorld.md', config)).toEqual({ slug: 'Hello-World', exact: true });
    expect(hexoPostSlug('source/_posts/한글 글.md', config)).toEqual({ slug: '한글-글', exact: true });
    expect(hexoPostSlug('source/_posts/中文，标题🙂.md', config)).toEqual({ slug: '中文，标题🙂', exact: true });
    expect(hexoPostSlug('source/_posts/Æther.md', config)).toEqual({ slug: 'Æther', exact: false });
  });

  it('agrees with hexo-util (the real slugize) on every character its table changes, and on every character it leaves', () => {
    // hexo-util is Hexo's own (a dependency of the hexo devDependency, the oracle of test/oracle).
    const require = createRequire(import.meta.url);
    const { slugize } = require('hexo-util') as { slugize: (text: string) => string };
    const config = readHexoConfig(dated);
    let checked = 0;
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const name = `a${String.fromCharCode(code)}b`;
      const ours = hexoPostSlug(`source/_posts/${name}.md`, config)!;
      if (!ours.exact) continue;
      checked++;
      expect(ours.slug, `U+${code.toString(16)}`).toBe(slugize(name));
    }
    // All of the table's letters but the few it spells as two (`Æ` → `AE`), and every other character.
    expect(checked).toBeGreaterThan(60_000);
  });

  it('lists a post\'s assets by their path inside its asset folder, only with post_asset_folder', () => {
    const files = ['source/_posts/a.md', 'source/_posts/a/pic.png', 'source/_posts/a/sub/deep.png', 'source/_posts/ab/x.png'];
    expect([...hexoAssetNames('source/_posts/a.md', files, readHexoConfig('post_asset_folder: true\n'))!.keys()]).toEqual(['pic.png', 'sub/deep.png']);
    expect(hexoAssetNames('source/_posts/a.md', files, readHexoConfig(''))).toBeUndefined();
  });
});
