// Spike instead of delete: File → Spike Article (Mod-Backspace) moves the open
// article to the Spiked view, with "Spiked — Undo" for ten seconds; Unspike
// (in the Spiked view) returns it with its previous status. Main keeps the
// status to return to (store/article-store.ts), so nothing is lost either way.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../ipc/client';
import type { LibraryPages } from '../library/library-pages';
import { UNTITLED_HEADLINE } from '../../../shared/article/headline-search';

/** How long "Spiked — Undo" stays. */
export const UNDO_MS = 10_000;

export function useSpike(options: {
  client: Client;
  library: LibraryPages;
  /** Saves what is pending and closes the editor (a spiked article takes no save). */
  leave(): Promise<void>;
  /** Opens an article again (after Undo). */
  open(id: string): void;
  onError(message: string): void;
}) {
  const { client, library, leave, open, onError } = options;
  const [undo, setUndo] = useState<{ id: string; headline: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clearTimer = () => void (timer.current && clearTimeout(timer.current));
  useEffect(() => clearTimer, []);

  const spike = useCallback(
    async (id: string) => {
      try {
        await leave();
        const row = await client.spikeArticle({ id });
        library.remove(id);
        void library.reload(); // the counts
        clearTimer();
        setUndo({ id, headline: row.headline || UNTITLED_HEADLINE });
        timer.current = setTimeout(() => setUndo(null), UNDO_MS);
      } catch (e) {
        onError(`The article could not be spiked: ${(e as Error).message}`);
      }
    },
    [client, library, leave, onError],
  );

  const unspike = useCallback(
    async (id: string, reopen: boolean) => {
      try {
        await client.unspikeArticle({ id });
        library.remove(id); // off the spike; the list is read again below
        clearTimer();
        setUndo(null);
        await library.reload();
        if (reopen) open(id);
      } catch (e) {
        onError(`The article could not be unspiked: ${(e as Error).message}`);
      }
    },
    [client, library, open, onError],
  );

  return { spike, unspike, undo };
}

/** "Spiked — Undo" for ten seconds after a spike. */
export function SpikeToast({ spiking }: { spiking: ReturnType<typeof useSpike> }) {
  const { undo, unspike } = spiking;
  if (!undo) return null;
  return (
    <p role="status" className="notice-banner spike-toast">
      Spiked — “{undo.headline}”.{' '}
      <button type="button" className="link-button" onClick={() => void unspike(undo.id, true)}>
        Undo
      </button>
    </p>
  );
}

/** Above an article opened from the Spiked view: what can be done with it there. */
export function SpikedBanner(props: { spikedAt: string; onUnspike(): void; onDelete(): void }) {
  return (
    <p className="warning-banner spiked-banner">
      This article is on the spike (since {new Date(props.spikedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}); it is
      in no list or search until it is unspiked.{' '}
      <button type="button" onClick={props.onUnspike}>
        Unspike
      </button>{' '}
      <button type="button" className="danger" onClick={props.onDelete}>
        Delete permanently…
      </button>
    </p>
  );
}
