// The image-path rules share one resolution per image (see post/image-url.ts); each rule reports
// one kind of outcome, so each can be turned off on its own.
import { defineRule } from '../rule-api/rule.js';
import { targets, at, preferredUrl } from '../rule-api/image-targets.js';

export default defineRule({
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
