// What a post will look like once published: the preview card the PR comment shows for clean posts.
// Pure: everything comes from the lint context (frontmatter, the one mdast tree, images, preset,
// site config). Strings are raw post content; each sink escapes them for its medium.
//
// Decisions (see also the comments on each helper):
// - Date: shown in the site's time zone (`_config.yml` `timezone`, Hugo `timeZone`); else in the
//   date's own offset; else as written. A time-less date stays `YYYY-MM-DD`.
// - URL: the engine's own (src/site/permalink.ts), shown unescaped, as a browser's address bar shows it.
// - Reading time: Hangul syllables (and CJK ideographs/kana) at 500 characters a minute, other words
//   at 200 words a minute, rounded, at least 1. Code blocks, raw HTML, image alt text, kramdown
//   attribute lists (`{: .prompt-tip }`) and Liquid tags are not read; inline code is.
import type { Heading, Nodes, Root } from 'mdast';
import type { LintContext } from '../rule-api/context.js';
import type { PostPreview, PreviewPublication } from '../core/types.js';
import { engineLabel, formatInZone } from '../engines/publication.js';
import { blankMarkup } from '../post/scan.js';
import { normalizeTerms, termOptions } from '../rules/tags-normalize.js';
import { frontmatterData, postUrl, rawTerms, resolvedPostDate, scalarText, showDate } from '../site/permalink.js';
import { findWikiRefs, isImageEmbed } from '../post/wiki.js';

/** Characters a minute for Hangul (and other scripts written without spaces between words). */
export const HANGUL_PER_MINUTE = 500;
/** Words a minute for everything else. */
export const WORDS_PER_MINUTE = 200;
export const EXCERPT_LENGTH = 200;

export function computePreview(context: LintContext): PostPreview {
  const data = frontmatterData(context);
  const counts = countText(bodyText(context.tree));
  const date = resolvedPostDate(context, data);

  const preview: PostPreview = {
    categories: terms(context, data, 'categories'),
    tags: terms(context, data, 'tags'),
    readingMinutes: counts.minutes,
    words: counts.words,
    characters: counts.characters,
    outline: outline(context.tree),
    // Obsidian `![[x.png]]` embeds are images the author meant (wiki-embed says how they publish).
    images: context.images.filter((image) => image.kind !== 'frontmatter').length + findWikiRefs(context.source, context.tree).filter(isImageEmbed).length,
  };
  const title = scalarText(data.title);
  if (title) preview.title = title;
  if (date) preview.date = showDate(date);
  const url = postUrl(context, data, date);
  if (url) preview.url = url;
  const cover = context.images.find((image) => image.kind === 'frontmatter');
  if (cover) preview.cover = cover.url;
  const excerpt = excerptOf(data, context.tree);
  if (excerpt) preview.excerpt = excerpt;
  const publication = publicationOf(context);
  if (publication) preview.publication = publication;
  return preview;
}

// ---- publication ----

/** The engine's answer (src/engines/publication.ts) as the card shows it, at the time of the run. */
function publicationOf(context: LintContext): PreviewPublication | undefined {
  const answer = context.engine.publication(context, context.settings.now);
  if (!answer) return undefined;
  const engine = engineLabel(context.engine.name);
  switch (answer.state) {
    case 'published':
      return answer.ignored ? { state: 'published', engine, key: answer.ignored.key } : { state: 'published', engine };
    case 'future':
    case 'expired': {
      const shown: PreviewPublication = { state: answer.state, engine, when: formatInZone(answer.date.epochMs, answer.date.zone), siteZone: answer.date.zone.fromSite };
      if (answer.state === 'future' && context.engine.scheduledBuild) shown.scheduledBuild = context.engine.scheduledBuild;
      return shown;
    }
    case 'draft':
      return { state: 'draft', engine, cause: answer.cause };
    case 'unknown':
      return { state: 'unknown', engine, key: answer.key };
  }
}

/** The terms the tag and category pages will list, normalized as `tags-normalize` would. */
function terms(context: LintContext, data: Record<string, unknown>, key: 'tags' | 'categories'): string[] {
  return normalizeTerms(rawTerms(context, data[key]), termOptions(context, key));
}

// ---- text ----

const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const UNREAD = new Set(['code', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition']);

function inlineText(node: Nodes, out: string[]): void {
  if (UNREAD.has(node.type)) return;
  // Kramdown attribute lists (`{: .prompt-tip }`) and Liquid (`{% raw %}`, `{{ site.url }}`): markup, not prose.
  if (node.type === 'text') out.push(blankMarkup(node.value));
  else if (node.type === 'inlineCode') out.push(node.value);
  else if (node.type === 'break') out.push('\n');
  else if ('children' in node) {
    for (const child of node.children as Nodes[]) inlineText(child, out);
    if (!PHRASING.has(node.type)) out.push('\n');
  }
}

/** The plain text of a node (no code blocks, HTML, images), whitespace collapsed. */
function plain(node: Nodes): string {
  const out: string[] = [];
  inlineText(node, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The body as a reader reads it: prose only, blocks on their own lines. */
export function bodyText(tree: Root): string {
  const out: string[] = [];
  inlineText(tree, out);
  return out.join('');
}

const CHARACTER_SCRIPTS = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

export interface TextCounts {
  /** Hangul syllables (and CJK characters) read by the character. */
  hangul: number;
  /** Words outside those scripts. */
  latinWords: number;
  words: number;
  characters: number;
  minutes: number;
}

/** Counts for reading time: see the module comment for the rule and constants. */
export function countText(text: string): TextCounts {
  const normalized = text.normalize('NFC');
  const hangul = (normalized.match(HANGUL_SYLLABLE) ?? []).length + (normalized.replace(HANGUL_SYLLABLE, '').match(CHARACTER_SCRIPTS) ?? []).length;
  const latinWords = normalized.replace(CHARACTER_SCRIPTS, ' ').split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
  const words = normalized.split(/\s+/).filter((token) => WORDLIKE.test(token)).length;
  const characters = Array.from(normalized.replace(/\s+/g, '')).length;
  const minutes = Math.max(1, Math.round(hangul / HANGUL_PER_MINUTE + latinWords / WORDS_PER_MINUTE));
  return { hangul, latinWords, words, characters, minutes };
}

function outline(tree: Root): PostPreview['outline'] {
  const headings: PostPreview['outline'] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const text = plain(node as Heading);
      if (text !== '') headings.push({ depth: (node as Heading).depth, text });
      return;
    }
    if (UNREAD.has(node.type)) return;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return headings;
}

function excerptOf(data: Record<string, unknown>, tree: Root): string | undefined {
  for (const key of ['description', 'excerpt', 'summary']) {
    const value = scalarText(data[key]);
    if (value) return clip(value, EXCERPT_LENGTH);
  }
  let found: string | undefined;
  const walk = (node: Nodes): void => {
    if (found !== undefined) return;
    if (node.type === 'paragraph') {
      const text = plain(node);
      if (text !== '') found = text;
      return;
    }
    if (UNREAD.has(node.type) || node.type === 'heading') return;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return found === undefined ? undefined : clip(found, EXCERPT_LENGTH);
}

/** At most `length` characters (code points), cut at a word boundary when there is one in the second half, with `…`. */
function clip(text: string, length: number): string {
  const characters = Array.from(text);
  if (characters.length <= length) return text;
  let cut = characters.slice(0, length).join('');
  const space = cut.search(/\s\S*$/);
  if (space >= cut.length / 2) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:.·…-]+$/u, '') + '…';
}
