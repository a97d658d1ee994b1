import type { SaveState } from '../save-queue';

export function saveStateLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'retrying':
      return `Not saved — retrying (${state.reason})`;
    case 'conflict':
      return `Not saved — conflict: ${state.reason}`;
  }
}

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span className={`save-state save-state-${state.kind}`} role="status" aria-live="polite" data-testid="save-state">
      {saveStateLabel(state)}
    </span>
  );
}
