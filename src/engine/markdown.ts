// The markdown side: one remark parse per post, shared by every rule, and remark-lint run on the
// same tree. remark-frontmatter is told where the frontmatter is by rewriting only its fences to
// the form it accepts, byte length unchanged, so every mdast offset is an offset into the post.
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkLint from 'remark-lint';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { VFile } from 'vfile';
import type { Frontmatter } from './frontmatter.js';
import type { Source } from './source.js';
import { remarkLintRules, type RemarkLintRule } from '../rules/remark-lint.js';

export interface RemarkMessage {
  ruleId: string;
  reason: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The text remark sees: the post itself, with the frontmatter fences in remark-frontmatter's form. */
export function markdownText(source: Source, frontmatter: Frontmatter | undefined): string {
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

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/**
 * Runs the enabled remark-lint rules on an already parsed tree. Each rule walks the whole tree
 * (a fifth of a run's time), so a rule whose node types the post does not have is skipped:
 * `prune: false` runs every enabled rule, for the test that shows the messages are the same.
 */
export async function runRemarkLint(tree: Root, text: string, enabledIds: ReadonlySet<string>, options: { prune?: boolean } = {}): Promise<RemarkMessage[]> {
  const ids = options.prune === false ? enabledIds : rulesThatApply(tree, enabledIds);
  if (ids.size === 0) return [];
  const processor = lintProcessor(ids);
  const file = new VFile({ value: text });
  // The tree is shared with our own rules; remark-lint rules only read it.
  await processor.run(tree, file);
  return file.messages
    .filter((message) => typeof message.ruleId === 'string')
    .map((message) => {
      const place = message.place;
      const start = place && 'start' in place ? place.start : place;
      const end = place && 'end' in place ? place.end : start;
      return {
        ruleId: message.ruleId!,
        reason: message.reason,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        endLine: end?.line ?? start?.line ?? 1,
        endColumn: end?.column ?? start?.column ?? 1,
      };
    });
}

function rulesThatApply(tree: Root, enabledIds: ReadonlySet<string>): Set<string> {
  const present = nodeTypes(tree);
  const ids = new Set<string>();
  for (const rule of remarkLintRules) {
    if (enabledIds.has(rule.id) && (!rule.nodeTypes || rule.nodeTypes.some((type) => present.has(type)))) ids.add(rule.id);
  }
  return ids;
}

/** Every node type in the tree, in one walk without callbacks. */
function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    types.add(node.type);
    const children = (node as Parent).children;
    if (children) for (let index = 0; index < children.length; index++) stack.push(children[index]!);
  }
  return types;
}

const processors = new Map<string, ReturnType<typeof buildProcessor>>();

function lintProcessor(enabledIds: ReadonlySet<string>) {
  const key = [...enabledIds].sort().join(',');
  let processor = processors.get(key);
  if (!processor) {
    processor = buildProcessor(remarkLintRules.filter((rule) => enabledIds.has(rule.id)));
    processors.set(key, processor);
  }
  return processor;
}

function buildProcessor(rules: RemarkLintRule[]) {
  const processor = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkLint);
  for (const rule of rules) {
    if (rule.option === undefined) processor.use(rule.plugin);
    else processor.use(rule.plugin, rule.option);
  }
  return processor;
}
