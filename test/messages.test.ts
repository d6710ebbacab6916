// Every message a user can get, in English and Korean, rendered with real values: the table is
// committed (test/fixtures/messages/table.md) so a Korean reader can review it, and each row is
// checked for what a reader trips on: a mechanical particle ("(으)로"), remark-lint's English in a
// Korean message, a broken or escaped backtick, a sentence that does not say what to do.
// Update the table after changing a message: UPDATE_MESSAGES=1 npx vitest run test/messages.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';
import { remarkLintRules } from '../src/rules/remark-lint.js';
import { format, type MessageData } from '../src/i18n/index.js';
import { finalSound, particleAfter } from '../src/i18n/particles.js';
import { parseMarkdown } from '../src/post/markdown.js';
import { runRemarkLint } from '../src/rules/remark-lint.js';

const TABLE = new URL('./fixtures/messages/table.md', import.meta.url);

// ---------------------------------------------------------------------------------------------
// Values for our own rules' messages, as the rules fill them in (see each rule's `report` call).

/** A value the rule words in the run's language (`count`, a reading) is given in both. */
type Sample = Record<string, string | number | { en: string; ko: string }>;

const SAMPLES: Record<string, Sample> = {
  'file-unreadable.tooLarge': { size: 2_400_000, limit: 1_048_576 },
  'file-unreadable.binary': {},
  'file-unreadable.notUtf8': { line: 12, column: 7 },
  'file-unreadable.unreadable': { reason: 'EACCES: permission denied' },
  'file-unreadable.outsideRepo': {},
  'file-unreadable.internal': { reason: 'Maximum call stack size exceeded' },
  'file-too-complex.tooSlow': { seconds: 10 },
  'file-too-complex.tooMuchMemory': { memory: 128 },
  'post-unpublished.undated': { name: '스프링-배포-후기.md', suggested: '2025-01-12-스프링-배포-후기.md' },
  'frontmatter-missing.missing': {},
  'frontmatter-syntax.unclosed': { fence: '---', detail: '---' },
  'frontmatter-syntax.syntax': { detail: 'Implicit map keys need to be followed by map values' },
  'frontmatter-syntax.duplicate-key': { detail: 'title' },
  'frontmatter-syntax.not-a-mapping': { detail: 'list', detailKo: '목록' },
  'frontmatter-syntax.unknown-language': { detail: 'yml' },
  'frontmatter-syntax.too-deep': { detail: '64' },
  'frontmatter-executable.executable': { language: 'js' },
  'required-keys.missing': { key: 'title' },
  'frontmatter-schema.missing': { key: 'pubDate', collection: 'blog' },
  'frontmatter-schema.type': { key: 'tags', collection: 'blog', got: 'string', expected: 'string[]' },
  'frontmatter-schema.enum': { key: 'status', collection: 'blog', got: 'drafted', expected: '"draft" | "published"' },
  'frontmatter-schema.unknownKey': { key: 'thumbnail', collection: 'blog' },
  'empty-value.empty': { key: 'description' },
  'key-case.wrongCase': { key: 'Date', expected: 'date' },
  'date-invalid.format': { key: 'date', value: '2025.03.03' },
  'date-invalid.calendar': { key: 'date', value: '2025-13-45' },
  'date-timezone.offsetMoves': { value: '2025-03-03 08:30:00 +0900', shown: '2025-03-02 23:30', zone: 'UTC', why: { en: ' without `timezone:`', ko: ', `timezone:`이 없어 빌드 서버 기준' }, shownDay: '2025-03-02', writtenDay: '2025-03-03' },
  'date-timezone.naiveMoves': { value: '2025-03-03 23:30:00', shown: '2025-03-04 08:30', zone: 'Asia/Seoul', shownDay: '2025-03-04', writtenDay: '2025-03-03', suggested: '2025-03-03 23:30:00 +0900' },
  'date-future.future': { key: 'date', value: '2027-01-01', when: '2027-01-01 00:00 KST', engine: 'Jekyll', setting: 'future' },
  'date-future.future#hugo': { key: 'publishDate', value: '2026-12-25T09:00:00+09:00', when: '2026-12-25 00:00 UTC', engine: 'Hugo', setting: 'buildFuture' },
  'date-future.futureFileName': { value: '2026-12-01', when: '2026-12-01 00:00 UTC', engine: 'Jekyll', setting: 'future' },
  'date-future.futureNoZone': { key: 'date', value: '2026-11-30 09:00', when: '2026-11-30 09:00 UTC', engine: 'Jekyll', suggested: '2026-11-30 09:00 +09:00', zoneSetting: 'timezone' },
  'date-future.futureYamlUtc': { key: 'date', value: '2026-11-30 20:00:00', when: '2026-11-30 20:00 UTC', engine: 'Jekyll', suggested: '2026-11-30 20:00:00 +09:00' },
  'post-expired.expired': { key: 'expiryDate', value: '2026-06-01', when: '2026-06-01 00:00 KST', engine: 'Hugo', setting: 'buildExpired' },
  'draft-ignored.ignored': { engine: 'Jekyll', key: 'draft', drafts: '_drafts/' },
  'draft-ignored.ignored#hexo': { engine: 'Hexo', key: 'draft', drafts: 'source/_drafts/' },
  'date-filename-mismatch.mismatch': { fileDate: '2025-01-01', date: '2025-01-02' },
  'permalink-changed.addKey': { previous: '_posts/2025-01-12-deploy.md', oldUrl: '/posts/deploy/', newUrl: '/posts/spring-boot-deploy/', key: 'redirect_from', plugin: 'jekyll-redirect-from', quoted: '/posts/deploy/' },
  'permalink-collision.collision': { other: '_posts/2025-02-01-hello.md', otherLine: 3, url: '/posts/hello/', key: '`permalink:`' },
  'permalink-collision.collision#hugo': { other: 'content/posts/World.md', otherLine: 1, url: '/posts/world/', key: '`slug:`' },
  'link-tag-target.postUrl': { target: '2025-01-09-deploy' },
  'link-tag-target.postUrlFix': { target: '2025-01-09-배포', fixed: '2025-02-01-배포', file: '_posts/2025-02-01-배포.md' },
  'link-tag-target.link': { target: 'docs/setup.md' },
  'link-tag-target.linkFix': { target: 'Docs/setup.md', fixed: 'docs/setup.md' },
  'link-tag-target.ref': { tag: 'relref', target: 'missing.md' },
  'link-tag-target.refFix': { tag: 'ref', target: 'hello.md', fixed: 'posts/2024-01-01-hello.md' },
  'link-tag-target.postLink': { target: '배포-후기' },
  'link-tag-target.postLinkFix': { target: 'hello.md', fixed: 'hello', file: 'source/_posts/hello.md' },
  'link-tag-target.postLinkEmpty': {},
  'link-tag-target.postLinkDraft': { target: '배포-계획', file: 'source/_drafts/배포-계획.md' },
  'link-tag-target.asset': { tag: 'asset_img', target: 'missing.png', folder: 'source/_posts/hello' },
  'link-tag-target.assetFix': { tag: 'asset_img', target: 'Diagram.png', folder: 'source/_posts/배포', fixed: 'diagram.png' },
  'link-tag-target.assetFolderOff': { tag: 'asset_link', target: 'slides.pdf', folder: 'source/_posts/hello' },
  'link-target.markdownFile': { url: '2025-01-02-배포.md', resolved: '/posts/회고/2025-01-02-배포.md', fixed: '{% post_url 2025-01-02-배포 %}' },
  'link-target.markdownFileMissing': { url: '../setup.md', resolved: '/posts/setup.md' },
  'link-target.repoPath': { url: '/_posts/2025-01-02-배포.md', fixed: '/posts/배포/' },
  'link-target.repoPathUnserved': { url: '/assets/css/site.css' },
  'link-target.near': { url: '/posts/Deploy/', file: '_posts/2025-01-02-deploy.md', fixed: '/posts/deploy/' },
  'link-target.nearFile': { url: '/Files/회고.pdf', file: 'files/회고.pdf', fixed: '/files/회고.pdf' },
  'link-target.relative': { url: 'LICENSE', resolved: '/posts/회고/LICENSE' },
  'link-target.wrapped': { url: '(https://example.com/회고/)', fixed: 'https://example.com/회고/' },
  'link-target.wrappedNoFix': { url: '[a](b) [c](d)' },
  'link-target.noScheme': { url: 'github.com/jekyll/jekyll', resolved: '/posts/회고/github.com/jekyll/jekyll' },
  'link-target.noPost': { url: '/posts/회고-2024/' },
  'permalink-changed.addItem': { previous: '_posts/2025-01-12-배포.md', oldUrl: '/posts/배포/', newUrl: '/posts/첫-배포/', key: 'redirect_from', plugin: 'jekyll-redirect-from', quoted: '/posts/배포/' },
  'taxonomy-key.singular': { key: 'tag', expected: 'tags' },
  'taxonomy-type.commaString': { key: 'tags', value: 'Python, 회고', engine: 'Jekyll', reading: { en: '"Python," "회고"', ko: '"Python," "회고"' }, list: 'python, 회고' },
  'taxonomy-type.wrongType': { key: 'categories', type: 'a map', typeKo: '맵' },
  'taxonomy-type.badItem': { key: 'tags', index: 2, type: 'an empty string', typeKo: '빈 문자열' },
  'tags-normalize.stringToList': { key: 'tags', value: 'jekyll blog', list: '[jekyll, blog]' },
  'tags-normalize.normalize': { key: 'tags', list: '[Kubernetes, k8s, 해커톤]', changes: '`kubernetes` ×, ` k8s ` → `k8s`, `해커톤` NFC' },
  'tags-vocabulary.near': { tag: 'kubernete', existing: 'kubernetes', posts: { en: '3 posts', ko: '3개' } },
  'taxonomy-type.commaString#hugo': { key: 'tags', value: 'Python, 회고', engine: 'Hugo', reading: { en: 'one term "Python, 회고"', ko: '하나의 항목 "Python, 회고"' }, list: 'Python, 회고' },
  'title-heading-duplicate.duplicate': { title: '스프링 부트 첫 배포기' },
  'image-alt-missing.missing': { url: '/assets/img/posts/first-deploy/build log.png' },
  'image-alt-placeholder.placeholder': { alt: 'image' },
  'image-file-url.fileUrl': { url: 'file:///C:/Users/me/blog/assets/img/a.png', fixed: '/assets/img/a.png' },
  'image-file-url.fileUrlMissing': { url: 'file:///Users/me/Desktop/shot.png', path: 'Users/me/Desktop/shot.png' },
  'image-local-path.localPath': { url: 'C:\\Users\\me\\AppData\\Roaming\\Typora\\typora-user-images\\x.png' },
  'image-local-path.localPathFound': { url: 'C:\\Users\\me\\typora-user-images\\image-2025.png', path: 'assets/img/image-2025.png', fixed: '/assets/img/image-2025.png' },
  'image-outside-repo.outside': { url: '../../../../etc/passwd' },
  'image-missing.missing': { url: '/assets/img/venue.png', path: 'assets/img/venue.png' },
  'image-missing.caseMismatch': { url: '/assets/img/Photo.PNG', actual: 'assets/img/photo.png', fixed: '/assets/img/photo.png' },
  'image-url-style.style': { url: 'assets\\img\\my shot.png', fixed: '/assets/img/my%20shot.png' },
  'image-insecure.insecure': { url: 'http://example.com/x.png', fixed: 'https://example.com/x.png' },
  'image-hotlink.hotlink': { url: 'https://velog.velcdn.com/images/x.png', host: 'velog.velcdn.com' },
  'emphasis-unrendered.space': { text: '** 장기 계약**', delimiter: '**', fixed: ' **장기 계약**' },
  'emphasis-unrendered.punctuationHtml': { text: '**장기 계약(Contract)**이다', delimiter: '**', renderer: 'goldmark', fixed: '<strong>장기 계약(Contract)</strong>이다' },
  'emphasis-unrendered.punctuationMove': { text: '**“무엇”**를', delimiter: '**', renderer: 'goldmark', fixed: '“**무엇**”를' },
  'emphasis-unrendered.punctuation': { text: '*{이름}*은', delimiter: '*', renderer: 'goldmark' },
  'emphasis-unrendered.underscoreHtml': { text: '__중요__하다', delimiter: '__', renderer: 'remark', fixed: '<strong>중요</strong>하다' },
  'emphasis-unrendered.underscore': { text: '__중요__하다', delimiter: '__', renderer: 'remark', fixed: '**중요**하다' },
  'template-in-code.liquidBlock': { token: '{{ secrets.TOKEN }}' },
  'template-in-code.liquidInline': { token: '{{ page.title }}' },
  'template-in-code.shortcode': { token: '{{< youtube abc >}}', fixed: '{{</* youtube abc */>}}' },
  'liquid-syntax.fatal': { token: '{% block content %}', reason: 'unknown tag `block`' },
  'liquid-syntax.warning': { token: "{{ a == 'b' }}", reason: 'unexpected `==`' },
  'frontmatter-key-typo.typo': { key: 'categoies', expected: 'categories' },
  'wiki-embed.image': { written: '![[Pasted image 20260301.png]]', fixed: '![](/assets/img/Pasted%20image%2020260301.png)' },
  'wiki-embed.imageUnresolved': { written: '![[다이어그램.png]]' },
  'wiki-embed.imageSized': { written: '![[diagram.png|300]]', fixed: '![](/assets/img/diagram.png)' },
  'wiki-embed.embed': { written: '![[회의록]]' },
  'wiki-embed.link': { written: '[[스프링 배포]]', fixed: '[스프링 배포]({% post_url 2025-01-12-spring-deploy %})' },
  'wiki-embed.linkUnresolved': { written: '[[Note]]' },
  'body-h1.demote': { heading: '들어가며' },
  'body-h1.restructure': { heading: 'Introduction' },
  'body-h1.demoteSetext': { heading: '설치' },
  'body-h1.restructureSetext': { heading: 'Setup' },
  'post-unfinished.empty': {},
  'post-unfinished.onlyHeadings': {},
  'post-unfinished.placeholder': { text: '작성 중' },
  'post-unfinished.emptyHeading': { heading: '마무리' },
};

