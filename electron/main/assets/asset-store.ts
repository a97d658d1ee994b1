// Photos as content-addressed assets in SQLite: the key is the sha256 of the
// bytes, so adding the same photo twice stores it once. Only real images (by
// their magic bytes) up to a size limit are accepted.
import { nodeCrypto } from '../lazy-builtins';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors/app-error';
import { MAX_PHOTO_BYTES, type ImageMime } from '../../../shared/assets/assets';
import { sniffImageType } from './image-type';
import { collectUnusedAssets, type CollectOptions, type CollectResult } from './collect-unused';

export const MAX_ASSET_BYTES = MAX_PHOTO_BYTES;

export interface StoredAsset {
  sha256: string;
  mime: ImageMime;
  size: number;
}

export class AssetStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    private readonly maxBytes = MAX_ASSET_BYTES,
  ) {}

  /** Stores the bytes (once) and says what they are. */
  add(bytes: Uint8Array): StoredAsset {
    if (bytes.length === 0) throw new AppError('bad-request', 'The file is empty.');
    if (bytes.length > this.maxBytes) {
      const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
      throw new AppError('bad-request', `The image is ${mb(bytes.length)}; photos may be at most ${mb(this.maxBytes)}.`);
    }
    const mime = sniffImageType(bytes);
    if (!mime) {
      throw new AppError('bad-request', 'That file is not a JPEG, PNG, GIF, WebP or AVIF image.');
    }
    const sha256 = nodeCrypto().createHash('sha256').update(bytes).digest('hex');
    // Adding bytes that are already stored moves created_at forward: the photo is
    // wanted again now, so garbage collection's grace period starts over for it.
    this.db
      .prepare(
        `INSERT INTO assets (sha256, mime, size, bytes, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (sha256) DO UPDATE SET created_at = max(created_at, excluded.created_at)`,
      )
      .run(sha256, mime, bytes.length, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), this.now().toISOString());
    return { sha256, mime, size: bytes.length };
  }

  info(sha256: string): StoredAsset | null {
    const row = this.db.prepare('SELECT sha256, mime, size FROM assets WHERE sha256 = ?').get(sha256) as StoredAsset | undefined;
    return row ?? null;
  }

  /**
   * Deletes (unless dryRun) the assets no article body refers to that were last
   * added before the grace period (24 h by default), in one transaction.
   */
  collectUnused(options: CollectOptions = {}): CollectResult {
    return collectUnusedAssets(this.db, this.now(), options);
  }

  /** The first `length` bytes (where an image header is), or null when no such asset is stored. */
  head(sha256: string, length: number): Buffer | null {
    const row = this.db.prepare('SELECT substr(bytes, 1, ?) AS head FROM assets WHERE sha256 = ?').get(length, sha256) as
      | { head: Buffer }
      | undefined;
    return row?.head ?? null;
  }

  /** The bytes and type, or null when no such asset is stored. */
  get(sha256: string): (StoredAsset & { bytes: Buffer }) | null {
    const row = this.db.prepare('SELECT sha256, mime, size, bytes FROM assets WHERE sha256 = ?').get(sha256) as
      | (StoredAsset & { bytes: Buffer })
      | undefined;
    return row ?? null;
  }
}
