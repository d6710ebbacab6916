// The image-path rules share one resolution per image (see engine/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import { defineRule } from './types.js';
import type { LintContext } from '../engine/context.js';
import type { ImageRef } from '../engine/images.js';
import { resolveImage, type ImageTarget } from '../engine/image-url.js';

const resolved = new WeakMap<LintContext, Array<{ image: ImageRef; target: ImageTarget }>>();

function targets(context: LintContext) {
  let list = resolved.get(context);
  if (!list) {
    const data = context.frontmatter?.data ?? {};
    const subpath = [data.media_subpath, data.img_path].find((value): value is string => typeof value === 'string');
    list = context.images.map((image) => ({
      image,
      target: resolveImage(image.url, {
        postFile: context.file,
        publicRoots: context.preset.publicRoots,
        baseUrl: context.site.baseUrl,
        ...(subpath ? { mediaSubpath: subpath } : {}),
        ...(context.site.cdn ? { cdn: context.site.cdn } : {}),
      }),
    }));
    resolved.set(context, list);
  }
  return list;
}

/** Where a `file:///` URL's path would be in the repo, and whether it is there. */
function fileUrlInRepo(context: LintContext, filePath: string): { path: string; exists: boolean } {
  const candidates = context.preset.publicRoots.map((root) => (root ? `${root}${filePath}` : filePath.slice(1)));
  const found = candidates.find((candidate) => context.repo.has(candidate));
  return { path: found ?? candidates[0]!, exists: found !== undefined };
}

function at(image: ImageRef) {
  return { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
}

export const imageFileUrl = defineRule({
  id: 'image-file-url',
  category: 'images',
  severity: 'error',
  fixable: false,
  docs: {
    en: 'Images are not `file:///` URLs: they point at the writer\'s own disk and break for every reader.',
    ko: '이미지 경로에 `file:///` URL을 쓰지 않습니다. 글쓴이 컴퓨터의 파일을 가리켜 독자에게는 깨져 보입니다.',
  },
  messages: {
    fileUrl: { en: 'Image `{url}` is a `file:///` URL that only works on the writer\'s computer; link `/{path}` instead.', ko: '`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL입니다. `/{path}`로 바꾸세요.' },
    fileUrlMissing: { en: 'Image `{url}` is a `file:///` URL that only works on the writer\'s computer, and `{path}` is not in the repository either: commit the image and link it.', ko: '`{url}` 이미지는 글쓴이 컴퓨터에서만 열리는 `file:///` URL이고, 저장소에도 `{path}` 파일이 없습니다. 이미지를 커밋하고 그 경로로 바꾸세요.' },
  },
  check(context, report) {
    for (const { image, target } of targets(context)) {
      if (target.kind !== 'file-url') continue;
      const inRepo = fileUrlInRepo(context, target.path);
      report({ messageId: inRepo.exists ? 'fileUrl' : 'fileUrlMissing', data: { url: image.url, path: inRepo.path }, position: at(image) });
    }
  },
});

export const imageLocalPath = defineRule({
  id: 'image-local-path',
  category: 'images',
  severity: 'error',
  fixable: false,
  docs: {
    en: 'Images are not paths on the writer\'s machine (`C:\\Users\\...`, `/Users/me/...`, Typora\'s `typora-user-images`): the image was never committed.',
    ko: '이미지 경로가 글쓴이 컴퓨터 경로(`C:\\Users\\...`, `/Users/me/...`, Typora의 `typora-user-images`)면 안 됩니다. 이미지가 커밋되지 않았습니다.',
  },
  messages: {
    localPath: { en: 'Image `{url}` is a path on the writer\'s computer, so the image was never committed; add it to the repository and link it from there.', ko: '`{url}` 이미지는 글쓴이 컴퓨터의 경로라서 이미지가 커밋되지 않았습니다. 저장소에 추가하고 그 경로로 바꾸세요.' },
  },
  check(context, report) {
    for (const { image, target } of targets(context)) {
      if (target.kind === 'os-absolute') report({ messageId: 'localPath', data: { url: image.url }, position: at(image) });
    }
  },
});

export const imageOutsideRepo = defineRule({
  id: 'image-outside-repo',
  category: 'images',
  severity: 'error',
  fixable: false,
  docs: {
    en: 'Image paths stay inside the repository (no `../` past its root, no symlink leading out); such a file is never published, and the linter does not read it.',
    ko: '이미지 경로는 저장소 안에 있어야 합니다(루트를 벗어나는 `../`나 밖을 가리키는 심볼릭 링크 금지). 그런 파일은 게시되지 않고, 검사기도 읽지 않습니다.',
  },
  messages: {
    outside: { en: 'Image `{url}` points outside the repository; it will not be published.', ko: '`{url}` 이미지는 저장소 밖을 가리켜 게시되지 않습니다.' },
  },
  check(context, report) {
    for (const { image, target } of targets(context)) {
      const escapes = target.kind === 'outside' || (target.kind === 'repo' && target.candidates.some((candidate) => context.repo.escapingLinks.has(candidate)));
      if (escapes) report({ messageId: 'outside', data: { url: image.url }, position: at(image) });
    }
  },
});

export const imageMissing = defineRule({
  id: 'image-missing',
  category: 'images',
  severity: 'error',
  fixable: false,
  docs: {
    en: 'Local images exist in the repository, with the exact case (GitHub Pages is case-sensitive, macOS is not).',
    ko: '로컬 이미지는 저장소에 대소문자까지 똑같이 있어야 합니다(GitHub Pages는 대소문자를 구분하고 macOS는 구분하지 않습니다).',
  },
  messages: {
    missing: { en: 'Image `{url}` does not exist in the repository (looked for `{path}`).', ko: '`{url}` 이미지가 저장소에 없습니다(`{path}` 경로를 찾아봄).' },
    caseMismatch: { en: 'Image `{url}` is `{actual}` on disk: the case differs, so it breaks on GitHub Pages.', ko: '이미지 `{url}`의 실제 파일은 `{actual}`입니다. 대소문자가 달라 GitHub Pages에서 깨집니다.' },
  },
  check(context, report) {
    // file:/// and OS paths are reported (with where the file would be) by their own rules.
    for (const { image, target } of targets(context)) {
      if (target.kind !== 'repo') continue;
      const candidates = target.candidates;
      if (candidates.some((candidate) => context.repo.has(candidate) || context.repo.escapingLinks.has(candidate))) continue;
      const loose = candidates.map((candidate) => context.repo.findLoose(candidate)).find((found) => found !== undefined);
      if (loose) report({ messageId: 'caseMismatch', data: { url: image.url, actual: loose }, position: at(image) });
      else report({ messageId: 'missing', data: { url: image.url, path: candidates[0]! }, position: at(image) });
    }
  },
});
