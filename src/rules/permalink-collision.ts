// Two posts, one URL: the engine writes both to the same output file and the last one wins, so one
// post is silently missing from the site (Jekyll warns "Conflict: The following destination is
// shared by multiple files" and builds anyway; Hugo says nothing). The other post may be anywhere in
// the site, not only in this change: the URL index holds every post's URL (site/site-index.ts).
//
// What counts as the same URL is what the engine writes (site/site-urls.ts, checked with Jekyll
// 4.3.1 and Hugo 0.111.3): the same output file. Hugo lowercases paths, so `World.md` and `world.md`
// collide there; Jekyll keeps the case and a Linux server (GitHub Pages) serves both. NFC and NFD
// spellings of a Hangul name stay two files on both engines. No fix: which post should move is the
// author's call; the message says what to change.
import { defineRule } from '../rule-api/rule.js';
import { postUrlOf } from '../site/site-urls.js';
import { isBuilt, urlEntry } from '../site/site-index.js';
import { keyPosition, hasUsableFrontmatter, frontmatterPosition } from '../rule-api/entries.js';

export default defineRule({
  id: 'permalink-collision',
  category: 'frontmatter',
  severity: 'error',
  fixable: false,
  options: {},
  postsOnly: false,
  docs: {
    en: 'No two posts get the same URL (the same `permalink:`, `slug:` or `url:`, the same file name under a `/posts/:title/` permalink, or on Hugo names that differ only in case): the engine writes both to one page and the last one wins. Checked against every post of the site, as Jekyll 4.3 and Hugo 0.111 build them; case-only and NFC/NFD differences are reported only where the engine really merges them (Hugo lowercases paths; Jekyll keeps case and Unicode form).',
    ko: '두 글이 같은 URL을 가지면 안 됩니다(같은 `permalink:`, `slug:`, `url:`, `/posts/:title/` 퍼머링크에서 같은 파일 이름, Hugo에서 대소문자만 다른 이름). 엔진이 두 글을 한 페이지에 쓰고 나중 글만 남습니다. 사이트의 모든 글과 비교하며, Jekyll 4.3과 Hugo 0.111이 실제로 빌드하는 대로 봅니다. 대소문자나 NFC/NFD만 다른 경우는 엔진이 실제로 합칠 때만(Hugo는 경로를 소문자로 바꿈, Jekyll은 대소문자와 유니코드 형태를 유지) 알립니다.',
  },
  messages: {
    collision: {
      en: 'This post and {other} (line {otherLine}) are both published at {url}: the engine writes one over the other and only one of them appears. Give one of them another {key}.',
      ko: '이 글과 {other}({otherLine}번 줄){이} 모두 {url}에 게시되어, 엔진이 한쪽을 다른 쪽으로 덮어쓰고 하나만 보입니다. 둘 중 하나에 다른 {key}{을} 지정하세요.',
    },
  },
  check(context, report) {
    const index = context.siteIndex;
    if (!index || (context.frontmatter && !hasUsableFrontmatter(context))) return;
    const data = context.frontmatter?.data ?? {};
    if (!isBuilt(context.engine, context.file, data)) return;
    const own = postUrlOf(context);
    if (!own) return;
    const others = index.posts.filter((post) => post.output === own.output && post.file !== context.file);
    if (others.length === 0) return;
    const entry = urlEntry(context.engine, context.frontmatter?.entries ?? [], data);
    const position = entry ? keyPosition(entry) : frontmatterPosition();
    const key = context.engine.permalinks === 'hugo' ? '`slug:`' : '`permalink:`';
    for (const other of others) {
      report({ messageId: 'collision', data: { other: other.file, otherLine: other.line, url: own.url, key }, position });
    }
  },
});
