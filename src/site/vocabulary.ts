// The blog's tag vocabulary: every tag its posts already use, and by which posts, so that a new
// tag that is nearly an old one (`kubernete`, `Kubernetes`, `k8s-` ...) can be named in a warning.
// Built once per run from the frontmatter alone (no markdown parse).
import path from 'node:path';
import { locateFrontmatter, parseFrontmatter } from '../post/frontmatter.js';
import type { Source } from '../post/source.js';
import { parseYamlDocument } from '../post/yaml-document.js';
import { yamlNestingPast } from '../post/nesting.js';
import { readPost, type ReadResult } from '../post/read.js';
import { foldTerm, normalizeTerm, termsFromString, withinOneEdit, type TermOptions } from '../post/tags.js';

export interface Vocabulary {
  /** Normalized tag -> the posts that use it. */
  uses: Map<string, Set<string>>;
}

/**
 * Every post read once for the site-wide passes (this vocabulary, the URL index), each read turned at
 * once into what the passes need. Reads overlap (one at a time, a PR run spent a fifth of its time
 * waiting on them), and the thread is free between posts: a lint worker parsing ahead gets its next
 * post without waiting for the whole site (runner/parallel.ts). The results keep the posts' order, so
 * nothing built from them depends on which read finished first.
 */
export function readPosts<R>(root: string, posts: string[], maxBytes: number, then: (read: ReadResult) => R): Promise<R[]> {
  return mapConcurrently(posts, READS_IN_FLIGHT, async (file) => then(await readPost(path.join(root, file), maxBytes)));
}

/** The front matter data a post lends the vocabulary; undefined: no tags from it. */
export function taxonomyOfRead(read: ReadResult): Record<string, unknown> | undefined {
  if (!read.ok) return undefined;
  // The post's own lint reports whatever its frontmatter does wrong; here it only lends no tags
  // (an error escaping from here would end the whole run).
  try {
    return taxonomyData(read.source);
  } catch {
    return undefined;
  }
}

/** The vocabulary from each post's front matter data (or undefined: no tags from that post). */
export function vocabularyFromData(posts: string[], datas: Array<Record<string, unknown> | undefined>, options: TermOptions, splitOnSpaces: boolean): Vocabulary {
  const uses = new Map<string, Set<string>>();
  for (const [index, file] of posts.entries()) {
    const data = datas[index];
    if (!data) continue;
    for (const term of tagsOf(data, options, splitOnSpaces)) {
      if (!uses.has(term)) uses.set(term, new Set());
      uses.get(term)!.add(file);
    }
  }
  return { uses };
}

const READS_IN_FLIGHT = 16;
const TAG_KEY = /^(tags?)[ \t]*:(?:[ \t]|\r?$)/;
/** Anchors, aliases, tags and merge keys can reach outside the lines of one key. */
const NOT_SELF_CONTAINED = /[&*!]|<</;

/**
 * The frontmatter's `tags` and `tag`, as a full parse gives them. For YAML only the lines of those
 * keys are parsed (the full parse of every post's block was a fifth of a PR run); what a few lines
 * cannot stand for alone (a key twice, anchors, flow mappings) takes the full parse. One difference,
 * on purpose: a syntax error elsewhere in the block (which the post's own lint reports) does not
 * drop its tags from the vocabulary.
 */
export function taxonomyData(source: Source): Record<string, unknown> | undefined {
  const located = locateFrontmatter(source);
  if (!located.found) return undefined;
  const { frontmatter } = located;
  if (frontmatter.format === 'yaml' && frontmatter.errors.length === 0) {
    const content = source.text.slice(...frontmatter.contentRange);
    const snippet = taxonomyLines(content);
    // Too deep for `yaml` to compose safely: the full parse below refuses it (too-deep).
    if (snippet !== undefined && yamlNestingPast(snippet) === undefined) {
      const document = parseYamlDocument(snippet, { prettyErrors: false });
      const data: unknown = document.errors.length === 0 ? document.toJS({ maxAliasCount: 0 }) : undefined;
      if (snippet === '') return {};
      if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    }
  }
  const parsed = parseFrontmatter(source);
  return parsed.found ? parsed.frontmatter.data : undefined;
}

/** The lines of the top-level `tags:`/`tag:` keys ('' when there are none), or undefined when a few lines cannot tell. */
function taxonomyLines(content: string): string | undefined {
  return keyLines(content, TAG_KEY, false);
}

/**
 * The lines of the top-level keys that `keyPattern` matches at a line's start (its group 1 is the
 * key), or undefined when a few lines cannot stand for the block. `inPlace`: every other line is
 * blanked with spaces instead of dropped, so offsets and lines stay those of `content`.
 */
