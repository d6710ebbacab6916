// What the two image-alt rules share: which images are in the body, and which alt texts say nothing.
import type { ImageRef } from '../post/images.js';

export const PLACEHOLDERS = new Set(['alt', 'alt text', 'image', 'img', 'images', 'picture', 'photo', 'pic', 'screenshot', 'screen shot', 'untitled', 'placeholder', 'caption', 'enter image description here', 'description', '이미지', '사진', '그림', '스크린샷', '캡처', '캡쳐', '대체 텍스트']);
export const FILE_NAME = /\.(png|jpe?g|gif|webp|svg|bmp|heic|avif)$/i;
export const EDITOR_DEFAULT = /^(pasted image|image|screenshot|스크린샷|screen shot|kakaotalk_photo|img)[\s_-]*\d[\d\s_.:-]*$/i;

export function isPlaceholderAlt(alt: string): boolean {
  const text = alt.normalize('NFC').trim().toLowerCase();
  return PLACEHOLDERS.has(text) || FILE_NAME.test(text) || EDITOR_DEFAULT.test(text);
}

export function bodyImages(images: ImageRef[]): ImageRef[] {
  return images.filter((image) => image.kind !== 'frontmatter');
}

export function at(image: ImageRef) {
  return { line: image.line, column: image.column, endLine: image.endLine, endColumn: image.endColumn };
}

