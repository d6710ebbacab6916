// Plain links (`[text](target)`, reference links, HTML `<a href>`) to this site's own pages and
// files that the published site does not have. External URLs are never fetched.
//
// Checked with the real engines (test/oracle/link-target.test.ts):
// - Jekyll 4.3.1 and Hugo 0.111.3 publish a link's URL as written: `[b](b.md)` stays `href="b.md"`,
//   which the browser resolves against the page's URL (`/posts/a/b.md`), where nothing is served.
//   jekyll-relative-links (GitHub Pages) rewrites such links in pages only, not in posts, unless
//   `relative_links: {collections: true}`; a Hugo `render-link.html` hook may rewrite them: both
//   leave relative links without a verdict. The fix is the engine's own link: Jekyll
//   `{% post_url name %}` (or `{% link path %}`), Hugo `{{< relref "/path.md" >}}`.
// - A path of the repository is not a path of the site: `/_posts/x.md` and Hugo's `/content/x.md`,
//   `/static/x.pdf` (served as `/x.pdf`) and `/assets/x.css` (not served) are 404s.
// - `/posts/b` for `/posts/b/` is fine (servers redirect a folder to its slash); another case is
//   not: a Linux server (GitHub Pages) serves `/posts/b/`, not `/posts/B/`. Hugo lowercases the URLs
//   it makes from names.
// A link is reported only when it is shaped like the site's post URLs (`/posts/<slug>/` where posts
// live at `/posts/…`), names a repository path, or loosely matches one post: theme pages, tag pages
// and whatever else the engine makes are not known here, so any other unknown path stays silent.
import path from 'node:path';
import type { Definition, Html, Link, LinkReference } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { defineRule, type ReportInput } from '../rule-api/rule.js';
import type { LintContext } from '../rule-api/context.js';
import type { IndexedPost, SiteIndex } from '../site/site-index.js';
import { spanPosition } from '../post/source.js';
import { querySuffixStart } from '../post/scan.js';
import { siteUrlPath } from '../post/image-url.js';
import type { Position } from '../core/types.js';

interface LinkRef {
  /** The URL as the parser read it (entities and escapes resolved). */
  url: string;
  /** Offsets of the URL text in source.text, when located. */
  range?: [number, number];
  position: Position;
}

