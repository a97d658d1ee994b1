// Proper names the article itself vouches for. A word the dictionary does not
// know, written with a capital every time the article uses it ("Aleppo" three
// times, never "aleppo"), reads as a name: only its first use is flagged — to
// be checked once, and added to the newsroom dictionary or marked correct —
// and the rest are not. A word used once, or also in lower case, gets no such
// trust. A one-off word a letter or two from such a name ("Alepo") is flagged
// as a likely misspelling of it.
import { normalizeWord } from './newsroom-dictionary';

export interface NameUse {
  capitalised: number;
  lower: number;
}

export class NameCensus {
  private readonly uses = new Map<string, NameUse>();

  count(word: string): void {
    const key = normalizeWord(word);
    const lowerKey = key.toLowerCase();
    const use = this.uses.get(lowerKey) ?? { capitalised: 0, lower: 0 };
    if (isCapitalised(key)) use.capitalised++;
    else if (key === lowerKey) use.lower++;
    this.uses.set(lowerKey, use);
  }

  /** The uses of one text's words, by word: added to (or taken from) an article's census when the text joins (or leaves) it. */
  static usesIn(words: readonly string[]): ReadonlyMap<string, NameUse> {
    const census = new NameCensus();
    for (const w of words) census.count(w);
    return census.uses;
  }

  /** Adds one text's uses (sign 1) or takes them away (sign -1): an article's census kept as its texts change, without counting every word again. */
  addUses(uses: ReadonlyMap<string, NameUse>, sign: 1 | -1): void {
    for (const [key, { capitalised, lower }] of uses) {
      const use = this.uses.get(key) ?? { capitalised: 0, lower: 0 };
      use.capitalised += sign * capitalised;
      use.lower += sign * lower;
      if (use.capitalised === 0 && use.lower === 0) this.uses.delete(key);
      else this.uses.set(key, use);
    }
  }

  /** Whether the article writes this word with a capital at least twice and never in lower case. */
  isConsistentName(word: string): boolean {
    const use = this.uses.get(normalizeWord(word).toLowerCase());
    return !!use && use.capitalised >= 2 && use.lower === 0;
  }

  usesOf(word: string): number {
    const use = this.uses.get(normalizeWord(word).toLowerCase());
    return use ? use.capitalised + use.lower : 0;
  }

  /** A consistent name one or two edits from this word, when the word itself is used only once. */
  nameItMisspells(word: string): string | null {
    const w = normalizeWord(word).toLowerCase();
    if (w.length < 4 || this.usesOf(word) !== 1) return null;
    for (const [key, use] of this.uses) {
      if (key === w || use.capitalised < 2 || use.lower > 0) continue;
      if (Math.abs(key.length - w.length) > 2 || key[0] !== w[0]) continue;
      if (editDistance(key, w, 2) <= (w.length >= 7 ? 2 : 1)) return key[0]!.toUpperCase() + key.slice(1);
    }
    return null;
  }
}

export function isCapitalised(word: string): boolean {
  const first = word.match(/\p{L}/u)?.[0];
  return !!first && first !== first.toLowerCase() && word !== word.toUpperCase();
}

/** Optimal string alignment distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const prev2: number[] = new Array(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = row;
  }
  return prev[b.length]!;
}
