// post-unfinished, with the real Jekyll: an empty or placeholder post is published as a page all the
// same (nothing in the build warns), while a draft is not: the rule reports exactly the published ones.
import { describe, expect, it } from 'vitest';
import { buildJekyll, JEKYLL_CONFIG, JEKYLL_LAYOUTS, jekyllAvailable, lintSite, skipUnless, type SiteFiles } from './engines.js';
import { textOf } from './html.js';

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('post-unfinished with Jekyll', () => {
  const files: SiteFiles = {
    ...JEKYLL_LAYOUTS,
    '_config.yml': JEKYLL_CONFIG,
    '_posts/2025-01-01-empty.md': '---\ntitle: Empty\n---\n',
    '_posts/2025-01-02-tbd.md': '---\ntitle: Later\n---\n## Part one\n\n작성 중\n',
    '_posts/2025-01-03-hidden.md': '---\ntitle: Hidden\npublished: false\n---\n',
    '_posts/2025-01-04-done.md': '---\ntitle: Done\n---\nA finished post.\n',
  };

  it('publishes the unfinished posts silently and skips the unpublished one; the linter reports the published two', async () => {
    const built = await buildJekyll(files);
    expect(built.ok).toBe(true);
    expect(built.log).not.toMatch(/warn/i);
    expect(textOf(built.pages.get('2025/01/01/empty.html')!).trim()).toBe('Empty');
    expect(textOf(built.pages.get('2025/01/02/tbd.html')!)).toContain('작성 중');
    expect(built.pages.has('2025/01/03/hidden.html')).toBe(false);
    const report = await lintSite(files);
    expect(report.problems.filter((problem) => problem.ruleId === 'post-unfinished').map((problem) => `${problem.file}:${problem.line}`)).toEqual(['_posts/2025-01-01-empty.md:4', '_posts/2025-01-02-tbd.md:6']);
  });
});
