// Korean particles that depend on the word before them (을/를, 이/가, 은/는, 과/와, 으로/로, …),
// chosen from how that word ends, as Korean software does instead of printing "을(를)".
// A message writes the particle as a marker right after the value, `{key}`{을} or {n}{으로}, and
// `format` replaces the marker by the form that fits the text written just before it.
//
// How the last word is read (its final consonant, 받침):
// - Hangul: the syllable's own 받침, `(code - 0xAC00) % 28` (0: none, 8: ㄹ).
// - Digits, as Korean reads numbers: 0 영, 1 일 (ㄹ), 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠 (ㄹ), 8 팔 (ㄹ),
//   9 구; a number ending in zeros by its unit: 10 십, 100 백, 1000 천, 10000 만 (all with 받침); a
//   date by its day (`2025-03-02` 2일, ㄹ), a time by its minutes or seconds (`08:35` 35분, 받침).
// - Latin letters: a single letter, an all-caps word or a file extension letter by letter (`URL`
//   유알엘, `API` 에이피아이, `.png` 피엔지): L and R end in ㄹ, M and N in a 받침, the others in a vowel.
//   A word as English is written in Hangul: -l/-le ㄹ (jekyll 지킬, title 타이틀); -m, -n, -ng, -ne and
//   vowel + me 받침 (python 파이썬, string 스트링, engine 엔진, name 네임); -k/-p/-t/-b/-c after one vowel
//   받침 (git 깃, web 웹, music 뮤직; also -ook: book 북); everything else a vowel (kubernetes 쿠버네티스,
//   docker 도커, react 리액트, blog 블로그, word 워드). English spelling does not fix its sound, so this
//   is a rule of thumb, as in other Korean software; messages put a noun after symbols (`~` 기호로).
// - Closing quotes, brackets and backticks, a trailing `:` or `/` are skipped (`[a, b]` is read by
//   its `b`, `tags:` by `tags`, `/posts/a/` by `a`); a symbol by its Korean name (`#` 샵, `-` 하이픈,
//   `_` 밑줄, `` ` `` 백틱, `*` 별표, `~` 물결표, `+` 플러스); anything else (other scripts, emoji) as
//   ending in a vowel.

export type FinalSound = 'vowel' | 'rieul' | 'consonant';

const PAIRS: Record<string, readonly [withBatchim: string, withoutBatchim: string]> = {};
for (const [a, b] of [
  ['을', '를'],
  ['이', '가'],
  ['은', '는'],
  ['과', '와'],
  ['이라', '라'],
  ['이어야', '여야'],
  ['이나', '나'],
  ['이에요', '예요'],
] as const) {
  PAIRS[a] = [a, b];
  PAIRS[b] = [a, b];
}

/** The particle markers `format` understands: `{을}` and `{를}` alike mean "을 or 를 as fits". */
export const PARTICLE_MARKER = /\{(을|를|이|가|은|는|과|와|이라|라|이어야|여야|이나|나|이에요|예요|으로|로)\}/;

/** The form of `particle` (either spelling) that follows `before`. */
export function particleAfter(before: string, particle: string): string {
  const sound = finalSound(before);
  if (particle === '으로' || particle === '로') return sound === 'consonant' ? '으로' : '로';
  const pair = PAIRS[particle];
  if (!pair) return particle;
  return sound === 'vowel' ? pair[1] : pair[0];
}

const SKIPPED = new Set([' ', '\t', '\n', '`', '"', "'", ')', ']', '[', '}', '>', ':', '/', '”', '’', '」', '』', '》', '〉']);
const SYMBOLS: Record<string, FinalSound> = {
  '#': 'consonant', // 샵
  '-': 'consonant', // 하이픈
  '_': 'rieul', // 밑줄
  '`': 'consonant', // 백틱
  '.': 'consonant', // 점
  '@': 'consonant', // 앳
  '*': 'vowel', // 별표
  '~': 'vowel', // 물결표
  '+': 'vowel', // 플러스
  '/': 'vowel', // 슬래시
  '%': 'vowel', // 퍼센트
  ')': 'vowel', // 괄호
  ']': 'vowel', // 대괄호
  '>': 'vowel', // 꺾쇠
  '"': 'vowel', // 따옴표
  "'": 'vowel',
};
const DIGITS: FinalSound[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];
const LETTER_NAMES: Record<string, FinalSound> = { l: 'rieul', r: 'rieul', m: 'consonant', n: 'consonant' };

/** How the text ends when read aloud in Korean: with a vowel, with ㄹ, or with another 받침. */
export function finalSound(text: string): FinalSound {
  let end = text.length;
  while (end > 0 && SKIPPED.has(text[end - 1]!)) end--;
  if (end === 0) return text.length > 0 ? (SYMBOLS[text[text.length - 1]!] ?? 'vowel') : 'vowel';
  const last = text[end - 1]!;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const batchim = (code - 0xac00) % 28;
    return batchim === 0 ? 'vowel' : batchim === 8 ? 'rieul' : 'consonant';
  }
  if (last >= '0' && last <= '9') {
    const head = text.slice(Math.max(0, end - 10), end);
    if (/\d{4}-\d{1,2}-\d{1,2}$/.test(head)) return 'rieul'; // 2025-03-02: 2일
    if (/\d:\d{2}$/.test(head)) return 'consonant'; // 08:35: 35분, 08:30:15: 15초
    let start = end;
    while (start > 0 && text[start - 1]! >= '0' && text[start - 1]! <= '9') start--;
    const digits = text.slice(start, end);
    // 10 십, 100 백, 1000 천, 10000 만: a round number ends in its unit, which has a 받침.
    if (/[1-9]0+$/.test(digits)) return 'consonant';
    return DIGITS[Number(last)]!;
  }
  if (/[A-Za-z]/.test(last)) {
    let start = end;
    while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
    const word = text.slice(start, end);
    // A single letter, an all-caps word (`URL`, `API`) or a file extension (`.png`, `.md`) is read letter by letter.
    const extension = text[start - 1] === '.' && word.length <= 4;
    if (word.length === 1 || word === word.toUpperCase() || extension) return LETTER_NAMES[last.toLowerCase()] ?? 'vowel';
    return englishWordSound(word.toLowerCase());
  }
  return SYMBOLS[last] ?? 'vowel';
}

function englishWordSound(word: string): FinalSound {
  if (/(?:l|le)$/.test(word)) return 'rieul';
  if (/(?:m|n|ng|[aeiou]me|ne)$/.test(word)) return 'consonant';
  if (/(?:^|[^aeiou])[aeiou][kptbc]$/.test(word) || word.endsWith('ook')) return 'consonant';
  return 'vowel';
}
