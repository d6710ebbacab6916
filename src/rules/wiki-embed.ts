import path from 'node:path';
import { defineRule } from '../rule-api/rule.js';
import type { LintContext } from '../rule-api/context.js';
import type { Fix, Position } from '../core/types.js';
import { spanPosition } from '../post/source.js';
import { encodePath, siteUrlPath } from '../post/image-url.js';
import { findWikiRefs, isImageEmbed, type WikiRef } from '../post/wiki.js';

// Obsidian writes `![[Pasted image 20260101.png]]` and `[[Other note]]`; Jekyll, Hugo, Hexo and
// Astro publish them as literal brackets (checked with the real Jekyll and Hugo), unless the site
// configures a plugin that renders them (jekyll-wikilinks, remark-wiki-link, Quartz: the engine
// module's `wikiLinks`). Obsidian finds an attachment by its file name anywhere in the vault, so the
// fix does the same: exactly one file of that name in the repository, served by the site.
export default defineRule({
  id: 'wiki-embed',
  category: 'markdown',
  options: {},
  severity: 'error',
  fixable: true,
  docs: {
    en: 'No Obsidian wiki syntax (`![[image.png]]`, `[[Note]]`) outside code: no blog engine renders it without a plugin, so readers see the brackets and no image. Off when the site configures a wiki-link plugin. The fix writes standard markdown when the file or post resolves one way: `![](/path/image.png)`, or a link through the engine\'s own post link (`{% post_url %}`, `{{< ref >}}`).',
    ko: '코드 밖에 Obsidian 위키 문법(`![[image.png]]`, `[[Note]]`)을 쓰지 않습니다. 플러그인 없이는 어떤 블로그 엔진도 이를 렌더링하지 않아 독자에게는 괄호만 보이고 이미지는 나오지 않습니다. 사이트에 위키 링크 플러그인이 있으면 검사하지 않습니다. 파일이나 글이 하나로 정해지면 표준 마크다운(`![](/path/image.png)`, 엔진의 글 링크 `{% post_url %}`, `{{< ref >}}`)으로 고칩니다.',
  },
  messages: {
    image: { en: 'Obsidian embed `{written}` is published as literal text, not an image; write `{fixed}`.', ko: 'Obsidian 임베드 `{written}`{은} 이미지가 아니라 글자 그대로 게시됩니다. `{fixed}`{으로} 쓰세요.' },
    imageUnresolved: { en: 'Obsidian embed `{written}` is published as literal text, not an image; commit the file and write it as a markdown image `![](path)`.', ko: 'Obsidian 임베드 `{written}`{은} 이미지가 아니라 글자 그대로 게시됩니다. 파일을 커밋하고 마크다운 이미지 `![](경로)`로 쓰세요.' },
    imageSized: { en: 'Obsidian embed `{written}` is published as literal text, not an image; write `{fixed}` (markdown has no size: set it with HTML or CSS if needed).', ko: 'Obsidian 임베드 `{written}`{은} 이미지가 아니라 글자 그대로 게시됩니다. `{fixed}`{으로} 쓰세요(마크다운에는 크기 지정이 없으니 필요하면 HTML이나 CSS로 정하세요).' },
    embed: { en: 'Obsidian embed `{written}` is published as literal text; paste the content or link it.', ko: 'Obsidian 임베드 `{written}`{은} 글자 그대로 게시됩니다. 내용을 옮겨 쓰거나 링크로 바꾸세요.' },
    link: { en: 'Wiki link `{written}` is published as literal text, not a link; write `{fixed}`.', ko: '위키 링크 `{written}`{은} 링크가 아니라 글자 그대로 게시됩니다. `{fixed}`{으로} 쓰세요.' },
    linkUnresolved: { en: 'Wiki link `{written}` is published as literal text, not a link; write a markdown link `[text](url)`.', ko: '위키 링크 `{written}`{은} 링크가 아니라 글자 그대로 게시됩니다. 마크다운 링크 `[글](주소)`로 쓰세요.' },
  },
  check(context, report) {
    if (context.engine.wikiLinks) return;
    for (const ref of findWikiRefs(context.source, context.tree)) {
      const written = context.source.text.slice(ref.range[0], ref.range[1]);
      const position = spanPosition(context.source, ...ref.range);
      if (ref.embed && !isImageEmbed(ref)) {
        report({ messageId: 'embed', data: { written }, position });
        continue;
      }
      const replacement = ref.embed ? imageMarkdown(context, ref) : linkMarkdown(context, ref);
      // `[[Prototype]]`, `[[Get]]` (ECMAScript internal slots), `[[nodiscard]]`: a lone identifier
      // that names no post is notation, not a note; Obsidian titles have spaces, Hangul, `|alias`.
      if (!replacement && !ref.embed && ref.label === undefined && ref.heading === undefined && /^[A-Za-z_$][\w$.-]*$/.test(ref.target)) continue;
      if (!replacement) {
        report({ messageId: ref.embed ? 'imageUnresolved' : 'linkUnresolved', data: { written }, position });
        continue;
      }
      const sized = ref.embed && ref.label !== undefined && /^\d+(?:x\d+)?$/.test(ref.label.trim());
      const fix: Fix = { edits: [{ range: ref.range, text: replacement }] };
      report({ messageId: ref.embed ? (sized ? 'imageSized' : 'image') : 'link', data: { written, fixed: replacement }, position, fix });
    }
  },
});

