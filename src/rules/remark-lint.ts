// The remark-lint rules we run, in one table: each keeps remark-lint's own id (so its docs apply),
// gets a default severity that suits blog posts, and our own messages in English and Korean that
// say what to write. remark-lint's message ("Unexpected `3` spaces …, expected `1` space") is read
// only for its values; `read` turns it into one of the rule's messages and its data.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { VFile } from 'vfile';
import remarkLint from 'remark-lint';
import blockquoteIndentation from 'remark-lint-blockquote-indentation';
import checkboxCharacterStyle from 'remark-lint-checkbox-character-style';
import codeBlockStyle from 'remark-lint-code-block-style';
import emphasisMarker from 'remark-lint-emphasis-marker';
import fencedCodeMarker from 'remark-lint-fenced-code-marker';
import finalNewline from 'remark-lint-final-newline';
import hardBreakSpaces from 'remark-lint-hard-break-spaces';
import headingIncrement from 'remark-lint-heading-increment';
import headingStyle from 'remark-lint-heading-style';
import linkTitleStyle from 'remark-lint-link-title-style';
import listItemBulletIndent from 'remark-lint-list-item-bullet-indent';
import listItemContentIndent from 'remark-lint-list-item-content-indent';
import listItemIndent from 'remark-lint-list-item-indent';
import noBlockquoteWithoutMarker from 'remark-lint-no-blockquote-without-marker';
import noDuplicateDefinitions from 'remark-lint-no-duplicate-definitions';
import noEmptyUrl from 'remark-lint-no-empty-url';
import noHeadingContentIndent from 'remark-lint-no-heading-content-indent';
import noLiteralUrls from 'remark-lint-no-literal-urls';
import noShortcutReferenceImage from 'remark-lint-no-shortcut-reference-image';
import noShortcutReferenceLink from 'remark-lint-no-shortcut-reference-link';
import noUndefinedReferences from 'remark-lint-no-undefined-references';
import noUnusedDefinitions from 'remark-lint-no-unused-definitions';
import orderedListMarkerStyle from 'remark-lint-ordered-list-marker-style';
import orderedListMarkerValue from 'remark-lint-ordered-list-marker-value';
import ruleStyle from 'remark-lint-rule-style';
import strongMarker from 'remark-lint-strong-marker';
import tableCellPadding from 'remark-lint-table-cell-padding';
import unorderedListMarkerStyle from 'remark-lint-unordered-list-marker-style';
import type { Rule, RuleMeta } from '../rule-api/rule.js';
import type { LintContext, RemarkMessage } from '../rule-api/context.js';
import { markdownProcessor } from '../post/markdown.js';
import type { Fix } from '../core/types.js';
import type { Source } from '../post/source.js';
import type { LocalizedText, MessageData } from '../i18n/index.js';

export interface RemarkLintRule extends Rule {
  plugin: Plugin<any[], Root>;
  option?: unknown;
  /** remark-lint's message to one of ours; undefined when its wording is not one we know (then `fallback`). */
  read(reason: string): Reading | undefined;
  /** Style-consistency rules fire on every item after the first; one report per post says enough. */
  oncePerFile?: boolean;
  /**
   * The node types the rule looks at (read off its source): a post with none of them cannot get
   * its messages, so the rule's walk of the tree is skipped. Absent: the rule always runs.
   */
  nodeTypes?: readonly string[];
  /** The fix of the rule's problem, from the post (offsets into its text without the BOM); makes the rule fixable. */
  fix?: (source: Source) => Fix | undefined;
}

/** final-newline's fix: the file's own line ending (CRLF when it uses CRLF), appended. */
export function appendLineEnding(source: Source): Fix | undefined {
  const { text } = source;
  if (text === '' || text.endsWith('\n')) return undefined;
  // A lone `\r` at the end is half a CRLF: complete it.
  const ending = text.endsWith('\r') ? '\n' : source.eol;
  return { edits: [{ range: [text.length, text.length], text: ending }] };
}

function withFix(rule: RemarkLintRule, fix: (source: Source) => Fix | undefined): RemarkLintRule {
  return { ...rule, fixable: true, fix };
}

export interface Reading {
  messageId: string;
  data: MessageData;
}

const LINKS = ['definition', 'image', 'link'];
const DEFINITIONS = ['definition', 'footnoteDefinition'];
const HEADINGS = ['heading'];
const LIST_ITEMS = ['listItem'];
const CODE = ['code'];

