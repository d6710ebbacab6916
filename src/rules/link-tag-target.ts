// Links written with the engine's own tags whose target does not exist: the build fails.
// Checked with the real engines (test/oracle/link-tag-target.test.ts):
// - Jekyll 4.3.1: `{% post_url name %}` with no post of that name, or `{% link path %}` with no file
//   at that path (both compared with case), stops the build: "Liquid Exception: Could not find post"
//   / "Could not find document". Liquid runs in code blocks too; only `{% raw %}` (and
//   `render_with_liquid: false`) keep a tag from running.
// - Hugo 0.111.3: `{{< ref >}}`/`{{< relref >}}` with no page to point at stops the build
//   ("REF_NOT_FOUND ... page not found"), in code blocks too; only `{{</* */>}}` keeps it from
//   running. A target is found by path (from the page's folder or from `content/`), with or without
//   `.md`, by a bundle's folder, or by its bare name anywhere, ignoring case.
// - Hexo 8.1.2 (hexo-renderer-marked 7): `{% post_link slug %}` whose slug names no post stops the
//   build ("Post not found: post_link slug."). A post's slug is its path under `source/_posts/` (or
//   `_drafts/`) without the extension as `new_post_name` reads it (`:title.md`: `sub/c`;
//   `:year-:month-:day-:title.md`: `hello` for `2025-01-02-hello.md`), compared with case; a `slug:`
//   in the front matter does not count, an exact `title:` does, and `b#part` is `b`. A draft or a
//   `published: false` post is found but not published (without `render_drafts`): the link is a 404.
//   `{% asset_img %}`, `{% asset_path %}` and `{% asset_link %}` look the name up in the post's asset
//   folder (`source/_posts/<post>/`, its path inside it, with case); a name not there, or
//   `post_asset_folder` off, renders nothing at all: no image, no link, no error. Tags do not run in
//   code (fenced, indented, inline), HTML comments, `{% raw %}`, `{# #}`, or a post with
//   `disableNunjucks: true`; they do run inside `{% codeblock %}` and HTML.
// The fix rewrites the name when exactly one post (or asset) matches it (the same slug under another
// date, the name with its extension, another case, the name without its folder).
import type { Nodes } from 'mdast';
import { defineRule, type ReportInput } from '../rule-api/rule.js';
import type { LintContext } from '../rule-api/context.js';
import { spanPosition } from '../post/source.js';
import { inRanges } from '../rule-api/line-ranges.js';
import type { Position } from '../core/types.js';
import { hexoAssetNames, hexoPostInfo, hexoPostSlug, type HexoConfig } from '../engines/hexo-site.js';
import type { HexoIndexedPost } from '../site/site-index.js';

interface TagRef {
  tag: string;
  target: string;
  /** Offsets of the target text in source.text. */
  range: [number, number];
}

