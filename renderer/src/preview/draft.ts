// The article as it is on screen right now, including unsaved keystrokes.
// The editor hands over a reader, not a copy, and the body as its live
// ProseMirror document (immutable, so reading it later is safe): the preview
// sends only the blocks that changed to its renderer (render/block-mirror.ts),
// so the whole body is never serialized for it.
import type { Node } from 'prosemirror-model';
import type { HeaderValues } from '../../../shared/article/header';
import type { MetadataValues } from '../../../shared/article/metadata';

/** updatedAt: the last save's time, so "Updated …" follows saves without reopening the article. */
export type DraftFields = HeaderValues & MetadataValues & { doc: Node; updatedAt?: string };
export type DraftReader = () => Partial<DraftFields>;

/** A tiny observable the editor writes to and the preview listens to. */
export class DraftSource {
  private reader: DraftReader = () => ({});
  private readonly listeners = new Set<() => void>();

  update(reader: DraftReader): void {
    this.reader = reader;
    this.listeners.forEach((listener) => listener());
  }

  read(): Partial<DraftFields> {
    return this.reader();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
