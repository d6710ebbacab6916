// The remark-lint rules we run, in one table: each keeps remark-lint's own id (so its docs apply),
// gets a default severity that suits blog posts, and a Korean wording. remark-lint's English
// message is used as is; the Korean one quotes the values remark-lint put in backticks.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
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
import type { RuleMeta } from './types.js';
import type { Fix } from '../engine/types.js';
import type { Source } from '../engine/source.js';
import type { LocalizedText } from '../i18n/index.js';

export interface RemarkLintRule extends RuleMeta {
  plugin: Plugin<any[], Root>;
  option?: unknown;
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

function remarkRule(
  id: string,
  plugin: Plugin<any[], Root>,
  severity: RuleMeta['severity'],
  docs: LocalizedText,
  ko: string,
  option?: unknown,
): RemarkLintRule {
  const rule: RemarkLintRule = { id, category: 'markdown', severity, fixable: false, docs, messages: { reported: { en: '{reason}', ko } }, plugin };
  if (option !== undefined) rule.option = option;
  if (option === 'consistent') rule.oncePerFile = true;
  if (NODE_TYPES[id]) rule.nodeTypes = NODE_TYPES[id];
  return rule;
}

// Off by default: rules that flag what renders fine on every blog engine (bare URLs that GFM
// links, two-space hard breaks, pasted tables' padding, indent styles, `[보안]`-style brackets
// that render as text).
export const remarkLintRules: RemarkLintRule[] = [
  remarkRule('heading-increment', headingIncrement, 'warning',
    { en: 'Headings go down one level at a time (no h2 followed by h4).', ko: '제목 단계는 한 번에 한 단계씩만 내려갑니다(h2 다음에 h4 금지).' },
    '{v1}단계 제목이 나왔습니다. 단계를 건너뛰지 말고 {v2}단계로 쓰세요'),
  remarkRule('no-empty-url', noEmptyUrl, 'error',
    { en: 'Links and images need a URL: `[text]()` goes nowhere.', ko: '링크와 이미지에는 URL이 있어야 합니다. `[글]()`은 아무 데도 가지 않습니다.' },
    'URL이 비어 있는 링크나 이미지입니다'),
  remarkRule('unordered-list-marker-style', unorderedListMarkerStyle, 'warning',
    { en: 'Bullet lists use one marker (`-`, `*` or `+`) throughout the post.', ko: '글머리 목록은 한 글 안에서 한 가지 기호(`-`, `*`, `+`)만 씁니다.' },
    '목록 기호가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('ordered-list-marker-style', orderedListMarkerStyle, 'warning',
    { en: 'Numbered lists use one delimiter (`1.` or `1)`) throughout the post.', ko: '번호 목록은 한 가지 구분자(`1.` 또는 `1)`)만 씁니다.' },
    '번호 목록 구분자가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('ordered-list-marker-value', orderedListMarkerValue, 'off',
    { en: 'Numbered list values follow one style.', ko: '번호 목록의 숫자는 한 가지 방식으로 매깁니다.' },
    '번호 목록의 숫자가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('no-undefined-references', noUndefinedReferences, 'off',
    { en: '`[text]` and `![[image]]` need a matching definition, or the brackets show up as text.', ko: '`[글]`, `![[이미지]]`에는 대응하는 정의가 있어야 합니다. 없으면 대괄호가 그대로 보입니다.' },
    '정의되지 않은 참조입니다 {values}. 정의를 추가하거나 `\\[`로 이스케이프하세요'),
  remarkRule('no-unused-definitions', noUnusedDefinitions, 'warning',
    { en: 'Link definitions that nothing uses are dead weight.', ko: '아무도 쓰지 않는 링크 정의입니다.' },
    '쓰이지 않는 정의입니다 {values}'),
  remarkRule('no-duplicate-definitions', noDuplicateDefinitions, 'error',
    { en: 'A link definition label is defined once.', ko: '링크 정의 레이블은 한 번만 정의합니다.' },
    '같은 정의가 두 번 있습니다 {values}'),
  withFix(remarkRule('final-newline', finalNewline, 'warning',
    { en: 'A post ends with a line break.', ko: '글은 줄바꿈으로 끝나야 합니다.' },
    '파일 끝에 줄바꿈이 없습니다'), appendLineEnding),
  remarkRule('no-heading-content-indent', noHeadingContentIndent, 'warning',
    { en: 'One space between `#` and the heading text.', ko: '`#`과 제목 사이에는 공백 한 칸만 둡니다.' },
    '제목 앞 공백이 올바르지 않습니다 {values}'),
  remarkRule('no-blockquote-without-marker', noBlockquoteWithoutMarker, 'warning',
    { en: 'Every line of a block quote starts with `>`.', ko: '인용문의 모든 줄은 `>`로 시작합니다.' },
    '인용문 줄에 `>`가 없습니다'),
  remarkRule('list-item-bullet-indent', listItemBulletIndent, 'off',
    { en: 'List bullets are not indented.', ko: '목록 기호 앞에 들여쓰기를 하지 않습니다.' },
    '목록 기호가 들여쓰여 있습니다 {values}'),
  remarkRule('blockquote-indentation', blockquoteIndentation, 'off',
    { en: 'Block quotes use one indentation after `>`.', ko: '인용문의 `>` 뒤 들여쓰기를 통일합니다.' },
    '인용문 들여쓰기가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('checkbox-character-style', checkboxCharacterStyle, 'warning',
    { en: 'Task list checkboxes use one style.', ko: '할 일 목록의 체크 표시를 통일합니다.' },
    '체크박스 표기가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('code-block-style', codeBlockStyle, 'warning',
    { en: 'Code blocks are all fenced or all indented.', ko: '코드 블록은 모두 펜스(```) 또는 모두 들여쓰기로 씁니다.' },
    '코드 블록 방식이 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('fenced-code-marker', fencedCodeMarker, 'warning',
    { en: 'Code fences use one marker (``` or ~~~).', ko: '코드 펜스 기호(``` 또는 ~~~)를 통일합니다.' },
    '코드 펜스 기호가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('emphasis-marker', emphasisMarker, 'warning',
    { en: 'Emphasis uses one marker (`*` or `_`).', ko: '기울임 기호(`*` 또는 `_`)를 통일합니다.' },
    '기울임 기호가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('strong-marker', strongMarker, 'warning',
    { en: 'Strong emphasis uses one marker (`**` or `__`).', ko: '굵게 기호(`**` 또는 `__`)를 통일합니다.' },
    '굵게 기호가 일관되지 않습니다 {values}', 'consistent'),
  // Off: remark-lint reads `# Title  ` (trailing spaces) as a closed `# Title #` heading and then
  // flags every other heading of the post (seen on several real blogs).
  remarkRule('heading-style', headingStyle, 'off',
    { en: 'Headings use one style (`#` or underlined).', ko: '제목 표기 방식(`#` 또는 밑줄)을 통일합니다.' },
    '제목 표기 방식이 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('rule-style', ruleStyle, 'off',
    { en: 'Thematic breaks use one style.', ko: '구분선 표기를 통일합니다.' },
    '구분선 표기가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('link-title-style', linkTitleStyle, 'warning',
    { en: 'Link titles use one quote style.', ko: '링크 제목의 따옴표를 통일합니다.' },
    '링크 제목 따옴표가 일관되지 않습니다 {values}', 'consistent'),
  remarkRule('no-shortcut-reference-image', noShortcutReferenceImage, 'off',
    { en: 'Reference images use `![alt][]`, not `![alt]`.', ko: '참조 이미지는 `![alt]` 대신 `![alt][]`로 씁니다.' },
    '축약형 참조 이미지입니다 {values}'),
  remarkRule('no-shortcut-reference-link', noShortcutReferenceLink, 'off',
    { en: 'Reference links use `[text][]`, not `[text]`.', ko: '참조 링크는 `[글]` 대신 `[글][]`로 씁니다.' },
    '축약형 참조 링크입니다 {values}'),
  remarkRule('no-literal-urls', noLiteralUrls, 'off',
    { en: 'Bare URLs are written as `<https://...>`.', ko: '맨 URL은 `<https://...>`로 감쌉니다.' },
    '감싸지 않은 URL입니다 {values}'),
  remarkRule('hard-break-spaces', hardBreakSpaces, 'off',
    { en: 'Hard breaks use exactly two trailing spaces.', ko: '강제 줄바꿈은 줄 끝 공백 두 칸으로 씁니다.' },
    '강제 줄바꿈 공백이 너무 많습니다'),
  remarkRule('list-item-indent', listItemIndent, 'off',
    { en: 'List item content is indented by one space after the marker.', ko: '목록 기호 뒤 내용은 한 칸 띄웁니다.' },
    '목록 항목 들여쓰기가 올바르지 않습니다 {values}'),
  remarkRule('list-item-content-indent', listItemContentIndent, 'off',
    { en: 'List item content lines line up.', ko: '목록 항목의 내용 줄을 같은 위치에 맞춥니다.' },
    '목록 항목 내용 정렬이 어긋났습니다 {values}'),
  remarkRule('table-cell-padding', tableCellPadding, 'off',
    { en: 'Table cells use one padding style.', ko: '표 칸의 여백 방식을 통일합니다.' },
    '표 칸 여백이 일관되지 않습니다 {values}', 'consistent'),
];

/** The backticked values of remark-lint's English message, for the Korean wording. */
export function backtickValues(reason: string): string {
  const values = [...reason.matchAll(/`([^`]*)`/g)].map((match) => '`' + match[1] + '`');
  return values.length > 0 ? `(${values.join(', ')})` : '';
}
