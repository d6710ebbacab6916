// post-expired: Hugo drops a post once its expiry date has passed (checked with Hugo 0.111 in
// test/oracle/publication.test.ts). "now" is the fixed NOW of the test helpers (2026-11-25).
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog } from '../../helpers.js';

async function found(files: Record<string, string>, lang = 'en') {
  const root = await makeBlog({ 'hugo.toml': 'title = "t"\n', ...files });
  const { report } = await lintJson(['--preset', 'hugo', '--lang', lang], root);
  return report.problems.filter((problem) => problem.ruleId === 'post-expired').map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
}

const post = (lines: string[]) => `---\ntitle: T\ndate: 2026-01-01\n${lines.map((line) => line + '\n').join('')}---\n\nText.\n`;

describe('post-expired', () => {
  it('reports `expiryDate` (any case) and `unpublishdate` in the past, on the key that decides', async () => {
    expect(await found({ 'content/posts/a.md': post(['ExpiryDate: 2026-06-01']), 'content/posts/b.md': post(['unpublishdate: 2026-11-24T23:00:00Z']) })).toEqual([
      "content/posts/a.md:4: `ExpiryDate: 2026-06-01` has passed (2026-06-01 00:00 UTC): Hugo no longer publishes this post, and the next build removes it from the site. To keep it online, remove `ExpiryDate` or set a later date (or `buildExpired: true` in the site's config).",
      "content/posts/b.md:4: `unpublishdate: 2026-11-24T23:00:00Z` has passed (2026-11-24 23:00 UTC): Hugo no longer publishes this post, and the next build removes it from the site. To keep it online, remove `unpublishdate` or set a later date (or `buildExpired: true` in the site's config).",
    ]);
  });

  it('is silent for a later expiry, with `buildExpired = true`, and for a draft', async () => {
    expect(await found({ 'content/posts/a.md': post(['expiryDate: 2027-01-01']), 'content/posts/b.md': post(['expiryDate: 2026-06-01', 'draft: true']) })).toEqual([]);
    expect(await found({ 'hugo.toml': 'title = "t"\nbuildExpired = true\n', 'content/posts/a.md': post(['expiryDate: 2026-06-01']) })).toEqual([]);
  });

  it('in Korean, in the site time zone', async () => {
    expect(await found({ 'hugo.toml': 'title = "t"\ntimeZone = "Asia/Seoul"\n', 'content/posts/a.md': post(['expiryDate: 2026-06-01']) }, 'ko')).toEqual([
      'content/posts/a.md:4: `expiryDate: 2026-06-01`은 이미 지났습니다(2026-06-01 00:00 KST). Hugo는 이 글을 더 이상 게시하지 않고, 다음 빌드에서 사이트에서 사라집니다. 계속 게시하려면 `expiryDate`를 지우거나 더 뒤의 날짜로 바꾸세요(또는 사이트 설정에 `buildExpired: true`).',
    ]);
  });
});
