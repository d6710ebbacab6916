// Small readers for the HTML the engines publish (the layouts in engines.ts are known and tiny).

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#43;': '+' };

/** Text without tags, entities decoded. */
export function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|#39|#43);/g, (entity) => ENTITIES[entity]!);
}

/** The text of the first `<code>` inside a `<pre>`. */
export function codeText(html: string): string | undefined {
  const match = /<pre\b[^>]*>\s*<code\b[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/.exec(html);
  return match ? textOf(match[1]!) : undefined;
}

/** The title our layouts render as `<h1 class="page-title">`. */
export function pageTitle(html: string): string | undefined {
  const match = /<h1 class="page-title">([\s\S]*?)<\/h1>/.exec(html);
  return match ? textOf(match[1]!) : undefined;
}

export function h1Count(html: string): number {
  return html.match(/<h1\b/g)?.length ?? 0;
}
