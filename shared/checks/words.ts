// The words of a text, with where each is, as the spelling check sees them:
// Intl.Segmenter's word boundaries (so "don't" and "al-Assad"'s parts come out
// as a reader sees them, in any script), minus what is not prose — web and
// mail addresses, @handles, #tags — which a dictionary has no opinion on.

export interface TextWord {
  word: string;
  from: number;
  to: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return segmenter;
}

/** Addresses and handles: their characters are not words to check. */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w-]+/giu;

export function wordsOf(text: string, locale = 'en'): TextWord[] {
  const skip: Array<[number, number]> = [];
  for (const m of text.matchAll(NOT_PROSE)) skip.push([m.index, m.index + m[0].length]);
  const words: TextWord[] = [];
  let s = 0;
  for (const segment of segmenterFor(locale).segment(text)) {
    if (!segment.isWordLike) continue;
    const from = segment.index;
    const to = from + segment.segment.length;
    while (s < skip.length && skip[s]![1] <= from) s++;
    if (s < skip.length && skip[s]![0] < to) continue;
    words.push({ word: segment.segment, from, to });
  }
  return words;
}
