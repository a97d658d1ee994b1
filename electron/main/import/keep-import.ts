// Stores an imported article: its images first, then the article that refers
// to them, in one transaction, so a failure leaves neither behind.
import type { Database } from 'better-sqlite3';
import type { Article, ArticleFields } from '../../../shared/article/fields';
import type { ArticleStore } from '../store/article-store';
import type { ImportedImages } from './images';
import { photoAssetsOf } from '../../../shared/article/assets-used';

/** The part of Services an import needs. `assets` is optional so a store without photo support still imports text. */
export interface ImportTarget {
  db: Database;
  articles: ArticleStore;
  assets?: { add(bytes: Uint8Array): unknown };
}

export function keepImport(target: ImportTarget, fields: ArticleFields, images: ImportedImages): Article {
  const used = photoAssetsOf(fields.body.content);
  const { assets } = target;
  // Without an asset store, photos keep their credits but lose the image reference rather than point at nothing.
  const body = assets ? fields.body : withoutAssets(fields.body);
  return target.db.transaction(() => {
    if (assets) for (const [sha256, bytes] of images.entries()) if (used.has(sha256)) assets.add(bytes);
    return target.articles.create({ ...fields, body }, 'import');
  })();
}

/** Stores every image an import found, so the review panel can show them before the article is kept. */
export function storeImages(target: ImportTarget, images: ImportedImages): boolean {
  const { assets } = target;
  if (!assets) return false;
  // All or none: an image the store refuses leaves no others behind.
  target.db.transaction(() => {
    for (const [, bytes] of images.entries()) assets.add(bytes);
  })();
  return true;
}

function withoutAssets<T extends { content: unknown[] }>(body: T): T {
  const strip = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node;
    const n = node as { type?: string; attrs?: Record<string, unknown>; content?: unknown[] };
    if (n.type === 'photo') return { ...n, attrs: { ...n.attrs, asset: null } };
    return Array.isArray(n.content) ? { ...n, content: n.content.map(strip) } : n;
  };
  return { ...body, content: body.content.map(strip) };
}
