// Template syntax shown in code that the engine runs anyway. Jekyll renders Liquid over the whole
// post before markdown, code included: ```` ```yaml ```` with `${{ secrets.TOKEN }}` is published as
// `$`, inline `` `{{ message }}` `` as empty code, `{% block content %}` stops the build ("Unknown
// tag"), and `{{ a == 'b' }}` logs "Liquid syntax error" (all checked with Jekyll 4.3 / Liquid 5.4).
// `{% raw %}` … `{% endraw %}` and `render_with_liquid: false` keep the text. Hugo runs shortcodes
// (`{{< x >}}`, `{{% x %}}`) inside code fences too; `{{</* x */>}}` shows them. The scanning is shared
// with its sibling rule in rule-api/template-code.ts.
import { defineRule } from '../rule-api/rule.js';
import { spanPosition } from '../post/source.js';
import { oneLine, liquidFindings, shortcodeFindings } from '../rule-api/template-code.js';

export default defineRule({
  id: 'template-in-code',
  category: 'markdown',
  options: {},
  severity: 'warning',
  fixable: true,
  docs: {
    en: "Template syntax shown in code stays as written. Jekyll runs Liquid inside code blocks and inline code (`${{ secrets.TOKEN }}` is published as `$`): wrap them in `{% raw %}` … `{% endraw %}` (or set `render_with_liquid: false`). Hugo runs shortcodes inside code fences: write `{{</* name */>}}` to show one.",
    ko: '코드에 적은 템플릿 문법이 적은 그대로 보이는지 봅니다. Jekyll은 코드 블록과 인라인 코드 안의 Liquid도 실행하므로(`${{ secrets.TOKEN }}`가 `$`로 발행됨) `{% raw %}` … `{% endraw %}`로 감싸야 합니다(또는 `render_with_liquid: false`). Hugo는 코드 펜스 안의 쇼트코드도 실행하므로 보여 주려면 `{{</* name */>}}`처럼 씁니다.',
  },
  messages: {
    liquidBlock: {
      en: 'Jekyll runs Liquid inside this code block: `{token}` is not shown as written (an output becomes its value, usually nothing). Wrap the block in `{% raw %}` … `{% endraw %}`.',
      ko: 'Jekyll은 이 코드 블록 안의 Liquid를 실행합니다. `{token}`{은} 적은 그대로 보이지 않습니다(출력은 그 값, 대개 빈 값이 됨). 블록을 `{% raw %}` … `{% endraw %}`로 감싸세요.',
    },
    liquidInline: {
      en: 'Jekyll runs Liquid inside this inline code: `{token}` is not shown as written (an output becomes its value, usually nothing). Write `{% raw %}`…`{% endraw %}` around it.',
      ko: 'Jekyll은 이 인라인 코드 안의 Liquid를 실행합니다. `{token}`{은} 적은 그대로 보이지 않습니다(출력은 그 값, 대개 빈 값이 됨). 앞뒤를 `{% raw %}`…`{% endraw %}`로 감싸세요.',
    },
    shortcode: {
      en: 'Hugo runs the shortcode `{token}` inside this code instead of showing it. Write `{fixed}`.',
      ko: 'Hugo는 코드 안의 쇼트코드 `{token}`{을} 보여 주지 않고 실행합니다. `{fixed}`처럼 쓰세요.',
    },
  },
  // A finding spans its code block (the fix wraps the block); the message names the first Liquid in it.
  check(context, report) {
    for (const finding of liquidFindings(context)) {
      if (finding.error) continue;
      const { region, token } = finding;
      report({ messageId: region.kind === 'inline' ? 'liquidInline' : 'liquidBlock', data: { token: oneLine(token.text) }, position: spanPosition(context.source, region.start, region.end), ...(region.fix ? { fix: region.fix } : {}) });
    }
    for (const finding of shortcodeFindings(context)) {
      report({ messageId: 'shortcode', data: { token: oneLine(finding.text), fixed: oneLine(finding.fixed) }, position: spanPosition(context.source, finding.start, finding.end), fix: finding.fix });
    }
  },
});