export default defineRule({
  id: 'link-tag-target',
  category: 'markdown',
  severity: 'error',
  fixable: true,
  options: {},
  docs: {
    en: 'Links written with the engine\'s tags point at something that exists: Jekyll `{% post_url %}` (a post\'s file name without extension) and `{% link %}` (a file\'s path), Hugo `ref`/`relref`, Hexo `{% post_link %}` (a post\'s slug or title) and `{% asset_img %}`/`{% asset_path %}`/`{% asset_link %}` (a file of the post\'s asset folder). A missing post stops the build (checked with Jekyll 4.3, Hugo 0.111 and Hexo 8.1), a missing Hexo asset silently publishes nothing; Jekyll and Hugo run tags inside code blocks too, Hexo does not; `{% raw %}` and `{{</* */>}}` are skipped. Fixed when exactly one post or file matches.',
    ko: '엔진 태그로 쓴 링크는 실제 대상을 가리켜야 합니다. Jekyll `{% post_url %}`(확장자 없는 글 파일 이름)과 `{% link %}`(파일 경로), Hugo `ref`/`relref`, Hexo `{% post_link %}`(글의 슬러그나 제목)와 `{% asset_img %}`/`{% asset_path %}`/`{% asset_link %}`(글 에셋 폴더의 파일)가 대상입니다. 글이 없으면 빌드가 실패하고(Jekyll 4.3, Hugo 0.111, Hexo 8.1로 확인), Hexo 에셋이 없으면 아무것도 없이 조용히 게시됩니다. Jekyll과 Hugo는 코드 블록 안의 태그도 실행하고 Hexo는 실행하지 않으며, `{% raw %}`와 `{{</* */>}}`는 건너뜁니다. 맞는 글이나 파일이 하나뿐이면 고칩니다.',
  },
  messages: {
    postUrl: { en: '`{% post_url {target} %}` names no post, so the build fails ("Could not find post"): write the name of an existing post (its file name without the extension).', ko: '`{% post_url {target} %}`{이} 가리키는 글이 없어 빌드가 실패합니다("Could not find post"). 있는 글의 파일 이름(확장자 제외)을 쓰세요.' },
    postUrlFix: { en: '`{% post_url {target} %}` names no post, so the build fails ("Could not find post"): write `{fixed}` (the post {file}).', ko: '`{% post_url {target} %}`{이} 가리키는 글이 없어 빌드가 실패합니다("Could not find post"). `{fixed}`{으로} 쓰세요({file} 글).' },
    link: { en: '`{% link {target} %}` names no file of the site, so the build fails ("Could not find document"): write the path of an existing file, from the site\'s root, with its case.', ko: '`{% link {target} %}`{이} 가리키는 파일이 없어 빌드가 실패합니다("Could not find document"). 사이트 루트부터의 실제 파일 경로를 대소문자까지 맞춰 쓰세요.' },
    linkFix: { en: '`{% link {target} %}` names no file of the site, so the build fails ("Could not find document"): write `{fixed}`.', ko: '`{% link {target} %}`{이} 가리키는 파일이 없어 빌드가 실패합니다("Could not find document"). `{fixed}`{으로} 쓰세요.' },
    ref: { en: '`{tag} "{target}"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write the name of an existing page (its path under content/, or its file name).', ko: '`{tag} "{target}"`{이} 가리키는 페이지가 없어 Hugo 빌드가 실패합니다(REF_NOT_FOUND). 있는 페이지(content/ 아래 경로나 파일 이름)를 쓰세요.' },
    postLink: { en: '`{% post_link {target} %}` names no post, so the Hexo build fails ("Post not found"): write the slug of an existing post (its path under `source/_posts/` without the extension, as `new_post_name` reads it) or its exact title.', ko: '`{% post_link {target} %}`{이} 가리키는 글이 없어 Hexo 빌드가 실패합니다("Post not found"). 있는 글의 슬러그(`new_post_name`대로 읽은, 확장자 없는 `source/_posts/` 아래 경로)나 정확한 제목을 쓰세요.' },
    postLinkFix: { en: '`{% post_link {target} %}` names no post, so the Hexo build fails ("Post not found"): write `{fixed}` (the post {file}).', ko: '`{% post_link {target} %}`{이} 가리키는 글이 없어 Hexo 빌드가 실패합니다("Post not found"). `{fixed}`{으로} 쓰세요({file} 글).' },
    postLinkEmpty: { en: '`{% post_link %}` names no post at all, so the Hexo build fails ("Post not found"): write the slug of the post to link, or remove the tag.', ko: '`{% post_link %}`에 글 이름이 없어 Hexo 빌드가 실패합니다("Post not found"). 연결할 글의 슬러그를 쓰거나 태그를 지우세요.' },
    postLinkDraft: { en: '`{% post_link {target} %}` links to {file}, which Hexo does not publish (a draft, or `published: false`): the link leads to a missing page (a 404). Publish that post, or link another.', ko: '`{% post_link {target} %}`{이} 가리키는 {file}{은} Hexo가 게시하지 않는 글(초안이나 `published: false`)이라 링크가 없는 페이지로 갑니다(404). 그 글을 게시하거나 다른 글을 연결하세요.' },
    asset: { en: '`{% {tag} {target} %}` names no file in this post\'s asset folder `{folder}/`, so Hexo publishes nothing in its place, without an error: write the name of a file in that folder, with its case.', ko: '`{% {tag} {target} %}`{이} 가리키는 파일이 이 글의 에셋 폴더 `{folder}/`에 없어 Hexo가 오류 없이 그 자리에 아무것도 게시하지 않습니다. 그 폴더에 있는 파일 이름을 대소문자까지 맞춰 쓰세요.' },
    assetFix: { en: '`{% {tag} {target} %}` names no file in this post\'s asset folder `{folder}/`, so Hexo publishes nothing in its place, without an error: write `{fixed}`.', ko: '`{% {tag} {target} %}`{이} 가리키는 파일이 이 글의 에셋 폴더 `{folder}/`에 없어 Hexo가 오류 없이 그 자리에 아무것도 게시하지 않습니다. `{fixed}`{으로} 쓰세요.' },
    assetFolderOff: { en: '`{% {tag} {target} %}` publishes nothing, without an error: Hexo looks the file up in the post\'s asset folder, and `post_asset_folder` is off in `_config.yml`. Turn it on (`post_asset_folder: true`) with the file in `{folder}/`, or write a markdown image or link.', ko: '`{% {tag} {target} %}`{은} 오류 없이 아무것도 게시하지 않습니다. Hexo는 글의 에셋 폴더에서 파일을 찾는데 `_config.yml`에서 `post_asset_folder`가 꺼져 있습니다. `post_asset_folder: true`로 켜고 파일을 `{folder}/`에 두거나, 마크다운 이미지나 링크로 쓰세요.' },
    refFix: { en: '`{tag} "{target}"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write `{fixed}`.', ko: '`{tag} "{target}"`{이} 가리키는 페이지가 없어 Hugo 빌드가 실패합니다(REF_NOT_FOUND). `{fixed}`{으로} 쓰세요.' },
  },
  check(context, report) {
    if (context.engine.permalinks === 'jekyll') {
      if (context.frontmatter?.data.render_with_liquid === false) return;
      for (const ref of jekyllTags(context)) checkJekyll(context, ref, report);
    } else if (context.engine.permalinks === 'hugo') {
      for (const ref of hugoRefs(context)) checkHugo(context, ref, report);
    } else if (context.engine.hexoSite) {
      // Front matter overrides the renderer (hexo lib/hexo/post.ts): `disableNunjucks: true` runs no tag.
      if (context.frontmatter?.data.disableNunjucks === true) return;
      checkHexo(context, context.engine.hexoSite, report);
    }
  },
});

