// The headline guide: a soft limit that warns and never blocks.
export const HEADLINE_SOFT_LIMIT = 70;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/** Characters as a reader sees them (an emoji or an accented letter is one). */
export function visibleLength(text: string): number {
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

export function headlineHint(length: number, limit = HEADLINE_SOFT_LIMIT): { text: string; over: boolean } {
  if (length <= limit) return { text: `${length}/${limit}`, over: false };
  const over = length - limit;
  return { text: `${length}/${limit} · ${over} over the guide`, over: true };
}
