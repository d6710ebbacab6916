// The blog's tag vocabulary: every tag its posts already use, and by which posts, so that a new
// tag that is nearly an old one (`kubernete`, `Kubernetes`, `k8s-` ...) can be named in a warning.
// Built once per run from the frontmatter alone (no markdown parse).
import path from 'node:path';
import { parseFrontmatter } from './frontmatter.js';
import { readPost } from './read.js';
import { foldTerm, levenshtein, normalizeTerm, termsFromString, type TermOptions } from './tags.js';

export interface Vocabulary {
  /** Normalized tag -> the posts that use it. */
  uses: Map<string, Set<string>>;
}

export async function buildVocabulary(root: string, posts: string[], options: TermOptions, splitOnSpaces: boolean, maxBytes: number): Promise<Vocabulary> {
  const uses = new Map<string, Set<string>>();
  for (const file of posts) {
    const read = await readPost(path.join(root, file), maxBytes);
    if (!read.ok) continue;
    const located = parseFrontmatter(read.source);
    if (!located.found) continue;
    for (const term of tagsOf(located.frontmatter.data, options, splitOnSpaces)) {
      if (!uses.has(term)) uses.set(term, new Set());
      uses.get(term)!.add(file);
    }
  }
  return { uses };
}

export function tagsOf(data: Record<string, unknown>, options: TermOptions, splitOnSpaces: boolean): string[] {
  const value = data.tags ?? data.tag;
  const raw = typeof value === 'string' ? termsFromString(value, splitOnSpaces) : Array.isArray(value) ? value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String) : [];
  return [...new Set(raw.map((term) => normalizeTerm(term, options)).filter(Boolean))];
}

export interface NearMatch {
  tag: string;
  posts: number;
}

/** An existing tag (used by some other post) that `term` nearly repeats, if any. */
export function nearDuplicate(vocabulary: Vocabulary, term: string, file: string): NearMatch | undefined {
  const usedElsewhere = (tag: string) => {
    const posts = vocabulary.uses.get(tag);
    return posts ? posts.size - (posts.has(file) ? 1 : 0) : 0;
  };
  if (usedElsewhere(term) > 0) return undefined;
  // How established this spelling is (this post included): the other tag must be at least as used,
  // and on a tie the warning goes one way only, so two posts are not told to use each other's tag.
  const own = vocabulary.uses.get(term)?.size ?? 1;
  const folded = foldTerm(term);
  let best: (NearMatch & { distance: number }) | undefined;
  for (const [tag, other] of foldedTags(vocabulary)) {
    if (tag === term) continue;
    // The cheap string tests first: most tags are nothing like this one.
    let distance: number;
    if (other === folded) distance = 0;
    else if (other === folded + 's' || folded === other + 's') distance = 1;
    // One letter more or less (`kubernete`); a changed letter is too often another word (`scheduler`/`scheduled`).
    else if (Math.min(other.length, folded.length) >= 6 && Math.abs(other.length - folded.length) === 1 && levenshtein(other, folded) <= 1) distance = 1;
    else continue;
    const posts = usedElsewhere(tag);
    if (posts === 0 || posts < own || (posts === own && tag > term)) continue;
    if (!best || distance < best.distance || (distance === best.distance && posts > best.posts)) best = { tag, posts, distance };
  }
  return best ? { tag: best.tag, posts: best.posts } : undefined;
}

// Every post asks about its tags against the whole vocabulary: fold each tag once per run.
const foldedCache = new WeakMap<Vocabulary, Map<string, string>>();

function foldedTags(vocabulary: Vocabulary): Map<string, string> {
  let folded = foldedCache.get(vocabulary);
  if (!folded) {
    folded = new Map([...vocabulary.uses.keys()].map((tag) => [tag, foldTerm(tag)]));
    foldedCache.set(vocabulary, folded);
  }
  return folded;
}
