// The markdown side: one remark parse per post, shared by every rule (remark-lint runs on the same
// tree: src/rules/remark-lint.ts). remark-frontmatter is told where the frontmatter is by rewriting only its fences to
// the form it accepts, byte length unchanged, so every mdast offset is an offset into the post.
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Frontmatter } from './frontmatter.js';
import type { Source } from './source.js';

/** The text remark sees: the post itself, with the frontmatter fences in remark-frontmatter's form. */
export function remarkInput(source: Source, frontmatter: Frontmatter | undefined): string {
  const { text } = source;
  if (!frontmatter) return text;
  const [start, end] = frontmatter.range;
  const closed = frontmatter.closeLine > 0;
  if (!closed || frontmatter.format === 'json' || frontmatter.errors.some((error) => error.kind === 'executable' || error.kind === 'unknown-language')) {
    // Not a block remark could read as frontmatter: blank it out, keeping every line break.
    return text.slice(0, start) + blank(text.slice(start, closed ? end : lineEndOffset(text, 0))) + text.slice(closed ? end : lineEndOffset(text, 0));
  }
  const fence = frontmatter.format === 'toml' ? '+++' : '---';
  const openEnd = lineEndOffset(text, start);
  const closeStart = frontmatter.contentRange[1];
  const closeEnd = lineEndOffset(text, closeStart);
  return (
    padFence(fence, text.slice(start, openEnd)) +
    text.slice(openEnd, closeStart) +
    padFence(fence, text.slice(closeStart, closeEnd)) +
    text.slice(closeEnd)
  );
}

function lineEndOffset(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

function padFence(fence: string, line: string): string {
  return fence + ' '.repeat(Math.max(0, line.length - fence.length));
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** The processor every post is parsed with (remark-lint's rules are added to a copy of it). */
export const markdownProcessor = () => remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

const parser = markdownProcessor();

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
