// A photo block: image, caption and credit. A photo with no usable image (an
// import's credit-only photo, a placeholder the writer has not filled, an image
// missing from the store) is left out of the page: the article keeps it, and
// the editor shows it as "Add image"; export tells the writer how many were left out.
import type { Node } from 'prosemirror-model';
import { element } from './allowlist';
import { photoAttrs, photoCredit, type PhotoAttrs } from '../article/photo';
import { escapeText } from './escape';
import type { ImageSource, ImageSrc } from './types';

/** The image for a photo, or null when there is no usable image. */
export function photoImage(photo: PhotoAttrs, imageSrc: ImageSrc): ImageSource | null {
  if (!photo.asset) return null;
  const answer = imageSrc(photo.asset);
  const image = typeof answer === 'string' ? { src: answer } : answer;
  return image && isSafeImageUrl(image.src) ? image : null;
}

export function photoSrc(photo: PhotoAttrs, imageSrc: ImageSrc): string | null {
  return photoImage(photo, imageSrc)?.src ?? null;
}

const dimension = (n: number | undefined) => (n && Number.isInteger(n) && n > 0 ? n : null);

// imageSrc is ours, but a mistake there must not turn into a script URL or an
// HTML document in an <img>: only raster data: URIs and non-script schemes.
function isSafeImageUrl(src: string): boolean {
  if (/^data:/i.test(src)) return /^data:image\/(png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+=*$/.test(src);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  return !!scheme && !['javascript', 'vbscript', 'file', 'blob'].includes(scheme);
}

export function renderPhoto(photo: PhotoAttrs, imageSrc: ImageSrc, lead = false): string {
  const image = photoImage(photo, imageSrc);
  if (!image) return '';
  const { src } = image;
  const caption = photo.caption.trim();
  const credit = photoCredit(photo.photographer, photo.agency);

  const parts: string[] = [];
  if (caption) parts.push(element('span', { class: 'caption' }, escapeText(caption)));
  if (credit) parts.push(element('span', { class: 'credit' }, escapeText(credit)));
  const img = element('img', {
    src,
    alt: photo.alt.trim(),
    width: dimension(image.width),
    height: dimension(image.height),
    decoding: 'async',
    loading: lead ? null : 'lazy',
  });
  const figcaption = parts.length ? element('figcaption', {}, parts.join(' ')) : '';
  return element('figure', { class: lead ? 'photo photo--lead' : 'photo' }, img + figcaption);
}

/** How many photos of the body the page leaves out for want of an image. */
export function photosWithoutImage(doc: Node, imageSrc: ImageSrc): number {
  let count = 0;
  doc.descendants((node) => {
    if (node.type.name === 'photo' && !photoImage(photoAttrs(node), imageSrc)) count++;
    // Photos are blocks: nothing inside a paragraph or heading can be one.
    return !node.isTextblock;
  });
  return count;
}

/** "1 photo without an image was left out." — or '' when none was. */
export function photosLeftOutNotice(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '1 photo without an image was left out.' : `${count} photos without an image were left out.`;
}

export { photoAttrs, type PhotoAttrs };
