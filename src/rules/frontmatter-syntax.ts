import { defineRule } from './types.js';

export default defineRule({
  id: 'frontmatter-syntax',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  docs: {
    en: 'The frontmatter parses: it is closed, valid YAML/TOML/JSON, a mapping, and has no key twice.',
    ko: '프론트매터가 올바르게 닫혀 있고, 문법(YAML/TOML/JSON)에 맞고, 키-값 형태이며, 같은 키가 두 번 나오지 않아야 합니다.',
  },
  messages: {
    unclosed: {
      en: 'Frontmatter opened with `{fence}` on line 1 is never closed: add a `{fence}` line after the last key.',
      ko: '1번째 줄에서 `{fence}`로 연 프론트매터가 닫히지 않았습니다. 마지막 키 다음 줄에 `{fence}`를 추가하세요.',
    },
    syntax: { en: 'Frontmatter is not valid: {detail}.', ko: '프론트매터 문법 오류: {detail}.' },
    'duplicate-key': { en: 'Key `{detail}` appears twice in the frontmatter; the engine keeps only one.', ko: '프론트매터에 `{detail}` 키가 두 번 나옵니다. 하나만 남겨 주세요.' },
    'not-a-mapping': { en: 'Frontmatter must be `key: value` pairs, not a {detail}.', ko: '프론트매터는 `키: 값` 형태여야 합니다({detail} 형태가 아님).' },
    'too-deep': { en: 'Frontmatter is nested more than {detail} levels deep here; it is not read.', ko: '프론트매터가 여기서 {detail}단계보다 깊게 중첩되어 읽지 않았습니다.' },
    'unknown-language': { en: 'Unknown frontmatter language `{detail}`: use `---` (YAML), `+++` (TOML) or `---json`.', ko: '알 수 없는 프론트매터 형식 `{detail}`입니다. `---`(YAML), `+++`(TOML), `---json`을 쓰세요.' },
  },
  check(context, report) {
    for (const error of context.frontmatter?.errors ?? []) {
      if (error.kind === 'executable') continue;
      report({ messageId: error.kind, data: { fence: error.detail, detail: error.detail }, position: { line: error.line, column: error.column } });
    }
  },
});
