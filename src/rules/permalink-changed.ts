// A renamed post whose URL changes breaks every link, bookmark and search result that points at it.
// The old and new URLs come from the same permalink logic as the preview card (preset, `_config.yml`
// permalink/defaults, Hugo content paths); the rename itself comes from the pull request or git.
// The fix adds the old URL where the blog engine turns it into a redirect: `redirect_from:`
// (Jekyll with jekyll-redirect-from) or `aliases:` (Hugo).
import { defineRule } from '../rule-api/rule.js';
import { findEntry, frontmatterPosition, hasUsableFrontmatter } from '../rule-api/entries.js';
import { permalinkAt } from '../site/permalink.js';
import type { LintContext } from '../rule-api/context.js';
import type { Edit } from '../core/types.js';
import { trimEndChar } from '../post/scan.js';

export default defineRule({
  id: 'permalink-changed',
  category: 'frontmatter',
  severity: 'warning',
  fixable: true,
  options: {},
  docs: {
    en: 'A renamed post whose URL changes lists its old URL in `redirect_from:` (Jekyll, jekyll-redirect-from) or `aliases:` (Hugo), so old links keep working.',
    ko: '이름을 바꿔 URL이 달라진 글은 예전 URL을 `redirect_from:`(Jekyll, jekyll-redirect-from)이나 `aliases:`(Hugo)에 적어 두어야 예전 링크가 계속 동작합니다.',
  },
  messages: {
    addKey: {
      en: 'Renamed from {previous}: the URL changes from {oldUrl} to {newUrl} and links to the old one break. Add to the frontmatter: `{key}: [{quoted}]` ({plugin}).',
      ko: '{previous}에서 이름이 바뀌어 URL이 {oldUrl}에서 {newUrl}{으로} 달라지고 예전 링크가 깨집니다. 프론트매터에 `{key}: [{quoted}]`{을} 추가하세요({plugin}).',
    },
    addItem: {
      en: 'Renamed from {previous}: the URL changes from {oldUrl} to {newUrl} and links to the old one break. Add {quoted} to `{key}:` ({plugin}).',
      ko: '{previous}에서 이름이 바뀌어 URL이 {oldUrl}에서 {newUrl}{으로} 달라지고 예전 링크가 깨집니다. `{key}:`에 {quoted}{을} 추가하세요({plugin}).',
    },
  },
  check(context, report) {
    const previous = context.previousPath;
    const redirect = context.engine.redirects;
    if (previous === undefined || previous === context.file || !redirect || !hasUsableFrontmatter(context)) return;
    // A draft had no public URL to keep, and an unpublished post has none to move to.
    if (previous.split('/').includes('_drafts') || isUnpublished(context.frontmatter!.data)) return;
    const oldUrl = permalinkAt(context, previous);
    const newUrl = permalinkAt(context);
    if (oldUrl === undefined || newUrl === undefined || sameUrl(oldUrl, newUrl)) return;
    const entry = findEntry(context, redirect.key);
    const listed = entry ? urlsOf(entry.value) : [];
    if (listed.some((url) => sameUrl(url, oldUrl))) return;
    const format = context.frontmatter!.format;
    const quoted = format === 'toml' ? JSON.stringify(oldUrl) : yamlScalar(oldUrl);
    const data = { previous, oldUrl, newUrl, key: redirect.key, plugin: redirect.plugin, quoted };
    if (entry) {
      report({ messageId: 'addItem', data, position: frontmatterPosition() });
      return;
    }
    const edit = insertKeyEdit(context, redirect.key, oldUrl);
    report({ messageId: 'addKey', data, position: frontmatterPosition(), ...(edit ? { fix: { edits: [edit] } } : {}) });
  },
});

function isUnpublished(data: Record<string, unknown>): boolean {
  return data.draft === true || data.published === false;
}

function urlsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** `/a/b/` and `/a/b`, `a/b` and `/a/b`, `%ED%95%9C` and `한` are the same address. */
function sameUrl(a: string, b: string): boolean {
  return normalizeUrl(a) === normalizeUrl(b);
}

function normalizeUrl(url: string): string {
  let decoded = url.trim();
  try {
    decoded = decodeURI(decoded);
  } catch {
    // keep it as written
  }
  return trimEndChar(('/' + decoded).replace(/\/{2,}/g, '/'), '/').normalize('NFC');
}

/** A plain YAML scalar when the URL is made of URL-safe characters, else a double-quoted one. */
function yamlScalar(url: string): string {
  return /^\/[\p{L}\p{N}/._~%+-]*$/u.test(url) ? url : JSON.stringify(url);
}

/**
 * A new key with the old URL. YAML: a block list appended before the closing fence. TOML: an
 * array right after the opening fence (the end of the block may be inside a `[table]`).
 * JSON frontmatter gets no fix: the message says what to add.
 */
function insertKeyEdit(context: LintContext, key: string, url: string): Edit | undefined {
  const frontmatter = context.frontmatter!;
  const eol = context.source.eol;
  if (frontmatter.format === 'yaml') {
    const at = frontmatter.contentRange[1];
    return { range: [at, at], text: `${key}:${eol}  - ${yamlScalar(url)}${eol}` };
  }
  if (frontmatter.format === 'toml') {
    const at = frontmatter.contentRange[0];
    return { range: [at, at], text: `${key} = [${JSON.stringify(url)}]${eol}` };
  }
  return undefined;
}
