// Liquid as template-in-code and liquid-syntax read it (Liquid 5's strict parser). What the rules
// report on a blog, and what --fix writes, are the fixtures beside this file (and in ../liquid-syntax/).
import { describe, expect, it } from 'vitest';
import { liquidTokens, strictVariableError } from '../../../src/rule-api/template-code.js';

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
