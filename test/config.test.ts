import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseConfig, loadConfig, parseSize, ConfigError } from '../src/config/load.js';
import { resolveSettings, effectiveSeverity } from '../src/config/settings.js';
import { defaultKeysFor, loadSiteConfig, type SiteConfig } from '../src/engines/site-config.js';
import { DEFAULT_MAX_BYTES } from '../src/post/read.js';
import { allRules } from '../src/rules/index.js';
import { tempDir } from './helpers.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';

const FILE = '.blog-post-lint.yml';

/** Runs parseConfig and returns the ConfigError it throws (failing if it does not). */
function configError(text: string, file = FILE): ConfigError {
  try {
    parseConfig(ruleCatalogue, file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(text)}`);
}

describe('parseConfig: valid configs', () => {
  it('reads every known key', () => {
    const input = parseConfig(ruleCatalogue, 
      FILE,
      [
        '# project config',
        'preset: hugo',
        'lang: ko',
        'paths: ["content/posts/**/*.md"]',
        'ignore:',
        '  - content/posts/drafts/**',
        'required: [title, date, description]',
        'max-file-size: 2MB',
        'rules:',
        '  heading-increment: off',
        '  image-alt-missing: warning',
        '  image-hotlink:',
        '    severity: error',
        '    allow: cdn.example.com',
        '',
      ].join('\n'),
    );
    expect(input).toEqual({
      preset: 'hugo',
      lang: 'ko',
      posts: ['content/posts/**/*.md'],
      ignore: ['content/posts/drafts/**'],
      requiredKeys: ['title', 'date', 'description'],
      maxFileSize: 2 * 1024 * 1024,
      rules: {
        'heading-increment': { severity: 'off' },
        'image-alt-missing': { severity: 'warning' },
        'image-hotlink': { severity: 'error', options: { allow: ['cdn.example.com'] } },
      },
    });
  });

  it('an empty config is no settings', () => {
    expect(parseConfig(ruleCatalogue, FILE, '')).toEqual({});
    expect(parseConfig(ruleCatalogue, FILE, '# nothing yet\n')).toEqual({});
  });

  it('a single string is accepted for list keys', () => {
    expect(parseConfig(ruleCatalogue, FILE, 'required: title\n')).toEqual({ requiredKeys: ['title'] });
  });

  it('accepts the short severity spellings', () => {
    const input = parseConfig(ruleCatalogue, FILE, 'rules:\n  heading-increment: warn\n  no-empty-url: false\n  image-missing: 2\n');
    expect(input.rules).toEqual({
      'heading-increment': { severity: 'warning' },
      'no-empty-url': { severity: 'off' },
      'image-missing': { severity: 'error' },
    });
  });

  it('reads a JSON config (tabs included)', () => {
    const input = parseConfig(ruleCatalogue, '.blog-post-lint.json', '{\n\t"preset": "markdown",\n\t"rules": {\n\t\t"heading-increment": "off"\n\t}\n}\n');
    expect(input).toEqual({ preset: 'markdown', rules: { 'heading-increment': { severity: 'off' } } });
  });
});

describe('parseConfig: errors name the file and line', () => {
  it('an unknown top-level key', () => {
    const error = configError('preset: jekyll\nlang: en\npresets: hugo\n');
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(3);
    expect(error.message).toContain(`${FILE}:3:`);
    expect(error.message).toContain('`presets`');
    expect(error.message).toContain('preset, lang, paths');
  });

  it('an unknown top-level key with CRLF line endings', () => {
    const error = configError('preset: jekyll\r\n\r\nfoo: 1\r\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^\.blog-post-lint\.yml:3: unknown key `foo`/);
  });

  it('an unknown rule id suggests the closest one', () => {
    const error = configError('preset: jekyll\nrules:\n  heading-incremnt: off\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain('unknown rule `heading-incremnt`');
    expect(error.message).toContain('did you mean `heading-increment`?');
  });

  it('a rule id that is a prefix of a real one suggests it', () => {
    const error = configError('rules: {date-futur: off}');
    expect(error.line).toBe(1);
    expect(error.message).toContain('did you mean `date-future`?');
  });

  it('an unknown rule id far from any real one gets no suggestion', () => {
    const error = configError('rules:\n  xyzzy-plugh-frobnicate: off\n');
    expect(error.message).toContain('unknown rule `xyzzy-plugh-frobnicate`');
    expect(error.message).not.toContain('did you mean');
  });

  it('a bad severity', () => {
    const error = configError('rules:\n  heading-increment: off\n  no-empty-url: loud\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain('rule `no-empty-url`');
    expect(error.message).toContain('"loud"');
  });

  it('a bad severity inside a rule object', () => {
    const error = configError('rules:\n  heading-increment:\n    severity: critical\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain('severity must be error, warning or off (got "critical")');
  });

  it('a YAML syntax error names its line', () => {
    const error = configError('preset: jekyll\nlang: en\n\tpaths: x\nrequired: [title]\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^\.blog-post-lint\.yml:3: .*[Tt]ab/);
  });

  it('a YAML syntax error in the middle of the file names that line', () => {
    const error = configError('preset: jekyll\nlang: en: ko\nrequired: [title]\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain(`${FILE}:2:`);
  });

  it('a duplicate key names the second line', () => {
    const error = configError('preset: jekyll\nlang: en\npreset: hugo\n');
    expect(error.line).toBe(3);
  });

  it.each<[string, string, number, RegExp]>([
    ['bad preset', 'lang: en\npreset: ghost\n', 2, /preset must be one of jekyll, hugo, hexo, astro, markdown \(got "ghost"\)/],
    ['bad lang', 'lang: fr\n', 1, /lang must be en or ko/],
    ['paths not a list', 'paths: 3\n', 1, /paths must be a list of strings/],
    ['blank path', 'paths: ["ok", ""]\n', 1, /paths must be a list of strings/],
    ['bad size', 'max-file-size: 2GB\n', 1, /max-file-size must be .*\(got "2GB"\)/],
    ['rules not a map', 'rules:\n  - heading-increment\n', 2, /rules must be a mapping/],
    ['not a mapping', '- preset\n', 1, /must be a mapping/],
  ])('%s', (_label, text, line, message) => {
    const error = configError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });

  it('uses the file name it was given', () => {
    const error = configError('{"bogus": 1}', 'configs/lint.json');
    expect(error.file).toBe('configs/lint.json');
    expect(error.message.startsWith('configs/lint.json:1: ')).toBe(true);
  });
});

describe('parseConfig: rule options are checked against each rule\'s schema', () => {
  it('`image-insecure: { sevrity: off }`: no such option, did you mean `severity`', () => {
    const error = configError('preset: jekyll\nrules:\n  image-insecure: { sevrity: off }\n');
    expect(error.message).toBe(`${FILE}:3: rule \`image-insecure\` has no option \`sevrity\` (it takes only \`severity\`); did you mean \`severity\`?`);
  });

  it('`tags-normalize: { aliass: … }`: did you mean `aliases`, on the option\'s own line', () => {
    const error = configError('rules:\n  tags-normalize:\n    case: lower\n    aliass:\n      k8s: kubernetes\n');
    expect(error.message).toBe(`${FILE}:4: rule \`tags-normalize\` has no option \`aliass\` (it takes \`severity\`, \`case\`, \`aliases\`); did you mean \`aliases\`?`);
  });

  it('`tags-normalize: { case: upper }`: the allowed values', () => {
    const error = configError('rules:\n  tags-normalize: { case: upper }\n');
    expect(error.message).toBe(`${FILE}:2: rule \`tags-normalize\`: option \`case\` must be one of preserve, lower (got "upper")`);
  });

  it('a near-miss value gets a suggestion too', () => {
    expect(configError('rules:\n  image-url-style:\n    spaces: encoded\n').message).toBe(
      `${FILE}:3: rule \`image-url-style\`: option \`spaces\` must be one of encode, raw (got "encoded"); did you mean \`encode\`?`,
    );
  });

  it('ill-typed values name the line of the bad item', () => {
    expect(configError('rules:\n  tags-normalize:\n    aliases: [k8s, kubernetes]\n').message).toBe(
      `${FILE}:3: rule \`tags-normalize\`: option \`aliases\` must be a mapping of \`name: value\` strings, like \`{ k8s: kubernetes }\` (got a list)`,
    );
    expect(configError('rules:\n  tags-normalize:\n    aliases:\n      k8s: kubernetes\n      js: 3\n').message).toBe(
      `${FILE}:5: rule \`tags-normalize\`: option \`aliases\`: \`js\` must map to a non-empty string (got 3)`,
    );
    expect(configError('rules:\n  image-hotlink:\n    allow:\n      - a.example\n      - { host: b }\n').message).toBe(
      `${FILE}:5: rule \`image-hotlink\`: option \`allow\`: item 2 must be a non-empty string (got a mapping)`,
    );
  });

  it('a rule without options takes only severity, and a far-off name gets no guess', () => {
    const error = configError('rules:\n  heading-increment:\n    severity: warning\n    levels: 2\n');
    expect(error.message).toBe(`${FILE}:4: rule \`heading-increment\` has no option \`levels\` (it takes only \`severity\`)`);
  });

  it('the same checks in a JSON config', () => {
    const error = configError('{\n  "rules": {\n    "tags-normalize": {\n      "case": "UPPER"\n    }\n  }\n}\n', '.blog-post-lint.json');
    expect(error.message).toMatch(/^\.blog-post-lint\.json:4: rule `tags-normalize`: option `case` must be one of preserve, lower \(got "UPPER"\)/);
  });

  it('every rule declares an options schema (an empty one when it takes none)', () => {
    for (const rule of allRules) expect(rule.options, rule.id).toBeTypeOf('object');
    const withOptions = allRules.filter((rule) => Object.keys(rule.options).length > 0).map((rule) => rule.id);
    expect(withOptions.sort()).toEqual(['image-hotlink', 'image-url-style', 'tags-normalize']);
  });

  it('the README\'s config examples load as written', async () => {
    const readme = await fs.readFile(new URL('../README.md', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => /^(rules|preset|lang):/m.test(block) && !/^\s*(on|jobs|uses):/m.test(block));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) expect(() => parseConfig(ruleCatalogue, FILE, block), block).not.toThrow();
    const options = parseConfig(ruleCatalogue, FILE, blocks.find((block) => block.includes('allow:'))!).rules!;
    expect(options['tags-normalize']!.options).toEqual({ case: 'preserve', aliases: { k8s: 'kubernetes', 쿠버네티스: 'kubernetes' } });
    expect(options['image-hotlink']).toEqual({ severity: 'warning', options: { allow: ['velog.velcdn.com', 'user-images.githubusercontent.com'] } });
  });
});

