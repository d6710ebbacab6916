// Engine facts about front matter YAML: what Ruby Psych (Jekyll's parser) accepts, what `yaml` (npm,
// v2, our parser) rejects, and what Jekyll really does with a post whose front matter is broken.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { jekyllYamlSite } from '../fixtures/oracle/jekyll-yaml.js';
import { buildJekyll, jekyllAvailable, psychLoad, rubyAvailable, skipUnless, type BuildResult } from './engines.js';

const CONTINUED = 'title: Continued\nexcerpt: "first\ncontinued"\n';
const BROKEN = 'title: [unclosed\ndate: 2025-03-04 21:00:00 +0900\n';

describe.skipIf(skipUnless('ruby (Psych)', rubyAvailable()))('Psych (Ruby YAML, what Jekyll parses front matter with)', () => {
  it('accepts a double-quoted value continued on an unindented next line, folding the line break to a space', () => {
    expect(psychLoad(CONTINUED)).toEqual({ ok: true, data: { title: 'Continued', excerpt: 'first continued' } });
  });

  it('rejects an unclosed flow sequence', () => {
    const result = psychLoad(BROKEN);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/did not find expected ',' or '\]' while parsing a flow sequence at line 1 column 8/);
  });

  it('reads a timestamp with seconds and no offset as UTC, whatever the local zone; one without seconds is not a timestamp (a string)', () => {
    // So when Jekyll then shows and files the time in the site's `timezone:`, such a post moves
    // (see the permalink facts in jekyll.test.ts).
    const yaml = 'a: 2025-03-03 23:30:00\nb: 2025-03-03 23:30:00 +0900\nc: 2025-03-03 23:30\nd: 2025-03-03\n';
    expect(psychLoad(yaml, { tz: 'UTC' })).toEqual({
      ok: true,
      data: { a: '2025-03-03T23:30:00+00:00', b: '2025-03-03T23:30:00+09:00', c: '2025-03-03 23:30', d: '2025-03-03' },
    });
    expect(psychLoad(yaml, { tz: 'Asia/Seoul' })).toEqual({
      ok: true,
      data: { a: '2025-03-04T08:30:00+09:00', b: '2025-03-03T23:30:00+09:00', c: '2025-03-03 23:30', d: '2025-03-03' },
    });
  });
});

describe('yaml (npm, v2): where it disagrees with Psych', () => {
  it('rejects the continued double-quoted value that Psych accepts', () => {
    const codes = parseDocument(CONTINUED).errors.map((error) => error.code);
    expect(codes).toContain('MISSING_CHAR');
    // Followed by more keys (as in a real front matter), it also sees a multi-line implicit key.
    expect(parseDocument(CONTINUED + 'date: 2025-03-03\n').errors.map((error) => error.code)).toEqual(['MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY']);
  });

  it('rejects the unclosed flow sequence too', () => {
    expect(parseDocument(BROKEN).errors.length).toBeGreaterThan(0);
  });
});

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('Jekyll on front matter YAML (fixture jekyll-yaml)', () => {
  let site: BuildResult;
  let before: Date;
  let after: Date;
  beforeAll(async () => {
    before = new Date();
    site = await buildJekyll(jekyllYamlSite);
    after = new Date();
  });

  it('builds and publishes the post with the continued value, read as Psych reads it', () => {
    expect(site.ok, site.log).toBe(true);
    const page = site.pages.get('2025/03/03/continued.html');
    expect(page, [...site.files].join('\n')).toBeDefined();
    expect(page).toContain('<h1 class="page-title">Continued</h1>');
    expect(page).toContain('<span class="excerpt">first continued</span>');
  });

  it('a broken front matter does not fail the build: Jekyll logs an error and goes on', () => {
    expect(site.ok).toBe(true);
    expect(site.log).toMatch(/Error: YAML Exception reading \S*_posts\/2025-03-04-broken\.md: \(<unknown>\): did not find expected ',' or '\]' while parsing a flow sequence at line 2 column 8/);
  });

  it('and still publishes the post, with no front matter at all: no title, and neither the date nor the slug of its file name', () => {
    // Jekyll drops the whole front matter (the block is cut off the body, its data is empty) and skips
    // reading the post's date and slug from its file name, so the URL is the build time's date plus
    // the whole file name.
    const broken = [...site.files].filter((file) => file.includes('broken'));
    expect(broken).toHaveLength(1);
    const day = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '/');
    expect([`${day(before)}/2025-03-04-broken.html`, `${day(after)}/2025-03-04-broken.html`]).toContain(broken[0]);
    const page = site.pages.get(broken[0]!)!;
    expect(page).toContain('<h1 class="page-title"></h1>');
    expect(page).toContain('The body of a post whose front matter is broken.');
    expect(page).not.toContain('unclosed');
  });
});