export default defineRule({
  id: 'link-target',
  category: 'markdown',
  severity: 'error',
  fixable: true,
  options: {},
  docs: {
    en: 'Links to this site\'s own pages and files arrive: a relative `x.md` link (published as written, so a 404; use `{% post_url %}`/`{% link %}` or `relref`), a repository path the site does not serve (`/_posts/x.md`, Hugo `/content/x.md`, `/static/x.pdf`), a post URL with another case, date or slug than any post has. Fixed when exactly one target matches. Only links shaped like the site\'s post URLs or repository paths are judged; external URLs are never fetched.',
    ko: '사이트 안의 글과 파일로 가는 링크가 실제로 도착해야 합니다. 상대 경로 `x.md` 링크(쓴 그대로 게시되어 404. `{% post_url %}`/`{% link %}`나 `relref`를 쓰세요), 사이트가 제공하지 않는 저장소 경로(`/_posts/x.md`, Hugo의 `/content/x.md`, `/static/x.pdf`), 어떤 글과도 대소문자·날짜·슬러그가 맞지 않는 글 URL이 대상입니다. 맞는 대상이 하나뿐이면 고칩니다. 글 URL 모양이거나 저장소 경로인 링크만 판단하며, 외부 URL은 가져와 보지 않습니다.',
  },
  messages: {
    markdownFile: { en: 'Link `{url}` points at a markdown file, which the engine publishes as written: the reader lands on `{resolved}`, which does not exist. Link the page instead: write `{fixed}`.', ko: '`{url}` 링크는 마크다운 파일을 가리키는데, 엔진은 링크를 쓴 그대로 게시하므로 독자는 없는 주소 `{resolved}`{으로} 갑니다. 페이지로 연결하세요. `{fixed}`{으로} 쓰세요.' },
    markdownFileMissing: { en: 'Link `{url}` points at a markdown file, which the engine publishes as written: the reader lands on `{resolved}`, which does not exist, and no published page of the site is that file. Link the page\'s URL.', ko: '`{url}` 링크는 마크다운 파일을 가리키는데, 엔진은 링크를 쓴 그대로 게시하므로 독자는 없는 주소 `{resolved}`{으로} 갑니다. 그 파일로 게시되는 페이지도 없습니다. 페이지의 URL로 연결하세요.' },
    repoPath: { en: 'Link `{url}` is where the file is in the repository, not where the site serves it (a 404): write `{fixed}`.', ko: '`{url}` 링크는 저장소 안의 파일 경로일 뿐 사이트가 그 주소로 제공하지 않습니다(404). `{fixed}`{으로} 쓰세요.' },
    repoPathUnserved: { en: 'Link `{url}` is where the file is in the repository, and the site does not publish that file (a 404): link a page or file the site serves.', ko: '`{url}` 링크는 저장소 안의 파일 경로이고, 사이트는 그 파일을 게시하지 않습니다(404). 사이트가 제공하는 페이지나 파일로 연결하세요.' },
    near: { en: 'Link `{url}` goes to no page of the site (a 404); the post {file} is published at `{fixed}`: write that.', ko: '`{url}` 링크가 가리키는 페이지가 사이트에 없습니다(404). {file} 글은 `{fixed}`에 게시되니 그 주소를 쓰세요.' },
    nearFile: { en: 'Link `{url}` goes to no file of the site (a 404); the file {file} is served at `{fixed}`: write that.', ko: '`{url}` 링크가 가리키는 파일이 사이트에 없습니다(404). {file} 파일은 `{fixed}`에서 제공되니 그 주소를 쓰세요.' },
    relative: { en: 'Link `{url}` is relative to the page\'s URL, so the reader lands on `{resolved}`, which the site does not have (a 404): link a page or file the site serves, from the site\'s root.', ko: '`{url}` 링크는 페이지 URL 기준 상대 경로라서 독자는 사이트에 없는 `{resolved}`{으로} 갑니다(404). 사이트가 제공하는 페이지나 파일을 루트 기준 경로로 연결하세요.' },
    wrapped: { en: 'Link `{url}` has markdown or parentheses in its target, which the engine publishes as the address (a 404): write `{fixed}`.', ko: '`{url}` 링크 대상에 마크다운이나 괄호가 들어 있어 엔진이 그대로 주소로 게시합니다(404). `{fixed}`{으로} 쓰세요.' },
    wrappedNoFix: { en: 'Link `{url}` has markdown or parentheses in its target, which the engine publishes as the address (a 404): keep only the address.', ko: '`{url}` 링크 대상에 마크다운이나 괄호가 들어 있어 엔진이 그대로 주소로 게시합니다(404). 주소만 남기세요.' },
    noScheme: { en: 'Link `{url}` has no `https://`, so it is a path on this site and the reader lands on `{resolved}` (a 404): write `https://{url}`.', ko: '`{url}` 링크에 `https://`가 없어 이 사이트 안의 경로가 되므로 독자는 `{resolved}`{으로} 갑니다(404). `https://{url}`{으로} 쓰세요.' },
    noPost: { en: 'Link `{url}` goes to no page of the site (a 404): no post is published at that URL. Write the URL of an existing post.', ko: '`{url}` 링크가 가리키는 페이지가 사이트에 없습니다(404). 그 URL로 게시되는 글이 없으니 있는 글의 URL을 쓰세요.' },
  },
  check(context, report) {
    const engine = context.engine.permalinks;
    if (engine !== 'jekyll' && engine !== 'hugo') return;
    const site = siteModel(context);
    for (const link of collectLinks(context)) checkLink(context, site, link, report);
  },
});

type Report = (input: ReportInput & { messageId: 'markdownFile' | 'markdownFileMissing' | 'repoPath' | 'repoPathUnserved' | 'near' | 'nearFile' | 'relative' | 'wrapped' | 'wrappedNoFix' | 'noScheme' | 'noPost' }) => void;

// ---------------------------------------------------------------------------------------------
// The links of a post

