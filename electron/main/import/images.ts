// Images found while importing, held in memory until the article is kept:
// nothing reaches the database before the whole import has been understood.
import { nodeCrypto } from '../lazy-builtins';
import { sniffImageType } from '../assets/image-type';
import type { ResolvedImage } from './html/block-walker';

export const NOT_AN_IMAGE = 'it is not a JPEG, PNG, GIF, WebP or AVIF image, the kinds Copydesk keeps';

/** Why a picture referred to by URL is not imported. */
function leftOutReason(src: string): string {
  const host = /^https?:\/\/([^/?#]+)/i.exec(src.trim())?.[1];
  if (host) return `it is on the web (${host}); Copydesk works offline and never downloads pictures`;
  if (/^data:/i.test(src.trim())) return NOT_AN_IMAGE;
  return 'it is a file beside the page, which was not imported with it';
}

export class ImportedImages {
  private readonly bytes = new Map<string, Uint8Array>();

  /** The sha256 the photo will refer to, or null for data we will not store (not a real image). */
  add(data: Uint8Array): string | null {
    if (!sniffImageType(data)) return null;
    const sha256 = nodeCrypto().createHash('sha256').update(data).digest('hex');
    this.bytes.set(sha256, data);
    return sha256;
  }

  /** Images in data: URLs; remote images are never fetched (Copydesk works offline and leaks nothing). */
  addDataUrl(src: string): ResolvedImage {
    const match = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]+)$/i.exec(src.trim());
    if (!match) return { asset: null, reason: leftOutReason(src) };
    const asset = this.add(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64'));
    return asset ? { asset } : { asset: null, reason: NOT_AN_IMAGE };
  }

  entries(): [string, Uint8Array][] {
    return [...this.bytes.entries()];
  }

  get size(): number {
    return this.bytes.size;
  }
}
