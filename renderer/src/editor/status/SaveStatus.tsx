import { useEffect, useState } from 'react';
import type { SaveState } from '../save-queue';
import { isMachineCode, machineWords } from '../../../../shared/errors/error-codes';

export function saveStateLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'retrying':
      // The disk, not Copydesk: say what is wrong in a few words. The words stay on screen and in the
      // rescue copy (editor/rescue/), and the queue keeps retrying; the full sentence is the tooltip.
      if (state.code && isMachineCode(state.code)) return `Not saved — ${machineWords(state.code).status}; your words are kept`;
      return `Not saved — retrying (${state.reason})`;
    case 'conflict':
      return `Not saved — conflict: ${state.reason}`;
  }
}

export interface Announcement {
  text: string;
  /** A problem was announced and the writer has not yet heard it is over. */
  troubled: boolean;
}

/**
 * What a screen reader is told. Autosave runs after every pause in typing, so
 * announcing each "Saving…"/"Saved" would talk over the writer all day: only a
 * failed save is announced, and then the first "Saved" that ends it. A conflict
 * is announced by its own alert bar (with the choice), so here it only clears
 * the way for that "Saved".
 */
export function nextAnnouncement(previous: Announcement, state: SaveState): Announcement {
  if (state.kind === 'retrying') return { text: saveStateLabel(state), troubled: true };
  if (state.kind === 'conflict') return { text: '', troubled: true };
  if (state.kind === 'saved' && previous.troubled) return { text: 'Saved', troubled: false };
  return previous;
}

export function SaveStatus({ state }: { state: SaveState }) {
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', troubled: false });
  useEffect(() => setAnnouncement((previous) => nextAnnouncement(previous, state)), [state]);
  return (
    <>
      {/* Visible, and readable when a screen-reader user goes looking for it. */}
      <span className={`save-state save-state-${state.kind}`} data-testid="save-state" title={state.kind === 'retrying' ? state.reason : undefined}>
        {saveStateLabel(state)}
      </span>
      <span className="visually-hidden" role="status" data-testid="save-announcement">
        {announcement.text}
      </span>
    </>
  );
}
