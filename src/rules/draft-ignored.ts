import { defineRule } from '../rule-api/rule.js';
import { keyPosition } from '../rule-api/entries.js';
import { engineLabel } from '../engines/publication.js';

// `draft: true` keeps a post back in Hugo, but Jekyll and Hexo never read it (checked with Jekyll
// 4.3.1: a `_posts/` file with `draft: true` is built like any other; Hexo's post processor only
// knows `published` and its `_drafts/` folder). The post the author meant to hold back is
// published when merged. Not reported when the site's own layouts or pages test `post.draft`
// (`{% unless post.draft %}` in `index.html`, a common way to hide drafts from the lists): the key
// does something there, and the engine's answer is "unknown".
export default defineRule({
  id: 'draft-ignored',
  category: 'frontmatter',
  severity: 'warning',
  postsOnly: true,
  fixable: false,
  options: {},
  docs: {
    en: 'Jekyll and Hexo do not read `draft: true`: such a post is published like any other. Hold it back with `published: false` or by moving it to `_drafts/`.',
    ko: 'Jekyll과 Hexo는 `draft: true`를 읽지 않아 그런 글도 그대로 게시됩니다. 게시하지 않으려면 `published: false`를 쓰거나 `_drafts/` 폴더로 옮기세요.',
  },
  messages: {
    ignored: {
      en: '{engine} does not read `{key}: true`: this post is published when merged. To keep it unpublished, write `published: false` instead (or move the file to `{drafts}`).',
      ko: '{engine}{은} `{key}: true`{을} 읽지 않아 이 글은 병합하면 게시됩니다. 게시하지 않으려면 대신 `published: false`{을} 쓰세요(또는 파일을 `{drafts}` 폴더로 옮기세요).',
    },
  },
  check(context, report) {
    const answer = context.engine.publication(context, context.settings.now);
    if (answer?.state !== 'published' || !answer.ignored) return;
    report({ messageId: 'ignored', data: { engine: engineLabel(context.engine.name), key: answer.ignored.key, drafts: answer.draftsFolder ?? '_drafts/' }, position: keyPosition(answer.ignored) });
  },
});
