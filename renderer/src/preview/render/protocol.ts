// Messages between the preview pane (main thread) and the page renderer (a
// Web Worker, or the same class in-process when no worker can start). The
// renderer keeps its own copy of the body's top-level blocks; the pane sends
// only the blocks that changed since its last message (block-mirror.ts), so
// nothing on the main thread serializes or renders the whole article.
import type { ImageSource } from '../../../../shared/render';
import type { PreviewContext } from '../../../../shared/render/preview-context';
import type { ArticleMeta } from '../../../../shared/render/view';

/** Top-level block JSON, as ProseMirror's Node.toJSON writes it. */
export type BlockJSON = Record<string, unknown>;

/** How the renderer's blocks become the pane's: replace `removed` blocks at `from` with `added`, or start over. */
export type BlockChange = { from: number; removed: number; added: BlockJSON[] } | { reset: BlockJSON[] };

export interface RenderRequest {
  seq: number;
  /** The article's fields as on screen (unsaved ones included), without the body. */
  article: ArticleMeta;
  blocks: BlockChange;
  /** Settings and "More from": sent when they change, kept by the renderer. */
  context?: PreviewContext;
  /** Photo URLs resolved since the last request (null: no image for that asset). */
  images?: [string, ImageSource | null][];
  imageOrigins: readonly string[];
  timeZone: string;
}

export type RenderAnswer =
  | { seq: number; ok: true; html: string; /** Photo assets it has no answer for yet. */ wanted: string[] }
  /** The body did not check against the schema; the renderer dropped its blocks (`reset` comes next). */
  | { seq: number; ok: false; message: string };
