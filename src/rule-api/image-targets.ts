// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import type { LintContext } from './context.js';
import type { ImageRef } from '../post/images.js';
import { canonicalUrl, resolveImage, type ImageTarget, type RepoTarget, type SpacePolicy } from '../post/image-url.js';
import type { Fix } from '../core/types.js';
import { withoutQuery } from '../post/scan.js';

/** `viaEngine`: the file was found only where the engine's own rules put it (a bundle, an asset folder, a page URL). */
export const resolved = new WeakMap<LintContext, Array<{ image: ImageRef; target: ImageTarget; unknowable?: boolean; rootCandidates?: number }>>();

export function targets(context: LintContext) {
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
export function fileUrlInRepo(context: LintContext, filePath: string): { path: string; exists: boolean } {
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

export const depthCache = new WeakMap<Set<string>, number>();

/** The most segments any repo file has (`a/b/c.png`: 3). */
export function deepestPath(files: Set<string>): number {
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

export function at(image: ImageRef) {
  return { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
}

export function spacePolicy(context: LintContext): SpacePolicy {
  return context.options('image-url-style').spaces === 'raw' ? 'raw' : 'encode';
}

export function mediaSubpath(context: LintContext): string | undefined {
  const data = context.frontmatter?.data ?? {};
  return [data.media_subpath, data.img_path].find((value): value is string => typeof value === 'string');
}

/** A fix that puts `url` where the image's URL is written; none when it cannot be located. */
export function replaceUrl(image: ImageRef, url: string): Fix | undefined {
  return image.urlRange ? { edits: [{ range: image.urlRange, text: url }] } : undefined;
}

/** The site path for a repo file, per preset: root-absolute (Jekyll) or as the author wrote it. */
export function preferredUrl(context: LintContext, target: RepoTarget, actual: string): string {
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
export function uniqueByBaseName(context: LintContext, written: string): string | undefined {
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

