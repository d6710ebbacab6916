// The real Hugo (goldmark) and Jekyll (kramdown) on the emphasis the rule reports: the page shows
// the asterisks before the fix and <strong>/<em> after it.
import { describe, expect, it } from 'vitest';
import { buildHugo, buildJekyll, findings, fixedFile, hugoAvailable, jekyllAvailable, lintSite, skipUnless, type SiteFiles } from './engines.js';

const body = (text: string) => `---\ntitle: A\ndate: 2025-01-01\n---\n\n${text}\n`;

describe.skipIf(skipUnless('hugo', hugoAvailable()))('Hugo (goldmark)', () => {
  it('`**계약(Contract)**이다` shows its asterisks; with unsafe HTML the fix renders <strong>', async () => {
    const config = 'baseURL = "https://example.org/"\ntitle = "oracle"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "404", "taxonomy", "term"]\n[markup.goldmark.renderer]\nunsafe = true\n';
    const files: SiteFiles = { 'hugo.toml': config, 'content/posts/a.md': body('**장기 계약(Contract)**이다 그리고 _conversion flag_와.') };
    const before = await buildHugo(files);
    expect(before.ok, before.log).toBe(true);
    const page = (site: typeof before) => site.pages.get('posts/a/index.html')!;
    expect(page(before)).toContain('**장기 계약(Contract)**이다');
    expect(page(before)).toContain('_conversion flag_와');
    expect(findings(await lintSite(files), 'content/posts/a.md')).toEqual(['emphasis-unrendered@6', 'emphasis-unrendered@6']);

    const after = await buildHugo({ ...files, 'content/posts/a.md': await fixedFile(files, 'content/posts/a.md') });
    expect(page(after)).toContain('<strong>장기 계약(Contract)</strong>이다');
    expect(page(after)).toContain('<em>conversion flag</em>와');
  });

  it('without unsafe HTML the suggested rewrite (punctuation outside) renders, and <strong> would be dropped', async () => {
    const files: SiteFiles = { 'content/posts/a.md': body('**“무엇”**를 본다. “**무엇**”를 본다. <strong>x</strong>') };
    const built = await buildHugo(files);
    const page = built.pages.get('posts/a/index.html')!;
    expect(page).toContain('**“무엇”**를');
    expect(page).toContain('“<strong>무엇</strong>”를');
    expect(page).toContain('<!-- raw HTML omitted -->x');
  });
});

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('Jekyll (kramdown)', () => {
  it('the punctuation case renders; `**강조 **입니다` does not until the space moves out', async () => {
    const file = '_posts/2025-01-01-a.md';
    const files: SiteFiles = { [file]: body('**장기 계약(Contract)**이다. 이것은 **강조 **입니다.') };
    const before = await buildJekyll(files);
    expect(before.ok, before.log).toBe(true);
    const page = (site: typeof before) => site.pages.get('2025/01/01/a.html')!;
    expect(page(before)).toContain('<strong>장기 계약(Contract)</strong>이다');
    expect(page(before)).toContain('**강조 **입니다');
    expect(findings(await lintSite(files), file)).toEqual(['emphasis-unrendered@6']);
    const after = await buildJekyll({ [file]: await fixedFile({ ...files, '_config.yml': 'title: t\n' }, file) });
    expect(page(after)).toContain('<strong>강조</strong> 입니다');
  });
});
