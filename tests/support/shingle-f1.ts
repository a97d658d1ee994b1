// How close an extracted article text is to the true one: F1 over 4-word
// shingles, the measure used to compare article extractors. Both texts are
// normalised the same way (lower case, words of letters and digits only, so
// punctuation, curly quotes and line breaks do not count); shingles are
// counted as a multiset, so text extracted twice is not free. A corpus score
// is the mean of the pages' F1 (each page counts once, whatever its length).
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export const SHINGLE = 4;

export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function shingles(text: string, size = SHINGLE): Map<string, number> {
  const w = words(text);
  const out = new Map<string, number>();
  // A text shorter than one shingle is one shingle of what it has.
  const last = Math.max(0, w.length - size);
  for (let i = 0; i <= last && w.length; i++) {
    const key = w.slice(i, i + size).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function score(extracted: string, truth: string): Score {
  const got = shingles(extracted);
  const want = shingles(truth);
  let common = 0;
  for (const [key, n] of got) common += Math.min(n, want.get(key) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const gotN = total(got);
  const wantN = total(want);
  if (gotN === 0 && wantN === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = gotN ? common / gotN : 0;
  const recall = wantN ? common / wantN : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Per-page normalised: the mean of each page's precision, recall and F1. */
export function corpusScore(pages: readonly Score[]): Score {
  const mean = (k: keyof Score) => (pages.length ? pages.reduce((a, p) => a + p[k], 0) / pages.length : 0);
  return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}