/** Which node types each rule visits; rules not listed here always run. */
const NODE_TYPES: Record<string, readonly string[]> = {
  // heading-increment also reads `<h1>`-`<h6>` in HTML (and MDX JSX).
  'heading-increment': ['heading', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement'],
  'no-empty-url': LINKS,
  'unordered-list-marker-style': LIST_ITEMS,
  'ordered-list-marker-style': LIST_ITEMS,
  'no-unused-definitions': DEFINITIONS,
  'no-duplicate-definitions': DEFINITIONS,
  'no-heading-content-indent': HEADINGS,
  'no-blockquote-without-marker': ['blockquote'],
  'checkbox-character-style': LIST_ITEMS,
  'code-block-style': CODE,
  'fenced-code-marker': CODE,
  'emphasis-marker': ['emphasis'],
  'strong-marker': ['strong'],
  'heading-style': HEADINGS,
  'link-title-style': LINKS,
};

function remarkRule<const M extends Record<string, LocalizedText>>(
  id: string,
  plugin: Plugin<any[], Root>,
  severity: RuleMeta['severity'],
  docs: LocalizedText,
  messages: M,
  read: (reason: string, values: string[]) => { messageId: keyof M & string; data?: MessageData } | undefined,
  option?: unknown,
): RemarkLintRule {
  // Said when remark-lint words a message in a way `read` does not know (a new remark-lint version).
  const fallback = { en: `This line does not follow the \`${id}\` rule: change it as the rule's description in the README says.`, ko: `이 줄이 \`${id}\` 규칙에 맞지 않습니다. README의 규칙 설명대로 고치세요.` };
  const once = option === 'consistent';
  const rule: RemarkLintRule = {
    id,
    category: 'markdown',
    severity,
    fixable: false,
    options: {},
    docs,
    messages: once ? withMoreLikeThis({ ...messages, fallback }) : { ...messages, fallback },
    plugin,
    check(context, report) {
      reportMessages(this as RemarkLintRule, context, report);
    },
    read(reason) {
      const reading = read(reason, [...reason.matchAll(/`([^`]*)`/g)].map((match) => match[1]!));
      return reading ? { messageId: reading.messageId, data: reading.data ?? {} } : undefined;
    },
  };
  if (option !== undefined) rule.option = option;
  if (once) rule.oncePerFile = true;
  if (NODE_TYPES[id]) rule.nodeTypes = NODE_TYPES[id];
  return rule;
}

/** A style-consistency rule says each thing once a post, with how many more there are. */
const MORE_LIKE_THIS: LocalizedText = { en: '(and {more} more like it in this post)', ko: '(이 글에 같은 문제가 {more}개 더 있습니다)' };
const MORE = ':more';

function withMoreLikeThis(messages: Record<string, LocalizedText>): Record<string, LocalizedText> {
  const all = { ...messages };
  for (const [id, text] of Object.entries(messages)) all[id + MORE] = { en: `${text.en} ${MORE_LIKE_THIS.en}`, ko: `${text.ko} ${MORE_LIKE_THIS.ko}` };
  return all;
}

/** remark-lint's messages for this rule, as our reports: its wording read for its values, the message ours. */
function reportMessages(rule: RemarkLintRule, context: LintContext, report: Parameters<Rule['check']>[1]): void {
  const messages = context.remarkMessages.get(rule.id) ?? [];
  const more = messages.length - 1;
  for (const message of rule.oncePerFile ? messages.slice(0, 1) : messages) {
    // A wording `read` does not know (a new remark-lint version) gets the fallback message.
    const reading = rule.read(message.reason) ?? { messageId: 'fallback', data: {} };
    const messageId = rule.oncePerFile && more > 0 ? reading.messageId + MORE : reading.messageId;
    const fix = rule.fix?.(context.source);
    report({ messageId, data: { ...reading.data, more }, position: message, ...(fix ? { fix } : {}) });
  }
}

/** "1 space" / "3 spaces", for English messages (Korean counts with 칸). */
function spaces(count: number | string): string {
  return `${count} space${Number(count) === 1 ? '' : 's'}`;
}

const isCount = (value: string | undefined): value is string => value !== undefined && /^\d+$/.test(value);

// Off by default: rules that flag what renders fine on every blog engine (bare URLs that GFM
// links, two-space hard breaks, pasted tables' padding, indent styles, `[보안]`-style brackets
// that render as text).
export const remarkLintRules: RemarkLintRule[] = [
  remarkRule('heading-increment', headingIncrement, 'warning',
    { en: 'Headings go down one level at a time (no h2 followed by h4).', ko: '제목 단계는 한 번에 한 단계씩만 내려갑니다(h2 다음에 h4 금지).' },
    {
      skipped: {
        en: 'This heading jumps from level {parent} to level {actual}: make it level {expected} (`{hashes}`), so no level is skipped.',
        ko: '제목이 {parent}단계에서 {actual}단계로 건너뜁니다. 단계를 건너뛰지 않게 {expected}단계 제목(`{hashes}`)으로 바꾸세요.',
      },
    },
    // "Unexpected heading rank `4`, exected rank `3`" (remark-lint's typo)
    (_, [actual, expected]) => (isCount(actual) && isCount(expected) ? { messageId: 'skipped', data: { actual, expected, parent: Number(expected) - 1, hashes: '#'.repeat(Number(expected)) } } : undefined)),
  remarkRule('no-empty-url', noEmptyUrl, 'error',
    { en: 'Links and images need a URL: `[text]()` goes nowhere.', ko: '링크와 이미지에는 URL이 있어야 합니다. `[글]()`은 아무 데도 가지 않습니다.' },
    {
      link: { en: 'This link has an empty URL, so it goes nowhere: put the address between the parentheses, or remove the link.', ko: 'URL이 비어 있어 아무 데도 가지 않는 링크입니다. 괄호 안에 주소를 넣거나 링크를 지우세요.' },
      image: { en: 'This image has an empty URL, so nothing is shown: put the image\'s path between the parentheses, or remove the image.', ko: 'URL이 비어 있어 아무것도 보이지 않는 이미지입니다. 괄호 안에 이미지 경로를 넣거나 이미지를 지우세요.' },
      definition: { en: 'This link definition has an empty URL: write the address after the colon, or remove the definition.', ko: 'URL이 비어 있는 링크 정의입니다. 콜론 뒤에 주소를 적거나 정의를 지우세요.' },
    },
    // "Unexpected empty link URL referencing the current document, expected URL"
    (reason) => {
      const kind = /^Unexpected empty (link|image|definition) URL/.exec(reason)?.[1] as 'link' | 'image' | 'definition' | undefined;
      return kind ? { messageId: kind } : undefined;
    }),
  remarkRule('unordered-list-marker-style', unorderedListMarkerStyle, 'warning',
    { en: 'Bullet lists use one marker (`-`, `*` or `+`) throughout the post.', ko: '글머리 목록은 한 글 안에서 한 가지 기호(`-`, `*`, `+`)만 씁니다.' },
    {
      marker: {
        en: 'This list item starts with `{actual}`, but the post\'s first list uses `{expected}`: start every list item with `{expected}`.',
        ko: '이 목록 항목은 `{actual}` 기호로 시작하지만 글의 첫 목록은 `{expected}` 기호를 씁니다. 모든 목록 항목을 `{expected}` 기호로 시작하세요.',
      },
    },
    // "Unexpected unordered list marker `*`, expected `-`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual, expected } } : undefined), 'consistent'),
  remarkRule('ordered-list-marker-style', orderedListMarkerStyle, 'warning',
    { en: 'Numbered lists use one delimiter (`1.` or `1)`) throughout the post.', ko: '번호 목록은 한 가지 구분자(`1.` 또는 `1)`)만 씁니다.' },
    {
      marker: {
        en: 'This numbered item is written `1{actual}`, but the post\'s first numbered list uses `1{expected}`: write every number with `{expected}`.',
        ko: '이 번호 항목은 `1{actual}` 형식이지만 글의 첫 번호 목록은 `1{expected}` 형식입니다. 모든 번호 뒤에 `{expected}` 기호를 쓰세요.',
      },
    },
    // "Unexpected ordered list marker `)`, expected `.`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual, expected } } : undefined), 'consistent'),
  remarkRule('ordered-list-marker-value', orderedListMarkerValue, 'off',
    { en: 'Numbered list values follow one style.', ko: '번호 목록의 숫자는 한 가지 방식으로 매깁니다.' },
    {
      value: {
        en: 'This list item is numbered {actual}, but the list\'s numbering makes it {expected}: write `{expected}.` here.',
        ko: '이 목록 항목의 번호는 {actual}{이}지만 목록의 번호 매김대로라면 {expected}입니다. 번호를 {expected}{으로} 고치세요.',
      },
    },
    // "Unexpected ordered list item value `3`, expected `2`"
    (_, [actual, expected]) => (isCount(actual) && isCount(expected) ? { messageId: 'value', data: { actual, expected } } : undefined), 'consistent'),
  remarkRule('no-undefined-references', noUndefinedReferences, 'off',
    { en: '`[text]` and `![[image]]` need a matching definition, or the brackets show up as text.', ko: '`[글]`, `![[이미지]]`에는 대응하는 정의가 있어야 합니다. 없으면 대괄호가 그대로 보입니다.' },
    {
      undefined: {
        en: '`[{label}]` refers to a definition the post does not have, so the brackets show as text: add a line `[{label}]: https://…`, or write `\\[` if the brackets are meant as text.',
        ko: '`[{label}]`{이} 가리키는 정의가 글에 없어 대괄호가 글자로 보입니다. `[{label}]: https://…` 줄을 추가하거나, 대괄호를 글자로 쓰려면 `\\[`처럼 쓰세요.',
      },
    },
    // "Unexpected reference to undefined definition, expected corresponding definition (`x`) for a link or escaped opening bracket (`\[`) for regular text"
    (reason, [label]) => (label !== undefined && reason.startsWith('Unexpected reference to undefined definition') ? { messageId: 'undefined', data: { label } } : undefined)),
  remarkRule('no-unused-definitions', noUnusedDefinitions, 'warning',
    { en: 'Link definitions that nothing uses are dead weight.', ko: '아무도 쓰지 않는 링크 정의입니다.' },
    {
      definition: {
        en: 'Nothing links to the definition `[{label}]`: link to it with `[text][{label}]`, or remove the definition.',
        ko: '링크 정의 `[{label}]`{을} 쓰는 곳이 없습니다. `[글][{label}]`처럼 링크하거나 정의를 지우세요.',
      },
      footnote: {
        en: 'The footnote `[^{label}]` is never cited: cite it with `[^{label}]` in the text, or remove the footnote.',
        ko: '각주 `[^{label}]`{을} 본문에서 쓰지 않습니다. 본문에 `[^{label}]`{을} 넣거나 각주를 지우세요.',
      },
    },
    // "Unexpected unused (footnote )?definition, expected no definition or one or more (footnote )?references to `x`"
    (reason, values) => {
      const label = values.at(-1);
      if (label === undefined || !reason.startsWith('Unexpected unused ')) return undefined;
      return { messageId: reason.startsWith('Unexpected unused footnote') ? 'footnote' : 'definition', data: { label } };
    }),
  remarkRule('no-duplicate-definitions', noDuplicateDefinitions, 'error',
    { en: 'A link definition label is defined once.', ko: '링크 정의 레이블은 한 번만 정의합니다.' },
    {
      definition: {
        en: '`[{label}]` is already defined above, and the first definition wins: remove this one or give it another label.',
        ko: '`[{label}]` 정의가 이미 위에 있고 먼저 나온 정의가 쓰입니다. 이 정의를 지우거나 다른 이름을 붙이세요.',
      },
      footnote: {
        en: 'The footnote `[^{label}]` is already defined above: remove this one or give it another label.',
        ko: '각주 `[^{label}]`{이} 이미 위에 있습니다. 이 각주를 지우거나 다른 이름을 붙이세요.',
      },
    },
    // "Unexpected (footnote )?definition with an already defined identifier (`x`), expected unique identifiers"
    (reason, [label]) => (label === undefined ? undefined : { messageId: reason.startsWith('Unexpected footnote') ? 'footnote' : 'definition', data: { label } })),
  withFix(remarkRule('final-newline', finalNewline, 'warning',
    { en: 'A post ends with a line break.', ko: '글은 줄바꿈으로 끝나야 합니다.' },
    { missing: { en: 'The file does not end with a line break: add one after the last line.', ko: '파일이 줄바꿈으로 끝나지 않습니다. 마지막 줄 끝에 줄바꿈을 넣으세요.' } },
    // "Unexpected missing final newline character, expected line feed (`\n`) at end of file"
    (reason) => (reason.startsWith('Unexpected missing final newline') ? { messageId: 'missing' } : undefined)), appendLineEnding),
  remarkRule('no-heading-content-indent', noHeadingContentIndent, 'warning',
    { en: 'One space between `#` and the heading text.', ko: '`#`과 제목 사이에는 공백 한 칸만 둡니다.' },
    {
      afterHashes: { en: 'There are {actual} spaces between the `#` and the heading text: leave exactly one.', ko: '`#`과 제목 글자 사이에 공백이 {actual}칸 있습니다. 한 칸만 두세요.' },
      beforeHashes: { en: 'There are {actual} spaces between the heading text and its closing `#`: leave exactly one.', ko: '제목 글자와 닫는 `#` 사이에 공백이 {actual}칸 있습니다. 한 칸만 두세요.' },
    },
    // "Unexpected `3` spaces between hashes and content, expected `1` space, remove `2` spaces"
    (reason, [actual]) => (isCount(actual) ? { messageId: reason.includes('between content and hashes') ? 'beforeHashes' : 'afterHashes', data: { actual } } : undefined)),
  remarkRule('no-blockquote-without-marker', noBlockquoteWithoutMarker, 'warning',
    { en: 'Every line of a block quote starts with `>`.', ko: '인용문의 모든 줄은 `>`로 시작합니다.' },
    {
      missing: {
        en: 'This line continues a block quote without `{markers}` at its start: add `{markers}`, or put a blank line before it to end the quote.',
        ko: '인용문이 이어지는 줄인데 맨 앞에 `{markers}` 기호가 없습니다. 줄 앞에 `{markers}` 기호를 붙이거나, 인용을 끝내려면 앞에 빈 줄을 넣으세요.',
      },
    },
    // "Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker"
    (_, [, expected]) => (isCount(expected) ? { messageId: 'missing', data: { markers: Array.from({ length: Math.max(1, Number(expected)) }, () => '>').join(' ') } } : undefined)),
  remarkRule('list-item-bullet-indent', listItemBulletIndent, 'off',
    { en: 'List bullets are not indented.', ko: '목록 기호 앞에 들여쓰기를 하지 않습니다.' },
    { indented: { en: 'This list item is indented by {actualSpaces}: start its bullet at the beginning of the line.', ko: '목록 항목 앞에 공백이 {actual}칸 있습니다. 목록 기호를 줄 맨 앞에서 시작하세요.' } },
    // "Unexpected `2` spaces before list item, expected `0` spaces, remove them"
    (_, [actual]) => (isCount(actual) ? { messageId: 'indented', data: { actual, actualSpaces: spaces(actual) } } : undefined)),
  remarkRule('blockquote-indentation', blockquoteIndentation, 'off',
    { en: 'Block quotes use one indentation after `>`.', ko: '인용문의 `>` 뒤 들여쓰기를 통일합니다.' },
    {
      indent: {
        en: 'This block quote has {actualSpaces} after `>`, the post\'s first one {expectedSpaces}: put {expectedSpaces} after every `>`.',
        ko: '이 인용문은 `>` 뒤에 공백이 {actual}칸이지만 글의 첫 인용문은 {expected}칸입니다. 모든 `>` 뒤에 공백을 {expected}칸 두세요.',
      },
    },
    // "Unexpected `3` spaces between block quote marker and content, expected `2` spaces, remove `1` space":
    // remark-lint counts the `>` itself (`> a` is "2 spaces"), so one space fewer is what the author sees.
    (_, [actual, expected]) => {
      if (!isCount(actual) || !isCount(expected)) return undefined;
      const [after, wanted] = [Number(actual) - 1, Number(expected) - 1];
      return { messageId: 'indent', data: { actual: after, expected: wanted, actualSpaces: spaces(after), expectedSpaces: spaces(wanted) } };
    }, 'consistent'),
  remarkRule('checkbox-character-style', checkboxCharacterStyle, 'warning',
    { en: 'Task list checkboxes use one style.', ko: '할 일 목록의 체크 표시를 통일합니다.' },
    {
      checked: {
        en: 'This checked box is written `[{actual}]`, but the post\'s first one is `[{expected}]`: write `[{expected}]`.',
        ko: '체크한 상자를 `[{actual}]`{으로} 썼지만 글의 첫 상자는 `[{expected}]`입니다. `[{expected}]`{으로} 쓰세요.',
      },
      unchecked: {
        en: 'This empty box is written with a tab, `[{actual}]`, but the post\'s first one is `[{expected}]`: write `[{expected}]`.',
        ko: '빈 상자를 탭으로(`[{actual}]`) 썼지만 글의 첫 상자는 `[{expected}]`입니다. `[{expected}]`처럼 공백으로 쓰세요.',
      },
    },
    // "Unexpected checked checkbox value `X`, expected `x`"; unchecked: a tab is shown as `\t`, and stays so
    (reason, [actual, expected]) => {
      if (actual === undefined || expected === undefined) return undefined;
      return { messageId: reason.startsWith('Unexpected unchecked') ? 'unchecked' : 'checked', data: { actual, expected } };
    }, 'consistent'),
  remarkRule('code-block-style', codeBlockStyle, 'warning',
    { en: 'Code blocks are all fenced or all indented.', ko: '코드 블록은 모두 펜스(```) 또는 모두 들여쓰기로 씁니다.' },
    {
      wantFenced: {
        en: 'This code block is indented, but the post\'s first code block is fenced: put this one between fence lines of three backticks too.',
        ko: '이 코드 블록은 들여쓰기로 썼지만 글의 첫 코드 블록은 펜스로 썼습니다. 이 블록도 백틱 세 개로 된 펜스 줄 사이에 넣으세요.',
      },
      wantIndented: {
        en: 'This code block is fenced, but the post\'s first code block is indented: indent this one by four spaces too, without the fence lines.',
        ko: '이 코드 블록은 펜스로 썼지만 글의 첫 코드 블록은 들여쓰기로 썼습니다. 이 블록도 펜스 줄 없이 공백 네 칸으로 들여 쓰세요.',
      },
    },
    // "Unexpected indented code block, expected fenced code blocks"
    (reason) => {
      const match = /^Unexpected (fenced|indented) code block, expected (fenced|indented)/.exec(reason);
      return match ? { messageId: match[2] === 'fenced' ? 'wantFenced' : 'wantIndented' } : undefined;
    }, 'consistent'),
  remarkRule('fenced-code-marker', fencedCodeMarker, 'warning',
    { en: 'Code fences use one marker (``` or ~~~).', ko: '코드 펜스 기호(``` 또는 ~~~)를 통일합니다.' },
    {
      wantBackticks: {
        en: 'This code fence is made of tildes (`~~~`), but the post\'s first fence uses backticks: fence this block with three backticks too.',
        ko: '이 코드 펜스는 물결표(`~~~`)로 썼지만 글의 첫 펜스는 백틱으로 썼습니다. 이 블록도 백틱 세 개로 감싸세요.',
      },
      wantTildes: {
        en: 'This code fence is made of backticks, but the post\'s first fence uses tildes (`~~~`): fence this block with `~~~` too.',
        ko: '이 코드 펜스는 백틱으로 썼지만 글의 첫 펜스는 물결표(`~~~`)로 썼습니다. 이 블록도 `~~~` 기호로 감싸세요.',
      },
    },
    // "Unexpected fenced code marker `~`, expected `` ` ``"
    (reason) => {
      const expected = /, expected (.+)$/.exec(reason)?.[1];
      if (!expected || !reason.startsWith('Unexpected fenced code marker')) return undefined;
      return { messageId: expected === '`~`' ? 'wantTildes' : 'wantBackticks' };
    }, 'consistent'),
  remarkRule('emphasis-marker', emphasisMarker, 'warning',
    { en: 'Emphasis uses one marker (`*` or `_`).', ko: '기울임 기호(`*` 또는 `_`)를 통일합니다.' },
    {
      marker: {
        en: 'This emphasis uses `{actual}`, but the post\'s first emphasis uses `{expected}`: write `{expected}text{expected}`.',
        ko: '이 기울임은 `{actual}` 기호를 쓰지만 글의 첫 기울임은 `{expected}` 기호를 씁니다. `{expected}글{expected}`처럼 쓰세요.',
      },
    },
    // "Unexpected emphasis marker `_`, expected `*`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual, expected } } : undefined), 'consistent'),
  remarkRule('strong-marker', strongMarker, 'warning',
    { en: 'Strong emphasis uses one marker (`**` or `__`).', ko: '굵게 기호(`**` 또는 `__`)를 통일합니다.' },
    {
      marker: {
        en: 'This bold text uses `{actual}`, but the post\'s first bold text uses `{expected}`: write `{expected}text{expected}`.',
        ko: '이 굵은 글씨는 `{actual}` 기호를 쓰지만 글의 첫 굵은 글씨는 `{expected}` 기호를 씁니다. `{expected}글{expected}`처럼 쓰세요.',
      },
    },
    // "Unexpected strong marker `_`, expected `*`": the marker is doubled in the text
    (_, [actual, expected]) => (actual && expected ? { messageId: 'marker', data: { actual: actual.repeat(2), expected: expected.repeat(2) } } : undefined), 'consistent'),
  // Off: remark-lint reads `# Title  ` (trailing spaces) as a closed `# Title #` heading and then
  // flags every other heading of the post (seen on several real blogs).
  remarkRule('heading-style', headingStyle, 'off',
    { en: 'Headings use one style (`#` or underlined).', ko: '제목 표기 방식(`#` 또는 밑줄)을 통일합니다.' },
    {
      wantAtx: { en: 'The post\'s first heading starts with `#`: write this heading the same way (`## Title`).', ko: '글의 첫 제목은 `#`으로 시작합니다. 이 제목도 같은 방식(`## 제목`)으로 쓰세요.' },
      wantAtxClosed: { en: 'The post\'s first heading is closed with `#` as well: write this heading the same way (`## Title ##`).', ko: '글의 첫 제목은 끝에도 `#`을 붙였습니다. 이 제목도 같은 방식(`## 제목 ##`)으로 쓰세요.' },
      wantSetext: { en: 'The post\'s first heading is underlined (`===` or `---` on the next line): underline this heading too.', ko: '글의 첫 제목은 다음 줄에 `===`나 `---`로 밑줄을 그었습니다. 이 제목도 밑줄로 쓰세요.' },
    },
    // "Unexpected setext heading, expected ATX" (ATX, ATX (closed), setext)
    (reason) => {
      const expected = /, expected (ATX \(closed\)|ATX|setext)$/.exec(reason)?.[1];
      return expected ? { messageId: expected === 'ATX' ? 'wantAtx' : expected === 'setext' ? 'wantSetext' : 'wantAtxClosed' } : undefined;
    }, 'consistent'),
  remarkRule('rule-style', ruleStyle, 'off',
    { en: 'Thematic breaks use one style.', ko: '구분선 표기를 통일합니다.' },
    {
      style: {
        en: 'This thematic break is `{actual}`, but the post\'s first one is `{expected}`: write `{expected}`.',
        ko: '이 구분선은 `{actual}` 형식이지만 글의 첫 구분선은 `{expected}` 형식입니다. `{expected}` 형식으로 쓰세요.',
      },
    },
    // "Unexpected thematic rule `***`, expected `---`"
    (_, [actual, expected]) => (actual && expected ? { messageId: 'style', data: { actual, expected } } : undefined), 'consistent'),
  remarkRule('link-title-style', linkTitleStyle, 'warning',
    { en: 'Link titles use one quote style.', ko: '링크 제목의 따옴표를 통일합니다.' },
    {
      wantDouble: { en: 'The post\'s first link title is in double quotes: write this one as `"title"` too.', ko: '글의 첫 링크 제목은 큰따옴표로 감쌌습니다. 이 제목도 `"제목"`처럼 쓰세요.' },
      wantSingle: { en: 'The post\'s first link title is in single quotes: write this one as `\'title\'` too.', ko: '글의 첫 링크 제목은 작은따옴표로 감쌌습니다. 이 제목도 `\'제목\'`처럼 쓰세요.' },
      wantParens: { en: 'The post\'s first link title is in parentheses: write this one as `(title)` too.', ko: '글의 첫 링크 제목은 괄호로 감쌌습니다. 이 제목도 `(제목)`처럼 쓰세요.' },
    },
    // "Unexpected title markers `'`, expected `"`"; parentheses are "`'('` and `')'`"
    (reason) => {
      const expected = /, expected (.+)$/.exec(reason)?.[1];
      if (!expected || !reason.startsWith('Unexpected title markers')) return undefined;
      return { messageId: expected.includes('(') ? 'wantParens' : expected === '`"`' ? 'wantDouble' : 'wantSingle' };
    }, 'consistent'),
  remarkRule('no-shortcut-reference-image', noShortcutReferenceImage, 'off',
    { en: 'Reference images use `![alt][]`, not `![alt]`.', ko: '참조 이미지는 `![alt]` 대신 `![alt][]`로 씁니다.' },
    { shortcut: { en: 'This reference image is written `![alt]`: add empty brackets, `![alt][]`.', ko: '참조 이미지를 `![alt]` 형식으로 썼습니다. 빈 대괄호를 붙여 `![alt][]`처럼 쓰세요.' } },
    (reason) => (reason.startsWith('Unexpected shortcut reference image') ? { messageId: 'shortcut' } : undefined)),
  remarkRule('no-shortcut-reference-link', noShortcutReferenceLink, 'off',
    { en: 'Reference links use `[text][]`, not `[text]`.', ko: '참조 링크는 `[글]` 대신 `[글][]`로 씁니다.' },
    { shortcut: { en: 'This reference link is written `[text]`: add empty brackets, `[text][]`.', ko: '참조 링크를 `[글]` 형식으로 썼습니다. 빈 대괄호를 붙여 `[글][]`처럼 쓰세요.' } },
    (reason) => (reason.startsWith('Unexpected shortcut reference link') ? { messageId: 'shortcut' } : undefined)),
  remarkRule('no-literal-urls', noLiteralUrls, 'off',
    { en: 'Bare URLs are written as `<https://...>`.', ko: '맨 URL은 `<https://...>`로 감쌉니다.' },
    { bare: { en: 'This URL is written bare: wrap it in angle brackets, `{open}…>`.', ko: '꺾쇠 없이 적은 URL입니다. `{open}…>`처럼 꺾쇠로 감싸세요.' } },
    // "Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after" (`<http://` for www.)
    (reason, [open]) => (open && reason.startsWith('Unexpected GFM autolink literal') ? { messageId: 'bare', data: { open: open === '<' ? '<https://' : open } } : undefined)),
  remarkRule('hard-break-spaces', hardBreakSpaces, 'off',
    { en: 'Hard breaks use exactly two trailing spaces.', ko: '강제 줄바꿈은 줄 끝 공백 두 칸으로 씁니다.' },
    { spaces: { en: 'This line ends in {actual} spaces for a line break: leave exactly two (or end the line with a backslash instead).', ko: '줄바꿈을 위한 줄 끝 공백이 {actual}칸입니다. 정확히 두 칸만 두세요(또는 공백 대신 줄 끝에 역슬래시).' } },
    // "Unexpected `3` spaces for hard break, expected `2` spaces"
    (_, [actual]) => (isCount(actual) ? { messageId: 'spaces', data: { actual } } : undefined)),
  remarkRule('list-item-indent', listItemIndent, 'off',
    { en: 'List item content is indented by one space after the marker.', ko: '목록 기호 뒤 내용은 한 칸 띄웁니다.' },
    { indent: { en: 'This list item has {actualSpaces} after its marker: leave {expectedSpaces}.', ko: '목록 기호 뒤에 공백이 {actual}칸 있습니다. {expected}칸만 두세요.' } },
    // "Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces"
    (_, [actual, expected]) => (isCount(actual) && isCount(expected) ? { messageId: 'indent', data: { actual, expected, actualSpaces: spaces(actual), expectedSpaces: spaces(expected) } } : undefined)),
  remarkRule('list-item-content-indent', listItemContentIndent, 'off',
    { en: 'List item content lines line up.', ko: '목록 항목의 내용 줄을 같은 위치에 맞춥니다.' },
    {
      add: { en: 'This line of the list item does not line up with its first line: add {countSpaces} at its start.', ko: '목록 항목의 이 줄이 첫 줄과 맞지 않습니다. 줄 앞에 공백을 {count}칸 더 넣으세요.' },
      remove: { en: 'This line of the list item does not line up with its first line: remove {countSpaces} at its start.', ko: '목록 항목의 이 줄이 첫 줄과 맞지 않습니다. 줄 앞의 공백을 {count}칸 지우세요.' },
    },
    // "Unexpected unaligned list item child, expected to align with first child, add `2` spaces"
    (reason, [count]) => {
      const verb = /, (add|remove) `\d+`/.exec(reason)?.[1] as 'add' | 'remove' | undefined;
      return verb && isCount(count) ? { messageId: verb, data: { count, countSpaces: spaces(count) } } : undefined;
    }),
  remarkRule('table-cell-padding', tableCellPadding, 'off',
    { en: 'Table cells use one padding style.', ko: '표 칸의 여백 방식을 통일합니다.' },
    {
      add: { en: 'This table cell has {actualSpaces} of padding next to its `|`, unlike the post\'s first table: add {countSpaces} there.', ko: '이 표 칸은 `|` 옆 여백이 {actual}칸이라 글의 첫 표와 다릅니다. 그 자리에 공백을 {count}칸 더 넣으세요.' },
      remove: { en: 'This table cell has {actualSpaces} of padding next to its `|`, unlike the post\'s first table: remove {countSpaces} there.', ko: '이 표 칸은 `|` 옆 여백이 {actual}칸이라 글의 첫 표와 다릅니다. 그 자리의 공백을 {count}칸 지우세요.' },
    },
    // "Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space"
    // (or "expected between `1` (unaligned) and `3` (aligned) spaces, add between `3` and `1` spaces")
    (reason, values) => {
      const verb = /, (add|remove)(?: between `\d+` and)? `\d+` spaces?$/.exec(reason)?.[1] as 'add' | 'remove' | undefined;
      const actual = values[0];
      const count = values.at(-1);
      return verb && isCount(actual) && isCount(count) ? { messageId: verb, data: { actual, actualSpaces: spaces(actual), count, countSpaces: spaces(count) } } : undefined;
    }, 'consistent'),
];

