// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import { defineRule } from '../rule-api/rule.js';
import { encodePath, siteUrlPath } from '../post/image-url.js';
import { targets, fileUrlInRepo, at, spacePolicy, replaceUrl } from '../rule-api/image-targets.js';

export default defineRule({
  id: 'image-file-url',
  category: 'images',
  severity: 'error',
  fixable: true,
  options: {},
  docs: {
    en: 'Images are not `file:///` URLs: they point at the writer\'s own disk and break for every reader.',
    ko: '이미지 경로에 `file:///` URL을 쓰지 않습니다. 글쓴이 컴퓨터의 파일을 가리켜 독자에게는 깨져 보입니다.',
  },
  messages: {
    fileUrl: { en: 'Image `{url}` is a `file:///` URL that only works on the writer\'s computer; link `{fixed}` instead.', ko: '`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL입니다. `{fixed}`{으로} 바꾸세요.' },
    fileUrlMissing: { en: 'Image `{url}` is a `file:///` URL that only works on the writer\'s computer, and `{path}` is not in the repository either: commit the image and link it.', ko: '`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL이고, 저장소에도 `{path}` 파일이 없습니다. 이미지를 커밋하고 그 경로로 바꾸세요.' },
  },
  check(context, report) {
    for (const { image, target } of targets(context)) {
      if (target.kind !== 'file-url') continue;
      const inRepo = fileUrlInRepo(context, target.path);
      const fixed = encodePath(siteUrlPath(inRepo.path, context.engine.publicRoots), spacePolicy(context));
      const fix = inRepo.exists ? replaceUrl(image, fixed) : undefined;
      report({ messageId: inRepo.exists ? 'fileUrl' : 'fileUrlMissing', data: { url: image.url, path: inRepo.path, fixed }, position: at(image), ...(fix ? { fix } : {}) });
    }
  },
});