export function keyLines(content: string, keyPattern: RegExp, inPlace: boolean): string | undefined {
  const lines = content.split('\n');
  if (/^\s*[{[?%]/.test(content)) return undefined; // a flow mapping, a complex key, a directive
  const kept: string[] = [];
  const seen = new Set<string>();
  let inKey = false;
  for (const line of lines) {
    const key = keyPattern.exec(line);
    if (key) {
      const name = key[1]!.toLowerCase();
      if (seen.has(name)) return undefined;
      seen.add(name);
      inKey = true;
    } else if (inKey && !/^(?:[ \t]|-(?:[ \t]|\r?$)|#|\r?$)/.test(line)) {
      inKey = false; // the next top-level key
    }
    if (inKey) kept.push(line);
    else if (inPlace) kept.push(line.replace(/[^\r]/g, ' '));
  }
  if (inPlace) return NOT_SELF_CONTAINED.test(kept.join('\n')) ? undefined : kept.join('\n');
  const snippet = kept.length > 0 ? kept.join('\n') + '\n' : ''; // a last `\r` must end a line, not a value
  return NOT_SELF_CONTAINED.test(snippet) ? undefined : snippet;
}

async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export function tagsOf(data: Record<string, unknown>, options: TermOptions, splitOnSpaces: boolean): string[] {
  // Jekyll reads `tag:` first, as one term when it is a string; only the plural key's string is split.
  const singular = data.tag !== undefined && data.tag !== null;
  const value = singular ? data.tag : data.tags;
  const raw = typeof value === 'string' ? termsFromString(value, splitOnSpaces && !singular) : Array.isArray(value) ? value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String) : [];
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
  for (const [tag, other] of candidatesFor(vocabulary, folded)) {
    if (tag === term) continue;
    // The cheap string tests first: most tags are nothing like this one.
    let distance: number;
    if (other === folded) distance = 0;
    else if (other === folded + 's' || folded === other + 's') distance = 1;
    // One letter more or less (`kubernete`); a changed letter is too often another word (`scheduler`/`scheduled`).
    // Not when the difference is a digit: `claude-3` and `claude` are a version apart, not a typo.
    else if (Math.min(other.length, folded.length) >= 6 && Math.abs(other.length - folded.length) === 1 && other.replace(/\d/g, '') !== folded.replace(/\d/g, '') && withinOneEdit(other, folded)) distance = 1;
    else continue;
    const posts = usedElsewhere(tag);
    if (posts === 0 || posts < own || (posts === own && tag > term)) continue;
    // Closest, then most used, then (so the answer never depends on the order tags were met) first by code point.
    if (!best || distance < best.distance || (distance === best.distance && (posts > best.posts || (posts === best.posts && tag < best.tag)))) best = { tag, posts, distance };
  }
  return best ? { tag: best.tag, posts: best.posts } : undefined;
}

/**
 * At most this many tags are looked at per lookup key: a vocabulary made to put thousands of tags
 * under one key (`a-b`, `a_b`, `a--b`, ... all fold to `ab`) costs a bounded time per tag asked.
 */
const MAX_PER_KEY = 200;

/**
 * The vocabulary tags that can be near `folded`: the same folded form, one plural `s` more or
 * less, or one letter more or less. A one-letter pair (lengths m and m+1) shares its first or its
 * last floor(m/2) characters, so the tags are indexed by those halves: a lookup reads a few small
 * groups instead of every tag of a similar length (a post with 20,000 tags was quadratic).
 */
function candidatesFor(vocabulary: Vocabulary, folded: string): Array<[string, string]> {
  const index = foldedIndex(vocabulary);
  const found = new Set<[string, string]>();
  const add = (group: Array<[string, string]> | undefined) => {
    if (group) for (let i = 0; i < group.length && i < MAX_PER_KEY; i++) found.add(group[i]!);
  };
  const length = folded.length;
  add(index.exact.get(folded));
  add(index.exact.get(folded + 's'));
  if (folded.endsWith('s')) add(index.exact.get(folded.slice(0, -1)));
  if (length >= 6) {
    // Tags one letter longer (this one is the shorter of the pair, m = length) ...
    const half = length >> 1;
    add(index.longer.get(halfKey(length, 'p', folded.slice(0, half))));
    add(index.longer.get(halfKey(length, 's', folded.slice(length - half))));
  }
  if (length - 1 >= 6) {
    // ... and one letter shorter (m = length - 1).
    const half = (length - 1) >> 1;
    add(index.shorter.get(halfKey(length - 1, 'p', folded.slice(0, half))));
    add(index.shorter.get(halfKey(length - 1, 's', folded.slice(length - half))));
  }
  return [...found];
}

function halfKey(shorterLength: number, side: 'p' | 's', half: string): string {
  return `${shorterLength}${side}${half}`;
}

interface FoldedIndex {
  /** Folded form -> [tag, folded]. */
  exact: Map<string, Array<[string, string]>>;
  /** By the halves a tag has as the longer of a one-letter pair (shorter length = its length - 1). */
  longer: Map<string, Array<[string, string]>>;
  /** By the halves a tag has as the shorter of a one-letter pair. */
  shorter: Map<string, Array<[string, string]>>;
}

// Every post asks about its tags against the whole vocabulary: fold each tag once per run, and
// index the folded tags.
const foldedCache = new WeakMap<Vocabulary, FoldedIndex>();

function foldedIndex(vocabulary: Vocabulary): FoldedIndex {
  let index = foldedCache.get(vocabulary);
  if (!index) {
    index = { exact: new Map(), longer: new Map(), shorter: new Map() };
    const push = (map: Map<string, Array<[string, string]>>, key: string, entry: [string, string]) => {
      const group = map.get(key);
      if (group) group.push(entry);
      else map.set(key, [entry]);
    };
    for (const tag of vocabulary.uses.keys()) {
      const folded = foldTerm(tag);
      const entry: [string, string] = [tag, folded];
      const length = folded.length;
      push(index.exact, folded, entry);
      if (length >= 6) {
        const half = length >> 1;
        push(index.shorter, halfKey(length, 'p', folded.slice(0, half)), entry);
        push(index.shorter, halfKey(length, 's', folded.slice(length - half)), entry);
      }
      if (length - 1 >= 6) {
        const half = (length - 1) >> 1;
        push(index.longer, halfKey(length - 1, 'p', folded.slice(0, half)), entry);
        push(index.longer, halfKey(length - 1, 's', folded.slice(length - half)), entry);
      }
    }
    foldedCache.set(vocabulary, index);
  }
  return index;
}
