// Decides when the open article's unsaved words are copied to the rescue store
// (rescue-store.ts): only while saving is failing, never on the keystroke path.
// - A save fails (retrying, or a conflict): keep a copy now.
// - Changes made while it keeps failing: keep a fresh copy `delayMs` after the
//   last one (the same debounce as saving, so the body is serialized at most
//   that often, and only in this rare state).
// - A save stores everything (saved): the copy is no longer needed.
// While the writer has not yet answered the offer of an earlier session's copy
// (held), nothing is written or cleared, so that copy cannot be lost to this one.
import type { SaveState } from '../save-queue';
import { clearRescue, keepRescue, type RescueDraft } from './rescue-store';

export interface RescueKeeperOptions {
  articleId: string;
  /** The unsaved article as it is now; serializes the body, so called only when a copy is kept. */
  read(): Omit<RescueDraft, 'articleId' | 'keptAt'>;
  /** Storage refused the copy (full, or switched off). */
  onRefused?(): void;
  /** An earlier session's copy is on offer when the editor opens (see hold). */
  held?: boolean;
  delayMs?: number;
  now?(): Date;
  storage?: Storage;
}

export class RescueKeeper {
  private failing = false;
  private held: boolean;
  private kept = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: RescueKeeperOptions) {
    this.held = options.held ?? false;
  }

  /** Told every save state the queue goes through. */
  onState(state: SaveState): void {
    if (state.kind === 'retrying' || state.kind === 'conflict') {
      this.failing = true;
      this.keepNow();
    } else if (state.kind === 'saved') {
      this.failing = false;
      this.clearTimer();
      if (!this.held) {
        clearRescue(this.options.articleId, this.options.storage);
        this.kept = false;
      }
    }
  }

  /** Told on every edit; cheap unless saving is failing. */
  changed(): void {
    if (!this.failing || this.held) return;
    this.clearTimer();
    this.timer = setTimeout(() => this.keepNow(), this.options.delayMs ?? 750);
  }

  /** An earlier session's copy is on offer: leave it alone until the writer answers. */
  hold(held: boolean): void {
    this.held = held;
  }

  /** Takes a copy of edits still waiting for the debounce now; whether a copy of everything unsaved is kept. */
  keepPending(): boolean {
    if (this.timer) this.keepNow();
    return this.kept && !this.held;
  }

  /** The editor is closing: a copy of words still failing to save is taken now, not after the debounce. */
  dispose(): void {
    if (this.timer) this.keepNow();
    this.clearTimer();
  }

  private keepNow(): void {
    this.clearTimer();
    if (this.held) return;
    const draft: RescueDraft = {
      ...this.options.read(),
      articleId: this.options.articleId,
      keptAt: (this.options.now?.() ?? new Date()).toISOString(),
    };
    this.kept = keepRescue(draft, this.options.storage);
    if (!this.kept) this.options.onRefused?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
