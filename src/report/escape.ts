// Post content is untrusted. Each medium gets its own escaping, applied by the sink that writes it.

/** For terminals: drop control characters (escape sequences could rewrite the screen). */
export function plainText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** For GitHub-flavoured markdown (job summary, PR comments): no HTML, no live @mentions or
 * #references, no table breaks, no links or images sneaking in. */
export function markdownText(text: string): string {
  return plainText(text)
    .replace(/[\\`*_{}[\]()#+!|<>~&]/g, (character) => `&#${character.charCodeAt(0)};`)
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}
