import { defineRule } from '../rule-api/rule.js';
import { bodyImages, at } from '../rule-api/image-alts.js';

export default defineRule({
  id: 'image-alt-missing',
  category: 'markdown',
  severity: 'warning',
  fixable: false,
  options: {},
  docs: {
    en: 'Images have alt text (`![what it shows](...)`): screen readers read it, and it shows when the image fails to load.',
    ko: '이미지에는 대체 텍스트(`![무엇을 보여 주는지](...)`)를 씁니다. 스크린 리더가 읽어 주고, 이미지가 안 뜰 때 보입니다.',
  },
  messages: {
    missing: { en: 'Image `{url}` has no alt text; describe what it shows.', ko: '이미지 `{url}`에 대체 텍스트가 없습니다. 무엇을 보여 주는지 적어 주세요.' },
  },
  check(context, report) {
    for (const image of bodyImages(context.images)) {
      // In HTML, an explicit `alt=""` marks a decorative image on purpose; only a missing attribute is a miss.
      if (image.kind === 'html' && image.alt !== undefined) continue;
      if ((image.alt ?? '').trim() === '') report({ messageId: 'missing', data: { url: image.url }, position: at(image) });
    }
  },
});
