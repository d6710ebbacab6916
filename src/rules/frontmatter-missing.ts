import { defineRule } from '../rule-api/rule.js';

export default defineRule({
  id: 'frontmatter-missing',
  category: 'frontmatter',
  severity: 'error',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'A post starts with a frontmatter block (`---` ... `---`); without one Jekyll copies the file as is and it never becomes a post.',
    ko: '글은 프론트매터(`---` ... `---`)로 시작해야 합니다. 없으면 Jekyll이 글로 만들지 않고 파일을 그대로 복사합니다.',
  },
  messages: {
    missing: {
      en: 'No frontmatter: start the post with a `---` line, then `title:` and `date:`, then a closing `---` line.',
      ko: '프론트매터가 없습니다. 첫 줄을 `---`로 시작하고 `title:`, `date:`를 적은 뒤 `---`로 닫으세요.',
    },
  },
  check(context, report) {
    if (context.frontmatter) return;
    report({ messageId: 'missing', position: { line: 1, column: 1 } });
  },
});