describe('parseSize', () => {
  it.each<[unknown, number]>([
    ['2MB', 2 * 1024 * 1024],
    ['2 mb', 2 * 1024 * 1024],
    ['512KB', 512 * 1024],
    ['1KiB', 1024],
    ['1.5MiB', 1.5 * 1024 * 1024],
    ['100', 100],
    ['100b', 100],
    [4096, 4096],
  ])('%j is %i bytes', (value, bytes) => {
    expect(parseSize(value)).toBe(bytes);
  });

  it.each<unknown>(['2GB', 'big', '', '0', '0KB', 0, -5, 1.5, null, true, ['1MB']])('%j is not a size', (value) => {
    expect(parseSize(value)).toBeUndefined();
  });
});

describe('resolveSettings', () => {
  it('defaults to the Jekyll preset, English and a 1 MiB limit', () => {
    const settings = resolveSettings(ruleCatalogue);
    expect(settings.preset.name).toBe('jekyll');
    expect(settings.lang).toBe('en');
    expect(settings.requiredKeys).toEqual(['title', 'date']);
    expect(settings.posts).toEqual(['_posts/**/*.{md,markdown}', '_drafts/**/*.{md,markdown}']);
    expect(settings.ignore).toEqual([]);
    expect(settings.maxFileSize).toBe(DEFAULT_MAX_BYTES);
    expect(settings.ruleOptions).toEqual({});
  });

  it('gives every registered rule a severity, the rule default when nothing overrides it', () => {
    const settings = resolveSettings(ruleCatalogue);
    // Jekyll reads `tag:`/`category:` itself, so taxonomy-key is off there by default.
    // and so are the two list/code consistency rules where kramdown and CommonMark disagree.
    const offOnJekyll = new Set(['taxonomy-key', 'ordered-list-marker-style', 'code-block-style']);
    for (const rule of allRules) expect(settings.severities[rule.id]).toBe(offOnJekyll.has(rule.id) ? 'off' : rule.severity);
    expect(settings.severities['heading-increment']).toBe('warning');
    expect(effectiveSeverity(settings, 'heading-increment')).toBe('warning');
  });

  it('the Hugo preset reads posts from content/', () => {
    const settings = resolveSettings(ruleCatalogue, { preset: 'hugo' });
    expect(settings.preset.name).toBe('hugo');
    expect(settings.posts).toEqual(['content/**/*.md']);
    expect(settings.requiredKeys).toEqual(['title', 'date']);
  });

  it('the markdown preset requires only a title and relaxes missing frontmatter', () => {
    const settings = resolveSettings(ruleCatalogue, { preset: 'markdown' });
    expect(settings.requiredKeys).toEqual(['title']);
    expect(settings.severities['frontmatter-missing']).toBe('warning');
    expect(settings.severities['date-filename-mismatch']).toBe('off');
    expect(effectiveSeverity(settings, 'date-filename-mismatch')).toBeUndefined();
  });

  it('`rules: {heading-increment: off}` turns the rule off', () => {
    const settings = resolveSettings(ruleCatalogue, parseConfig(ruleCatalogue, FILE, 'rules: {heading-increment: off}\n'));
    expect(settings.severities['heading-increment']).toBe('off');
    expect(effectiveSeverity(settings, 'heading-increment')).toBeUndefined();
    // nothing else changed
    expect(settings.severities['no-empty-url']).toBe('error');
  });

  it('config severities override the preset', () => {
    const settings = resolveSettings(ruleCatalogue, parseConfig(ruleCatalogue, FILE, 'preset: markdown\nrules:\n  frontmatter-missing: error\n'));
    expect(settings.severities['frontmatter-missing']).toBe('error');
  });

  it('rule options pass through, and an options-only rule keeps its default severity', () => {
    const settings = resolveSettings(ruleCatalogue, parseConfig(ruleCatalogue, FILE, 'rules:\n  image-url-style:\n    spaces: raw\n'));
    expect(settings.ruleOptions['image-url-style']).toEqual({ spaces: 'raw' });
    expect(settings.severities['image-url-style']).toBe('warning');
  });

  it('max-file-size: 2MB reaches the settings', () => {
    expect(resolveSettings(ruleCatalogue, parseConfig(ruleCatalogue, FILE, 'max-file-size: 2MB\n')).maxFileSize).toBe(2 * 1024 * 1024);
  });

  it('explicit lists replace the preset ones', () => {
    const settings = resolveSettings(ruleCatalogue, parseConfig(ruleCatalogue, FILE, 'paths: [blog/*.md]\nrequired: [title]\nlang: ko\n'));
    expect(settings.posts).toEqual(['blog/*.md']);
    expect(settings.requiredKeys).toEqual(['title']);
    expect(settings.lang).toBe('ko');
  });

  it('keeps a fixed "now"', () => {
    const now = new Date(Date.UTC(2025, 0, 1));
    expect(resolveSettings(ruleCatalogue, { now }).now).toBe(now);
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('bpl-config-');
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('finds .blog-post-lint.yml at the root', async () => {
    await fs.writeFile(path.join(dir, '.blog-post-lint.yml'), 'preset: hugo\nmax-file-size: 512KB\n');
    expect(await loadConfig(ruleCatalogue, dir)).toEqual({ file: '.blog-post-lint.yml', input: { preset: 'hugo', maxFileSize: 512 * 1024 } });
  });

  it('finds .blog-post-lint.json', async () => {
    await fs.writeFile(path.join(dir, '.blog-post-lint.json'), '{"lang": "ko"}');
    expect(await loadConfig(ruleCatalogue, dir)).toEqual({ file: '.blog-post-lint.json', input: { lang: 'ko' } });
  });

  it('returns empty settings when there is no config', async () => {
    expect(await loadConfig(ruleCatalogue, dir)).toEqual({ input: {} });
  });

  it('an explicit config must exist', async () => {
    await expect(loadConfig(ruleCatalogue, dir, 'lint/custom.yml')).rejects.toThrow(ConfigError);
    await expect(loadConfig(ruleCatalogue, dir, 'lint/custom.yml')).rejects.toThrow(/lint\/custom\.yml.*not found/);
  });

  it('reads an explicit config relative to the root', async () => {
    await fs.mkdir(path.join(dir, 'lint'));
    await fs.writeFile(path.join(dir, 'lint', 'custom.yml'), 'lang: ko\n');
    expect(await loadConfig(ruleCatalogue, dir, 'lint/custom.yml')).toEqual({ file: 'lint/custom.yml', input: { lang: 'ko' } });
  });

  it('an error in the found config names that file and line', async () => {
    await fs.writeFile(path.join(dir, '.blog-post-lint.yml'), 'preset: jekyll\n\nrulez:\n  heading-increment: off\n');
    const error = await loadConfig(ruleCatalogue, dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/^\.blog-post-lint\.yml:3: unknown key `rulez`/);
  });
});

describe('defaultKeysFor (Jekyll front-matter defaults)', () => {
  const site = (defaults: SiteConfig['defaults']): SiteConfig => ({ future: false, baseUrl: '', defaults });
  const keys = (config: SiteConfig, file: string) => [...defaultKeysFor(config, file)].sort();

  it('scope path "" applies to every file', () => {
    const config = site([{ path: '', values: { layout: 'default', author: 'me' } }]);
    expect(keys(config, '_posts/2025-03-03-hello.md')).toEqual(['author', 'layout']);
    expect(keys(config, 'about.md')).toEqual(['author', 'layout']);
  });

  it('type posts applies to _posts, not to pages', () => {
    const config = site([{ path: '', type: 'posts', values: { layout: 'post', comments: true } }]);
    expect(keys(config, '_posts/2025-03-03-hello.md')).toEqual(['comments', 'layout']);
    expect(keys(config, 'blog/_posts/2025-03-03-hello.md')).toEqual(['comments', 'layout']);
    expect(keys(config, 'about.md')).toEqual([]);
  });

  it('type pages applies to pages, not to posts', () => {
    const config = site([{ path: '', type: 'pages', values: { layout: 'page' } }]);
    expect(keys(config, 'about.md')).toEqual(['layout']);
    expect(keys(config, '_posts/2025-03-03-hello.md')).toEqual([]);
  });

  it('scope path "_posts" applies inside _posts only', () => {
    const config = site([{ path: '_posts', values: { image: 'cover.png' } }]);
    expect(keys(config, '_posts/2025-03-03-hello.md')).toEqual(['image']);
    expect(keys(config, '_posts/2025/2025-03-03-hello.md')).toEqual(['image']);
    expect(keys(config, 'notes/_posts/2025-03-03-hello.md')).toEqual([]);
    expect(keys(config, 'about.md')).toEqual([]);
  });

  it('scope path "_posts/" and "./_posts" mean the same folder', () => {
    expect(keys(site([{ path: '_posts/', values: { a: 1 } }]), '_posts/x.md')).toEqual(['a']);
    expect(keys(site([{ path: './_posts', values: { a: 1 } }]), '_posts/x.md')).toEqual(['a']);
  });

  it('another folder applies only to files under it', () => {
    const config = site([{ path: 'projects', values: { layout: 'project' } }]);
    expect(keys(config, 'projects/one.md')).toEqual(['layout']);
    expect(keys(config, '_posts/2025-03-03-hello.md')).toEqual([]);
    expect(keys(config, 'about.md')).toEqual([]);
  });

  it('a glob scope path', () => {
    const config = site([{ path: '_posts/2025-*', values: { series: 'x' } }]);
    expect(keys(config, '_posts/2025-03-03-hello.md')).toEqual(['series']);
    expect(keys(config, '_posts/2024-03-03-hello.md')).toEqual([]);
  });

  it('combines keys from several matching entries', () => {
    const config = site([
      { path: '', values: { author: 'me' } },
      { path: '_posts', type: 'posts', values: { layout: 'post' } },
      { path: 'projects', values: { toc: true } },
    ]);
    expect(keys(config, '_posts/2025-03-03-hello.md')).toEqual(['author', 'layout']);
  });
});

describe('loadSiteConfig', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('bpl-site-');
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads timezone, future, baseurl and defaults from _config.yml', async () => {
    await fs.writeFile(
      path.join(dir, '_config.yml'),
      [
        'title: My blog',
        'timezone: Asia/Seoul',
        'future: true',
        'baseurl: "/blog"',
        'defaults:',
        '  - scope:',
        '      path: ""',
        '      type: posts',
        '    values:',
        '      layout: post',
        '      comments: true',
        '  - scope:',
        '      path: _posts',
        '    values:',
        '      toc: true',
        '  - values: { author: me }',
        '  - scope: { path: broken }',
        '',
      ].join('\n'),
    );
    const config = await loadSiteConfig(dir, 'jekyll');
    expect(config).toEqual({
      file: '_config.yml',
      timeZone: 'Asia/Seoul',
      future: true,
      baseUrl: '/blog',
      defaults: [
        { path: '', type: 'posts', values: { layout: 'post', comments: true } },
        { path: '_posts', values: { toc: true } },
        { path: '', values: { author: 'me' } },
      ],
    });
    expect([...defaultKeysFor(config, '_posts/2025-03-03-x.md')].sort()).toEqual(['author', 'comments', 'layout', 'toc']);
  });

  it('without those keys: no time zone, future off, empty baseurl', async () => {
    await fs.writeFile(path.join(dir, '_config.yml'), 'title: My blog\nfuture: "yes"\n');
    const config = await loadSiteConfig(dir, 'jekyll');
    expect(config).toEqual({ file: '_config.yml', future: false, baseUrl: '', defaults: [] });
    expect(config.timeZone).toBeUndefined();
  });

  it('falls back to _config.yaml', async () => {
    await fs.writeFile(path.join(dir, '_config.yaml'), 'timezone: " Europe/Paris "\n');
    expect(await loadSiteConfig(dir, 'jekyll')).toMatchObject({ file: '_config.yaml', timeZone: 'Europe/Paris' });
  });

  it('no site config at all', async () => {
    expect(await loadSiteConfig(dir, 'jekyll')).toEqual({ future: false, baseUrl: '', defaults: [] });
  });

  it('a broken _config.yml is ignored, not fatal', async () => {
    await fs.writeFile(path.join(dir, '_config.yml'), 'timezone: Asia/Seoul\nfuture: [true\n');
    expect(await loadSiteConfig(dir, 'jekyll')).toEqual({ file: '_config.yml', future: false, baseUrl: '', defaults: [] });
  });

  it('an alias bomb in _config.yml is ignored quickly', async () => {
    const lines = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
    await fs.writeFile(path.join(dir, '_config.yml'), `timezone: Asia/Seoul\n${lines.join('\n')}\n`);
    const started = performance.now();
    const config = await loadSiteConfig(dir, 'jekyll');
    expect(performance.now() - started).toBeLessThan(500);
    expect(config).toEqual({ file: '_config.yml', future: false, baseUrl: '', defaults: [] });
  });

  it('the Jekyll preset does not read Hugo files, and vice versa', async () => {
    await fs.writeFile(path.join(dir, 'hugo.toml'), 'timeZone = "Asia/Seoul"\nbuildFuture = true\n');
    expect(await loadSiteConfig(dir, 'jekyll')).toEqual({ future: false, baseUrl: '', defaults: [] });
    expect(await loadSiteConfig(dir, 'hugo')).toMatchObject({ file: 'hugo.toml', timeZone: 'Asia/Seoul', future: true });
  });

  it('reads the site\'s language: Jekyll `lang`, Hugo `defaultContentLanguage`/`languageCode`, Hexo `language`, Astro `defaultLocale`', async () => {
    const languageOf = async (files: Record<string, string>, preset: 'jekyll' | 'hugo' | 'hexo' | 'astro') => {
      const dir = await tempDir('bpl-lang-');
      try {
        for (const [name, text] of Object.entries(files)) {
          await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
          await fs.writeFile(path.join(dir, name), text);
        }
        return (await loadSiteConfig(dir, preset)).language;
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    };
    expect(await languageOf({ '_config.yml': 'lang: ko-KR\n' }, 'jekyll')).toBe('ko');
    expect(await languageOf({ '_config.yml': 'lang: en-US\n' }, 'jekyll')).toBe('en');
    expect(await languageOf({ '_config.yml': 'lang: ja\n' }, 'jekyll')).toBeUndefined();
    expect(await languageOf({ '_config.yml': 'title: x\n' }, 'jekyll')).toBeUndefined();
    expect(await languageOf({ 'hugo.toml': 'languageCode = "ko-kr"\n' }, 'hugo')).toBe('ko');
    expect(await languageOf({ 'config/_default/hugo.yaml': 'defaultContentLanguage: ko\nlanguageCode: en-us\n' }, 'hugo')).toBe('ko');
    expect(await languageOf({ '_config.yml': 'language:\n  - ko\n  - en\n' }, 'hexo')).toBe('ko');
    expect(await languageOf({ '_config.yml': 'language: zh-CN\n' }, 'hexo')).toBeUndefined();
    expect(await languageOf({ 'astro.config.mjs': "export default defineConfig({ i18n: { defaultLocale: 'ko', locales: ['ko', 'en'] } });\n" }, 'astro')).toBe('ko');
    expect(await languageOf({ 'astro.config.mjs': 'export default defineConfig({});\n' }, 'astro')).toBeUndefined();
  });

  it('the markdown preset reads no site config', async () => {
    await fs.writeFile(path.join(dir, '_config.yml'), 'timezone: Asia/Seoul\n');
    expect(await loadSiteConfig(dir, 'markdown')).toEqual({ future: false, baseUrl: '', defaults: [] });
  });
});

