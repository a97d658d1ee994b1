// Images found while importing, held in memory until the article is kept:
// nothing reaches the database before the whole import has been understood.
import { createHash } from 'node:crypto';
import { sniffImageType } from '../assets/image-type';

export class ImportedImages {
  private readonly bytes = new Map<string, Uint8Array>();

  /** The sha256 the photo will refer to, or null for data we will not store (not a real image). */
  add(data: Uint8Array): string | null {
    if (!sniffImageType(data)) return null;
    const sha256 = createHash('sha256').update(data).digest('hex');
    this.bytes.set(sha256, data);
    return sha256;
  }

  /** Images in data: URLs; remote images are never fetched (Copydesk works offline and leaks nothing). */
  addDataUrl(src: string): string | null {
    const match = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]+)$/i.exec(src.trim());
    return match ? this.add(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64')) : null;
  }

  entries(): [string, Uint8Array][] {
    return [...this.bytes.entries()];
  }

  get size(): number {
    return this.bytes.size;
  }
}
