// Images served from elsewhere: `http://` is blocked as mixed content on an https blog, and
// (optionally) images hot-linked from other people's hosts break when they move.
import { defineRule } from '../rule-api/rule.js';

export default defineRule({
  id: 'image-insecure',
  category: 'images',
  severity: 'warning',
  fixable: true,
  options: {},
  docs: {
    en: 'Remote images use `https://`: GitHub Pages and most hosts serve the blog over https, and browsers block or flag `http://` images on it (mixed content).',
    ko: '원격 이미지는 `https://`로 씁니다. 블로그가 https로 제공되면 브라우저가 `http://` 이미지를 막거나 경고합니다(혼합 콘텐츠).',
  },
  messages: {
    insecure: { en: 'Image `{url}` is loaded over http; use `{fixed}`.', ko: '`{url}` 이미지는 http로 불러옵니다. `{fixed}`{을} 쓰세요.' },
  },
  check(context, report) {
    for (const image of context.images) {
      if (!/^http:\/\//i.test(image.url.trim())) continue;
      const fixed = image.url.trim().replace(/^http:/i, 'https:');
      const position = { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
      const written = image.urlRange ? context.source.text.slice(image.urlRange[0], image.urlRange[1]) : '';
      const fix = image.urlRange && /^http:/i.test(written) ? { edits: [{ range: [image.urlRange[0], image.urlRange[0] + 5] as [number, number], text: 'https:' }] } : undefined;
      report({ messageId: 'insecure', data: { url: image.url, fixed }, position, ...(fix ? { fix } : {}) });
    }
  },
});
