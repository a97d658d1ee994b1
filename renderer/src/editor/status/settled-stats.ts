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

export const SETTLE_MS = 300;
export const MAX_WAIT_MS = 2000;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A value read from the editor's current state, republished to subscribers
 * at most once per pause in its changes (see above). `changed` is cheap (a
 * clock read): it is called on every transaction that changed the value.
 */
export class SettledValue<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();
  private timer: unknown = null;
  private lastPublish = -Infinity;
  private lastChange = 0;
  private firstChange = 0;

  constructor(
    private read: () => T,
    private readonly clock: Clock = realClock,
  ) {
    this.value = read();
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
    const now = this.clock.now();
    this.lastChange = now;
    if (this.timer !== null) return; // the pending timer sees lastChange when it fires
    if (now - this.lastPublish >= SETTLE_MS) {
      this.publish(); // the first key after a pause: at once
      return;
    }
    this.firstChange = now;
    this.arm(SETTLE_MS);
  }

  reads(read: () => T): boolean {
    return this.read === read;
  }

  /** Stops a pending update (the view is gone). */
  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      const now = this.clock.now();
      const quiet = now - this.lastChange;
      if (quiet < SETTLE_MS && now - this.firstChange < MAX_WAIT_MS) this.arm(Math.min(SETTLE_MS - quiet, this.firstChange + MAX_WAIT_MS - now));
      else this.publish();
    }, ms);
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
