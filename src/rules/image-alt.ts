import { defineRule } from './types.js';
import type { ImageRef } from '../engine/images.js';

const PLACEHOLDERS = new Set(['alt', 'alt text', 'image', 'img', 'images', 'picture', 'photo', 'pic', 'screenshot', 'screen shot', 'untitled', 'placeholder', 'caption', 'enter image description here', 'description', '이미지', '사진', '그림', '스크린샷', '캡처', '캡쳐', '대체 텍스트']);
const FILE_NAME = /\.(png|jpe?g|gif|webp|svg|bmp|heic|avif)$/i;
const EDITOR_DEFAULT = /^(pasted image|image|screenshot|스크린샷|screen shot|kakaotalk_photo|img)[\s_-]*\d[\d\s_.:-]*$/i;

export function isPlaceholderAlt(alt: string): boolean {
  const text = alt.normalize('NFC').trim().toLowerCase();
  return PLACEHOLDERS.has(text) || FILE_NAME.test(text) || EDITOR_DEFAULT.test(text);
}

function bodyImages(images: ImageRef[]): ImageRef[] {
  return images.filter((image) => image.kind !== 'frontmatter');
}

function at(image: ImageRef) {
  return { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
}

export const imageAltMissing = defineRule({
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

export const imageAltPlaceholder = defineRule({
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
