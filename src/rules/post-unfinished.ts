import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule-api/rule.js';
import type { Position } from '../core/types.js';
import { isJsSpace } from '../post/scan.js';

// A post merged before it was written: an empty body, only headings, a placeholder ("TBD",
// "작성 중", "coming soon", lorem ipsum), or headings with nothing under them at the end. Posts only;
// drafts (`draft: true`, `published: false`, `_drafts/`) are work in progress by definition, and a
// link post (`redirect_to:`, `link:`, `external_url:`) has no body on purpose.
export default defineRule({
  id: 'post-unfinished',
  category: 'markdown',
  options: {},
  severity: 'warning',
  fixable: false,
  postsOnly: true,
  docs: {
    en: 'A published post is finished: its body is not empty, not only headings, not a placeholder ("TBD", "TODO:", "coming soon", "작성 중", "내용 추가 예정", lorem ipsum), and it does not end with headings that have nothing under them. Code is never read; drafts and link posts (`redirect_to:`, `link:`) are exempt.',
    ko: '게시되는 글은 완성되어 있어야 합니다. 본문이 비어 있거나, 제목만 있거나, 자리표시 문구("TBD", "TODO:", "coming soon", "작성 중", "내용 추가 예정", lorem ipsum)뿐이거나, 내용 없는 제목으로 끝나면 안 됩니다. 코드는 읽지 않으며 초안과 링크 글(`redirect_to:`, `link:`)은 검사하지 않습니다.',
  },
  messages: {
    empty: { en: 'This post has no body: it will be published as an empty page. Write it, or keep it as a draft (`draft: true` / `published: false`).', ko: '이 글은 본문이 없어 빈 페이지로 게시됩니다. 내용을 쓰거나 초안(`draft: true` / `published: false`)으로 두세요.' },
    onlyHeadings: { en: 'This post has only headings and no text under them: it looks unfinished. Write it, or keep it as a draft.', ko: '이 글에는 제목만 있고 그 아래 내용이 없어 덜 쓴 글로 보입니다. 내용을 쓰거나 초안으로 두세요.' },
    placeholder: { en: '"{text}" is a placeholder, not content: finish this part before publishing, or keep the post as a draft.', ko: '"{text}"{은} 내용이 아니라 자리표시 문구입니다. 게시하기 전에 이 부분을 마무리하거나 글을 초안으로 두세요.' },
    emptyHeading: { en: 'The heading "{heading}" at the end of the post has nothing under it: write that part or remove the heading.', ko: '글 끝의 "{heading}" 제목 아래에 내용이 없습니다. 그 부분을 쓰거나 제목을 지우세요.' },
  },
  check(context, report) {
    const data = context.frontmatter?.data ?? {};
    if (data.draft === true || data.published === false || context.file.split('/').includes('_drafts')) return;
    if (LINK_KEYS.some((key) => typeof data[key] === 'string' && (data[key] as string).trim() !== '')) return;
    const nodes = context.tree.children.filter((node) => !IGNORED(node));
    // Code inside the engine's own tags ({% highlight %}, {{< highlight >}}) is content too.
    // (A loop: spreading tens of thousands of ranges into Math.max overflows the stack.)
    let lastCodeLine = 0;
    for (const [, last] of context.templateCode) lastCodeLine = Math.max(lastCodeLine, last);
    if (nodes.length === 0 && lastCodeLine === 0) {
      const line = context.frontmatter ? context.frontmatter.closeLine + 1 : 1;
      report({ messageId: 'empty', position: { line, column: 1 } });
      return;
    }
    if (nodes.length > 0 && lastCodeLine === 0 && nodes.every((node) => node.type === 'heading')) {
      report({ messageId: 'onlyHeadings', position: at(nodes[0]!) });
      return;
    }
    for (const node of nodes) {
      if (node.type !== 'paragraph') continue;
      const text = placeholderText(node);
      if (text !== undefined) report({ messageId: 'placeholder', data: { text }, position: at(node) });
    }
    const trailing: Heading[] = [];
    for (let index = nodes.length - 1; index >= 0 && nodes[index]!.type === 'heading' && nodes[index]!.position!.start.line > lastCodeLine; index--) trailing.push(nodes[index] as Heading);
    trailing.reverse();
    for (const heading of trailing) report({ messageId: 'emptyHeading', data: { heading: toString(heading).trim() }, position: at(heading) });
  },
});

/** Front matter keys that make a post a link to elsewhere (jekyll-redirect-from, link posts). */
const LINK_KEYS = ['redirect_to', 'link', 'external_url', 'externalUrl', 'external_link', 'externalLink', 'link_url', 'linkUrl'];

/** Front matter, HTML comments, link definitions and rules are not content. */
function IGNORED(node: RootContent): boolean {
  if ((node.type as string) === 'yaml' || (node.type as string) === 'toml' || node.type === 'definition' || node.type === 'thematicBreak') return true;
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}

const PLACEHOLDER = new RegExp(
  '^(?:' +
    [
      'to be (?:continued|written|updated|added|filled(?: in)?|completed|done|determined|announced)',
      'tb[dac]', 'todo', 'to-?do', 'wip', 'work in progress', 'coming soon', 'under construction', 'more (?:to come|soon)', 'draft',
      '(?:현재\\s*)?(?:작성|준비|정리|번역|업데이트)\\s?중(?:입니다|이에요)?', '(?:내용\\s?)?(?:추가|작성|보완|업데이트)\\s?예정(?:입니다)?', '내용\\s?없음', '준비\\s?중',
    ].join('|') +
    ')$',
  'i',
);

/** The paragraph's text when all of it is a placeholder (or a `TODO:` note, or lorem ipsum). */
function placeholderText(node: Paragraph): string | undefined {
  // Inline code is not prose: `TODO` there is about code.
  if (node.children.some((child) => child.type === 'inlineCode' || child.type === 'image' || child.type === 'link')) return undefined;
  const text = toString(node).replace(/\s+/g, ' ').trim();
  if (/\blorem ipsum\b/i.test(text)) return text.length > 60 ? text.slice(0, 57) + '…' : text;
  const bare = withoutMarks(text).trim();
  if (PLACEHOLDER.test(bare)) return text;
  if (text.length <= 80 && /^(?:TODO|TBD|FIXME|WIP)\s*[:：]/.test(text)) return text;
  return undefined;
}

const LEADING_MARKS = new Set('([{*_~"\'“‘-');
const TRAILING_MARKS = new Set(')]}*_~"\'”’.…!?~:;,-');

/**
 * The text without the brackets, quotes and emphasis marks that open it and the punctuation that
 * ends it (white space included): `/^[\s([{*_~"'“‘-]+|[\s)\]}*_~"'”’.…!?~:;,-]+$/gu` removed, by
 * loops (the regex retried every start of a long run of `.` or `!`: a 64 KB paragraph took seconds).
 */
function withoutMarks(text: string): string {
  let start = 0;
  while (start < text.length && (isJsSpace(text.charCodeAt(start)) || LEADING_MARKS.has(text[start]!))) start++;
  let end = text.length;
  while (end > start && (isJsSpace(text.charCodeAt(end - 1)) || TRAILING_MARKS.has(text[end - 1]!))) end--;
  return text.slice(start, end);
}

function at(node: RootContent): Position {
  const { start, end } = node.position!;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

