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
// The fix rewrites the name when exactly one post matches it (the same slug under another date, the
// name with its extension, another case).
import { defineRule, type ReportInput } from '../rule-api/rule.js';
import type { LintContext } from '../rule-api/context.js';
import { spanPosition } from '../post/source.js';
import type { Position } from '../core/types.js';

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
    en: 'Links written with the engine\'s tags point at something that exists: Jekyll `{% post_url %}` (a post\'s file name without extension) and `{% link %}` (a file\'s path), Hugo `ref`/`relref`. A missing target stops the build (checked with Jekyll 4.3 and Hugo 0.111), even inside code blocks; `{% raw %}` and `{{</* */>}}` are skipped. Fixed when exactly one post matches.',
    ko: '엔진 태그로 쓴 링크는 실제 대상을 가리켜야 합니다. Jekyll `{% post_url %}`(확장자 없는 글 파일 이름)과 `{% link %}`(파일 경로), Hugo `ref`/`relref`가 대상입니다. 대상이 없으면 빌드가 실패합니다(Jekyll 4.3, Hugo 0.111로 확인). 코드 블록 안도 마찬가지이며 `{% raw %}`와 `{{</* */>}}`는 건너뜁니다. 맞는 글이 하나뿐이면 고칩니다.',
  },
  messages: {
    postUrl: { en: '`{% post_url {target} %}` names no post, so the build fails ("Could not find post"): write the name of an existing post (its file name without the extension).', ko: '`{% post_url {target} %}`{이} 가리키는 글이 없어 빌드가 실패합니다("Could not find post"). 있는 글의 파일 이름(확장자 제외)을 쓰세요.' },
    postUrlFix: { en: '`{% post_url {target} %}` names no post, so the build fails ("Could not find post"): write `{fixed}` (the post {file}).', ko: '`{% post_url {target} %}`{이} 가리키는 글이 없어 빌드가 실패합니다("Could not find post"). `{fixed}`{으로} 쓰세요({file} 글).' },
    link: { en: '`{% link {target} %}` names no file of the site, so the build fails ("Could not find document"): write the path of an existing file, from the site\'s root, with its case.', ko: '`{% link {target} %}`{이} 가리키는 파일이 없어 빌드가 실패합니다("Could not find document"). 사이트 루트부터의 실제 파일 경로를 대소문자까지 맞춰 쓰세요.' },
    linkFix: { en: '`{% link {target} %}` names no file of the site, so the build fails ("Could not find document"): write `{fixed}`.', ko: '`{% link {target} %}`{이} 가리키는 파일이 없어 빌드가 실패합니다("Could not find document"). `{fixed}`{으로} 쓰세요.' },
    ref: { en: '`{tag} "{target}"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write the name of an existing page (its path under content/, or its file name).', ko: '`{tag} "{target}"`{이} 가리키는 페이지가 없어 Hugo 빌드가 실패합니다(REF_NOT_FOUND). 있는 페이지(content/ 아래 경로나 파일 이름)를 쓰세요.' },
    refFix: { en: '`{tag} "{target}"` finds no page, so the Hugo build fails (REF_NOT_FOUND): write `{fixed}`.', ko: '`{tag} "{target}"`{이} 가리키는 페이지가 없어 Hugo 빌드가 실패합니다(REF_NOT_FOUND). `{fixed}`{으로} 쓰세요.' },
  },
  check(context, report) {
    if (context.engine.permalinks === 'jekyll') {
      if (context.frontmatter?.data.render_with_liquid === false) return;
      for (const ref of jekyllTags(context)) checkJekyll(context, ref, report);
    } else if (context.engine.permalinks === 'hugo') {
      for (const ref of hugoRefs(context)) checkHugo(context, ref, report);
    }
  },
});

type Report = (input: ReportInput & { messageId: 'postUrl' | 'postUrlFix' | 'link' | 'linkFix' | 'ref' | 'refFix' }) => void;

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
