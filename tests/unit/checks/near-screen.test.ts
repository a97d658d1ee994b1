// The windows of the body whose flags are drawn (body-flags.ts): the screen's and the caret's, joined only when they
// overlap, so a caret far from the screen never draws the flags between them.
import { describe, expect, it } from 'vitest';
import { mergedWindows } from '../../../renderer/src/editor/checks/body-flags';

describe('mergedWindows', () => {
  it('keeps a screen window and a far caret window apart', () => {
    expect(mergedWindows([[0, 4_000], [50_000, 54_000]])).toEqual([[0, 4_000], [50_000, 54_000]]);
  });
  it('sorts them (the caret above the screen)', () => {
    expect(mergedWindows([[50_000, 54_000], [0, 4_000]])).toEqual([[0, 4_000], [50_000, 54_000]]);
  });
  it('joins overlapping or touching windows, and one inside another', () => {
    expect(mergedWindows([[0, 4_000], [3_000, 7_000]])).toEqual([[0, 7_000]]);
    expect(mergedWindows([[0, 4_000], [4_000, 5_000]])).toEqual([[0, 5_000]]);
    expect(mergedWindows([[0, 10_000], [2_000, 3_000]])).toEqual([[0, 10_000]]);
  });
});