/** Markdown links, reference definitions that a link uses, and `<a href>` in HTML the engine keeps. Code is skipped. */
function collectLinks(context: LintContext): LinkRef[] {
  const { source } = context;
  const links: LinkRef[] = [];
  const definitions = new Map<string, Definition>();
  const references: LinkReference[] = [];
  visit(context.tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || (node.type as string) === 'yaml' || (node.type as string) === 'toml') return SKIP;
    // GFM's literal autolinks (`www.x.com`) come without a position: external anyway.
    if (node.type === 'link') {
      if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) links.push(fromLink(context, node));
    }
    else if (node.type === 'linkReference') references.push(node);
    else if (node.type === 'definition') definitions.set(node.identifier, node);
    else if (node.type === 'html' && context.engine.rawHtml) links.push(...anchors(context, node));
    return undefined;
  });
  const seen = new Set<string>();
  for (const reference of references) {
    const definition = definitions.get(reference.identifier);
    if (!definition?.position || seen.has(definition.identifier)) continue;
    seen.add(definition.identifier);
    const start = definition.position.start.offset!;
    const end = definition.position.end.offset!;
    const range = locateDestination(source.text, start, end, source.text.slice(start, end).indexOf(']:'));
    links.push({ url: definition.url, ...(range ? { range } : {}), position: range ? spanPosition(source, ...range) : spanPosition(source, start, end) });
  }
  return links;
}

function fromLink(context: LintContext, node: Link): LinkRef {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const text = context.source.text;
  // The `](` right after the link text (a link in the text, `[a]([b](c))`, has its own).
  const textEnd = node.children.at(-1)?.position?.end.offset ?? start + 1;
  const marker = text.indexOf('](', textEnd);
  // An autolink (`<https://…>`, a bare URL) has no `](`: it is external anyway.
  const range = text[end - 1] === ')' && marker !== -1 && marker < end ? locateDestination(text, start, end, marker - start) : undefined;
  return { url: node.url, ...(range ? { range } : {}), position: range ? spanPosition(context.source, ...range) : spanPosition(context.source, start, end) };
}

/** The destination after the marker at `markerAt` (relative to start): bare or in `<…>`. */
function locateDestination(text: string, start: number, end: number, markerAt: number): [number, number] | undefined {
  if (markerAt === -1) return undefined;
  let at = start + markerAt + 2;
  while (at < end && /\s/.test(text[at]!)) at++;
  const angled = text[at] === '<';
  if (angled) at++;
  let stop = at;
  if (angled) {
    while (stop < end && text[stop] !== '>') stop++;
  } else {
    // CommonMark: balanced parentheses belong to the destination; `\)` is escaped.
    let depth = 0;
    for (; stop < end; stop++) {
      const char = text[stop]!;
      if (char === '\\') {
        stop++;
        continue;
      }
      if (/\s/.test(char)) break;
      if (char === '(') depth++;
      else if (char === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    stop = Math.min(stop, end);
  }
  return stop > at ? [at, stop] : undefined;
}

/** `<a … href="…">` in an HTML node: a scan per tag, no backtracking regex over the node. */
function anchors(context: LintContext, node: Html): LinkRef[] {
  const found: LinkRef[] = [];
  const base = node.position?.start.offset;
  if (base === undefined) return found;
  const html = node.value;
  const open = /<a\s/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const close = html.indexOf('>', match.index);
    if (close === -1) break;
    // The next `<a` is looked for after this tag: each character is read a bounded number of times.
    open.lastIndex = close + 1;
    const tag = html.slice(match.index, close);
    // The first `href=` and its quoted value, found without a backtracking pattern.
    const name = /\shref\s*=\s*/i.exec(tag);
    if (!name) continue;
    const quoteAt = name.index + name[0].length;
    const quote = tag[quoteAt];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, quoteAt + 1);
    if (end === -1) continue;
    const value = tag.slice(quoteAt + 1, end);
    const valueStart = base + match.index + quoteAt + 1;
    // Only when the node's text is the source's (not inside a list's or quote's indentation shift).
    if (context.source.text.slice(valueStart, valueStart + value.length) !== value) continue;
    found.push({ url: decodeEntities(value), range: [valueStart, valueStart + value.length], position: spanPosition(context.source, valueStart, valueStart + value.length) });
  }
  return found;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
}

// ---------------------------------------------------------------------------------------------
// What the site serves

