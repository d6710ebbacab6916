// Reported by the runner itself when a post cannot be linted at all, so that a file that was
// skipped never reads as "clean" (runner/lint.ts, runner/parallel.ts). Its check has nothing to do.
import { defineRule } from '../rule-api/rule.js';

export default defineRule({
  id: 'file-unreadable',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'A post that cannot be linted (too large for `max-file-size`, binary, not UTF-8, unreadable or outside the repository) is reported, never skipped silently.',
    ko: '검사할 수 없는 글(`max-file-size` 초과, 바이너리, UTF-8 아님, 읽기 실패, 저장소 밖)은 조용히 건너뛰지 않고 보고합니다.',
  },
  messages: {
    tooLarge: { en: 'File is {size} bytes, over the {limit}-byte limit (max-file-size); not linted.', ko: '파일 크기 {size}바이트가 제한({limit}바이트, max-file-size)을 넘어 검사하지 않았습니다.' },
    binary: { en: 'File looks binary (it contains a NUL byte); not linted.', ko: '바이너리 파일로 보입니다(NUL 바이트 포함). 검사하지 않았습니다.' },
    notUtf8: { en: 'File is not valid UTF-8 (first bad byte at line {line}, byte {column}); save it as UTF-8.', ko: '올바른 UTF-8이 아닙니다({line}번째 줄 {column}번째 바이트). UTF-8로 저장해 주세요.' },
    unreadable: { en: 'File could not be read ({reason}).', ko: '파일을 읽을 수 없습니다({reason}).' },
    outsideRepo: { en: 'Path is outside the repository; not read.', ko: '저장소 밖의 경로라서 읽지 않았습니다.' },
    internal: { en: 'Internal error while linting this file: {reason}. Please report it.', ko: '이 파일을 검사하다 내부 오류가 났습니다: {reason}. 제보해 주세요.' },
  },
  check() {
    // The runner reports it: a post it could not read or lint never reaches the rules.
  },
});
