// The status bar's counts are shown when typing pauses, not after every key.
// Read from the editor state on each key (useEditorStateSelector), they
// changed with every character typed, so every key re-rendered the status bar
// in a second React pass and re-laid out its text, for a figure nobody reads
// mid-word (issue 11: a fixed cost per key, most of what the 50-paragraph
// article spent above bare ProseMirror's). Now a key after a pause still
// updates them at once; while keys keep coming they follow SETTLE_MS after
// the last one, and at least every MAX_WAIT_MS during a long run of typing.
// The counts themselves are still kept per transaction by textStatsPlugin.
import type { EditorView } from 'prosemirror-view';
import { PauseTimer, realClock, type Clock } from '../pause-timer';

export type { Clock };

export const SETTLE_MS = 300;
export const MAX_WAIT_MS = 2000;

/**
 * A value read from the editor's current state, republished to subscribers
 * at most once per pause in its changes (see above). `changed` is cheap (a
 * clock read): it is called on every transaction that changed the value.
 */
export class SettledValue<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();
  private readonly pause: PauseTimer;
  private lastPublish = -Infinity;

  constructor(
    private read: () => T,
    private readonly clock: Clock = realClock,
  ) {
    this.value = read();
    this.pause = new PauseTimer(() => this.publish(), SETTLE_MS, clock, MAX_WAIT_MS);
  }

  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Reads from another source from now on (a new editor view), and shows its value at once. */
  attach(read: () => T): void {
    this.read = read;
    this.publish();
  }

  changed(): void {
    // The first key after a pause: at once; then once the keys pause.
    if (!this.pause.pending && this.clock.now() - this.lastPublish >= SETTLE_MS) this.publish();
    else this.pause.changed();
  }

  reads(read: () => T): boolean {
    return this.read === read;
  }

  /** Stops a pending update (the view is gone). */
  cancel(): void {
    this.pause.cancel();
  }

  private publish(): void {
    this.cancel();
    this.lastPublish = this.clock.now();
    const next = this.read();
    if (Object.is(next, this.value)) return;
    this.value = next;
    this.listeners.forEach((listener) => listener());
  }
}

/** A plugin view that keeps `settled` reading from `view`'s state and tells it when `select` changes. */
export function settledPluginView<T>(settled: SettledValue<T>, select: (state: EditorView['state']) => T) {
  return (view: EditorView) => {
    const read = () => select(view.state);
    settled.attach(read);
    return {
      update(next: EditorView, prev: EditorView['state']) {
        if (select(next.state) !== select(prev)) settled.changed();
      },
      destroy() {
        // (Another view of the same plugins may have attached since.)
        if (settled.reads(read)) settled.cancel();
      },
    };
  };
}
