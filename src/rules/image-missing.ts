// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import { defineRule } from '../rule-api/rule.js';
import { targets, at, replaceUrl, preferredUrl } from '../rule-api/image-targets.js';

export default defineRule({
  id: 'image-missing',
  category: 'images',
  severity: 'error',
  fixable: true,
  options: {},
  docs: {
    en: 'Local images exist in the repository, with the exact case (GitHub Pages is case-sensitive, macOS is not).',
    ko: '로컬 이미지는 저장소에 대소문자까지 똑같이 있어야 합니다(GitHub Pages는 대소문자를 구분하고 macOS는 구분하지 않습니다).',
  },
  messages: {
    missing: { en: 'Image `{url}` does not exist in the repository (looked for `{path}`): add the file, or correct the path.', ko: '`{url}` 이미지가 저장소에 없습니다(`{path}` 경로를 찾아봄). 파일을 추가하거나 경로를 고치세요.' },
    caseMismatch: { en: 'Image `{url}` is `{actual}` on disk: the case differs, so it breaks on GitHub Pages; write `{fixed}`.', ko: '이미지 `{url}`의 실제 파일은 `{actual}`입니다. 대소문자가 달라 GitHub Pages에서 깨지니 `{fixed}`{으로} 쓰세요.' },
  },
  check(context, report) {
    // file:/// and OS paths are reported (with where the file would be) by their own rules.
    for (const { image, target, unknowable } of targets(context)) {
      if (target.kind !== 'repo') continue;
      const candidates = target.candidates;
      if (candidates.some((candidate) => context.repo.has(candidate) || context.repo.escapes(candidate))) continue;
      const loose = candidates.map((candidate) => context.repo.findLoose(candidate)).find((found) => found !== undefined);
      // A render hook (or a site's own code) may serve it from anywhere: a file not found is no
      // verdict there; a file found with another case still is.
      if (unknowable && !loose) continue;
      if (loose) {
        const fixed = preferredUrl(context, target, loose);
        const fix = replaceUrl(image, fixed);
        report({ messageId: 'caseMismatch', data: { url: image.url, actual: loose, fixed }, position: at(image), ...(fix ? { fix } : {}) });
      } else report({ messageId: 'missing', data: { url: image.url, path: candidates[0]! }, position: at(image) });
    }
  },
});
