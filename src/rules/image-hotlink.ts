// Images served from elsewhere: `http://` is blocked as mixed content on an https blog, and
// (optionally) images hot-linked from other people's hosts break when they move.
import { defineRule } from '../rule-api/rule.js';

export default defineRule({
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
