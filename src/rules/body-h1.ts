import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule-api/rule.js';
import type { LintContext } from '../rule-api/context.js';
import type { Fix } from '../core/types.js';

// Chirpy, Minimal Mistakes, minima and most Hugo themes print `title` as the page's <h1>; a `#`
// heading in the body makes a second one (checked with the real Jekyll and Hugo: two <h1> on the
// page). The engine module reads the post's layout to know (`titleHeading`). An H1 that repeats the
// title is title-heading-duplicate's. The fix demotes the heading to H2 only when it is the body's
// one H1 and the body has no H2: then nothing is reordered, its sub-headings stay below it, and the
// outline is what the author wrote one level down. With several H1s (sections) or H2s beside
// it, demoting one heading changes the structure: the message says so and no fix is offered.
export default defineRule({
  id: 'body-h1',
  category: 'markdown',
  options: {},
  severity: 'warning',
  fixable: true,
  postsOnly: true,
  docs: {
    en: 'No H1 (`# Heading` or a `===` underline) in the body when the theme already prints the title as the page\'s <h1> (read from the post\'s layout: Chirpy, minima, Minimal Mistakes, most Hugo themes): the page gets two <h1>, which confuses readers, screen readers and search engines. Start sections at `##`. Fixed only when the body\'s one H1 can become H2 without changing the outline.',
    ko: '테마가 이미 제목을 페이지의 <h1>로 보여 줄 때(글 레이아웃에서 읽음: Chirpy, minima, Minimal Mistakes, 대부분의 Hugo 테마) 본문에 H1(`# 제목`이나 `===` 밑줄)을 쓰지 않습니다. 페이지에 <h1>이 두 개가 되어 독자, 스크린 리더, 검색 엔진을 헷갈리게 합니다. 절은 `##`부터 시작하세요. 본문의 H1이 하나뿐이고 H2로 바꿔도 목차 구조가 그대로일 때만 자동으로 고칩니다.',
  },
  messages: {
    demote: { en: 'The theme already prints the title as the page\'s H1, so this `# {heading}` makes a second one; make it `## {heading}`.', ko: '테마가 이미 제목을 H1으로 보여 주므로 이 `# {heading}`{은} 두 번째 H1이 됩니다. `## {heading}`{으로} 바꾸세요.' },
    restructure: { en: 'The theme already prints the title as the page\'s H1, so this `# {heading}` makes a second one; start the body\'s sections at `##` (demote every heading one level).', ko: '테마가 이미 제목을 H1으로 보여 주므로 이 `# {heading}`{은} 두 번째 H1이 됩니다. 본문 절을 `##`부터 시작하세요(모든 제목을 한 단계씩 내리세요).' },
    // A setext H1 (`Setup` over a `===` line) is named as written, and its fix is a `---` underline.
    demoteSetext: { en: 'The theme already prints the title as the page\'s H1, so `{heading}` over a `===` underline makes a second one; underline it with `---` instead.', ko: '테마가 이미 제목을 H1으로 보여 주므로 `===` 밑줄을 친 `{heading}`{은} 두 번째 H1이 됩니다. 밑줄을 `---`로 바꾸세요.' },
    restructureSetext: { en: 'The theme already prints the title as the page\'s H1, so `{heading}` over a `===` underline makes a second one; start the body\'s sections at `##` (demote every heading one level).', ko: '테마가 이미 제목을 H1으로 보여 주므로 `===` 밑줄을 친 `{heading}`{은} 두 번째 H1이 됩니다. 본문 절을 `##`부터 시작하세요(모든 제목을 한 단계씩 내리세요).' },
  },
  check(context, report) {
    if (!context.engine.titleHeading(context.file, context.frontmatter?.data)) return;
    const title = context.frontmatter?.data.title;
    const wanted = typeof title === 'string' ? normalize(title) : undefined;
    const headings = context.tree.children.filter((node): node is Heading => node.type === 'heading' && !!node.position);
    const h1s = headings.filter((node) => node.depth === 1);
    const fixable = h1s.length === 1 && !headings.some((node) => node.depth === 2);
    for (const node of h1s) {
      // An H1 that repeats the title: title-heading-duplicate says to remove it.
      if (wanted !== undefined && normalize(toString(node)) === wanted) continue;
      const { start, end } = node.position!;
      const heading = toString(node).trim();
      const fix = fixable ? demote(context, node) : undefined;
      const setext = !context.source.text.startsWith('#', start.offset!);
      report({ messageId: `${fix ? 'demote' : 'restructure'}${setext ? 'Setext' : ''}`, data: { heading }, position: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, ...(fix ? { fix } : {}) });
    }
  },
});

/** `# x` -> `## x`; a setext `===` underline -> `---` of the same length. */
function demote(context: LintContext, node: Heading): Fix | undefined {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const text = context.source.text.slice(start, end);
  if (text.startsWith('#')) return { edits: [{ range: [start, start], text: '#' }] };
  const underline = /\n([ ]{0,3})(=+)([ \t]*)$/.exec(text);
  if (!underline) return undefined;
  const at = start + underline.index + 1 + underline[1]!.length;
  return { edits: [{ range: [at, at + underline[2]!.length], text: '-'.repeat(underline[2]!.length) }] };
}

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
