import type { RuleMeta } from './types.js';

// Reported by the engine itself when a post cannot be linted at all, so that a file that was
// skipped never reads as "clean". It is metadata only: there is nothing for a check to do.
export const fileUnreadable: RuleMeta = {
  id: 'file-unreadable',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'A post that cannot be linted (too large for `max-file-size`, binary, not UTF-8, unreadable or outside the repository) is reported, never skipped silently.',
    ko: '검사할 수 없는 글(`max-file-size` 초과, 바이너리, UTF-8 아님, 읽기 실패, 저장소 밖)은 조용히 건너뛰지 않고 보고합니다.',
  },
  messages: {},
};
