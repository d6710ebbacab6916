// link-tag-target: engine link tags (Jekyll post_url/link, Hugo ref/relref) whose target is missing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog, runCli } from '../../helpers.js';

const RULE = 'link-tag-target';

async function found(files: Record<string, string>) {
  const root = await makeBlog(files);
  const { report } = await lintJson([], root);
  return report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

describe('link-tag-target, Jekyll', () => {
  const base = { '_config.yml': 'title: t\n', '_posts/2025-01-02-b.md': '---\ntitle: B\n---\nb\n', '_posts/sub/2025-01-03-c.md': '---\ntitle: C\n---\nc\n', 'docs/d.md': '---\ntitle: D\n---\nd\n' };

  it('a post_url naming no post, a link to no file; the same slug under one other date is the fix', async () => {
    const body = '[b]({% post_url 2025-01-02-b %}) [c]({% post_url sub/2025-01-03-c %}) [c2]({% post_url 2025-01-03-c %}) [d]({% link docs/d.md %})\n\n[x]({% post_url 2025-01-09-b %}) [y]({% post_url 2025-01-09-zzz %}) [z]({% link Docs/d.md %}) [w]({% link docs/none.md %})\n\n{% raw %}{% post_url nope %}{% endraw %}\n';
    expect(await found({ ...base, '_posts/2025-01-01-a.md': `---\ntitle: A\n---\n${body}` })).toEqual([
      '6:17 `{% post_url 2025-01-09-b %}` names no post, so the build fails ("Could not find post"): write `2025-01-02-b` (the post _posts/2025-01-02-b.md).',
      '6:50 `{% post_url 2025-01-09-zzz %}` names no post, so the build fails ("Could not find post"): write the name of an existing post (its file name without the extension).',
      '6:81 `{% link Docs/d.md %}` names no file of the site, so the build fails ("Could not find document"): write `docs/d.md`.',
      '6:107 `{% link docs/none.md %}` names no file of the site, so the build fails ("Could not find document"): write the path of an existing file, from the site\'s root, with its case.',
    ]);
  });

  it('is silent with render_with_liquid: false and for Liquid variables', async () => {
    expect(await found({ ...base, '_posts/2025-01-01-a.md': '---\ntitle: A\nrender_with_liquid: false\n---\n{% post_url nope %}\n' })).toEqual([]);
    expect(await found({ ...base, '_posts/2025-01-01-a.md': '---\ntitle: A\n---\n{% link {{ page.x }} %}\n' })).toEqual([]);
  });

  it('--fix writes the one matching post name and changes nothing else', async () => {
    const text = '---\r\ntitle: A\r\n---\r\nSee [x]({% post_url 2025-01-09-b %}).\r\n';
    const root = await makeBlog({ ...base, '_posts/2025-01-01-a.md': text });
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, '_posts/2025-01-01-a.md'), 'utf8')).toBe(text.replace('2025-01-09-b', '2025-01-02-b'));
  });
});

describe('link-tag-target, Hugo', () => {
  const base = { 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "t"\n', 'content/posts/b.md': '---\ntitle: B\n---\nb\n', 'content/other/c.md': '---\ntitle: C\n---\nc\n', 'content/posts/k/index.md': '---\ntitle: K\n---\nk\n', 'content/posts/2024-01-01-hello.md': '---\ntitle: H\n---\nh\n' };

  it('finds pages the way Hugo does, reports only those it cannot find', async () => {
    const body = '{{< ref "b" >}} {{< ref "b.md" >}} {{< relref "posts/b.md" >}} {{< relref "/posts/b" >}} {{< relref "c" >}} {{< relref "../other/c.md" >}} {{< relref "k" >}} {{< relref "b.md#x" >}} {{< relref "C.md" >}} {{< relref "#top" >}}\n\n{{< relref "missing.md" >}} {{</* relref "shown.md" */>}} {{< ref "hello.md" >}}\n';
    expect(await found({ ...base, 'content/posts/a.md': `---\ntitle: A\n---\n${body}` })).toEqual([
      '6:13 `relref "missing.md"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write the name of an existing page (its path under content/, or its file name).',
      '6:68 `ref "hello.md"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write `posts/2024-01-01-hello.md`.',
    ]);
  });
});
