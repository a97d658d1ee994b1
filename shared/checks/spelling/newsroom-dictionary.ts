// The newsroom's own words — names, places, organisations — shared by every
// article (the list lives in SQLite; see electron/main/checks). An entry in
// lower case accepts any capitals ("dataset" → "Dataset", "DATASET"); an entry
// with capitals accepts that spelling, its all-capitals form, and possessives.

export const MAX_NEWSROOM_WORD = 100;

export class NewsroomDictionary {
  private readonly exact = new Set<string>();
  private readonly anyCase = new Set<string>();
  /** Each all-capitals form, with how many entries give it ("Okafor" and "okafor" both give "OKAFOR"). */
  private readonly upper = new Map<string, number>();

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    const w = normalizeWord(word);
    if (!w) return;
    const set = w === w.toLowerCase() ? this.anyCase : this.exact;
    if (set.has(w)) return;
    set.add(w);
    this.upper.set(w.toUpperCase(), (this.upper.get(w.toUpperCase()) ?? 0) + 1);
  }

  /** The undo of "Add to newsroom dictionary": the entry goes, any other entry's forms stay. */
  remove(word: string): void {
    const w = normalizeWord(word);
    const set = w === w.toLowerCase() ? this.anyCase : this.exact;
    if (!set.delete(w)) return;
    const key = w.toUpperCase();
    const left = (this.upper.get(key) ?? 1) - 1;
    if (left > 0) this.upper.set(key, left);
    else this.upper.delete(key);
  }

  has(word: string): boolean {
    const w = normalizeWord(word);
    return this.exact.has(w) || this.anyCase.has(w.toLowerCase()) || (w === w.toUpperCase() && this.upper.has(w));
  }
}

/** One word as the dictionaries compare it: curly apostrophes straightened, a possessive 's dropped. */
export function normalizeWord(word: string): string {
  return word.trim().replace(/[’‘]/g, "'").replace(/'s$/i, '').replace(/'$/, '');
}

/** A word list as one word a line (blank lines and # comments skipped), for import; refuses what is not a word. */
export function parseWordList(text: string): { words: string[]; refused: string[] } {
  const words: string[] = [];
  const refused: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (isNewsroomWord(line)) words.push(line);
    else refused.push(line);
  }
  return { words: [...new Set(words)], refused };
}

export function isNewsroomWord(word: string): boolean {
  return word.length <= MAX_NEWSROOM_WORD && /^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*$/u.test(word);
}
