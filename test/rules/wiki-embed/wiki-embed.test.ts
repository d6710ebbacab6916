// wiki-embed: Obsidian `![[…]]` / `[[…]]` outside code, published as literal brackets.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, makeBlog, runCli } from '../../helpers.js';
import { previewSite } from '../../oracle/engines.js';

const RULE = 'wiki-embed';
const POST = '_posts/2025-01-01-hello.md';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const FM = '---\ntitle: Hello\ndate: 2025-01-01\n---\n';

async function run(files: Record<string, string | Uint8Array>, argv: string[] = []) {
  const root = await makeBlog({ '_config.yml': 'title: t\n', ...files });
  const { report } = await lintJson(argv, root);
  return { root, report, found: report.problems.filter((problem) => problem.ruleId === RULE).map((problem) => ({ line: problem.line, column: problem.column, message: problem.message })) };
}

describe('wiki-embed', () => {
  it('reports an Obsidian image embed and offers the one file of that name, root-absolute, spaces encoded', async () => {
    const { found } = await run({ 'assets/img/Pasted image 20260101.png': PNG, [POST]: `${FM}Intro.\n\n![[Pasted image 20260101.png]]\n` });
    expect(found).toEqual([{ line: 7, column: 1, message: 'Obsidian embed `![[Pasted image 20260101.png]]` is published as literal text, not an image; write `![](/assets/img/Pasted%20image%2020260101.png)`.' }]);
  });

  it('--fix writes standard markdown and changes nothing else', async () => {
    const { root } = await run({ 'assets/Shot.png': PNG, '_posts/2025-01-02-other-note.md': `${FM}Other.\n`, [POST]: `${FM}See [[2025-01-02-other-note|the other post]] and [[Missing note]].\n\n![[Shot.png|a shot]]\n` });
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, POST), 'utf8')).toBe(`${FM}See [the other post]({% post_url 2025-01-02-other-note %}) and [[Missing note]].\n\n![a shot](/assets/Shot.png)\n`);
  });

  it('says what to do when the file is not in the repository, or is found twice, and for non-image embeds', async () => {
    const { found } = await run({ 'a/x.png': PNG, 'b/x.png': PNG, [POST]: `${FM}![[missing.png]]\n\n![[x.png|300]]\n\n![[Some note]]\n\n[[Nowhere note]]\n` });
    expect(found.map((problem) => problem.message)).toEqual([
      'Obsidian embed `![[missing.png]]` is published as literal text, not an image; commit the file and write it as a markdown image `![](path)`.',
      'Obsidian embed `![[x.png|300]]` is published as literal text, not an image; commit the file and write it as a markdown image `![](path)`.',
      'Obsidian embed `![[Some note]]` is published as literal text; paste the content or link it.',
      'Wiki link `[[Nowhere note]]` is published as literal text, not a link; write a markdown link `[text](url)`.',
    ]);
    // A note title with spaces or Hangul that names no post is still a wiki link.
    const korean = await run({ [POST]: `${FM}[[도커 정리]] and [[Some Note]]\n` });
    expect(korean.found.map((problem) => problem.line)).toEqual([5, 5]);
  });

  it('a size is dropped from the fix and the message says so', async () => {
    const { found } = await run({ 'assets/x.png': PNG, [POST]: `${FM}![[x.png|300]]\n` });
    expect(found.map((problem) => problem.message)).toEqual(['Obsidian embed `![[x.png|300]]` is published as literal text, not an image; write `![](/assets/x.png)` (markdown has no size: set it with HTML or CSS if needed).']);
  });

  it('is silent in code, for escaped brackets, C++ attributes, array literals and images whose alt starts with a bracket', async () => {
    const body = [
      '```python', 'queue = [[0, 0]]', '![[a.png]]', '```', '',
      'Inline `[[nodiscard]]` and `![[a.png]]`.', '',
      '[[nodiscard]] int f(); and [[gnu::pure]] and [[0, 1]] and [["hadoop", "hdfs"]].', '',
      'Every object has a [[Prototype]] slot; `obj.[[Get]]` and [[GetOwnProperty]] too.', '',
      '\\[[not a link]]', '',
      '![[그림 1] 노트북 초기 화면](/assets/a.png)', '',
      '* 둘은 다르다. [[참고]](https://example.com/969)', '',
    ].join('\n');
    const { found } = await run({ 'assets/a.png': PNG, [POST]: `${FM}${body}` });
    expect(found).toEqual([]);
  });

  it('is off when the site configures a wiki-link plugin (jekyll-wikilinks)', async () => {
    const { found } = await run({ '_config.yml': 'title: t\nplugins:\n  - jekyll-wikilinks\n', [POST]: `${FM}[[Other]]\n` });
    expect(found).toEqual([]);
  });

  it('Hugo: a page-bundle image stays relative, a wiki link becomes a `ref`', async () => {
    const root = await makeBlog({
      'hugo.toml': 'title = "t"\n',
      'content/posts/a/index.md': `${FM}![[diagram.png]]\n\n[[b|Post B]]\n`,
      'content/posts/a/diagram.png': PNG,
      'content/posts/b.md': `${FM}B.\n`,
    });
    await runCli(['--fix'], root);
    expect(await fs.readFile(path.join(root, 'content/posts/a/index.md'), 'utf8')).toBe(`${FM}![](diagram.png)\n\n[Post B]({{< ref "posts/b.md" >}})\n`);
  });

  it('the preview card counts embedded images', async () => {
    const previews = await previewSite({ '_config.yml': 'title: t\n', 'assets/x.png': PNG, [POST]: `${FM}![[x.png]]\n\n![b](/assets/x.png)\n` }, 'jekyll');
    expect(previews.get(POST)?.images).toBe(2);
  });

  it('speaks Korean', async () => {
    const { found } = await run({ [POST]: `${FM}[[Nowhere note]]\n` }, ['--lang', 'ko']);
    expect(found.map((problem) => problem.message)).toEqual(['위키 링크 `[[Nowhere note]]`는 링크가 아니라 글자 그대로 게시됩니다. 마크다운 링크 `[글](주소)`로 쓰세요.']);
  });
});
