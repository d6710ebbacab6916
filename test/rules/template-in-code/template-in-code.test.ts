// template-in-code and liquid-syntax: Liquid in a Jekyll post's code, Hugo shortcodes in code fences.
import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { lintJson, makeBlog, runCli } from '../../helpers.js';
import { liquidTokens, strictVariableError } from '../../../src/rules/template-in-code.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

const MINE = new Set(['template-in-code', 'liquid-syntax']);
const JEKYLL_POST = '_posts/2025-01-01-a.md';

async function lint(site: Record<string, string>, args: string[] = []) {
  const root = await makeBlog(site);
  roots.push(root);
  const { report } = await lintJson(['--fail-on', 'never', ...args], root);
  return { root, problems: report.problems.filter((problem) => MINE.has(problem.ruleId)) };
}

const jekyll = (body: string, frontmatter = '') => ({ '_config.yml': 'title: t\n', [JEKYLL_POST]: `---\ntitle: A\ndate: 2025-01-01\n${frontmatter}---\n\n${body}\n` });

describe('Liquid as Liquid 5 parses it', () => {
  it('strict output parsing: lookups and filters pass; comparisons, arithmetic and Go templates fail', () => {
    expect(strictVariableError(' secrets.TOKEN ')).toBeUndefined();
    expect(strictVariableError(" page.title | append: ' x', 'y' ")).toBeUndefined();
    expect(strictVariableError(" site.data['a'][0].b ")).toBeUndefined();
    expect(strictVariableError(" github.event_name == 'push' ")).toBe('Expected end_of_string but found comparison');
    expect(strictVariableError(' count + 1 ')).toBe('Unexpected character +');
    expect(strictVariableError(' .Title ')).toBe('. is not a valid expression');
    // Brackets nested past any real lookup are refused before the parse recurses out of stack.
    expect(strictVariableError(` a${'[b'.repeat(100)}${']'.repeat(100)} `)).toBeUndefined();
    expect(strictVariableError(` ${'['.repeat(20_000)} `)).toBe('Nesting too deep');
  });

  it('raw and comment bodies are not evaluated; `{%- endraw %}` does not end raw', () => {
    const text = "{% raw %}{{ a }}{% endraw %} {{ b }} {% comment %}{{ c }}{% endcomment %} {% raw %}{{ d }}{%- endraw %}{{ e }}{% endraw %} {{ f }}";
    expect(liquidTokens(text, 0).map((token) => token.text)).toEqual(['{{ b }}', '{{ f }}']);
  });
});

