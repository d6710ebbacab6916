// Splitting a full audit across a GitHub Actions matrix: `shard: 2/4` keeps the posts whose path
// hashes to slice 2 of 4. Hashing the path (not its index in a sorted list) keeps a post in the
// same slice when other posts are added or removed.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(file: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const hash = createHash('sha1').update(file).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