/** `![alt](url)` for the one file of that name the site serves, else undefined. */
function imageMarkdown(context: LintContext, ref: WikiRef): string | undefined {
  const file = uniqueFile(context, ref.target, 'file');
  if (!file) return undefined;
  const url = imageUrl(context, file);
  if (!url) return undefined;
  const alt = ref.label !== undefined && !/^\d+(?:x\d+)?$/.test(ref.label.trim()) ? ref.label.trim().replace(/([[\]\\])/g, '\\$1') : '';
  return `![${alt}](${url})`;
}

function imageUrl(context: LintContext, file: string): string | undefined {
  const encode = (value: string) => encodePath(value, 'encode').replace(/\(/g, '%28').replace(/\)/g, '%29');
  // Beside the post: the relative name, where the page's URL keeps the post's folder (a Hugo page
  // bundle's `index.md`; Astro and Hexo resolve from the file). Jekyll's permalinks break it.
  const relative = path.posix.relative(path.posix.dirname(context.file), file);
  const bundle = /^index\.[^.]+$/.test(context.fileName) || context.engine.permalinks === 'path';
  if (!context.engine.rootAbsoluteImages && bundle && !relative.startsWith('../')) return encode(relative);
  // Under a folder served at the site root. Jekyll does not copy `_folders` or `.folders`.
  for (const root of context.engine.publicRoots) {
    if (root !== '' && !file.startsWith(root + '/')) continue;
    const inRoot = root === '' ? file : file.slice(root.length + 1);
    if (inRoot.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'))) continue;
    return encode(siteUrlPath(file, context.engine.publicRoots));
  }
  return undefined;
}

/** `[label](link)` through the engine's own post link, for the one post of that name. */
function linkMarkdown(context: LintContext, ref: WikiRef): string | undefined {
  if (ref.heading !== undefined) return undefined;
  const file = uniqueFile(context, ref.target, 'post');
  if (!file || file === context.file) return undefined;
  const label = (ref.label?.trim() || ref.target).replace(/([[\]\\])/g, '\\$1');
  if (context.engine.permalinks === 'jekyll') {
    const at = file.split('/').indexOf('_posts');
    if (at === -1) return undefined;
    const name = file.split('/').slice(at + 1).join('/').replace(/\.[^.]+$/, '');
    return `[${label}]({% post_url ${name} %})`;
  }
  if (context.engine.permalinks === 'hugo') {
    // `ref` takes the path below the content folder, the one this post lives in.
    const contentDir = context.file.split('/')[0]!;
    if (!file.startsWith(contentDir + '/')) return undefined;
    return `[${label}]({{< ref "${file.slice(contentDir.length + 1)}" >}})`;
  }
  return undefined;
}

/** The one repository file Obsidian would pick: by path when it has one, else by name anywhere. */
function uniqueFile(context: LintContext, target: string, kind: 'file' | 'post'): string | undefined {
  const wanted = target.normalize('NFC').toLowerCase().replace(/^\.?\//, '');
  return nameIndex(context.repo.files, kind).get(wanted) ?? undefined;
}

/**
 * Per repository (its file set) and kind: each way a reference can name a file (the whole path or
 * any tail of it after a `/`; NFC, lower case; posts without their extension) mapped to that file,
 * or to null when two files answer to it. Built once: searching every file for every reference
 * was slow for a post of many references in a large repository.
 */
const nameIndexes = new WeakMap<Set<string>, Partial<Record<'file' | 'post', Map<string, string | null>>>>();

function nameIndex(files: Set<string>, kind: 'file' | 'post'): Map<string, string | null> {
  let byKind = nameIndexes.get(files);
  if (!byKind) nameIndexes.set(files, (byKind = {}));
  let index = byKind[kind];
  if (index) return index;
  index = new Map();
  for (const file of files) {
    if (kind === 'post' && !/\.(?:md|markdown)$/i.test(file)) continue;
    const name = (kind === 'post' ? file.replace(/\.[^./]+$/, '') : file).normalize('NFC').toLowerCase();
    for (let from = 0; ; ) {
      const key = name.slice(from);
      index.set(key, index.has(key) ? null : file);
      const slash = name.indexOf('/', from);
      if (slash === -1) break;
      from = slash + 1;
    }
  }
  byKind[kind] = index;
  return index;
}