/**
 * Runs the enabled remark-lint rules on an already parsed tree. Each rule walks the whole tree
 * (a fifth of a run's time), so a rule whose node types the post does not have is skipped:
 * `prune: false` runs every enabled rule, for the test that shows the messages are the same.
 */
export async function runRemarkLint(tree: Root, text: string, enabledIds: ReadonlySet<string>, options: { prune?: boolean } = {}): Promise<RemarkMessage[]> {
  const ids = options.prune === false ? enabledIds : rulesThatApply(tree, enabledIds);
  if (ids.size === 0) return [];
  const processor = lintProcessor(ids);
  const file = new VFile({ value: text });
  // The tree is shared with our own rules; remark-lint rules only read it.
  await processor.run(tree, file);
  return file.messages
    .filter((message) => typeof message.ruleId === 'string')
    .map((message) => {
      const place = message.place;
      const start = place && 'start' in place ? place.start : place;
      const end = place && 'end' in place ? place.end : start;
      return {
        ruleId: message.ruleId!,
        reason: message.reason,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        endLine: end?.line ?? start?.line ?? 1,
        endColumn: end?.column ?? start?.column ?? 1,
      };
    });
}

function rulesThatApply(tree: Root, enabledIds: ReadonlySet<string>): Set<string> {
  const present = nodeTypes(tree);
  const ids = new Set<string>();
  for (const rule of remarkLintRules) {
    if (enabledIds.has(rule.id) && (!rule.nodeTypes || rule.nodeTypes.some((type) => present.has(type)))) ids.add(rule.id);
  }
  return ids;
}

/** Every node type in the tree, in one walk without callbacks. */
function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    types.add(node.type);
    const children = (node as Parent).children;
    if (children) for (let index = 0; index < children.length; index++) stack.push(children[index]!);
  }
  return types;
}

const processors = new Map<string, ReturnType<typeof buildProcessor>>();

function lintProcessor(enabledIds: ReadonlySet<string>) {
  const key = [...enabledIds].sort().join(',');
  let processor = processors.get(key);
  if (!processor) {
    processor = buildProcessor(remarkLintRules.filter((rule) => enabledIds.has(rule.id)));
    processors.set(key, processor);
  }
  return processor;
}

function buildProcessor(rules: RemarkLintRule[]) {
  const processor = markdownProcessor().use(remarkLint);
  for (const rule of rules) {
    if (rule.option === undefined) processor.use(rule.plugin);
    else processor.use(rule.plugin, rule.option);
  }
  return processor;
}
