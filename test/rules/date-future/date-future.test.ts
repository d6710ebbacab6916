// date-future: a post meant to appear that the engine will not publish yet. The engine's answer
// (src/engines/publication.ts) decides; "now" is the fixed NOW of the test helpers (2026-11-25).
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog } from '../../helpers.js';

const RULE = 'date-future';

async function found(files: Record<string, string>, argv: string[] = [], lang = 'en') {
  const root = await makeBlog(files);
  const { report } = await lintJson([...argv, '--lang', lang], root);
  return report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
}

const post = (lines: string[]) => `---\ntitle: T\n${lines.map((line) => line + '\n').join('')}---\n\nText.\n`;

describe('date-future', () => {
  it('Jekyll: a KST author\'s zone-less time on a site without `timezone:` is read as UTC, hours later', async () => {
    expect(await found({ '_config.yml': 'title: t\n', '_posts/2026-11-25-a.md': post(['date: 2026-11-25 09:00']) })).toEqual([
      "_posts/2026-11-25-a.md:3: `date: 2026-11-25 09:00` has no offset and the site sets no time zone, so Jekyll reads it as 2026-11-25 09:00 UTC, after this run: the post will not be published until a build after that time. If you meant your own time, add its offset (`2026-11-25 09:00 +HH:MM`) or set `timezone` in the site's config.",
    ]);
    // The same with `timezone: Asia/Seoul` is 00:00 UTC: in the past, published.
    expect(await found({ '_config.yml': 'timezone: Asia/Seoul\n', '_posts/2026-11-25-a.md': post(['date: 2026-11-25 09:00']) })).toEqual([]);
  });

  it('Jekyll: an unquoted timestamp is UTC even on a KST site; the fix names the site\'s offset; date-timezone does not report it too', async () => {
    const root = await makeBlog({ '_config.yml': 'timezone: Asia/Seoul\n', '_posts/2026-11-25-a.md': post(['date: 2026-11-25 08:00:00']) });
    const { report } = await lintJson(['--format', 'json'], root);
    expect(report.problems.filter((problem) => problem.ruleId.startsWith('date-')).map((problem) => `${problem.ruleId}@${problem.line}: ${problem.message}`)).toEqual([
      'date-future@3: `date: 2026-11-25 08:00:00` has no offset and is not quoted: YAML makes it a timestamp, which Jekyll reads as UTC, 2026-11-25 17:00 KST, after this run: the post will not be published until a build after that time. Add the offset: `2026-11-25 08:00:00 +09:00`.',
    ]);
  });

  it('Jekyll: a file-name date in the future, with no `date:`', async () => {
    expect(await found({ '_config.yml': 'title: t\n', '_posts/2026-12-01-a.md': post([]) })).toEqual([
      "_posts/2026-12-01-a.md:1: The file name dates this post 2026-12-01, which Jekyll reads as 2026-12-01 00:00 UTC, after this run: the post will not be published until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, rename the file with today's date (or add a `date:`), or set `future: true` in the site's config.",
    ]);
  });

  it('Jekyll: silent for drafts (`_drafts/`, `published: false`, `draft: true`) and with `future: true`', async () => {
    const future = ['date: 2027-01-01'];
    expect(await found({
      '_config.yml': 'title: t\n',
      '_drafts/a.md': post(future),
      '_posts/2027-01-01-b.md': post([...future, 'published: false']),
      '_posts/2027-01-01-c.md': post([...future, 'draft: true']),
    })).toEqual([]);
    expect(await found({ '_config.yml': 'future: true\n', '_posts/2027-01-01-a.md': post(future) })).toEqual([]);
  });

  it('Hugo: the publish date decides (`publishDate` before `date`), in `timeZone`', async () => {
    const files = {
      'hugo.toml': 'title = "t"\ntimeZone = "Asia/Seoul"\n',
      'content/posts/later.md': post(['date: 2026-01-01', 'publishDate: 2026-12-24T09:00:00']),
      'content/posts/earlier.md': post(['date: 2027-01-01', 'publishDate: 2026-01-01']),
    };
    expect(await found(files, ['--preset', 'hugo'])).toEqual([
      "content/posts/later.md:4: `publishDate: 2026-12-24T09:00:00` means 2026-12-24 09:00 KST, after this run: Hugo will not publish the post until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, correct the date or set `buildFuture: true` in the site's config.",
    ]);
  });

  it('Hexo: future posts are published by default; with `future: false` they are reported', async () => {
    const files = { 'source/_posts/a.md': post(['date: 2027-01-01 10:00:00']), 'package.json': '{"dependencies":{"hexo":"^7.0.0"}}' };
    expect(await found({ ...files, '_config.yml': 'title: t\n' }, ['--preset', 'hexo'])).toEqual([]);
    expect(await found({ ...files, '_config.yml': 'future: false\ntimezone: Asia/Seoul\n' }, ['--preset', 'hexo'])).toEqual([
      "source/_posts/a.md:3: `date: 2027-01-01 10:00:00` means 2027-01-01 10:00 KST, after this run: Hexo will not publish the post until a build after that time, and nothing rebuilds the site on a schedule. To publish it when merged, correct the date or set `future: true` in the site's config.",
    ]);
  });

  it('silent when a workflow rebuilds the site on a schedule; a cron that deploys nothing does not count', async () => {
    const later = { '_config.yml': 'title: t\n', '_posts/2027-01-01-a.md': post(['date: 2027-01-01']) };
    const pages = 'on:\n  schedule:\n    - cron: \'0 0 * * *\'  # daily\njobs:\n  deploy:\n    uses: actions/deploy-pages@v4\n';
    const stale = 'on:\n  schedule:\n    - cron: "0 0 * * *"\njobs:\n  stale:\n    uses: actions/stale@v9\n';
    expect(await found({ ...later, '.github/workflows/pages.yml': pages })).toEqual([]);
    expect(await found({ ...later, '.github/workflows/stale.yml': stale })).toHaveLength(1);
    // CodeQL's "autobuild" on a cron builds nothing that is published (yceffort's blog has one).
    const codeql = 'on:\n  schedule:\n    - cron: "38 2 * * 4"\njobs:\n  analyze:\n    steps:\n      - uses: github/codeql-action/autobuild@v2\n';
    expect(await found({ ...later, '.github/workflows/codeql.yml': codeql })).toHaveLength(1);
  });

  it('in Korean', async () => {
    expect(await found({ '_config.yml': 'timezone: Asia/Seoul\n', '_posts/2027-01-01-a.md': post(['date: 2027-01-01']) }, [], 'ko')).toEqual([
      '_posts/2027-01-01-a.md:3: `date: 2027-01-01`은 2027-01-01 00:00 KST로 이번 실행보다 뒤입니다. Jekyll은 그 이후 빌드 전까지 글을 게시하지 않고, 사이트를 예약 빌드하는 워크플로도 없습니다. 병합할 때 게시하려면 날짜를 고치거나 사이트 설정에 `future: true`를 넣으세요.',
    ]);
  });
});