// ---------------------------------------------------------------------------------------------
// remark-lint's rules: each message comes from a real remark-lint run on a post that triggers it.

const REMARK_POSTS: string[] = [
  '# Title\n\n### Skipped\n',
  '[a link]()\n\n![an image]()\n\n[def]: <>\n',
  '- one\n- two\n\n* three\n',
  '1. one\n\n1) two\n',
  '1. one\n2. two\n\n1. three\n3. four\n',
  'See [the docs][nowhere].\n',
  '[unused]: https://example.com\n\nText.[^note]\n\n[^note]: A note.\n\n[^lonely]: Never cited.\n',
  '[a]: https://example.com/1\n[a]: https://example.com/2\n\nText.[^f]\n\n[^f]: one\n[^f]: two\n',
  'No newline at the end',
  '#  Mercury\n\n## Venus  ##\n\nText.\n',
  '> quoted\ncontinued\n',
  ' - indented bullet\n',
  '>  two spaces\n\n> one space\n',
  '- [x] done\n- [X] also done\n',
  '- [ ] open\n- [\t] tab\n',
  '```\nfenced\n```\n\n    indented\n',
  '    indented\n\n```\nfenced\n```\n',
  '```\nbackticks\n```\n\n~~~\ntildes\n~~~\n',
  '~~~\ntildes\n~~~\n\n```\nbackticks\n```\n',
  '*one* and _two_\n',
  '**one** and __two__\n',
  '# One\n\nTwo\n===\n',
  'One\n===\n\n# Two\n',
  '# One #\n\n# Two\n',
  'a\n\n***\n\nb\n\n---\n\nc\n',
  '[a](https://x.example "t")\n[b](https://y.example \'t\')\n',
  '[a](https://x.example \'t\')\n[b](https://y.example "t")\n',
  '[a](https://x.example (t))\n[b](https://y.example "t")\n',
  '![logo]\n\n[logo]: /logo.png\n',
  '[docs]\n\n[docs]: https://example.com\n',
  'See https://example.com and www.example.com\n',
  'line   \nbreak\n',
  '-   wide\n',
  '- item\n\n   misaligned\n',
  '*\n     asd\n\n  ***\n',
  '| a | b |\n| - | - |\n|c|d|\n',
  '|a|b|\n|-|-|\n| c | d |\n',
  '| a | b |\n| - | - |\n|c | d|\n',
];

