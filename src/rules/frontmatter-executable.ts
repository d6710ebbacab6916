import { defineRule } from '../rule-api/rule.js';

// gray-matter (used by Astro, Gatsby, Eleventy) evaluates `---js` blocks as code. We never do,
// and we say so loudly: a post must not be able to run code in CI.
export default defineRule({
  id: 'frontmatter-executable',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'Frontmatter written as code (`---js`, `---javascript`, `---coffee`) is refused and never run: some site generators would execute it.',
    ko: '코드로 된 프론트매터(`---js`, `---javascript`, `---coffee`)는 실행하지 않고 거부합니다. 일부 생성기는 이를 실행합니다.',
  },
  messages: {
    executable: {
      en: 'Frontmatter in `{language}` is code and is not run; write it as YAML (`---`).',
      ko: '`{language}` 프론트매터는 코드이므로 실행하지 않습니다. YAML(`---`)로 쓰세요.',
    },
  },
  check(context, report) {
    for (const error of context.frontmatter?.errors ?? []) {
      if (error.kind === 'executable') report({ messageId: 'executable', data: { language: error.detail }, position: { line: 1, column: 1, endColumn: 4 + error.detail.length } });
    }
  },
});
