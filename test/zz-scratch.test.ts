import { it } from 'vitest';
import { makeBlog, lintJson } from './helpers.js';

const post = (d: string, tags: string) => `---\ntitle: T${d}\ndate: 2025-03-${d} 21:00:00 +0900\ntags: ${tags}\n---\n\nText.\n`;
it('scratch', async () => {
  let root = await makeBlog({
    '_posts/2025-03-01-a.md': post('01', '[kubernetes]'),
    '_posts/2025-03-02-b.md': post('02', '[kubernetes, docker]'),
    '_posts/2025-03-03-c.md': post('03', '[kubernetes]'),
    '_posts/2025-03-04-d.md': post('04', '[kubernete]'),
  });
  let r = await lintJson([], root);
  console.log(r.code, JSON.stringify(r.report.problems, null, 1));
  root = await makeBlog({
    '_posts/2025-03-01-a.md': post('01', '[post-mortem]'),
    '_posts/2025-03-02-b.md': post('02', '[postmortem]'),
  });
  r = await lintJson([], root);
  console.log(r.code, JSON.stringify(r.report.problems, null, 1));
  r = await lintJson(['--lang', 'ko'], root);
  console.log(r.code, JSON.stringify(r.report.problems, null, 1));
});
