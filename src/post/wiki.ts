// Obsidian's wiki syntax, as it stands in a post's text: `![[Pasted image 2026….png]]`,
// `![[x.png|300]]`, `[[Note]]`, `[[Note|alias]]`, `[[Note#Heading]]`. No blog engine renders it
// without a plugin: it is published as the literal brackets. Code (fenced, indented, inline) is
// never searched: only mdast text nodes are, read back from the source so escapes (`\[[`) count.
import type { Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { Source } from './source.js';

export interface WikiRef {
  embed: boolean;
  /** The note or file name as written (`Pasted image 2026.png`, `folder/Note`). */
  target: string;
  heading?: string;
  /** After `|`: an alias for links, a size (`300`, `300x200`) for embeds. */
  label?: string;
  range: [number, number];
}

const WIKI = /(!?)\[\[([^[\]\n|#]+)(#[^[\]\n|]*)?(?:\|([^[\]\n]*))?\]\]/g;
/** C++ attributes (`[[nodiscard]]`, `[[gnu::always_inline]]`) written in prose are not wiki links. */
const CPP_ATTRIBUTE = /^(?:nodiscard|maybe_unused|likely|unlikely|fallthrough|deprecated|noreturn|carries_dependency|no_unique_address|assume|indeterminate)\b|::/;

export function findWikiRefs(source: Source, tree: Root): WikiRef[] {
  const refs: WikiRef[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'link' || node.type === 'linkReference' || (node.type as string) === 'yaml' || (node.type as string) === 'toml') return SKIP;
    if (node.type !== 'text') return undefined;
    const { start, end } = (node as Text).position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return undefined;
    const raw = source.text.slice(start.offset, end.offset);
    for (const match of raw.matchAll(WIKI)) {
      const target = match[2]!;
      if (raw[match.index - 1] === '\\' || /^\s/.test(target) || !/\p{L}/u.test(target) || CPP_ATTRIBUTE.test(target.trim())) continue;
      // Obsidian forbids `" * < > : ? \` in note names: `[["a", "b"]]` is an array literal.
      if (/["*<>:?\\]/.test(target)) continue;
      const offset = start.offset + match.index;
      const ref: WikiRef = { embed: match[1] === '!', target: target.trim(), range: [offset, offset + match[0].length] };
      if (match[3] && match[3].length > 1) ref.heading = match[3].slice(1);
      if (match[4] !== undefined) ref.label = match[4];
      refs.push(ref);
    }
    return undefined;
  });
  return refs;
}

const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?)$/i;

export function isImageEmbed(ref: WikiRef): boolean {
  return ref.embed && IMAGE_EXTENSION.test(ref.target);
}
