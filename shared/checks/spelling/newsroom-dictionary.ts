// The newsroom's own words — names, places, organisations — shared by every
// article (the list lives in SQLite; see electron/main/checks). An entry in
// lower case accepts any capitals ("dataset" → "Dataset", "DATASET"); an entry
// with capitals accepts that spelling, its all-capitals form, and possessives.

export const MAX_NEWSROOM_WORD = 100;

export class NewsroomDictionary {
  private readonly exact = new Set<string>();
  private readonly anyCase = new Set<string>();
  private readonly upper = new Set<string>();

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    const w = normalizeWord(word);
    if (!w) return;
    if (w === w.toLowerCase()) this.anyCase.add(w);
    else this.exact.add(w);
    this.upper.add(w.toUpperCase());
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
