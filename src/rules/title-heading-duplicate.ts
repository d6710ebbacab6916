import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule-api/rule.js';

// Chirpy, Minimal Mistakes and most Hugo themes render `title` as the page's H1 already.
export default defineRule({
  id: 'title-heading-duplicate',
  category: 'markdown',
  severity: 'warning',
  fixable: false,
  options: {},
  docs: {
    en: 'The body does not open with an H1 that repeats `title`: the theme already shows the title, so readers see it twice.',
    ko: '본문에 `title`과 같은 H1을 다시 쓰지 않습니다. 테마가 이미 제목을 보여 주므로 두 번 보입니다.',
  },
  messages: {
    duplicate: { en: 'This H1 repeats the post title "{title}"; the theme already shows it. Remove the heading.', ko: '이 H1은 글 제목("{title}")과 같습니다. 테마가 이미 제목을 보여 주니 지우세요.' },
  },
  check(context, report) {
    const title = context.frontmatter?.data.title;
    if (typeof title !== 'string' || title.trim() === '') return;
    const wanted = normalize(title);
    for (const node of context.tree.children) {
      if (node.type !== 'heading' || (node as Heading).depth !== 1 || !node.position) continue;
      if (normalize(toString(node)) !== wanted) continue;
      const { start, end } = node.position;
      report({ messageId: 'duplicate', data: { title: title.trim() }, position: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column } });
    }
  },
});

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
