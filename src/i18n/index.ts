// Messages exist in English and Korean side by side in each rule module; this is the one place
// that picks a language and fills in `{placeholders}`. Values come from posts, so they are
// inserted verbatim here and escaped by each sink for its own medium.
import type { Lang } from '../engine/types.js';
import { PARTICLE_MARKER, particleAfter } from './particles.js';

export interface LocalizedText {
  en: string;
  ko: string;
}

export type MessageData = Record<string, string | number>;

/**
 * Fills `{placeholders}` and, in Korean, particle markers: `{을}`, `{이}`, `{으로}`, … become the form
 * that fits the text just before them (`python`을, `docker`를; see particles.ts).
 */
export function format(text: LocalizedText, lang: Lang, data: MessageData = {}): string {
  const template = text[lang];
  let out = '';
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    out += template.slice(last, match.index);
    last = match.index + match[0].length;
    const name = match[1];
    if (name !== undefined) out += name in data ? String(data[name]) : match[0];
    else out += particleAfter(out, match[2]!);
  }
  return out + template.slice(last);
}

const TOKEN = new RegExp(`\\{(\\w+)\\}|${PARTICLE_MARKER.source}`, 'g');

/** "1 post" / "3 posts" in English; Korean counts with 개 and needs no plural. */
export function count(lang: Lang, n: number, noun: 'post' | 'error' | 'warning'): string {
  if (lang === 'ko') return `${n}개`;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function isLang(value: string): value is Lang {
  return value === 'en' || value === 'ko';
}

/** Texts of the engine itself (not of a rule): file-level failures and CLI/action wording. */
export const engineText = {
  tooLarge: { en: 'File is {size} bytes, over the {limit}-byte limit (max-file-size); not linted.', ko: '파일 크기 {size}바이트가 제한({limit}바이트, max-file-size)을 넘어 검사하지 않았습니다.' },
  binary: { en: 'File looks binary (it contains a NUL byte); not linted.', ko: '바이너리 파일로 보입니다(NUL 바이트 포함). 검사하지 않았습니다.' },
  notUtf8: { en: 'File is not valid UTF-8 (first bad byte at line {line}, byte {column}); save it as UTF-8.', ko: '올바른 UTF-8이 아닙니다({line}번째 줄 {column}번째 바이트). UTF-8로 저장해 주세요.' },
  unreadable: { en: 'File could not be read ({reason}).', ko: '파일을 읽을 수 없습니다({reason}).' },
  outsideRepo: { en: 'Path is outside the repository; not read.', ko: '저장소 밖의 경로라서 읽지 않았습니다.' },
  tooSlow: {
    en: 'Linting this post took longer than {seconds} s (post-timeout), so it was stopped; not linted. Something in it is too complex for the parsers: look for very long runs of markup characters or very deep nesting.',
    ko: '이 글은 검사가 {seconds}초(post-timeout)를 넘겨 중단했고, 검사하지 않았습니다. 파서가 처리하기에 너무 복잡한 부분이 있습니다. 아주 길게 이어지는 마크업 기호나 아주 깊은 중첩을 찾아보세요.',
  },
  tooMuchMemory: {
    en: 'Linting this post needed more than {memory} MB of memory (post-memory), so it was stopped; not linted. Something in it is too complex for the parsers: look for very long runs of markup characters or very deep nesting.',
    ko: '이 글은 검사에 메모리가 {memory}MB(post-memory) 넘게 필요해 중단했고, 검사하지 않았습니다. 파서가 처리하기에 너무 복잡한 부분이 있습니다. 아주 길게 이어지는 마크업 기호나 아주 깊은 중첩을 찾아보세요.',
  },
  internal: { en: 'Internal error while linting this file: {reason}. Please report it.', ko: '이 파일을 검사하다 내부 오류가 났습니다: {reason}. 제보해 주세요.' },
  noFiles: { en: 'No posts matched {patterns}.', ko: '{patterns}에 맞는 글이 없습니다.' },
  summaryClean: { en: 'No problems in {files}.', ko: '글 {files}에서 문제를 찾지 못했습니다.' },
  summaryProblems: { en: '{errors} and {warnings} in {withProblems} of {files}.', ko: '글 {files} 중 {withProblems}에서 오류 {errors}, 경고 {warnings}를 찾았습니다.' },
  fixable: { en: '{count} of them can be fixed automatically.', ko: '그중 {count}개는 자동으로 고칠 수 있습니다.' },
  moreLikeThis: { en: '(and {more} more like it in this post)', ko: '(이 글에 같은 문제가 {more}개 더 있습니다)' },
  skipped: { en: 'skipped', ko: '건너뜀' },
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
} satisfies Record<string, LocalizedText>;
