import { defineRule } from '../rule-api/rule.js';

// Jekyll reads `_posts/` files named `YYYY-MM-DD-title.md` and skips every other one without a
// word (checked with the real Jekyll): an Obsidian note dropped into `_posts/` is never published,
// and no front matter fixes that.
export default defineRule({
  id: 'post-unpublished',
  category: 'frontmatter',
  severity: 'error',
  forUnpublished: true,
  fixable: false,
  options: {},
  docs: {
    en: 'A post is a file the engine publishes: Jekyll skips a `_posts/` file whose name does not start with its date (`YYYY-MM-DD-title.md`), silently.',
    ko: '글은 엔진이 게시하는 파일이어야 합니다. Jekyll은 이름이 날짜로 시작하지 않는(`YYYY-MM-DD-제목.md`) `_posts/` 파일을 아무 말 없이 건너뜁니다.',
  },
  messages: {
    undated: {
      en: 'Jekyll never publishes `{name}`: a file in `_posts/` must be named `YYYY-MM-DD-title.md`; rename it (e.g. `{suggested}`).',
      ko: 'Jekyll은 `{name}` 파일을 게시하지 않습니다. `_posts/`의 파일 이름은 `YYYY-MM-DD-제목.md` 형식이어야 합니다. 이름을 바꾸세요(예: `{suggested}`).',
    },
  },
  check(context, report) {
    if (context.kind !== 'unpublished') return;
    const date = dateOf(context.frontmatter?.data.date) ?? 'YYYY-MM-DD';
    const slug = context.fileName.replace(/\.[^.]+$/, '').trim().replace(/\s+/g, '-');
    const extension = /\.[^.]+$/.exec(context.fileName)?.[0] ?? '.md';
    report({ messageId: 'undated', data: { name: context.fileName, suggested: `${date}-${slug}${extension}` }, position: { line: 1, column: 1 } });
  },
});

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] : undefined;
}
