// Template syntax shown in code that the engine runs anyway. Jekyll renders Liquid over the whole
// post before markdown, code included: ```` ```yaml ```` with `${{ secrets.TOKEN }}` is published as
// `$`, inline `` `{{ message }}` `` as empty code, `{% block content %}` stops the build ("Unknown
// tag"), and `{{ a == 'b' }}` logs "Liquid syntax error" (all checked with Jekyll 4.3 / Liquid 5.4).
// `{% raw %}` … `{% endraw %}` and `render_with_liquid: false` keep the text. Hugo runs shortcodes
// (`{{< x >}}`, `{{% x %}}`) inside code fences too; `{{</* x */>}}` shows them. The scanning is shared
// with its sibling rule in rule-api/template-code.ts.
import type { Code } from 'mdast';
import { defineRule } from '../rule-api/rule.js';
import { spanPosition } from '../post/source.js';
import { oneLine, liquidFindings } from '../rule-api/template-code.js';

export default defineRule({
  id: 'liquid-syntax',
  category: 'markdown',
  options: {},
  severity: 'error',
  fixable: true,
  docs: {
    en: 'Code in a Jekyll post holds no Liquid that Liquid cannot parse: an unknown tag (`{% block content %}` from Django or Jinja) or an unclosed `{{` stops the build, and an output like `{{ a == b }}` logs "Liquid syntax error" and publishes something else. Wrap the code in `{% raw %}` … `{% endraw %}`.',
    ko: 'Jekyll 글의 코드에 Liquid가 해석하지 못하는 문법이 없는지 봅니다. 모르는 태그(Django·Jinja의 `{% block content %}`)나 닫히지 않은 `{{`는 빌드를 멈추고, `{{ a == b }}` 같은 출력은 "Liquid syntax error"를 남기고 다른 내용을 발행합니다. 코드를 `{% raw %}` … `{% endraw %}`로 감싸세요.',
  },
  messages: {
    fatal: {
      en: 'Jekyll stops the build here: Liquid cannot parse `{token}` in this code ({reason}). Wrap the code in `{% raw %}` … `{% endraw %}`.',
      ko: 'Jekyll 빌드가 여기서 멈춥니다. 이 코드의 `{token}`{을} Liquid가 해석하지 못합니다({reason}). 코드를 `{% raw %}` … `{% endraw %}`로 감싸세요.',
    },
    warning: {
      en: 'Liquid cannot parse `{token}` in this code ({reason}): Jekyll logs "Liquid syntax error" and publishes something else. Wrap the code in `{% raw %}` … `{% endraw %}`.',
      ko: '이 코드의 `{token}`{을} Liquid가 해석하지 못합니다({reason}). Jekyll은 "Liquid syntax error"를 남기고 다른 내용을 발행합니다. 코드를 `{% raw %}` … `{% endraw %}`로 감싸세요.',
    },
  },
  check(context, report) {
    for (const finding of liquidFindings(context)) {
      if (!finding.error) continue;
      const { region, token } = finding;
      report({ messageId: token.error!.fatal ? 'fatal' : 'warning', data: { token: oneLine(token.text), reason: token.error!.reason }, position: spanPosition(context.source, region.start, region.end), ...(region.fix ? { fix: region.fix } : {}) });
    }
  },
});
