// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import { defineRule } from '../rule-api/rule.js';
import { encodePath, siteUrlPath } from '../post/image-url.js';
import { targets, at, spacePolicy, replaceUrl, uniqueByBaseName } from '../rule-api/image-targets.js';

export default defineRule({
  id: 'image-local-path',
  category: 'images',
  severity: 'error',
  fixable: true,
  options: {},
  docs: {
    en: 'Images are not paths on the writer\'s machine (`C:\\Users\\...`, `/Users/me/...`, Typora\'s `typora-user-images`): the image was never committed.',
    ko: '이미지 경로가 글쓴이 컴퓨터 경로(`C:\\Users\\...`, `/Users/me/...`, Typora의 `typora-user-images`)면 안 됩니다. 이미지가 커밋되지 않았습니다.',
  },
  messages: {
    localPath: { en: 'Image `{url}` is a path on the writer\'s computer, so the image was never committed; add it to the repository and link it from there.', ko: '`{url}` 이미지는 글쓴이 컴퓨터의 경로라서 이미지가 커밋되지 않았습니다. 저장소에 추가하고 그 경로로 바꾸세요.' },
    localPathFound: { en: 'Image `{url}` is a path on the writer\'s computer; the repository has the same file at `{path}`: link `{fixed}`.', ko: '`{url}` 이미지는 글쓴이 컴퓨터의 경로입니다. 저장소의 `{path}` 파일과 이름이 같으니 `{fixed}`{으로} 바꾸세요.' },
  },
  check(context, report) {
    for (const { image, target } of targets(context)) {
      if (target.kind !== 'os-absolute') continue;
      const match = uniqueByBaseName(context, image.url);
      if (!match) {
        report({ messageId: 'localPath', data: { url: image.url }, position: at(image) });
        continue;
      }
      const fixed = encodePath(siteUrlPath(match, context.engine.publicRoots), spacePolicy(context));
      const fix = replaceUrl(image, fixed);
      report({ messageId: 'localPathFound', data: { url: image.url, path: match, fixed }, position: at(image), ...(fix ? { fix } : {}) });
    }
  },
});
