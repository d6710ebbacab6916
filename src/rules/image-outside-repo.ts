// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import { defineRule } from '../rule-api/rule.js';
import { targets, at } from '../rule-api/image-targets.js';

export default defineRule({
  id: 'image-outside-repo',
  category: 'images',
  severity: 'error',
  fixable: false,
  options: {},
  docs: {
    en: 'Image paths stay inside the repository (no `../` past its root, no symlink leading out); such a file is never published, and the linter does not read it.',
    ko: '이미지 경로는 저장소 안에 있어야 합니다(루트를 벗어나는 `../`나 밖을 가리키는 심볼릭 링크 금지). 그런 파일은 게시되지 않고, 검사기도 읽지 않습니다.',
  },
  messages: {
    outside: { en: 'Image `{url}` points outside the repository, so it will not be published: copy the image into the repository and link it from there.', ko: '`{url}` 이미지는 저장소 밖을 가리켜 게시되지 않습니다. 이미지를 저장소 안으로 복사하고 그 경로로 바꾸세요.' },
  },
  check(context, report) {
    for (const { image, target } of targets(context)) {
      const escapes = target.kind === 'outside' || (target.kind === 'repo' && !target.candidates.some((candidate) => context.repo.has(candidate)) && target.candidates.some((candidate) => context.repo.escapes(candidate)));
      if (escapes) report({ messageId: 'outside', data: { url: image.url }, position: at(image) });
    }
  },
});
