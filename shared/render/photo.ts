// A photo block: image (when there is one), caption and credit.
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
  const src = image?.src ?? null;
  const caption = photo.caption.trim();
  const credit = photoCredit(photo.photographer, photo.agency);
  if (!src && !caption && !credit) return '';

  const parts: string[] = [];
  if (caption) parts.push(element('span', { class: 'caption' }, escapeText(caption)));
  if (credit) parts.push(element('span', { class: 'credit' }, escapeText(credit)));
  const img = src
    ? element('img', {
        src,
        alt: photo.alt.trim(),
        width: dimension(image?.width),
        height: dimension(image?.height),
        decoding: 'async',
        loading: lead ? null : 'lazy',
      })
    : '';
  const figcaption = parts.length ? element('figcaption', {}, parts.join(' ')) : '';
  const classes = ['photo', lead ? 'photo--lead' : '', src ? '' : 'photo--no-image'].filter(Boolean).join(' ');
  return element('figure', { class: classes }, img + figcaption);
}

export { photoAttrs, type PhotoAttrs };
