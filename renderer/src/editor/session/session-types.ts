// The shapes the article session (article-session.ts) answers in and asks for.
import type { Node } from 'prosemirror-model';
import type { Article, SaveAck } from '../../../../shared/article/fields';
import type { HeaderValues } from '../../../../shared/article/header';
import type { Client } from '../../ipc/client';
import type { SaveQueueOptions, SaveState } from '../save-queue';
import type { RescueDraft } from '../rescue/rescue-store';
import type { MetadataValues } from '../../../../shared/article/metadata';

export type SessionClient = Pick<Client, 'saveArticle' | 'getArticle' | 'discardBlankArticle' | 'saveVersion' | 'closeArticle'>;

/** What the session asks of the mounted body editor. */
export interface BodyPort {
  /** The whole document replaced by a transaction: an edit like any other (saved, in the preview). */
  replace(doc: Node, options: { undoable: boolean }): void;
  /** Starts over on another version (no undo back into this one); the session is told the new doc. */
  reset(doc: Node): void;
  focus(): void;
}

export interface SessionSnapshot {
  readonly save: SaveState;
  readonly header: HeaderValues;
  /** The metadata row's status, section and tags. */
  readonly metadata: MetadataValues;
  /** A conflict choice is being carried out. */
  readonly resolving: boolean;
  readonly notice: string | null;
  /** Words an earlier session could not save, on offer until the writer answers. */
  readonly rescue: { readonly draft: RescueDraft; readonly storedSinceChanged: boolean } | null;
}

/** The answer to "may this article close?" */
export type CloseAnswer = { ok: true; discarded: boolean } | { ok: false; reason: string };

export interface ArticleSessionOptions {
  client: SessionClient;
  article: Article;
  onSaved?(ack: SaveAck): void;
  /** Where rescue copies live (localStorage in the app). */
  storage?: Storage;
  /** Autosave's debounce and retry (also the rescue copy's debounce); the queue's defaults otherwise. */
  timing?: Pick<SaveQueueOptions, 'delayMs' | 'retryMs'>;
}

/** Said when closing is refused: why some changes are not stored yet (the queue's state after a flush). */
export function unsavedReasonOf(state: SaveState, copyKept: boolean): string {
  const reason =
    state.kind === 'conflict'
      ? 'This article was changed somewhere else since you opened it, and your version is not saved.'
      : state.kind === 'retrying'
        ? `Saving failed: ${state.reason}`
        : 'Some changes were still being saved.';
  return copyKept ? `${reason} A copy is kept on this computer and offered when the article is next opened.` : reason;
}

/** The stored article's updatedAt after the last save, for the preview's "Updated …" (nothing before one). */
export function lastSavedAt(state: SaveState): { updatedAt?: string } {
  return state.kind === 'saved' && state.at ? { updatedAt: state.at } : {};
}
