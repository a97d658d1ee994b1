// Every check over one article's texts: spelling (the dictionary, the
// newsroom's words, the names the article vouches for), grammar and house
// style (the rule sheet). Results are kept per text, by the text itself, and
// the article's census of names is kept as its texts change, so checking an
// article again after an edit costs the blocks that changed plus one look-up
// per block that did not, and its unknown words — at 5,000 paragraphs,
// counting every word again took 160–500 ms of the worker per check. A text
// whose flags are what they were keeps the same array, so a caller can tell
// what changed by identity.
import type { CheckFlag } from './flag';
import { runRules, type CompiledRule } from './rules/house-rule';
import { NameCensus, isCapitalised, type NameUse } from './spelling/names';
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
  /** Its words' uses, for the article's census of names. */
  uses: ReadonlyMap<string, NameUse>;
  /** Words neither the dictionary nor the newsroom knows (before the article's names are counted). */
  unknown: TextWord[];
  rules: CheckFlag[];
  /** The flags of a text with no unknown word: its rules' alone, made once. */
  ruleFlags: CheckFlag[];
}

const MAX_CACHED_TEXTS = 20_000;

export class CopyChecker {
  private readonly cache = new Map<string, TextAnalysis>();
  /** The texts of the last check by key, the census of their words, and the flags each got. */
  private held = new Map<string, { analysis: TextAnalysis; flags: CheckFlag[] | undefined }>();
  private census = new NameCensus();

  constructor(
    private readonly speller: Speller,
    private readonly rules: readonly CompiledRule[],
    private readonly dictionary: NewsroomDictionary = new NewsroomDictionary(),
  ) {}

  /** A word the newsroom dictionary now holds: every text is read again with it. */
  addToDictionary(word: string): void {
    this.dictionary.add(word);
    this.cache.clear();
    this.held = new Map();
    this.census = new NameCensus();
  }

  /** A word taken out of the newsroom dictionary again (the undo of adding it): every text is judged afresh, as after adding one. */
  removeFromDictionary(word: string): void {
    this.dictionary.remove(word);
    this.cache.clear();
    this.held = new Map();
    this.census = new NameCensus();
  }

  /** Flags per text key (texts with none are left out); the texts are the whole article, in order. */
  check(texts: readonly CheckedText[]): Map<string, CheckFlag[]> {
    const analyses = texts.map((t) => this.analyse(t.text));
    this.recount(texts, analyses);
    const flagged = new Set<string>();
    const out = new Map<string, CheckFlag[]>();
    texts.forEach((t, i) => {
      const a = analyses[i]!;
      const held = this.held.get(t.key)!;
      const flags = a.unknown.length ? this.sameAs(held.flags, this.flagsWithSpelling(a, flagged)) : a.ruleFlags;
      held.flags = flags.length ? flags : undefined;
      if (flags.length) out.set(t.key, flags);
    });
    return out;
  }

  /** The census follows the texts that changed, joined or left since the last check. */
  private recount(texts: readonly CheckedText[], analyses: readonly TextAnalysis[]): void {
    const next = new Map<string, { analysis: TextAnalysis; flags: CheckFlag[] | undefined }>();
    texts.forEach((t, i) => {
      const analysis = analyses[i]!;
      const before = this.held.get(t.key);
      if (before?.analysis === analysis) return next.set(t.key, before);
      if (before) this.census.addUses(before.analysis.uses, -1);
      this.census.addUses(analysis.uses, 1);
      next.set(t.key, { analysis, flags: undefined });
    });
    for (const [key, gone] of this.held) if (!next.has(key)) this.census.addUses(gone.analysis.uses, -1);
    this.held = next;
  }

  private flagsWithSpelling(a: TextAnalysis, flagged: Set<string>): CheckFlag[] {
    return dropOverlaps([...this.spellingFlags(a.unknown, this.census, flagged), ...a.rules].sort(byPlace));
  }

  /** The flags a text had, when these are the same ones. */
  private sameAs(before: CheckFlag[] | undefined, flags: CheckFlag[]): CheckFlag[] {
    return before && sameFlags(before, flags) ? before : flags;
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
    const rules = runRules(text, this.rules);
    a = { words, uses: NameCensus.usesIn(words.map((w) => w.word)), unknown, rules, ruleFlags: dropOverlaps([...rules].sort(byPlace)) };
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

const byPlace = (x: CheckFlag, y: CheckFlag) => x.from - y.from || y.to - x.to;

/** Whether two lists of a text's flags say the same (the same array, or flag for flag). */
export function sameFlags(a: readonly CheckFlag[], b: readonly CheckFlag[]): boolean {
  return a === b || (a.length === b.length && a.every((f, i) => sameFlag(f, b[i]!)));
}

function sameFlag(a: CheckFlag, b: CheckFlag): boolean {
  return a.from === b.from && a.to === b.to && a.ruleId === b.ruleId && a.message === b.message && a.text === b.text && a.suggestions.join('\u0000') === b.suggestions.join('\u0000');
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
