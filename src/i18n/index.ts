// Messages exist in English and Korean side by side in each rule module; this is the one place
// that picks a language and fills in `{placeholders}`. Values come from posts, so they are
// inserted verbatim here and escaped by each sink for its own medium.
import type { Lang } from '../core/types.js';
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

/** Texts of the tool itself (not of a rule): the report's wording. */
export const reportText = {
  summaryClean: { en: 'No problems in {files}.', ko: '글 {files}에서 문제를 찾지 못했습니다.' },
  summaryProblems: { en: '{errors} and {warnings} in {withProblems} of {files}.', ko: '글 {files} 중 {withProblems}에서 오류 {errors}, 경고 {warnings}를 찾았습니다.' },
  fixable: { en: '{count} of them can be fixed automatically.', ko: '그중 {count}개는 자동으로 고칠 수 있습니다.' },
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
} satisfies Record<string, LocalizedText>;