describe('template-in-code / liquid-syntax in Jekyll', () => {
  it('a fenced block, inline code and a highlight block each get one finding, with the raw fix', async () => {
    const body = ['```yaml', 'token: ${{ secrets.TOKEN }}', 'other: ${{ secrets.OTHER }}', '```', '', 'Inline `{{ message }}` here.', '', '{% highlight yaml %}', 'a: {{ x }}', '{% endhighlight %}'].join('\n');
    const { root, problems } = await lint(jekyll(body));
    expect(problems.map((problem) => [problem.ruleId, problem.line, problem.message])).toEqual([
      ['template-in-code', 6, 'Jekyll runs Liquid inside this code block: `{{ secrets.TOKEN }}` is not shown as written (an output becomes its value, usually nothing). Wrap the block in `{% raw %}` … `{% endraw %}`.'],
      ['template-in-code', 11, 'Jekyll runs Liquid inside this inline code: `{{ message }}` is not shown as written (an output becomes its value, usually nothing). Write `{% raw %}`…`{% endraw %}` around it.'],
      ['template-in-code', 13, 'Jekyll runs Liquid inside this code block: `{{ x }}` is not shown as written (an output becomes its value, usually nothing). Wrap the block in `{% raw %}` … `{% endraw %}`.'],
    ]);
    await runCli(['--fix'], root);
    const fixed = await fs.readFile(path.join(root, JEKYLL_POST), 'utf8');
    expect(fixed).toContain('\n{% raw %}\n```yaml\ntoken: ${{ secrets.TOKEN }}\nother: ${{ secrets.OTHER }}\n```\n{% endraw %}\n');
    expect(fixed).toContain('Inline {% raw %}`{{ message }}`{% endraw %} here.');
    expect(fixed).toContain('{% highlight yaml %}\n{% raw %}\na: {{ x }}\n{% endraw %}\n{% endhighlight %}');
    expect((await lint({ '_config.yml': 'title: t\n', [JEKYLL_POST]: fixed })).problems).toEqual([]);
  });

  it('in a list item the raw tags take no line of their own in the output', async () => {
    const body = ['1. Step:', '   ```yaml', '   token: ${{ secrets.TOKEN }}', '   ```', '2. Next'].join('\n');
    const { root } = await lint(jekyll(body));
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, JEKYLL_POST), 'utf8')).toContain('1. Step:\n   {%- raw %}\n   ```yaml\n   token: ${{ secrets.TOKEN }}{% endraw %}\n   ```\n2. Next');
  });

  it('an unknown tag stops the build and a comparison in an output is a syntax error: liquid-syntax', async () => {
    const body = ['```django', '{% block content %}{% endblock %}', '```', '', '```yaml', "if: ${{ github.event_name == 'push' }}", '```'].join('\n');
    const { problems } = await lint(jekyll(body));
    expect(problems.map((problem) => [problem.ruleId, problem.severity, problem.line, problem.message])).toEqual([
      ['liquid-syntax', 'error', 6, "Jekyll stops the build here: Liquid cannot parse `{% block content %}` in this code (Unknown tag 'block'). Wrap the code in `{% raw %}` … `{% endraw %}`."],
      ['liquid-syntax', 'error', 10, "Liquid cannot parse `{{ github.event_name == 'push' }}` in this code (Expected end_of_string but found comparison): Jekyll logs \"Liquid syntax error\" and publishes something else. Wrap the code in `{% raw %}` … `{% endraw %}`."],
    ]);
  });

  it('code already in raw, `render_with_liquid: false`, and Liquid outside code are left alone', async () => {
    const body = ['{% raw %}', '```yaml', 'token: ${{ secrets.TOKEN }}', '```', '{% endraw %}', '', 'Site: {{ site.title }}'].join('\n');
    expect((await lint(jekyll(body))).problems).toEqual([]);
    expect((await lint(jekyll('```\n{{ a }}\n```', 'render_with_liquid: false\n'))).problems).toEqual([]);
  });

  it('Korean message', async () => {
    const { problems } = await lint(jekyll('`{{ message }}`'), ['--lang', 'ko']);
    expect(problems[0]!.message).toBe('Jekyll은 이 인라인 코드 안의 Liquid를 실행합니다. `{{ message }}`는 적은 그대로 보이지 않습니다(출력은 그 값, 대개 빈 값이 됨). 앞뒤를 `{% raw %}`…`{% endraw %}`로 감싸세요.');
  });
});

describe('template-in-code in Hugo', () => {
  it('a `{{< highlight >}}` pair indented in a list is the engine\'s tag, not code the author shows', async () => {
    const site = { 'hugo.toml': 'title = "t"\n', 'content/posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\n- a\n  - b\n      - c\n    {{< highlight html >}}\n<img src="{{x}}">\n{{< /highlight >}}\n- d\n' };
    expect((await lint(site)).problems).toEqual([]);
  });

  it('a shortcode in a code fence is reported and escaped as `{{</* x */>}}`; an escaped one is not', async () => {
    const site = { 'hugo.toml': 'title = "t"\n', 'content/posts/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\n\n```md\n{{< youtube abc >}}\n{{% note %}}x{{% /note %}}\n```\n\n```md\n{{</* figure src="x" */>}}\n```\n' };
    const { root, problems } = await lint(site);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([[7, 'Hugo runs the shortcode `{{< youtube abc >}}` inside this code instead of showing it. Write `{{</* youtube abc */>}}`.']]);
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, 'content/posts/a.md'), 'utf8')).toContain('```md\n{{</* youtube abc */>}}\n{{%/* note */%}}x{{%/* /note */%}}\n```');
  });
});
