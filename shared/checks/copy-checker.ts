// Every check over one article's texts: spelling (the dictionary, the
// newsroom's words, the names the article vouches for), grammar and house
// style (the rule sheet). Results are kept per text, by the text itself, so
// checking an article again after an edit costs the blocks that changed plus
// one look-up per block that did not — whatever the article's length.
import type { CheckFlag } from './flag';
import { runRules, type CompiledRule } from './rules/house-rule';
import { NameCensus, isCapitalised } from './spelling/names';
import { NewsroomDictionary, normalizeWord } from './spelling/newsroom-dictionary';
import type { Speller } from './spelling/speller';
import { wordsOf, type TextWord } from './words';

export interface CheckedText {
  /** Where the text is: "headline", "standfirst", or a body block's key (article-texts.ts). */
  key: string;
  text: string;
}

interface TextAnalysis {
  words: TextWord[];
  /** Words neither the dictionary nor the newsroom knows (before the article's names are counted). */
  unknown: TextWord[];
  rules: CheckFlag[];
}

const MAX_CACHED_TEXTS = 20_000;

export class CopyChecker {
  private readonly cache = new Map<string, TextAnalysis>();

  constructor(
    private readonly speller: Speller,
    private readonly rules: readonly CompiledRule[],
    private readonly dictionary: NewsroomDictionary = new NewsroomDictionary(),
  ) {}

  /** A word the newsroom dictionary now holds: every text is read again with it. */
  addToDictionary(word: string): void {
    this.dictionary.add(word);
    this.cache.clear();
  }

  /** A word taken out of the newsroom dictionary again (the undo of adding it). */
  removeFromDictionary(word: string): void {
    this.dictionary.remove(word);
    this.cache.clear();
  }

  /** Flags per text key (texts with none are left out). */
  check(texts: readonly CheckedText[]): Map<string, CheckFlag[]> {
    const analyses = texts.map((t) => this.analyse(t.text));
    const census = new NameCensus();
    for (const a of analyses) for (const w of a.words) census.count(w.word);
    const flagged = new Set<string>();
    const out = new Map<string, CheckFlag[]>();
    texts.forEach((t, i) => {
      const a = analyses[i]!;
      const flags = [...this.spellingFlags(a.unknown, census, flagged), ...a.rules].sort((x, y) => x.from - y.from || y.to - x.to);
      if (flags.length) out.set(t.key, dropOverlaps(flags));
    });
    return out;
  }

  /** Suggestions for one word, best first: the dictionary's, after any name of the article it misspells. */
  suggest(word: string, texts: readonly CheckedText[] = []): string[] {
    const census = new NameCensus();
    for (const t of texts) for (const w of this.analyse(t.text).words) census.count(w.word);
    const name = census.nameItMisspells(word);
    return [...new Set([...(name ? [name] : []), ...this.speller.suggest(word)])].slice(0, 6);
  }

  private analyse(text: string): TextAnalysis {
    let a = this.cache.get(text);
    if (a) return a;
    const words = wordsOf(text);
    const unknown = words.filter((w) => !isNamePrefix(text, w) && this.isUnknown(w.word));
    a = { words, unknown, rules: runRules(text, this.rules) };
    if (this.cache.size >= MAX_CACHED_TEXTS) this.cache.clear();
    this.cache.set(text, a);
    return a;
  }

  private isUnknown(word: string): boolean {
    // Figures, and abbreviations with stops ("p.m", "e.g"), are not the dictionary's to judge.
    if (word.length < 2 || /[\d.]/.test(word)) return false;
    // ACRONYMS: an editor's speller leaves words in capitals alone.
    if (word === word.toUpperCase() && word !== word.toLowerCase()) return false;
    const w = normalizeWord(word);
    if (this.dictionary.has(w)) return false;
    if (this.speller.correct(w)) return false;
    // "Lavrov's" was asked as "Lavrov"; a word the dictionary has with its 's ("Parkinson's") is asked whole too.
    const whole = word.replace(/[’‘]/g, "'");
    return whole === w || !this.speller.correct(whole);
  }

  private spellingFlags(unknown: readonly TextWord[], census: NameCensus, flagged: Set<string>): CheckFlag[] {
    const flags: CheckFlag[] = [];
    for (const w of unknown) {
      const key = normalizeWord(w.word).toLowerCase();
      const base = { from: w.from, to: w.to, text: w.word, kind: 'spelling' as const, suggestions: [] as string[], autoFix: false };
      if (census.isConsistentName(w.word)) {
        // Only the first use of a name the article vouches for: check it once.
        if (flagged.has(key)) continue;
        flagged.add(key);
        flags.push({ ...base, ruleId: 'name', category: 'Names', message: `Not in the dictionary, but written with a capital all ${census.usesOf(w.word)} times, so it reads as a name. Check it once: add it to the newsroom dictionary or mark it correct.` });
        continue;
      }
      const name = census.nameItMisspells(w.word);
      if (name) {
        flags.push({ ...base, ruleId: 'spelling', category: 'Names', message: `Not in the dictionary: is it "${name}", as elsewhere in the article?`, suggestions: [name] });
        continue;
      }
      const hint = isCapitalised(w.word) ? ' If it is a name, add it to the newsroom dictionary.' : '';
      flags.push({ ...base, ruleId: 'spelling', category: 'Spelling', message: `Not in the dictionary.${hint}` });
    }
    return flags;
  }
}

/** "al-" of "al-Assad", "el-" of "el-Sisi", "bin-": lower-case particles joined to a name. */
function isNamePrefix(text: string, w: TextWord): boolean {
  return w.word.length <= 3 && w.word === w.word.toLowerCase() && text[w.to] === '-' && /\p{Lu}/u.test(text[w.to + 1] ?? '');
}

/**
 * Where two flags cover the same text, one stays, so two fixes never fight
 * over it: a rule's flag (more specific, with its fix) over a spelling flag,
 * else the one that starts first (the longer at a tie: "the the" is one
 * doubled word, not also a doubled article).
 */
function dropOverlaps(flags: CheckFlag[]): CheckFlag[] {
  const out: CheckFlag[] = [];
  for (const f of flags) {
    const clash = out.findIndex((o) => o.from < f.to && f.from < o.to);
    if (clash === -1) out.push(f);
    else if (out[clash]!.kind === 'spelling' && f.kind !== 'spelling') out[clash] = f;
  }
  return out;
}
