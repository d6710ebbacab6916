// Kept in step with package.json by a test (a bundle cannot read package.json at run time).
export const TOOL_NAME = 'blog-post-lint';
export const TOOL_VERSION = '0.1.0';
export const TOOL_URL = 'https://github.com/blog-post-lint/blog-post-lint';

/** Where a rule is documented: its row in the README's rule table (every rule has one, remark-lint's too). */
export function ruleDocsUrl(ruleId: string): string {
  return `${TOOL_URL}#${ruleId}`;
}
