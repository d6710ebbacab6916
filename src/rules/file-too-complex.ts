// Reported by the runner itself when linting one post went over its budget (runner/parallel.ts):
// the worker that held it was stopped when the deadline passed or its heap ran out, and the other
// posts were linted as usual. Its check has nothing to do, like file-unreadable's.
import { defineRule } from '../rule-api/rule.js';

export default defineRule({
  id: 'file-too-complex',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'A post whose linting takes longer than `post-timeout` (default 10 s) or more memory than `post-memory` (default 128 MB) is stopped and reported, so that one post cannot stall or crash the run; the other posts are still linted.',
    ko: '검사에 `post-timeout`(기본 10초)보다 오래 걸리거나 `post-memory`(기본 128MB)보다 많은 메모리가 드는 글은 중단하고 보고합니다. 글 하나가 전체 검사를 멈추거나 죽이지 못하며, 다른 글은 그대로 검사합니다.',
  },
  messages: {
    tooSlow: {
      en: 'Linting this post took longer than {seconds} s (post-timeout), so it was stopped; not linted. Something in it is too complex for the parsers: look for very long runs of markup characters or very deep nesting.',
      ko: '이 글은 검사가 {seconds}초(post-timeout)를 넘겨 중단했고, 검사하지 않았습니다. 파서가 처리하기에 너무 복잡한 부분이 있습니다. 아주 길게 이어지는 마크업 기호나 아주 깊은 중첩을 찾아보세요.',
    },
    tooMuchMemory: {
      en: 'Linting this post needed more than {memory} MB of memory (post-memory), so it was stopped; not linted. Something in it is too complex for the parsers: look for very long runs of markup characters or very deep nesting.',
      ko: '이 글은 검사에 메모리가 {memory}MB(post-memory) 넘게 필요해 중단했고, 검사하지 않았습니다. 파서가 처리하기에 너무 복잡한 부분이 있습니다. 아주 길게 이어지는 마크업 기호나 아주 깊은 중첩을 찾아보세요.',
    },
  },
  check() {
    // The runner reports it when a worker is stopped.
  },
});
