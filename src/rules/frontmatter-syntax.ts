import { defineRule } from '../rule-api/rule.js';

export default defineRule({
  id: 'frontmatter-syntax',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'The frontmatter parses: it is closed, valid YAML/TOML/JSON, a mapping, and has no key twice.',
    ko: '프론트매터가 올바르게 닫혀 있고, 문법(YAML/TOML/JSON)에 맞고, 키-값 형태이며, 같은 키가 두 번 나오지 않아야 합니다.',
  },
  messages: {
    unclosed: {
      en: 'Frontmatter opened with `{fence}` on line 1 is never closed: add a `{fence}` line after the last key.',
      ko: '1번째 줄의 `{fence}` 줄로 연 프론트매터가 닫히지 않았습니다. 마지막 키 다음 줄에 `{fence}` 줄을 추가하세요.',
    },
    syntax: { en: 'The frontmatter cannot be read ({detail}): correct it so the blog engine can read the post\'s settings.', ko: '프론트매터를 읽을 수 없습니다(파서 메시지: {detail}). 블로그 엔진이 읽을 수 있게 문법을 고치세요.' },
    'duplicate-key': { en: 'Key `{detail}` appears twice in the frontmatter and the engine keeps only one: keep one and remove the other.', ko: '프론트매터에 `{detail}` 키가 두 번 나옵니다. 하나만 남겨 주세요.' },
    'not-a-mapping': { en: 'The frontmatter is a {detail}, not `key: value` pairs: write one `key: value` per line.', ko: '프론트매터가 `키: 값` 형태가 아니라 {detailKo}입니다. 한 줄에 `키: 값` 하나씩 쓰세요.' },
    'too-deep': { en: 'The frontmatter is nested more than {detail} levels deep here, so it is not read: write it with fewer levels.', ko: '프론트매터가 여기서 {detail}단계보다 깊게 중첩되어 읽지 않았습니다. 중첩을 줄이세요.' },
    'unknown-language': { en: 'Unknown frontmatter language `{detail}`: use `---` (YAML), `+++` (TOML) or `---json`.', ko: '알 수 없는 프론트매터 형식 `{detail}`입니다. `---`(YAML), `+++`(TOML), `---json`을 쓰세요.' },
  },
  check(context, report) {
    for (const error of context.frontmatter?.errors ?? []) {
      if (error.kind === 'executable') continue;
      report({ messageId: error.kind, data: { fence: error.detail, detail: error.detail, detailKo: error.detail === 'list' ? '목록' : '값 하나' }, position: { line: error.line, column: error.column } });
    }
  },
});
