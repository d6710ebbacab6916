import type { RuleMeta } from './types.js';

// Reported by the engine itself when linting one post went over its budget (engine/parallel.ts):
// the worker that held it was stopped when the deadline passed or its heap ran out, and the other
// posts were linted as usual. Metadata only, like file-unreadable.
export const fileTooComplex: RuleMeta = {
  id: 'file-too-complex',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'A post whose linting takes longer than `post-timeout` (default 10 s) or more memory than `post-memory` (default 128 MB) is stopped and reported, so that one post cannot stall or crash the run; the other posts are still linted.',
    ko: '검사에 `post-timeout`(기본 10초)보다 오래 걸리거나 `post-memory`(기본 128MB)보다 많은 메모리가 드는 글은 중단하고 보고합니다. 글 하나가 전체 검사를 멈추거나 죽이지 못하며, 다른 글은 그대로 검사합니다.',
  },
  messages: {},
};
