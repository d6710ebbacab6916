import { defineRule } from '../rule-api/rule.js';
import { hasUsableFrontmatter, keyPosition, renameKeyEdit } from '../rule-api/entries.js';

// `categoies:`, `tittle:`, `decription:`, `dtae:`: no engine warns about a key it does not read,
// so the value is silently dropped (the post has no categories, the SEO tag no description). The
// keys that are read come from the engine module: the engine's own, its theme's, and every key
// the site's layouts and code name (`page.subtitle`, `.Params.cover`), or the content schema.
export default defineRule({
  id: 'frontmatter-key-typo',
  category: 'frontmatter',
  options: {},
  severity: 'warning',
  fixable: true,
  docs: {
    en: 'A front matter key that nothing reads but is one slip (a typo, a swapped or missing letter) from a key the engine, theme or site templates read (`categoies:`, `tittle:`, `dtae:`): the engine ignores it without a word and the value is lost. Keys the site\'s templates read are never reported. The fix renames the key, keeping its value. Off for plain markdown sites, whose own code may read any key.',
    ko: '엔진·테마·사이트 템플릿이 읽는 키에서 한두 글자 틀린 프론트매터 키(`categoies:`, `tittle:`, `dtae:`)를 찾습니다. 엔진은 아무 말 없이 이 키를 무시해 값이 사라집니다. 사이트 템플릿이 읽는 키는 보고하지 않습니다. 고치면 값은 그대로 두고 키 이름만 바꿉니다. 사이트 코드가 어떤 키든 읽을 수 있는 일반 마크다운 사이트에서는 꺼져 있습니다.',
  },
  messages: {
    typo: { en: 'Nothing reads the key `{key}`, so its value is dropped: if you meant `{expected}`, rename the key.', ko: '`{key}` 키는 아무도 읽지 않아 값이 버려집니다. `{expected}`의 오타라면 키 이름을 `{expected}`{으로} 고치세요.' },
  },
  check(context, report) {
    if (!hasUsableFrontmatter(context)) return;
    const schema = context.engine.schemaFor(context.file);
    const known = schema ? Object.keys(schema.schema.fields) : [...new Set([...context.engine.readKeys, ...context.preset.knownKeys])];
    const fold = (key: string) => (context.engine.keysCaseSensitive ? key : key.toLowerCase());
    // Case-insensitive here: a key that differs only in case is key-case's business.
    const knownFolded = new Set(known.map((key) => key.toLowerCase()));
    const present = new Set(context.frontmatter!.entries.map((entry) => fold(entry.key)));
    for (const entry of context.frontmatter!.entries) {
      if (knownFolded.has(entry.key.toLowerCase())) continue;
      const candidates = typoTargets(entry.key, known);
      if (candidates.length !== 1) continue;
      const expected = candidates[0]!;
      // `title:` is there as well: `tittle:` may be a second key on purpose; nothing is lost by it.
      if (present.has(fold(expected))) continue;
      report({ messageId: 'typo', data: { key: entry.key, expected }, position: keyPosition(entry), fix: { edits: [renameKeyEdit(context, entry, expected)] } });
    }
  },
});

/** Known keys one slip from `key`, the closest only; none when it is as close to two of them. */
export function typoTargets(key: string, known: readonly string[]): string[] {
  const lower = key.toLowerCase();
  let best = Infinity;
  let found: string[] = [];
  const lowered = loweredOf(known);
  for (let index = 0; index < known.length; index++) {
    const target = known[index]!;
    const wanted = lowered[index]!;
    if (!isSlip(lower, wanted)) continue;
    const distance = damerau(lower, wanted);
    if (distance < best) [best, found] = [distance, [target]];
    else if (distance === best && !found.some((item) => item.toLowerCase() === wanted)) found.push(target);
  }
  return found;
}

/** The known keys in lower case, once per list (a post's keys are all checked against one list). */
const loweredLists = new WeakMap<readonly string[], string[]>();

function loweredOf(known: readonly string[]): string[] {
  let lowered = loweredLists.get(known);
  if (!lowered) loweredLists.set(known, (lowered = known.map((key) => key.toLowerCase())));
  return lowered;
}

/**
 * Whether `key` looks like a misspelling of `target`. Short names are close to many words
 * (`data`/`date`, `tag`/`tab`, `toc`/`top`), so a key of four letters or fewer counts only when it
 * swaps two neighbouring letters (`dtae`) or doubles one (`datte`). Singular and plural pairs
 * (`tag`/`tags`, `author`/`authors`) are distinct keys that engines read differently (taxonomy-key).
 */
function isSlip(key: string, target: string): boolean {
  // Lengths first: every slip below is within two letters of the target's length, and this keeps a
  // front matter of tens of thousands of keys against hundreds of known ones cheap.
  if (target.length <= 4 ? key.length !== target.length && key.length !== target.length + 1 : Math.abs(key.length - target.length) > (target.length >= 8 ? 2 : 1)) return false;
  if (key === target) return false;
  const close = target.length <= 4 ? isSwap(key, target) || isDoubled(key, target) : withinDistance(key, target, target.length >= 8 ? 2 : 1);
  if (!close) return false;
  const stem = (word: string) => word.replace(/_/g, '').replace(/(?:es|s)$/, '');
  return stem(key) !== stem(target);
}

/**
 * `damerau(a, b) <= limit`, reading only the band of the table within `limit` of its diagonal and
 * stopping at the first row past `limit` (the full table per key and known key was slow for a
 * front matter of thousands of keys against hundreds of known ones).
 */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const over = limit + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(2 * cols), new Int32Array(2 * cols), new Int32Array(2 * cols)];
  let [before, previous, current] = rows;
  before.fill(over, 0, cols);
  for (let j = 0; j < cols; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    current.fill(over, 0, cols);
    current[0] = Math.min(i, over);
    let best = current[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = Math.min(value, over);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return false;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]! <= limit;
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((char, index) => (char === b[index] ? [] : [index]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

function isDoubled(a: string, b: string): boolean {
  if (a.length !== b.length + 1) return false;
  for (let index = 1; index < a.length; index++) if (a[index] === a[index - 1] && a.slice(0, index) + a.slice(index + 1) === b) return true;
  return false;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps). */
export function damerau(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
