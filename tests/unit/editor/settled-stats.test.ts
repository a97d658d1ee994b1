// The status bar's counts settle when typing pauses (renderer/src/editor/status/settled-stats.ts):
// at once for a key after a pause, SETTLE_MS after the last of a run of keys,
// and at least every MAX_WAIT_MS while the run goes on. Driven by a hand-made
// clock: the times below are the clock's, not the machine's.
import { describe, expect, it } from 'vitest';
import { MAX_WAIT_MS, SETTLE_MS, SettledValue, type Clock } from '../../../renderer/src/editor/status/settled-stats';

function manualClock() {
  let now = 1_000;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => (timers.set(next, { at: now + ms, run }), next++),
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  /** Moves time forward by ms, running the timers that fall due, in order. */
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

function setup() {
  const { clock, advance, pending } = manualClock();
  let source = 0;
  const settled = new SettledValue(() => source, clock);
  const seen: number[] = [];
  settled.subscribe(() => seen.push(settled.get()));
  /** One keystroke: the value changes and the plugin view says so. */
  const key = () => (source++, settled.changed());
  return { settled, key, advance, pending, seen };
}

describe('SettledValue', () => {
  it('shows the first change after a pause at once', () => {
    const { settled, key, seen } = setup();
    key();
    expect(settled.get()).toBe(1);
    expect(seen).toEqual([1]);
  });

  it('holds the keys of a run and shows the last one SETTLE_MS after it', () => {
    const { settled, key, advance, seen } = setup();
    key(); // at once
    for (let i = 0; i < 5; i++) {
      advance(40);
      key();
    }
    expect(settled.get()).toBe(1);
    advance(SETTLE_MS - 1);
    expect(settled.get()).toBe(1);
    advance(1);
    expect(settled.get()).toBe(6);
    expect(seen).toEqual([1, 6]);
  });

  it('shows a long run of typing at least every MAX_WAIT_MS', () => {
    const { key, advance, seen } = setup();
    key();
    const keys = Math.ceil((2 * MAX_WAIT_MS) / 50) + 2;
    for (let i = 0; i < keys; i++) {
      advance(50);
      key();
    }
    // The first at once, then about one every MAX_WAIT_MS though no pause came.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(4);
    advance(SETTLE_MS);
    expect(seen.at(-1)).toBe(keys + 1);
  });

  it('takes a new source at once, and cancel drops a pending update', () => {
    const { settled, key, advance, pending } = setup();
    key();
    advance(10);
    key();
    expect(pending()).toBe(1);
    settled.attach(() => settled.get() + 100);
    expect(settled.get()).toBe(101);
    expect(pending()).toBe(0);
    advance(10);
    key();
    expect(pending()).toBe(1);
    settled.cancel();
    advance(SETTLE_MS * 2);
    expect(settled.get()).toBe(101);
  });
});
