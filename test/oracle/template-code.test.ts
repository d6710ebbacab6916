// Markdown inside an engine's code tags is code on the published page, even where a markdown parser
// reading the masked post sees it leak out: a `{{< highlight >}}` pair opened in a list item and
// closed at column 0 (the fence it was masked as ends with the list item), or a pair after a `<br>`
// line, whose HTML block runs on and makes the later fences pair the other way round. Built with the
// real Hugo: the page has the `<img>` and the `# comment` only as highlighted code, and the linter
// reports neither; the same image and heading outside a pair are still reported. A pair opened in a
// nested list keeps the list going, for Hugo and for the linter (no indented code block after it).
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { buildHugo, HUGO_CONFIG, HUGO_LAYOUTS, hugoAvailable, skipUnless, type SiteFiles } from './engines.js';
import { h1Count } from './html.js';
import { lintJson, makeBlog } from '../helpers.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const FM = '---\ntitle: A\ndate: 2025-01-01\n---\n';

const files: SiteFiles = {
  ...HUGO_LAYOUTS,
  'hugo.toml': HUGO_CONFIG + '[markup.goldmark.renderer]\nunsafe = true\n',
  // The pair opens indented in a list item and closes at column 0.
  'content/posts/listed.md': `${FM}\n- a\n  - b\n    {{< highlight html >}}\n<img src="/x.png">\n{{< /highlight >}}\n- c\n`,
  // A `<br>` line starts an HTML block that swallows the first pair's opening line.
  'content/posts/after-br.md': `${FM}\nText.\n{{< highlight python >}}\nx = 1\n{{< /highlight >}}\n<br>\n\nMore.\n{{< highlight python >}}\nresult.ready()\n# True\n{{< /highlight >}}\n<br>\n\nEnd.\n{{< highlight python >}}\n# config.py\nbroker = 1\n{{< /highlight >}}\n`,
  // Pairs opened in a nested list and closed at column 0, with list items after each (jonnung's
  // angular post): Hugo keeps the list going; a fence closed at the closing tag would end it there,
  // and the next item, indented six spaces, would read as an indented code block.
  'content/posts/nested.md': `${FM}\nIntro:\n\n\`\`\`\nfenced first\n\`\`\`\n\n- Binding\n  - One way\n      - Interpolation\n      - Property\n    {{< highlight html >}}\n<button [disabled]="a">ko</button>\n{{< /highlight >}}\n      - Event\n    {{< highlight html >}}\n<button (click)="c()">ko</button>\n{{< /highlight >}}\n      - Last\n  - Two way\n`,
  // Outside any pair: both are the author's markdown, and reported.
  'content/posts/plain.md': `${FM}\n<img src="/x.png">\n\n# Heading\n`,
  'static/x.png': 'png',
};

describe.skipIf(skipUnless('hugo', hugoAvailable()))('markdown inside Hugo code shortcodes', () => {
  it('is published as code, and the linter reports nothing there; outside a pair the same markdown is reported', async () => {
    const built = await buildHugo(files);
    expect(built.ok).toBe(true);
    const listed = built.pages.get('posts/listed/index.html')!;
    expect(listed).toMatch(/<code class="language-html"[^]*&lt;<span[^>]*>img<\/span>/);
    expect(listed).not.toMatch(/<img/);
    const afterBr = built.pages.get('posts/after-br/index.html')!;
    expect(afterBr).toMatch(/# True/);
    expect(afterBr).toMatch(/# config.py/);
    expect(h1Count(afterBr)).toBe(1); // the layout's title only
    const nested = built.pages.get('posts/nested/index.html')!;
    for (const item of ['Event', 'Last', 'Two way']) expect(nested).toMatch(new RegExp(`<li>${item}\\b`));
    expect(nested.match(/<pre/g)).toHaveLength(3); // the author's fence and the two pairs: no indented code block
    const plain = built.pages.get('posts/plain/index.html')!;
    expect(plain).toMatch(/<img src="\/x.png">/);
    expect(h1Count(plain)).toBe(2);

    const root = await makeBlog(files as Record<string, string>);
    roots.push(root);
    const { report } = await lintJson(['--preset', 'hugo'], root);
    const found = report.problems.filter((problem) => ['image-alt-missing', 'body-h1', 'code-block-style'].includes(problem.ruleId)).map((problem) => `${problem.file}:${problem.line} ${problem.ruleId}`);
    expect(found).toEqual(['content/posts/plain.md:6 image-alt-missing', 'content/posts/plain.md:8 body-h1']);
  });
});