describe('Jekyll defaults: drafts and deprecated singular types', () => {
  const site = (type: string): SiteConfig => ({ future: false, baseUrl: '', defaults: [{ path: '', type, values: { layout: 'post' } }] });
  it('applies `type: posts` defaults to drafts, as Jekyll reads _drafts into posts', () => {
    expect([...defaultKeysFor(site('posts'), '_drafts/x.md')]).toEqual(['layout']);
  });
  it('maps the deprecated `type: post` to posts', () => {
    expect([...defaultKeysFor(site('post'), '_posts/2025-03-03-x.md')]).toEqual(['layout']);
    expect([...defaultKeysFor(site('post'), 'about.md')]).toEqual([]);
  });
  it('suggests the closest rule id, not the first that contains the typo', () => {
    expect(() => parseConfig(ruleCatalogue, '.blog-post-lint.yml', 'rules:\n  heading-incremnt: off\n')).toThrow(/did you mean `heading-increment`/);
    expect(() => parseConfig(ruleCatalogue, '.blog-post-lint.yml', 'rules:\n  a: off\n')).not.toThrow(/did you mean/);
  });
  it('reads Hugo keys case-insensitively and takes the path of baseURL', async () => {
    const root = await tempDir('bpl-hugo-');
    await fs.writeFile(path.join(root, 'hugo.toml'), 'baseURL = "https://example.org/blog/"\nbuildfuture = true\ntimeZone = "Asia/Seoul"\n');
    const loaded = await loadSiteConfig(root, 'hugo');
    expect([loaded.baseUrl, loaded.future, loaded.timeZone]).toEqual(['/blog', true, 'Asia/Seoul']);
  });
});
