// The image-path rules share one resolution per image (see engine/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import { defineRule } from './types.js';
import type { LintContext } from '../engine/context.js';
import type { ImageRef } from '../engine/images.js';
import { canonicalUrl, encodePath, resolveImage, siteUrlPath, type ImageTarget, type RepoTarget, type SpacePolicy } from '../engine/image-url.js';
import type { Fix } from '../engine/types.js';
import { withoutQuery } from '../engine/scan.js';

/** `viaEngine`: the file was found only where the engine's own rules put it (a bundle, an asset folder, a page URL). */
const resolved = new WeakMap<LintContext, Array<{ image: ImageRef; target: ImageTarget; unknowable?: boolean; rootCandidates?: number }>>();

function targets(context: LintContext) {
  let list = resolved.get(context);
  if (!list) {
    const data = context.frontmatter?.data ?? {};
    const subpath = [data.media_subpath, data.img_path].find((value): value is string => typeof value === 'string');
    list = context.images.map((image) => {
      const target = resolveImage(image.url, {
        postFile: context.file,
        publicRoots: context.engine.publicRoots,
        baseUrl: context.site.baseUrl,
        ...(subpath ? { mediaSubpath: subpath } : {}),
        ...(context.site.cdn ? { cdn: context.site.cdn } : {}),
      });
      if (target.kind !== 'repo') return { image, target };
      const rootCandidates = target.candidates.length;
      // The engine knows more places than the roots: bundles, asset folders, aliases, page URLs.
      for (const extra of context.engine.imageCandidates(target.path, context.file, image.kind === 'frontmatter')) if (!target.candidates.includes(extra)) target.candidates.push(extra);
      return { image, target, rootCandidates, unknowable: context.engine.imageUnknowable(target.path, context.file) };
    });
    resolved.set(context, list);
  }
  return list;
}

/**
 * Where a `file:///` URL's path is in the repo: `file:///assets/a.png` as a site path, or
 * `file:///Users/me/blog/assets/a.png` by its longest tail that the repo has (`assets/a.png`).
 */
function fileUrlInRepo(context: LintContext, filePath: string): { path: string; exists: boolean } {
  const candidates = context.engine.publicRoots.map((root) => (root ? `${root}${filePath}` : filePath.slice(1)));
  const found = candidates.find((candidate) => context.repo.has(candidate));
  if (found) return { path: context.repo.spelling(found)!, exists: true };
  const segments = filePath.split('/').filter(Boolean);
  // A tail with more segments than any file in the repo cannot be one: start where one could be
  // (a long `a/a/a/...` path was a quadratic number of joins and lookups).
  const deepest = deepestPath(context.repo.files);
  for (let start = Math.max(1, segments.length - deepest); start < segments.length - 1; start++) {
    const tail = segments.slice(start).join('/');
    for (const root of context.engine.publicRoots) {
      const candidate = root ? `${root}/${tail}` : tail;
      if (context.repo.has(candidate)) return { path: context.repo.spelling(candidate)!, exists: true };
    }
  }
  return { path: candidates[0]!, exists: false };
}

const depthCache = new WeakMap<Set<string>, number>();

/** The most segments any repo file has (`a/b/c.png`: 3). */
function deepestPath(files: Set<string>): number {
  let deepest = depthCache.get(files);
  if (deepest === undefined) {
    deepest = 0;
    for (const file of files) {
      let count = 1;
      for (let at = file.indexOf('/'); at !== -1; at = file.indexOf('/', at + 1)) count++;
      if (count > deepest) deepest = count;
    }
    depthCache.set(files, deepest);
  }
  return deepest;
}

function at(image: ImageRef) {
  return { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
}

function spacePolicy(context: LintContext): SpacePolicy {
  return context.options('image-url-style').spaces === 'raw' ? 'raw' : 'encode';
}

function mediaSubpath(context: LintContext): string | undefined {
  const data = context.frontmatter?.data ?? {};
  return [data.media_subpath, data.img_path].find((value): value is string => typeof value === 'string');
}

/** A fix that puts `url` where the image's URL is written; none when it cannot be located. */
function replaceUrl(image: ImageRef, url: string): Fix | undefined {
  return image.urlRange ? { edits: [{ range: image.urlRange, text: url }] } : undefined;
}

/** The site path for a repo file, per preset: root-absolute (Jekyll) or as the author wrote it. */
function preferredUrl(context: LintContext, target: RepoTarget, actual: string): string {
  const subpath = mediaSubpath(context);
  return canonicalUrl(target, actual, {
    postFile: context.file,
    publicRoots: context.engine.publicRoots,
    preferAbsolute: context.engine.rootAbsoluteImages,
    spaces: spacePolicy(context),
    ...(subpath ? { mediaSubpath: subpath } : {}),
  });
}

/** The one file in the repo with this base name, when there is exactly one. */
function uniqueByBaseName(context: LintContext, written: string): string | undefined {
  const baseName = withoutQuery(written.replace(/\\/g, '/')).split('/').pop() ?? '';
  if (!baseName) return undefined;
  let decoded = baseName;
  try {
    decoded = decodeURIComponent(baseName);
  } catch {
    // keep as written
  }
  const matches = context.repo.byBaseName(decoded);
  return matches.length === 1 ? matches[0] : undefined;
}

export const imageFileUrl = defineRule({
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

export const imageLocalPath = defineRule({
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

export const imageOutsideRepo = defineRule({
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

export const imageMissing = defineRule({
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

export const imageUrlStyle = defineRule({
  id: 'image-url-style',
  category: 'images',
  severity: 'warning',
  fixable: true,
  options: { spaces: { type: 'enum', values: ['encode', 'raw'] } },
  docs: {
    en: 'Local image URLs are written one way: `/` separators, spaces as `%20` (option `spaces: raw` keeps them), and root-absolute on Jekyll, where permalinks break relative paths (Hugo bundles and Chirpy `media_subpath` keep relative names).',
    ko: '로컬 이미지 URL은 한 가지 형식으로 씁니다. 구분자는 `/`, 공백은 `%20`(옵션 `spaces: raw`면 그대로), Jekyll에서는 퍼머링크 때문에 상대 경로가 깨지므로 루트 기준 절대 경로로 씁니다(Hugo 번들과 Chirpy `media_subpath`는 상대 이름 유지).',
  },
  messages: {
    style: { en: 'Write image `{url}` as `{fixed}`.', ko: '`{url}` 이미지 경로는 `{fixed}`{으로} 쓰세요.' },
  },
  check(context, report) {
    for (const { image, target, rootCandidates } of targets(context)) {
      // Jekyll's `{{ "/x.png" | relative_url }}` is the form its docs recommend: never rewritten.
      if (target.kind !== 'repo' || !image.urlRange || target.liquidFilter) continue;
      // Only files that exist with this exact spelling: a case mismatch is image-missing's to fix.
      const index = target.candidates.findIndex((candidate) => context.repo.has(candidate));
      // A file the engine's own rules found (an asset folder, a page URL) is written the engine's way already.
      if (index === -1 || index >= (rootCandidates ?? Infinity)) continue;
      const found = target.candidates[index]!;
      // The stored spelling: an NFC link to an NFD file name (or the reverse) 404s on a Linux server.
      const fixed = preferredUrl(context, target, context.repo.spelling(found)!);
      const written = context.source.text.slice(image.urlRange[0], image.urlRange[1]);
      if (written === fixed) continue;
      report({ messageId: 'style', data: { url: written, fixed }, position: at(image), fix: { edits: [{ range: image.urlRange, text: fixed }] } });
    }
  },
});