interface Row {
  key: string;
  ruleId: string;
  messageId: string;
  en: string;
  ko: string;
}

async function remarkSamples(): Promise<{ samples: Map<string, MessageData>; unread: string[] }> {
  const samples = new Map<string, MessageData>();
  const unread: string[] = [];
  const ids = new Set(remarkLintRules.map((rule) => rule.id));
  for (const post of REMARK_POSTS) {
    for (const message of await runRemarkLint(parseMarkdown(post), post, ids, { prune: false })) {
      const rule = remarkLintRules.find((candidate) => candidate.id === message.ruleId)!;
      const reading = rule.read(message.reason);
      if (!reading) unread.push(`${rule.id}: ${message.reason}`);
      else if (!samples.has(`${rule.id}.${reading.messageId}`)) samples.set(`${rule.id}.${reading.messageId}`, reading.data);
    }
  }
  return { samples, unread };
}

async function allRows(): Promise<Row[]> {
  const { samples } = await remarkSamples();
  const rows: Row[] = [];
  for (const rule of allRules) {
    for (const [messageId, text] of Object.entries(rule.messages)) {
      const key = `${rule.id}.${messageId}`;
      const variants = Object.keys(SAMPLES).filter((name) => name === key || name.startsWith(key + '#'));
      for (const variant of variants.length > 0 ? variants : [key]) {
        const sample = SAMPLES[variant];
        // A style rule's `x:more` is `x` said once for the post, with how many more there are.
        const remarkData = key.endsWith(':more') ? { ...samples.get(key.slice(0, -':more'.length)), more: 3 } : samples.get(key);
        const data = (lang: 'en' | 'ko'): MessageData => (sample ? Object.fromEntries(Object.entries(sample).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value])) : (remarkData ?? {}));
        rows.push({ key: variant, ruleId: rule.id, messageId: variant.slice(rule.id.length + 1), en: format(text, 'en', data('en')), ko: format(text, 'ko', data('ko')) });
      }
    }
  }
  return rows;
}

