// Post content is untrusted. Each medium gets its own escaping, applied by the sink that writes it.
import { breakSchemes } from '../post/scan.js';

/** For terminals: drop control characters (escape sequences could rewrite the screen). */
export function plainText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** For GitHub-flavoured markdown (job summary, PR comments): no HTML, no live @mentions or
 * #references, no table breaks, no links or images sneaking in. */
export function markdownText(text: string): string {
  const escaped = plainText(text)
    .replace(/[\\`*_{}[\]()#+!|<>~&]/g, (character) => `&#${character.charCodeAt(0)};`)
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
    .replace(/\t/g, ' ')
    // `#123`, `owner/repo#1`, `Closes #1`: GitHub links references in the rendered text, where the
    // entity is a plain `#` again; a zero-width space after it breaks the reference.
    .replace(/&#35;(?=[\p{L}\p{N}_])/gu, '&#35;\u200b')
    .replace(/\b(GH-)(?=\d)/gi, '$1\u200b');
  // GFM autolinks `http://`, `https://` and `www.` in plain text.
  return breakSchemes(escaped)
    .replace(/\bwww\./gi, 'www\u200b.')
    // GitHub renders `$...$` as math.
    .replace(/\$/g, '&#36;');
}
