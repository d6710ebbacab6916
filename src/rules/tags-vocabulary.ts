import { defineRule } from '../rule-api/rule.js';
import { nearDuplicate, tagsOf } from '../site/vocabulary.js';
import { foldTerm } from '../post/tags.js';
import { findEntry, hasUsableFrontmatter, valuePosition } from '../rule-api/entries.js';
import { termOptions } from './tags-normalize.js';
import { count } from '../i18n/index.js';

// No peer linter does this, and bloggers ask for it: a tag that nearly repeats one the blog
// already uses splits the tag page in two.
export default defineRule({
  id: 'tags-vocabulary',
  category: 'tags',
  severity: 'warning',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'A new tag that nearly repeats one the blog already uses (differs by case, spaces, hyphens, a plural `s` or one letter: `kubernete` vs `kubernetes`) is named with the existing tag, so one topic keeps one tag page.',
    ko: '블로그에서 이미 쓰는 태그와 거의 같은 새 태그(대소문자, 공백, 하이픈, 복수형 `s`, 한 글자 차이: `kubernete`와 `kubernetes`)는 기존 태그를 알려 줍니다. 한 주제는 한 태그 페이지로 모입니다.',
  },
  messages: {
    near: { en: 'Tag `{tag}` is new to this blog, which already uses `{existing}` in {posts}; use that one.', ko: '`{tag}` 태그는 이 블로그에 처음 나옵니다. 이미 글 {posts}에서 쓰는 `{existing}` 태그를 쓰세요.' },
  },
  check(context, report) {
    const vocabulary = context.vocabulary;
    if (!vocabulary || !hasUsableFrontmatter(context)) return;
    const entry = findEntry(context, 'tags') ?? findEntry(context, 'tag');
    if (!entry) return;
    const terms = tagsOf(context.frontmatter!.data, termOptions(context, 'tags'), context.preset.taxonomyString === 'split-on-spaces');
    for (const tag of terms) {
      const match = nearDuplicate(vocabulary, tag, context.file);
      // Where the engine files both spellings under one term page (Hugo), they do not split the topic.
      if (match && context.engine.mergesTermSpellings && foldTerm(match.tag) === foldTerm(tag)) continue;
      if (match) report({ messageId: 'near', data: { tag, existing: match.tag, posts: count(context.settings.lang, match.posts, 'post') }, position: valuePosition(context, entry) });
    }
  },
});