function renderTable(rows: Row[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '# Every message, in English and Korean, with real values',
    '',
    'Generated by `test/messages.test.ts` (`UPDATE_MESSAGES=1 npx vitest run test/messages.test.ts`); the test fails',
    'when a message changes and this file does not. `fallback` rows are shown only when remark-lint words a',
    'message in a way we do not know yet.',
    '',
    '| Rule · message | English | 한국어 |',
    '|---|---|---|',
    ...rows.map((row) => `| \`${row.ruleId}\` · ${row.messageId} | ${cell(row.en)} | ${cell(row.ko)} |`),
    '',
  ];
  return lines.join('\n');
}

/** Code spans pair up: every run of backticks is closed by a run of the same length. */
function backticksBalanced(text: string): boolean {
  const runs = [...text.matchAll(/`+/g)];
  let open: string | undefined;
  for (const run of runs) {
    if (open === undefined) open = run[0];
    else if (run[0] === open) open = undefined;
  }
  return open === undefined;
}

const RUNNER_REPORTED = new Set(['file-unreadable', 'file-too-complex']);

const IMPERATIVE_EN = /\b(?:[Aa]dd|[Rr]emove|[Ww]rite|[Uu]se|[Rr]ename|[Ll]ink|[Ss]et|[Rr]eplace|[Pp]ut|[Ss]tart|[Ll]eave|[Mm]ake|[Ww]rap|[Ii]ndent|[Ff]ence|[Cc]opy|[Cc]orrect|[Ff]ill|[Dd]escribe|[Cc]ommit|[Kk]eep|[Cc]hange|[Cc]ite|[Gg]ive|[Uu]nderline|[Ff]ix)\b/;

describe('every message, en and ko, with real values', () => {
  it('remark-lint: every message a post can get is read into one of ours (none falls back)', async () => {
    const { samples, unread } = await remarkSamples();
    expect(unread).toEqual([]);
    for (const rule of remarkLintRules) {
      for (const messageId of Object.keys(rule.messages)) {
        if (messageId !== 'fallback' && !messageId.endsWith(':more')) expect(samples.has(`${rule.id}.${messageId}`), `${rule.id}.${messageId} never produced by the sample posts`).toBe(true);
      }
    }
  });

  it('our rules: every message has sample values for every placeholder it uses', () => {
    const remarkIds = new Set(remarkLintRules.map((rule) => rule.id));
    for (const rule of allRules.filter((candidate) => !remarkIds.has(candidate.id))) {
      for (const [messageId, text] of Object.entries(rule.messages)) {
        const key = `${rule.id}.${messageId}`;
        expect(SAMPLES[key], `${key} has no sample values`).toBeDefined();
        const used = new Set([...`${text.en} ${text.ko}`.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
        for (const name of used) expect(SAMPLES[key], `${key} lacks {${name}}`).toHaveProperty(name);
      }
    }
  });

  it('reads like a person wrote it: no mechanical particle, no raw remark-lint English, balanced backticks, a sentence that says what to do', async () => {
    for (const row of await allRows()) {
      for (const [lang, text] of [['en', row.en], ['ko', row.ko]] as const) {
        const where = `${row.key} (${lang}): ${text}`;
        expect(text, where).not.toMatch(/\{\w+\}|\{(?:을|를|이|가|은|는|과|와|으로|로|이라|라|이어야|여야)\}/);
        expect(text, where).not.toContain('\\`');
        expect(backticksBalanced(text), where).toBe(true);
        expect(text, where).toMatch(/[.)]$/);
        expect(text, where).not.toMatch(/\bUnexpected\b|\bexpected `|\bexected\b/);
      }
      expect(row.ko, row.key).not.toMatch(/\((?:으|이|을|를|은|는|와|과|가)\)|을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|와\(과\)|과\(와\)/);
      expect(row.ko, row.key).toMatch(/[\uac00-\ud7a3]/);
      // Every message names what to do: an imperative in English, a "…세요" in Korean. The runner's
      // own reports (a post it could not read or lint) say what happened; not all have a step to take.
      if (RUNNER_REPORTED.has(row.ruleId)) continue;
      expect(row.en, row.key).toMatch(IMPERATIVE_EN);
      expect(row.ko, row.key).toMatch(/세요/);
    }
  });

  it('the committed table (test/fixtures/messages/table.md) is up to date', async () => {
    const table = renderTable(await allRows());
    if (process.env.UPDATE_MESSAGES) writeFileSync(TABLE, table);
    expect(existsSync(TABLE), 'run UPDATE_MESSAGES=1 npx vitest run test/messages.test.ts').toBe(true);
    expect(readFileSync(TABLE, 'utf8'), 'messages changed: run UPDATE_MESSAGES=1 npx vitest run test/messages.test.ts and review the diff').toBe(table);
  });
});

describe('Korean particles follow the last syllable of the value', () => {
  const cases: Array<[string, string, string]> = [
    // Hangul: 받침 or not; ㄹ takes 로
    ['회고', '을', '를'], ['태그', '이', '가'], ['글', '으로', '로'], ['목록', '으로', '으로'], ['사과', '와', '와'], ['책', '와', '과'],
    // digits by their Korean reading; round numbers by their unit
    ['1', '을', '을'], ['2', '을', '를'], ['3', '으로', '으로'], ['7', '으로', '로'], ['10', '은', '은'], ['100', '이', '이'], ['2.0', '을', '을'], ['2025-03-04 08:35', '으로', '으로'], ['2025-03-02', '이', '이'], ['2025-03-02', '으로', '로'],
    // Latin: letters by their names, words as they are written in Hangul
    ['URL', '을', '을'], ['API', '을', '를'], ['python', '을', '을'], ['docker', '을', '를'], ['jekyll', '으로', '로'], ['title', '을', '을'],
    ['git', '이', '이'], ['kubernetes', '이', '가'], ['/assets/x.png', '으로', '로'], ['`[python, go]`', '으로', '로'], ['`tags:`', '을', '를'],
    ['/posts/new-name/', '으로', '으로'], ['`date: 2025-03-03 08:30:00 +0900`', '은', '은'],
  ];
  it.each(cases)('%s + %s → %s', (word, particle, expected) => {
    expect(particleAfter(word, particle)).toBe(expected);
  });

  it('format picks the particle in a message', () => {
    const text = { en: '', ko: '`{value}`{을} 쓰세요. {n}{으로} 바꾸세요.' };
    expect(format(text, 'ko', { value: 'python', n: 2 })).toBe('`python`을 쓰세요. 2로 바꾸세요.');
    expect(format(text, 'ko', { value: '회고', n: 3 })).toBe('`회고`를 쓰세요. 3으로 바꾸세요.');
  });

  it('ㄹ 받침 and no 받침 both take 로; other 받침 take 으로', () => {
    expect([finalSound('발'), finalSound('바'), finalSound('밥')]).toEqual(['rieul', 'vowel', 'consonant']);
  });
});
