import { defineRule } from '../rule-api/rule.js';
import { isPlaceholderAlt, bodyImages, at } from '../rule-api/image-alts.js';

export default defineRule({
  id: 'image-alt-placeholder',
  category: 'markdown',
  severity: 'warning',
  fixable: false,
  options: {},
  docs: {
    en: 'Alt text describes the image, not the editor\'s default (`Alt`, `image`, `Pasted image 2024...png`, a file name).',
    ko: '대체 텍스트는 편집기 기본값(`Alt`, `image`, `Pasted image 2024...png`, 파일 이름)이 아니라 이미지 내용을 설명해야 합니다.',
  },
  messages: {
    placeholder: { en: 'Alt text "{alt}" is a placeholder; describe what the image shows.', ko: '대체 텍스트("{alt}")는 임시 값입니다. 이미지가 보여 주는 내용을 적어 주세요.' },
  },
  check(context, report) {
    for (const image of bodyImages(context.images)) {
      const alt = (image.alt ?? '').trim();
      if (alt !== '' && isPlaceholderAlt(alt)) report({ messageId: 'placeholder', data: { alt }, position: at(image) });
    }
  },
});