interface SiteModel {
  posts: IndexedPost[];
  byFile: Map<string, IndexedPost>;
  /** Output files of posts and of their aliases (`posts/x/index.html`). */
  outputs: Set<string>;
  /** Loose URL key (NFC, lower case, no slash, `.html` or `index.html` at the end) -> posts. */
  loose: Map<string, IndexedPost[]>;
  /** Loose keys of aliases: a link that matches one loosely is no verdict. */
  looseAliases: Set<string>;
  /** The last URL segment, loosely -> posts. */
  slugs: Map<string, IndexedPost[]>;
  /** Shapes of the folders posts are published in (`/posts/`, `/#/#/#/` for dates); not the root. */
  shapes: Set<string>;
  /** Leaf bundles by URL folder without the leading slash (`posts/k/` -> `content/posts/k`): their files are served beside the page. */
  bundles: Map<string, string>;
  /** Every folder of the repository (`content/posts`, `static/img`). */
  dirs: Set<string>;
}

/** Per URL index and repository (a run without an index still has its own repository's folders). */
const MODELS = new WeakMap<Set<string>, WeakMap<SiteIndex, SiteModel>>();
const NO_INDEX = new WeakMap<Set<string>, SiteIndex>();

function siteModel(context: LintContext): SiteModel {
  const files = context.repo.files;
  let index = context.siteIndex;
  if (!index) {
    index = NO_INDEX.get(files) ?? { posts: [] };
    NO_INDEX.set(files, index);
  }
  let byIndex = MODELS.get(files);
  if (!byIndex) MODELS.set(files, (byIndex = new WeakMap()));
  let model = byIndex.get(index);
  if (model) return model;
  model = { posts: index.posts, byFile: new Map(), outputs: new Set(), loose: new Map(), looseAliases: new Set(), slugs: new Map(), shapes: new Set(), bundles: new Map(), dirs: new Set() };
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const group = map.get(key);
    if (group) group.push(value);
    else map.set(key, [value]);
  };
  for (const post of index.posts) {
    // A markdown file beside a leaf bundle's index is a resource of that page, not a page (Hugo).
    if (context.engine.permalinks === 'hugo' && inLeafBundle(context, post.file)) continue;
    model.byFile.set(post.file, post);
    model.outputs.add(post.output);
    add(model.loose, looseKey(post.url), post);
    const segments = post.url.split('/').filter(Boolean);
    const last = segments.at(-1);
    if (last !== undefined) add(model.slugs, looseSegment(last), post);
    if (segments.length > 1) model.shapes.add(shapeOf(segments.slice(0, -1)));
    for (const alias of post.aliases ?? []) {
      // A relative alias (Hugo) is taken from the page's folder; from the root too, to be safe.
      const forms = alias.startsWith('/') ? [alias] : ['/' + alias, path.posix.join(path.posix.dirname(post.url.replace(/\/$/, '')), alias)];
      for (const form of forms) {
        const output = outputOf(form);
        if (output) model.outputs.add(output);
        model.looseAliases.add(looseKey(form));
      }
    }
    if (/(^|\/)index\.[^/]+$/.test(post.file)) model.bundles.set((post.url.endsWith('/') ? post.url : post.url + '/').replace(/^\//, ''), path.posix.dirname(post.file));
  }
  for (const file of context.repo.files) {
    let slash = file.lastIndexOf('/');
    while (slash > 0) {
      const dir = file.slice(0, slash);
      if (model.dirs.has(dir)) break;
      model.dirs.add(dir);
      slash = dir.lastIndexOf('/');
    }
  }
  byIndex.set(index, model);
  return model;
}

function inLeafBundle(context: LintContext, file: string): boolean {
  const name = path.posix.basename(file);
  if (/^_?index\./.test(name)) return false;
  const dir = path.posix.dirname(file);
  return ['index.md', 'index.markdown', 'index.html'].some((index) => context.repo.has(`${dir}/${index}`));
}

/** `/posts/x/` -> `posts/x/index.html`, `/x.pdf` -> `x.pdf`; a path without an extension -> both readings handled by `served`. */
function outputOf(url: string): string | undefined {
  const clean = url.replace(/[?#].*$/, '').replace(/\/{2,}/g, '/').replace(/^\//, '');
  if (clean.split('/').includes('..')) return undefined;
  if (clean === '' || clean.endsWith('/')) return clean + 'index.html';
  const last = clean.split('/').pop()!;
  return last.includes('.') ? clean : clean + '/index.html';
}

function looseKey(url: string): string {
  return url.normalize('NFC').toLowerCase().replace(/\/index\.html?$/, '/').replace(/\.html?$/, '').replace(/\/+$/, '');
}

function looseSegment(segment: string): string {
  return segment.normalize('NFC').toLowerCase().replace(/\.html?$/, '');
}

/** Folder segments with numbers as `#`: `/2023/04/17/` and `/2024/01/02/` are one shape. */
function shapeOf(segments: string[]): string {
  return '/' + segments.map((segment) => (/^\d+$/.test(segment) ? '#' : segment.normalize('NFC').toLowerCase())).join('/') + '/';
}

/** Whether the site serves this URL path (decoded, under the base URL, no query), as far as the linter can tell. */
function served(context: LintContext, site: SiteModel, urlPath: string): boolean {
  const clean = urlPath.replace(/\/{2,}/g, '/').replace(/^\//, '');
  const bare = clean.replace(/\/$/, '');
  // A folder is redirected to its slash, and GitHub Pages serves `x.html` for `/x`.
  const outputs = bare === '' ? ['index.html'] : [clean, `${bare}/index.html`, `${bare}.html`];
  if (outputs.some((output) => site.outputs.has(output) || site.outputs.has(output.normalize('NFC')) || site.outputs.has(output.normalize('NFD')))) return true;
  for (const output of outputs) if (servedFile(context, site, output)) return true;
  return false;
}

/** A file the engine copies: under a public root (Jekyll: the repository, but not `_` or `.` folders), or beside a Hugo bundle's page. */
function servedFile(context: LintContext, site: SiteModel, output: string): boolean {
  for (const root of context.engine.publicRoots) {
    const file = root ? `${root}/${output}` : output;
    if (!context.repo.has(file)) continue;
    if (context.engine.permalinks === 'jekyll' && output.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'))) continue;
    return true;
  }
  // A markdown file in a bundle is a page resource: Hugo does not copy it (checked).
  if (site.bundles.size === 0 || /\.(md|markdown|html?|org|adoc|rst)$/i.test(output)) return false;
  for (let slash = output.indexOf('/'); slash !== -1; slash = output.indexOf('/', slash + 1)) {
    const dir = site.bundles.get(output.slice(0, slash + 1));
    if (dir !== undefined && context.repo.has(`${dir}/${output.slice(slash + 1)}`)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// One link

/** `nvie.com`, `www.x.org/a`, `github.com/u/r`: a host written without its scheme (common top-level domains only, so `index.html` or `a.md` is not one). */
const BARE_HOST = /^(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|kr|co|me|ai|app|edu|gov|jp|cn|uk|de|fr|info|xyz|page|blog|tech|us|ca|in|ly|so|gg|tv)(?:\/|$)/i;

const JEKYLL_PREFIX = /^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)+/;

function checkLink(context: LintContext, site: SiteModel, link: LinkRef, report: Report): void {
  const written = link.range ? context.source.text.slice(...link.range) : link.url;
  let url = link.url.trim();
  let baseGiven = false;
  if (context.engine.permalinks === 'jekyll') {
    const prefix = JEKYLL_PREFIX.exec(url)?.[0];
    if (prefix) {
      url = url.slice(prefix.length);
      baseGiven = true;
    }
  }
  // Other template code (`{% post_url %}`, `{{< relref >}}`) is the engine's to resolve (link-tag-target).
  if (url === '' || /\{\{|\{%|\}\}|%\}/.test(url)) return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url.startsWith('?')) return;
  const suffixAt = querySuffixStart(url);
  const suffix = suffixAt === -1 ? '' : url.slice(suffixAt);
  let pathPart = decode(suffixAt === -1 ? url : url.slice(0, suffixAt)).replace(/\\/g, '/');
  if (pathPart === '') return;
  const post = site.byFile.get(context.file);
  const base = context.site.baseUrl.replace(/\/$/, '');
  const prefixText = baseGiven ? (JEKYLL_PREFIX.exec(written)?.[0] ?? '') : base;
  const withBase = (fixed: string) => prefixText + fixed + suffix;

  if (!pathPart.startsWith('/')) {
    // Published as written and resolved against the page: broken whatever the page's URL is.
    if (/^[[(]|\]\(/.test(url)) {
      const inner = [...new Set(url.match(/(?:https?:\/\/|mailto:)[^\s()[\]<>]+/gi) ?? [])];
      if (inner.length === 1 && link.range && written === link.url) report({ messageId: 'wrapped', data: { url: written, fixed: inner[0]! }, position: link.position, fix: { edits: [{ range: link.range, text: inner[0]! }] } });
      else report({ messageId: 'wrappedNoFix', data: { url: written }, position: link.position });
      return;
    }
    if (BARE_HOST.test(pathPart)) {
      report({ messageId: 'noScheme', data: { url: written, resolved: post ? decode(new URL(pathPart, `http://site${post.url}`).pathname) : pathPart }, position: link.position });
      return;
    }
    if (context.engine.linkHook) return;
    if (/\.(md|markdown)$/i.test(pathPart)) {
      // A note-linking plugin (Obsidian-style wiki links) may turn note links into page links too.
      if (context.engine.wikiLinks) return;
      checkMarkdownFile(context, site, link, written, pathPart, suffix, post, report);
      return;
    }
    if (!post) return;
    // The browser resolves it against the page's URL.
    let resolved: string;
    try {
      resolved = decode(new URL(pathPart, `http://site${post.url}`).pathname);
    } catch {
      return;
    }
    if (checkSitePath(context, site, link, written, resolved, withBase, report, false) !== 'unknown') return;
    // Nothing the site publishes is in the post's own URL folder besides what the linter knows
    // (static files, bundle files, posts): a link that lands there goes nowhere.
    const folder = post.url.endsWith('/') ? post.url : post.url.slice(0, post.url.lastIndexOf('/') + 1);
    if (folder !== '/' && resolved.startsWith(folder)) report({ messageId: 'relative', data: { url: written, resolved }, position: link.position });
    return;
  }
  if (!baseGiven && base && base !== '/') {
    // A link without the base URL leaves the site: no verdict (the host may serve something there).
    if (pathPart !== base && !pathPart.startsWith(base + '/')) return;
    pathPart = pathPart.slice(base.length) || '/';
  }
  checkSitePath(context, site, link, written, pathPart, withBase, report);
}

function decode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** A root-relative site path (decoded, base URL removed) that the site may not serve: 'served', 'reported', or 'unknown' (no verdict). */
function checkSitePath(context: LintContext, site: SiteModel, link: LinkRef, written: string, urlPath: string, rewrite: (fixed: string) => string, report: Report, byShape = true): 'served' | 'reported' | 'unknown' {
  if (urlPath.split('/').includes('..')) return 'unknown';
  if (served(context, site, urlPath)) return 'served';
  const fix = (fixed: string) => (link.range ? { fix: { edits: [{ range: link.range, text: rewrite(fixed) }] } } : {});
  const clean = urlPath.replace(/\/{2,}/g, '/').replace(/^\//, '').replace(/\/$/, '');
  if (clean === '') return 'unknown';
  const inRepo = context.repo.has(clean) ? context.repo.spelling(clean)! : undefined;
  // A folder of the repository (a Hugo section, a folder with an index page the linter does not model): no verdict.
  const contentDir = context.engine.hugoUrls?.contentDir ?? 'content';
  const folders = [clean, ...context.engine.publicRoots.map((root) => (root ? `${root}/${clean}` : clean)), ...(context.engine.permalinks === 'hugo' ? [`${contentDir}/${clean}`] : [])];
  if (!inRepo && folders.some((folder) => site.dirs.has(folder) || site.dirs.has(folder.normalize('NFC')) || site.dirs.has(folder.normalize('NFD')))) return 'unknown';
  // 1. A path of the repository, not of the site.
  if (inRepo) {
    const target = site.byFile.get(inRepo);
    const publicRoot = context.engine.publicRoots.find((root) => root !== '' && inRepo.startsWith(root + '/'));
    const fixed = target ? target.url : publicRoot ? siteUrlPath(inRepo, context.engine.publicRoots) : undefined;
    if (fixed) report({ messageId: 'repoPath', data: { url: written, fixed: rewrite(fixed) }, position: link.position, ...fix(fixed) });
    else report({ messageId: 'repoPathUnserved', data: { url: written }, position: link.position });
    return 'reported';
  }
  // 2. One post whose URL differs only in case, Unicode form, a slash or `.html`.
  const key = looseKey('/' + clean);
  if (site.looseAliases.has(key)) return 'unknown';
  const near = site.loose.get(key) ?? [];
  if (near.length === 1) {
    const target = near[0]!;
    report({ messageId: 'near', data: { url: written, file: target.file, fixed: rewrite(target.url) }, position: link.position, ...fix(target.url) });
    return 'reported';
  }
  if (near.length > 1) return 'unknown';
  // A file under a public root with another case.
  for (const root of context.engine.publicRoots) {
    const loose = context.repo.findLoose(root ? `${root}/${clean}` : clean);
    if (!loose) continue;
    if (context.engine.permalinks === 'jekyll' && loose.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'))) continue;
    const fixed = siteUrlPath(loose, context.engine.publicRoots);
    report({ messageId: 'nearFile', data: { url: written, file: loose, fixed: rewrite(fixed) }, position: link.position, ...fix(fixed) });
    return 'reported';
  }
  // 3. Shaped like the site's post URLs (`/posts/<slug>/`, `/2024/01/02/<slug>.html`): a post that is not there.
  const segments = clean.split('/');
  const last = segments.at(-1)!;
  if (!byShape || segments.length < 2 || !site.shapes.has(shapeOf(segments.slice(0, -1)))) return 'unknown';
  if (/\.[a-z0-9]+$/i.test(last) && !/\.html?$/i.test(last)) return 'unknown';
  const sameSlug = site.slugs.get(looseSegment(last)) ?? [];
  if (sameSlug.length === 1) {
    const target = sameSlug[0]!;
    report({ messageId: 'near', data: { url: written, file: target.file, fixed: rewrite(target.url) }, position: link.position, ...fix(target.url) });
  } else report({ messageId: 'noPost', data: { url: written }, position: link.position });
  return 'reported';
}

/** `[b](b.md)`: published as written, so the browser asks for `<page URL>/b.md`. */
function checkMarkdownFile(context: LintContext, site: SiteModel, link: LinkRef, written: string, pathPart: string, suffix: string, post: IndexedPost | undefined, report: Report): void {
  let resolved: string | undefined;
  if (post) {
    try {
      resolved = decode(new URL(pathPart, `http://site${post.url}`).pathname);
    } catch {
      return;
    }
    if (served(context, site, resolved)) return;
  }
  const shown = resolved ?? pathPart;
  const file = path.posix.join(path.posix.dirname(context.file), pathPart);
  const inRepo = file.startsWith('../') || file === '..' ? undefined : context.repo.spelling(file);
  const fixed = inRepo ? engineLink(context, site, inRepo) : undefined;
  if (fixed) {
    const text = fixed + suffix;
    report({ messageId: 'markdownFile', data: { url: written, resolved: shown, fixed: text }, position: link.position, ...(link.range ? { fix: { edits: [{ range: link.range, text }] } } : {}) });
  } else report({ messageId: 'markdownFileMissing', data: { url: written, resolved: shown }, position: link.position });
}

/** The engine's own link to a published file: Jekyll `{% post_url %}`/`{% link %}`, Hugo `relref`. */
function engineLink(context: LintContext, site: SiteModel, file: string): string | undefined {
  if (context.engine.permalinks === 'jekyll') {
    // Jekyll 3 (GitHub Pages' own build) leaves the base URL out of these tags: only without one.
    const base = context.site.baseUrl.replace(/\/$/, '');
    if (base !== '') return undefined;
    const segments = file.split('/');
    if (segments.slice(0, -1).includes('_posts')) return site.byFile.has(file) && !/\s/.test(file) ? `{% post_url ${segments.at(-1)!.replace(/\.[^.]+$/, '')} %}` : undefined;
    if (segments.some((segment) => segment.startsWith('_') || segment.startsWith('.')) || /\s/.test(file)) return undefined;
    return `{% link ${file} %}`;
  }
  const contentDir = context.engine.hugoUrls?.contentDir ?? 'content';
  if (!site.byFile.has(file) || !file.startsWith(contentDir + '/') || /"/.test(file)) return undefined;
  return `{{< relref "/${file.slice(contentDir.length + 1)}" >}}`;
}
