// link-tag-target, with the real engines: a missing post_url/link (Jekyll) or ref/relref (Hugo)
// target fails the build, code blocks included; after the linter's fix the site builds.
import { describe, expect, it } from 'vitest';
import { buildHugo, buildJekyll, fixedFile, hugoAvailable, jekyllAvailable, lintSite, skipUnless, JEKYLL_CONFIG, JEKYLL_LAYOUTS, type SiteFiles } from './engines.js';

function lines(report: Awaited<ReturnType<typeof lintSite>>): string[] {
  return report.problems.filter((problem) => problem.ruleId === 'link-tag-target').map((problem) => `${problem.file}:${problem.line}`);
}

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('link-tag-target with Jekyll', () => {
  const good: SiteFiles = {
    '_posts/2025-01-02-b.md': '---\ntitle: B\n---\nb\n',
    '_posts/sub/2025-01-03-c.md': '---\ntitle: C\n---\nc\n',
    'docs/d.md': '---\ntitle: D\n---\nd\n',
    '_posts/2025-01-01-a.md': '---\ntitle: A\n---\n[b]({% post_url 2025-01-02-b %}) [c]({% post_url sub/2025-01-03-c %}) [c2]({% post_url 2025-01-03-c %}) [d]({% link docs/d.md %})\n\n{% raw %}{% post_url nope %}{% endraw %}\n',
  };

  it('builds the links that resolve, and the linter is quiet', async () => {
    const built = await buildJekyll(good);
    expect(built.ok).toBe(true);
    expect(built.pages.get('2025/01/01/a.html')).toContain('href="/2025/01/02/b.html"');
    expect(lines(await lintSite(good))).toEqual([]);
  });

  it.each([
    ['a post_url with another date', '[x]({% post_url 2025-01-09-b %})', /Could not find post "2025-01-09-b"/],
    ['a post_url with the extension', '[x]({% post_url 2025-01-02-b.md %})', /Could not find post "2025-01-02-b.md"/],
    ['a post_url inside a code block', '```\n{% post_url 2025-01-09-b %}\n```', /Could not find post/],
    ['a link with another case', '[x]({% link Docs/d.md %})', /Could not find document 'Docs\/d.md'/],
  ])('%s fails the build; the fix makes it build', async (_name, body, error) => {
    const files = { ...good, '_posts/2025-01-05-e.md': `---\ntitle: E\n---\n${body}\n` };
    const broken = await buildJekyll(files);
    expect(broken.ok).toBe(false);
    expect(broken.log).toMatch(error);
    expect(lines(await lintSite(files))).toEqual([`_posts/2025-01-05-e.md:${body.startsWith('```') ? 5 : 4}`]);
    const fixed = await fixedFile({ ...files, ...JEKYLL_LAYOUTS, '_config.yml': JEKYLL_CONFIG }, '_posts/2025-01-05-e.md');
    expect((await buildJekyll({ ...files, '_posts/2025-01-05-e.md': fixed })).ok).toBe(true);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('link-tag-target with Hugo', () => {
  const good: SiteFiles = {
    'content/posts/b.md': '---\ntitle: B\n---\nb\n',
    'content/other/c.md': '---\ntitle: C\n---\nc\n',
    'content/posts/k/index.md': '---\ntitle: K\n---\nk\n',
    'content/posts/2024-01-01-hello.md': '---\ntitle: H\n---\nh\n',
    'content/posts/a.md': '---\ntitle: A\n---\n[1]({{< ref "b" >}}) [2]({{< ref "b.md" >}}) [3]({{< relref "posts/b.md" >}}) [4]({{< relref "/posts/b" >}}) [5]({{< relref "c" >}}) [6]({{< relref "../other/c.md" >}}) [7]({{< relref "k" >}}) [8]({{< relref "b.md#x" >}}) [9]({{< relref "C.md" >}}) {{</* relref "shown.md" */>}}\n',
  };

  it('resolves every form the rule accepts, and the linter is quiet', async () => {
    const built = await buildHugo(good);
    expect(built.ok).toBe(true);
    expect(built.pages.get('posts/a/index.html')).toContain('href="/other/c/"');
    expect(lines(await lintSite(good, ['--preset', 'hugo']))).toEqual([]);
  });

  it('a missing relref in a code block fails the build too', async () => {
    const files = { ...good, 'content/posts/e.md': '---\ntitle: E\n---\n```\n{{< relref "missing.md" >}}\n```\n' };
    const broken = await buildHugo(files);
    expect(broken.ok).toBe(false);
    expect(broken.log).toMatch(/REF_NOT_FOUND: Ref "missing.md"/);
    expect(lines(await lintSite(files, ['--preset', 'hugo']))).toEqual(['content/posts/e.md:5']);
  });

  it('a missing relref fails the build; the one near name is the fix', async () => {
    const files = { ...good, 'content/posts/e.md': '---\ntitle: E\n---\nSee [it]({{< relref "hello.md" >}}).\n' };
    const broken = await buildHugo(files);
    expect(broken.ok).toBe(false);
    expect(broken.log).toMatch(/REF_NOT_FOUND: Ref "hello.md"/);
    expect(lines(await lintSite(files, ['--preset', 'hugo']))).toEqual(['content/posts/e.md:4']);
    const fixed = await fixedFile({ ...files, 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "oracle"\n' }, 'content/posts/e.md');
    expect(fixed).toContain('{{< relref "posts/2024-01-01-hello.md" >}}');
    expect((await buildHugo({ ...files, 'content/posts/e.md': fixed })).ok).toBe(true);
  });
});
