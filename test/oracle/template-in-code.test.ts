// The real Jekyll and Hugo on template syntax in code: the text is lost (or the build fails) before
// the fix, and shown as written after it.
import { describe, expect, it } from 'vitest';
import { buildHugo, buildJekyll, findings, fixedFile, hugoAvailable, jekyllAvailable, lintSite, skipUnless, type SiteFiles } from './engines.js';

const post = (text: string) => `---\ntitle: A\ndate: 2025-01-01\n---\n\n${text}\n`;
const FILE = '_posts/2025-01-01-a.md';
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe.skipIf(skipUnless('jekyll', jekyllAvailable()))('Jekyll', () => {
  it('fenced, listed, inline and highlighted code lose their Liquid; after the fix the text survives and nothing else changes', async () => {
    const body = ['Intro:', '', '```yaml', 'token: ${{ secrets.TOKEN }}', '```', '', '1. Step:', '   ```yaml', '   run: ${{ matrix.os }}', '   ```', '2. Next', '', 'Inline `{{ message }}` here.', '', '{% highlight yaml %}', 'a: {{ x }}', '{% endhighlight %}'].join('\n');
    const files: SiteFiles = { [FILE]: post(body) };
    const before = await buildJekyll(files);
    expect(before.ok, before.log).toBe(true);
    const page = (site: typeof before) => text(site.pages.get('2025/01/01/a.html')!);
    expect(page(before)).toContain('token: $\n');
    expect(page(before)).not.toContain('{{ message }}');
    expect(findings(await lintSite(files), FILE)).toEqual(['template-in-code@8', 'template-in-code@13', 'template-in-code@18', 'template-in-code@20']);

    const fixed = await fixedFile({ ...files, '_config.yml': 'title: t\n' }, FILE);
    const after = await buildJekyll({ [FILE]: fixed });
    expect(after.ok, after.log).toBe(true);
    for (const shown of ['token: ${{ secrets.TOKEN }}', 'run: ${{ matrix.os }}', 'Inline {{ message }} here.', 'a: {{ x }}']) expect(page(after)).toContain(shown);
    // The list stays tight: no blank line was added inside it.
    expect(after.pages.get('2025/01/01/a.html')).toContain('<li>Step:');
    expect(before.pages.get('2025/01/01/a.html')).toContain('<li>Step:');
  });

  it('an unknown tag in code fails the build (liquid-syntax); wrapped in raw it builds and shows', async () => {
    const files: SiteFiles = { [FILE]: post('```django\n{% block content %}{% endblock %}\n```') };
    const before = await buildJekyll(files);
    expect(before.ok).toBe(false);
    expect(before.log).toContain("Unknown tag 'block'");
    expect(findings(await lintSite(files), FILE)).toEqual(['liquid-syntax@6']);
    const after = await buildJekyll({ [FILE]: await fixedFile({ ...files, '_config.yml': 'title: t\n' }, FILE) });
    expect(after.ok, after.log).toBe(true);
    expect(text(after.pages.get('2025/01/01/a.html')!)).toContain('{% block content %}{% endblock %}');
  });

  it('a comparison in an output logs "Liquid syntax error" (liquid-syntax) and publishes the lax value', async () => {
    const files: SiteFiles = { [FILE]: post("```yaml\nif: ${{ github.event_name == 'push' }}\n```") };
    const before = await buildJekyll(files);
    expect(before.ok, before.log).toBe(true);
    expect(before.log).toContain('Liquid syntax error');
    expect(text(before.pages.get('2025/01/01/a.html')!)).toContain('if: $\n');
    expect(findings(await lintSite(files), FILE)).toEqual(['liquid-syntax@6']);
  });
});

describe.skipIf(skipUnless('hugo', hugoAvailable()))('Hugo', () => {
  it('a shortcode in a code fence runs (a missing one fails the build); `{{</* x */>}}` shows it', async () => {
    const file = 'content/posts/a.md';
    const files: SiteFiles = { [file]: post('```md\n{{< nosuch arg >}}\n```') };
    const before = await buildHugo(files);
    expect(before.ok).toBe(false);
    expect(before.log).toMatch(/nosuch/);
    expect(findings(await lintSite(files, ['--preset', 'hugo']), file)).toEqual(['template-in-code@7']);
    const fixed = await fixedFile({ ...files, 'hugo.toml': 'title = "t"\n' }, file);
    expect(fixed).toContain('{{</* nosuch arg */>}}');
    const after = await buildHugo({ [file]: fixed });
    expect(after.ok, after.log).toBe(true);
    expect(text(after.pages.get('posts/a/index.html')!).replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toContain('{{< nosuch arg >}}');
  });
});
