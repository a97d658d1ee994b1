// Which toolbar buttons fit on one line: the rest go into the "More" menu.
// Widths are measured by the toolbar (a hidden row of every button); the
// decision is arithmetic, kept here so it can be tested without a browser.

/**
 * How many items, from the first, stay on the toolbar.
 * @param ends each item's right edge, measured from the row's start, in order (gaps and group rules included)
 * @param available the width the toolbar has for them
 * @param moreWidth the More button's width with the gap before it
 */
export function visibleToolCount(ends: readonly number[], available: number, moreWidth: number): number {
  const total = ends.length;
  if (total === 0) return 0;
  if (ends[total - 1]! <= available) return total;
  let count = 0;
  while (count < total && ends[count]! + moreWidth <= available) count += 1;
  return count;
}
