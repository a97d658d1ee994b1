// Runs something once changes pause: `quietMs` after the last change, and at
// most `maxWaitMs` after the first change of a run that never pauses. One
// timer per pause, not a clearTimeout and a setTimeout per keystroke: a timer
// that fires while changes are still coming waits out the rest. Used by the
// status bar's counts (status/settled-stats.ts) and the copy checks' requests
// (checks/check-scheduler.ts), both told of every transaction.

export interface Clock {
  /** A monotonic clock in ms. */
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class PauseTimer {
  private timer: unknown = null;
  private lastChange = 0;
  private firstChange = 0;

  constructor(
    private readonly run: () => void,
    private readonly quietMs: number,
    private readonly clock: Clock = realClock,
    private readonly maxWaitMs = Infinity,
  ) {}

  /** A change: `run` once they pause. Cheap while a wait is on (a clock read). */
  changed(): void {
    const now = this.clock.now();
    this.lastChange = now;
    if (this.timer !== null) return; // the pending timer sees lastChange when it fires
    this.firstChange = now;
    this.arm(this.quietMs);
  }

  /** Whether a run is waiting for the pause. */
  get pending(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      const now = this.clock.now();
      const quiet = now - this.lastChange;
      if (quiet < this.quietMs && now - this.firstChange < this.maxWaitMs) this.arm(Math.min(this.quietMs - quiet, this.firstChange + this.maxWaitMs - now));
      else this.run();
    }, ms);
  }
}
