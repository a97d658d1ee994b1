// What stays on the one-line toolbar and what goes into More
// (renderer/src/editor/toolbar/overflow.ts), and how much a preview frame is
// shrunk (renderer/src/preview/frame-scale.ts).
import { describe, expect, it } from 'vitest';
import { visibleToolCount } from '../../../renderer/src/editor/toolbar/overflow';
import { frameScale, READABLE_COLUMN_PX } from '../../../renderer/src/preview/frame-scale';

// Twelve buttons of 30 px with 2 px gaps, and a rule (6 px + 6 px) after the 3rd, 8th and 9th.
const ends = (() => {
  const out: number[] = [];
  let x = 0;
  for (let i = 0; i < 12; i++) {
    x += (i === 0 ? 0 : [3, 8, 9].includes(i) ? 12 : 2) + 30;
    out.push(x);
  }
  return out;
})();

describe('visibleToolCount', () => {
  it('keeps every button when all fit, with no More button', () => {
    expect(visibleToolCount(ends, ends.at(-1)!, 70)).toBe(12);
    expect(visibleToolCount(ends, 2000, 70)).toBe(12);
  });
  it('otherwise keeps as many as fit beside More, from the first', () => {
    const available = ends.at(-1)! - 1;
    const count = visibleToolCount(ends, available, 70);
    expect(count).toBeLessThan(12);
    expect(ends[count - 1]! + 70).toBeLessThanOrEqual(available);
    expect(ends[count]! + 70).toBeGreaterThan(available);
  });
  it('puts everything in More when not even one button fits beside it, and handles an empty toolbar', () => {
    expect(visibleToolCount(ends, 80, 70)).toBe(0);
    expect(visibleToolCount([], 300, 70)).toBe(0);
  });
  it('is monotonic: a wider toolbar never shows fewer buttons', () => {
    let previous = 0;
    for (let available = 0; available <= 500; available++) {
      const count = visibleToolCount(ends, available, 70);
      expect(count).toBeGreaterThanOrEqual(previous);
      previous = count;
    }
  });
});

describe('frameScale', () => {
  it('shows a phone or tablet page whole, never enlarged', () => {
    expect(frameScale(600, 375)).toBe(1);
    expect(frameScale(384, 768)).toBe(0.5);
  });
  it('shrinks a desktop page only until its text column fits (its margins scroll), never below fitting the whole page', () => {
    expect(frameScale(520, 1280)).toBeCloseTo(520 / READABLE_COLUMN_PX);
    expect(frameScale(520, 1280)).toBeGreaterThan(0.75);
    expect(frameScale(1400, 1280)).toBe(1);
    expect(frameScale(900, 1280)).toBe(1);
    expect(frameScale(0, 1280)).toBe(1);
  });
});
