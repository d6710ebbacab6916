// Images served from elsewhere: `http://` is blocked as mixed content on an https blog, and
// (optionally) images hot-linked from other people's hosts break when they move.
import { defineRule } from './types.js';

export const imageInsecure = defineRule({
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

export const imageHotlink = defineRule({
  id: 'image-hotlink',
  category: 'images',
  severity: 'off',
  fixable: false,
  options: { allow: { type: 'string-list' } },
  docs: {
    en: 'Off by default. Images come from the blog itself or from hosts listed in the option `allow` (e.g. your CDN); others can vanish, change or track readers.',
    ko: '기본값은 꺼짐. 이미지는 블로그 자체나 옵션 `allow`에 적은 호스트(예: 내 CDN)에서만 가져옵니다. 다른 곳의 이미지는 사라지거나 바뀌거나 독자를 추적할 수 있습니다.',
  },
  messages: {
    hotlink: { en: 'Image `{url}` is hot-linked from {host}; copy it into the repository or add the host to `allow`.', ko: '`{url}` 이미지는 {host}에서 직접 가져옵니다. 저장소에 복사하거나 호스트를 `allow`에 추가하세요.' },
  },
  check(context, report) {
    const allow = Array.isArray(context.options('image-hotlink').allow) ? (context.options('image-hotlink').allow as unknown[]).map(String) : [];
    for (const image of context.images) {
      let host: string;
      try {
        const url = new URL(image.url.trim().replace(/^\/\//, 'https://'));
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        host = url.hostname;
      } catch {
        continue;
      }
      if (allow.some((allowed) => host === allowed || host.endsWith('.' + allowed))) continue;
      report({ messageId: 'hotlink', data: { url: image.url, host }, position: { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn } });
    }
  },
});