type Report = (input: ReportInput & { messageId: 'postUrl' | 'postUrlFix' | 'link' | 'linkFix' | 'ref' | 'refFix' | 'postLink' | 'postLinkFix' | 'postLinkEmpty' | 'postLinkDraft' | 'asset' | 'assetFix' | 'assetFolderOff' }) => void;

function bodyStart(context: LintContext): number {
  return context.frontmatter?.range[1] ?? 0;
}

/** `{% post_url x %}` and `{% link x %}` outside `{% raw %}…{% endraw %}` and `{% comment %}…{% endcomment %}`. */
function jekyllTags(context: LintContext): TagRef[] {
  const text = context.source.text;
  const found: TagRef[] = [];
  const tag = /\{%-?\s*(raw|comment|post_url|link)\b([^%]*?)-?%\}/g;
  tag.lastIndex = bodyStart(context);
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    const name = match[1]!;
    if (name === 'raw' || name === 'comment') {
      const end = text.indexOf(name === 'raw' ? 'endraw' : 'endcomment', tag.lastIndex);
      if (end === -1) break;
      tag.lastIndex = end;
      continue;
    }
    const argument = match[2]!;
    const target = argument.trim();
    // A variable (`{% link {{ page.x }} %}`) or a quoted name is not a literal path.
    if (target === '' || /[{}'"\s]/.test(target)) continue;
    const start = match.index + match[0].indexOf(argument) + argument.indexOf(target);
    found.push({ tag: name, target, range: [start, start + target.length] });
  }
  return found;
}

const POST_FILES = new WeakMap<Set<string>, Map<string, string[]>>();

/** Post files (`_posts/` anywhere) by their name without extension. */
function postsByName(files: Set<string>): Map<string, string[]> {
  let map = POST_FILES.get(files);
  if (!map) {
    map = new Map();
    for (const file of files) {
      const segments = file.split('/');
      if (!segments.slice(0, -1).includes('_posts') || !/\.(md|markdown|html)$/i.test(file)) continue;
      const name = segments.at(-1)!.replace(/\.[^.]+$/, '');
      const group = map.get(name);
      if (group) group.push(file);
      else map.set(name, [file]);
    }
    POST_FILES.set(files, map);
  }
  return map;
}

function checkJekyll(context: LintContext, ref: TagRef, report: Report): void {
  const position = spanPosition(context.source, ...ref.range);
  if (ref.tag === 'post_url') {
    const posts = postsByName(context.repo.files);
    const name = ref.target.replace(/^\//, '');
    const last = name.split('/').pop()!;
    // Jekyll matches the post's own name; a folder under _posts/ may be left out or named (checked).
    if (posts.has(last)) return;
    const bare = last.replace(/\.(md|markdown|html)$/i, '');
    const slug = bare.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
    const matches = new Set<string>();
    for (const [candidate] of posts) {
      if (candidate === bare || candidate.toLowerCase() === bare.toLowerCase() || candidate.normalize('NFC') === bare.normalize('NFC') || candidate.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '') === slug) matches.add(candidate);
    }
    if (matches.size === 1) {
      const fixed = [...matches][0]!;
      const file = posts.get(fixed)![0]!;
      report({ messageId: 'postUrlFix', data: { target: ref.target, fixed, file }, position, fix: { edits: [{ range: ref.range, text: fixed }] } });
    } else report({ messageId: 'postUrl', data: { target: ref.target }, position });
    return;
  }
  const path = ref.target.replace(/^\//, '');
  if (context.repo.files.has(path)) return;
  const spelled = context.repo.spelling(path);
  // The same file in the other Unicode form: kept as it is stored.
  const loose = spelled ?? context.repo.findLoose(path);
  if (loose && loose !== path) {
    report({ messageId: 'linkFix', data: { target: ref.target, fixed: loose }, position, fix: { edits: [{ range: ref.range, text: loose }] } });
    return;
  }
  if (loose) return;
  report({ messageId: 'link', data: { target: ref.target }, position });
}

// `{{< ref "x" >}}`, `{{% relref x %}}` (quoted or not), but not the escaped form `{{</* ref */>}}`.
function hugoRefs(context: LintContext): TagRef[] {
  const text = context.source.text;
  const found: TagRef[] = [];
  const shortcode = /\{\{([<%])\s*(\/\*)?\s*(ref|relref)\s+("([^"]*)"|'([^']*)'|`([^`]*)`|([^\s>%]+))[^}]*?\}\}/g;
  shortcode.lastIndex = bodyStart(context);
  for (let match = shortcode.exec(text); match; match = shortcode.exec(text)) {
    if (match[2]) continue; // the escaped form: shown, not run
    const target = match[5] ?? match[6] ?? match[7] ?? match[8] ?? '';
    if (target === '' || /[{}]/.test(target)) continue;
    const quoted = match[4]!;
    const start = match.index + match[0].indexOf(quoted) + (quoted === target ? 0 : 1);
    found.push({ tag: match[3]!, target, range: [start, start + target.length] });
  }
  return found;
}

interface ContentIndex {
  /** Lower-cased, NFC paths under content/ without extension (`posts/b`, `posts/k/index`). */
  paths: Set<string>;
  /** Lower-cased, NFC bare names (`b`, bundle folder `k`) -> content files. */
  names: Map<string, string[]>;
}

const CONTENT = new WeakMap<Set<string>, Map<string, ContentIndex>>();

function contentIndex(files: Set<string>, contentDir: string): ContentIndex {
  let byDir = CONTENT.get(files);
  if (!byDir) CONTENT.set(files, (byDir = new Map()));
  let index = byDir.get(contentDir);
  if (!index) {
    index = { paths: new Set(), names: new Map() };
    const prefix = contentDir + '/';
    for (const file of files) {
      if (!file.startsWith(prefix) || !/\.(md|markdown|html|org|adoc|rst)$/i.test(file)) continue;
      const relative = file.slice(prefix.length).normalize('NFC').toLowerCase();
      const bare = relative.replace(/\.[^./]+$/, '');
      index.paths.add(bare);
      const segments = bare.split('/');
      const last = segments.at(-1)!;
      const name = (last === 'index' || last === '_index') && segments.length > 1 ? segments.at(-2)! : last;
      const group = index.names.get(name);
      if (group) group.push(file);
      else index.names.set(name, [file]);
    }
    byDir.set(contentDir, index);
  }
  return index;
}

function checkHugo(context: LintContext, ref: TagRef, report: Report): void {
  const contentDir = context.engine.hugoUrls?.contentDir ?? 'content';
  const index = contentIndex(context.repo.files, contentDir);
  const wanted = ref.target.replace(/#.*$/, '').normalize('NFC').toLowerCase();
  if (wanted === '') return; // `ref "#anchor"`: this page
  const bare = wanted.replace(/\.(md|markdown|html)$/, '').replace(/\/$/, '');
  const pageDir = context.file.startsWith(contentDir + '/') ? context.file.slice(contentDir.length + 1).normalize('NFC').toLowerCase().split('/').slice(0, -1).join('/') : '';
  const forms = (p: string) => [p, `${p}/index`, `${p}/_index`];
  const resolve = (p: string) => {
    const parts: string[] = [];
    for (const part of p.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return parts.join('/');
  };
  const candidates = bare.startsWith('/') ? forms(resolve(bare)) : [...forms(resolve(`${pageDir}/${bare}`)), ...forms(resolve(bare))];
  if (candidates.some((candidate) => index.paths.has(candidate))) return;
  const name = bare.split('/').pop()!;
  if (!bare.includes('/') && index.names.has(name)) return;
  // Hugo also matches a path's tail against pages in other places: no verdict when the name exists at all.
  if (index.names.has(name)) return;
  const slug = name.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
  const near = [...index.names].filter(([candidate]) => candidate.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '') === slug).flatMap(([, group]) => group);
  const position = spanPosition(context.source, ...ref.range);
  if (near.length === 1) {
    const fixed = near[0]!.slice(contentDir.length + 1);
    report({ messageId: 'refFix', data: { tag: ref.tag, target: ref.target, fixed }, position, fix: { edits: [{ range: ref.range, text: fixed }] } });
  } else report({ messageId: 'ref', data: { tag: ref.tag, target: ref.target }, position });
}

// --- Hexo -------------------------------------------------------------------------------------

interface HexoArg {
  value: string;
  /** Offsets of the value (inside its quotes) in source.text. */
  range: [number, number];
  quoted: boolean;
}

interface HexoTag {
  name: 'post_link' | 'asset_img' | 'asset_path' | 'asset_link';
  args: HexoArg[];
  /** Offsets of the whole tag. */
  range: [number, number];
}

/** Where Hexo runs no tag: code (fenced, indented, inline: Hexo escapes `<code>`) and HTML comments (offsets, both ends included). */
function hexoQuietRanges(context: LintContext): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const text = context.source.text;
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'code' || node.type === 'inlineCode') {
        ranges.push([start, end - 1]);
        return;
      }
      if (node.type === 'html') {
        for (let at = text.indexOf('<!--', start); at !== -1 && at < end; at = text.indexOf('<!--', at + 4)) {
          const close = text.indexOf('-->', at + 4);
          const stop = close === -1 ? end : close + 3;
          ranges.push([at, stop - 1]);
          at = stop - 4;
        }
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(context.tree);
  return ranges.sort((a, b) => a[0] - b[0]);
}


/** The arguments of a tag as Hexo splits them: at whitespace, a quoted string being one. Undefined when one is not a literal. */
function hexoArgs(text: string, start: number): HexoArg[] | undefined {
  const args: HexoArg[] = [];
  const token = /"([^"]*)"|'([^']*)'|\S+/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const quoted = match[1] ?? match[2];
    if (quoted !== undefined) args.push({ value: quoted, range: [start + match.index + 1, start + match.index + 1 + quoted.length], quoted: true });
    else if (/["'{}]/.test(match[0])) return undefined;
    else args.push({ value: match[0], range: [start + match.index, start + match.index + match[0].length], quoted: false });
  }
  return args;
}

/** `{% post_link %}` and the asset tags outside code, comments, `{% raw %}` and `{# #}`. */
function hexoTags(context: LintContext): HexoTag[] {
  const text = context.source.text;
  const found: HexoTag[] = [];
  const tag = /\{#|\{%-?\s*(raw|post_link|asset_img|asset_path|asset_link)(?=[\s%-])([^%]*?)-?%\}/g;
  tag.lastIndex = bodyStart(context);
  let quiet: Array<[number, number]> | undefined;
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    quiet ??= hexoQuietRanges(context);
    if (inRanges(quiet, match.index)) {
      tag.lastIndex = match.index + 2;
      continue;
    }
    const name = match[1];
    if (name === undefined) {
      // A `{# comment #}`: its end found once (an unclosed one fails the whole render in Nunjucks).
      const end = text.indexOf('#}', match.index + 2);
      if (end === -1) break;
      tag.lastIndex = end + 2;
      continue;
    }
    if (name === 'raw') {
      const end = /\{% *endraw *%\}/g;
      end.lastIndex = tag.lastIndex;
      if (!end.exec(text)) break;
      tag.lastIndex = end.lastIndex;
      continue;
    }
    const argument = match[2]!;
    const argStart = match.index + match[0].indexOf(name) + name.length;
    const args = hexoArgs(argument, argStart);
    if (args) found.push({ name: name as HexoTag['name'], args, range: [match.index, match.index + match[0].length] });
  }
  return found;
}

interface HexoSlugs {
  /** Slug -> post files (several when dated names share a slug). */
  exact: Map<string, string[]>;
  /** looseSlug of a slug -> the slugs. */
  byLoose: Map<string, string[]>;
  /** A post whose slug Hexo's diacritics table may spell otherwise (`æ` → `ae`): a name not found may be it. */
  anyInexact: boolean;
  /** Post and draft files. */
  files: Set<string>;
}

const HEXO_SLUGS = new WeakMap<Set<string>, Map<string, HexoSlugs>>();

function hexoSlugs(files: Set<string>, config: HexoConfig): HexoSlugs {
  let byConfig = HEXO_SLUGS.get(files);
  if (!byConfig) HEXO_SLUGS.set(files, (byConfig = new Map()));
  const key = JSON.stringify([config.siteDir, config.sourceDir, config.newPostName, config.postAssetFolder, config.skipRender]);
  let slugs = byConfig.get(key);
  if (!slugs) {
    slugs = { exact: new Map(), byLoose: new Map(), anyInexact: false, files: new Set() };
    for (const file of files) {
      const slug = hexoPostSlug(file, config);
      if (!slug) continue;
      slugs.files.add(file);
      if (!slug.exact) slugs.anyInexact = true;
      const group = slugs.exact.get(slug.slug);
      if (group) group.push(file);
      else {
        slugs.exact.set(slug.slug, [file]);
        addTo(slugs.byLoose, looseSlug(slug.slug), slug.slug);
      }
    }
    byConfig.set(key, slugs);
  }
  return slugs;
}

interface HexoTitles {
  byTitle: Map<string, string[]>;
  /** A title in NFC and lower case -> the titles. */
  byLooseTitle: Map<string, string[]>;
  byFile: Map<string, HexoIndexedPost>;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const group = map.get(key);
  if (group) group.push(value);
  else map.set(key, [value]);
}

const HEXO_TITLES = new WeakMap<HexoIndexedPost[], HexoTitles>();

function hexoTitles(posts: HexoIndexedPost[]): HexoTitles {
  let titles = HEXO_TITLES.get(posts);
  if (!titles) {
    titles = { byTitle: new Map(), byLooseTitle: new Map(), byFile: new Map() };
    for (const post of posts) {
      titles.byFile.set(post.file, post);
      if (post.title === undefined) continue;
      if (!titles.byTitle.has(post.title)) addTo(titles.byLooseTitle, post.title.normalize('NFC').toLowerCase(), post.title);
      addTo(titles.byTitle, post.title, post.file);
    }
    HEXO_TITLES.set(posts, titles);
  }
  return titles;
}

const DATE_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}-/;

/** A post name as an author may have meant it: no folder, extension, date, case; spaces as hyphens. */
function looseSlug(name: string): string {
  const last = name.normalize('NFC').toLowerCase().replace(/\\/g, '/').split('/').pop()!;
  return last.replace(/\.(md|markdown|html?)$/, '').replace(DATE_PREFIX, '').replace(/[\s_-]+/g, '-');
}

const ALL_TITLES_KNOWN = new WeakMap<HexoTitles, WeakMap<HexoSlugs, boolean>>();

/** Whether every post and draft of the site has its title in the index (a post whose title is not known may be the one a name means). */
function allTitlesKnown(slugs: HexoSlugs, titles: HexoTitles): boolean {
  let bySlugs = ALL_TITLES_KNOWN.get(titles);
  if (!bySlugs) ALL_TITLES_KNOWN.set(titles, (bySlugs = new WeakMap()));
  let known = bySlugs.get(slugs);
  if (known === undefined) {
    known = [...slugs.files].every((file) => titles.byFile.get(file)?.read);
    bySlugs.set(slugs, known);
  }
  return known;
}

/** The argument's text after the fix, quoted when it must be; undefined when it cannot be written. */
function writeArg(arg: HexoArg, value: string): string | undefined {
  if (/["{}%#]/.test(value) || (arg.quoted && value.includes("'"))) return undefined;
  if (!arg.quoted && /\s|'/.test(value)) return `"${value}"`;
  return value;
}

function checkHexo(context: LintContext, config: HexoConfig, report: Report): void {
  const tags = hexoTags(context);
  if (tags.length === 0) return;
  const own = hexoPostInfo(context.file, config);
  for (const tag of tags) {
    if (tag.name === 'post_link') checkPostLink(context, config, tag, report);
    else if (own.kind === 'post' || own.kind === 'draft') checkAsset(context, config, tag, own.assetDir!, report);
  }
}

function isPublished(file: string, config: HexoConfig, titles: HexoTitles | undefined): boolean | undefined {
  if (config.renderDrafts) return true;
  if (hexoPostInfo(file, config).kind === 'draft') return false;
  const post = titles?.byFile.get(file);
  return post?.read ? post.published : undefined;
}

function checkPostLink(context: LintContext, config: HexoConfig, tag: HexoTag, report: Report): void {
  const arg = tag.args[0];
  if (!arg) {
    report({ messageId: 'postLinkEmpty', data: {}, position: spanPosition(context.source, ...tag.range) });
    return;
  }
  let slug = arg.value;
  let range = arg.range;
  const parts = slug.split('#');
  if (parts.length === 2) {
    slug = parts[0]!;
    range = [range[0], range[0] + slug.length];
  }
  if (slug === '') return;
  const slugs = hexoSlugs(context.repo.files, config);
  const index = context.siteIndex?.hexoPosts;
  const titles = index ? hexoTitles(index) : undefined;
  const position = spanPosition(context.source, ...range);
  // Found (by slug first, then by title, as Hexo looks): a link to a post Hexo does not publish is a 404.
  const found = slugs.exact.get(slug) ?? titles?.byTitle.get(slug);
  if (found) {
    const ownPublished = !config.renderDrafts && hexoPostInfo(context.file, config).kind !== 'draft' && context.frontmatter?.data.published !== false;
    if (!ownPublished) return;
    if (!found.every((file) => isPublished(file, config, titles) === false)) return;
    report({ messageId: 'postLinkDraft', data: { target: arg.value, file: found[0]! }, position });
    return;
  }
  // A post whose name Hexo's diacritics table may spell otherwise (`æ` → `ae`) may be the one: no verdict.
  if (slugs.anyInexact) return;
  // A post whose title is not known may be the one: no verdict.
  if (!titles || !allTitlesKnown(slugs, titles)) return;
  const matches = slugs.byLoose.get(looseSlug(slug)) ?? [];
  const titleMatches = titles.byLooseTitle.get(slug.normalize('NFC').toLowerCase()) ?? [];
  const fixed = matches.length === 1 && titleMatches.every((title) => titles.byTitle.get(title)!.every((file) => slugs.exact.get(matches[0]!)!.includes(file))) ? matches[0]! : undefined;
  const text = fixed !== undefined ? writeArg(arg, fixed) : undefined;
  if (fixed !== undefined && text !== undefined) {
    // A name that needs quotes is quoted whole, `#part` included.
    const edit = text !== fixed ? { range: arg.range, text: `"${fixed}${arg.value.slice(slug.length)}"` } : { range, text };
    report({ messageId: 'postLinkFix', data: { target: arg.value, fixed: text, file: slugs.exact.get(fixed)![0]! }, position, fix: { edits: [edit] } });
  } else report({ messageId: 'postLink', data: { target: arg.value }, position });
}

/** An asset name as an author may have meant it: no `./`, no post-name folder, no case. */
function looseAsset(name: string, postName: string): string {
  let clean = name.normalize('NFC').toLowerCase().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (clean.startsWith(postName + '/')) clean = clean.slice(postName.length + 1);
  return clean;
}

interface AssetIndex {
  /** Name inside the asset folder -> file. */
  names: Map<string, string>;
  /** looseAsset of a name, its last segment, and that without its extension -> names. */
  byLoose: Map<string, string[]>;
  byBase: Map<string, string[]>;
  byStem: Map<string, string[]>;
}

const ASSETS = new WeakMap<Set<string>, Map<string, AssetIndex | undefined>>();

/** The post's asset files, looked up by each loose form (built once per post, not per tag). */
function assetIndex(context: LintContext, config: HexoConfig, postName: string): AssetIndex | undefined {
  let byPost = ASSETS.get(context.repo.files);
  if (!byPost) ASSETS.set(context.repo.files, (byPost = new Map()));
  const key = `${context.file}\u0000${JSON.stringify([config.siteDir, config.sourceDir, config.postAssetFolder])}`;
  if (byPost.has(key)) return byPost.get(key);
  const names = hexoAssetNames(context.file, context.repo.files, config);
  let index: AssetIndex | undefined;
  if (names) {
    index = { names, byLoose: new Map(), byBase: new Map(), byStem: new Map() };
    for (const name of names.keys()) {
      const loose = looseAsset(name, postName);
      const base = loose.split('/').pop()!;
      addTo(index.byLoose, loose, name);
      addTo(index.byBase, base, name);
      addTo(index.byStem, base.replace(/\.[^.]+$/, ''), name);
    }
  }
  byPost.set(key, index);
  return index;
}

function checkAsset(context: LintContext, config: HexoConfig, tag: HexoTag, assetDir: string, report: Report): void {
  // asset_img takes the first argument that names an asset (class names may come first); the others the first.
  const arg = tag.name === 'asset_img' ? (tag.args.find((candidate) => /\.[a-z0-9]{2,5}$/i.test(candidate.value)) ?? tag.args[0]) : tag.args[0];
  if (!arg) return;
  const position = spanPosition(context.source, ...arg.range);
  const data = { tag: tag.name, target: arg.quoted ? `"${arg.value}"` : arg.value, folder: assetDir };
  const postName = looseAsset(assetDir.split('/').pop()!, '');
  const index = assetIndex(context, config, postName);
  if (!index) {
    report({ messageId: 'assetFolderOff', data, position });
    return;
  }
  const { names } = index;
  const given = tag.name === 'asset_img' ? tag.args : [arg];
  if (given.some((candidate) => names.has(candidate.value) || names.has(candidate.value.normalize('NFC')) || names.has(candidate.value.normalize('NFD')))) return;
  const wanted = looseAsset(arg.value, postName);
  const base = wanted.split('/').pop()!;
  const matches = new Set([...(index.byLoose.get(wanted) ?? []), ...(index.byBase.get(base) ?? []), ...(!base.includes('.') ? (index.byStem.get(base) ?? []) : [])]);
  const text = matches.size === 1 ? writeArg(arg, [...matches][0]!) : undefined;
  if (text !== undefined) report({ messageId: 'assetFix', data: { ...data, fixed: text }, position, fix: { edits: [{ range: arg.range, text }] } });
  else report({ messageId: 'asset', data, position });
}
