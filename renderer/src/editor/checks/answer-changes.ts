// Whether an answer of the checker changes what the editor shows of one text.
// Most answers after a pause find a changed text's flags shown already,
// carried through the edits; only a text whose flags differ is placed again
// (flag-placing.ts), so telling every subscriber and redrawing happens only
// when something on screen or in the panel would change.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { CheckFlag } from '../../../../shared/checks/flag';
import type { LocatedFlag, PlacedFlag } from './checks-plugin';

/** An answer as the feed hands it over: every text's flags by key, and the texts as they were checked (the document now). */
export interface Answer {
  version: number;
  flags: ReadonlyMap<string, CheckFlag[]>;
  texts: readonly ArticleText[];
}

/**
 * True when a text's flags now (placed on the answer's document, those kept) are the ones shown, at the same places.
 * `shown` is null when an edit took a shown flag's text away. A field's or a caption's flags have no body range: their
 * offsets in the text are compared.
 */
export function showsSame(shown: readonly LocatedFlag[] | null, now: readonly PlacedFlag[]): boolean {
  if (!shown || shown.length !== now.length) return false;
  return shown.every((b, i) => sameAt(b, now[i]!));
}

/** Whether a flag shown (where it is now) is the flag `now` places: same place, same finding, same label and context. */
export function sameAt(b: LocatedFlag, flag: PlacedFlag): boolean {
  return b.from === (flag.range?.from ?? flag.from) && b.to === (flag.range?.to ?? flag.to) && b.flag.label === flag.label && sameFinding(b.flag, flag) && sameMark(b.flag, flag);
}

/**
 * A changed text's flags now, each one that is shown already (same place and finding) as the object shown: its id,
 * its decoration, and a menu or panel row open on it stay good when a word elsewhere in the paragraph changed.
 */
export function reusing(shown: readonly LocatedFlag[], now: readonly PlacedFlag[]): PlacedFlag[] {
  const used = new Set<PlacedFlag>();
  return now.map((flag) => {
    const kept = shown.find((b) => !used.has(b.flag) && sameAt(b, flag))?.flag;
    if (kept) used.add(kept);
    return kept ?? flag;
  });
}

function sameFinding(x: CheckFlag, y: CheckFlag): boolean {
  return x.ruleId === y.ruleId && x.kind === y.kind && x.text === y.text && x.message === y.message && x.autoFix === y.autoFix && x.suggestions.join('\u0000') === y.suggestions.join('\u0000');
}

// What "Mark correct here" would remember reads the neighbouring words, which an edit next to the flag changes.
const sameMark = (x: PlacedFlag, y: PlacedFlag) => x.mark.before === y.mark.before && x.mark.after === y.mark.after;

/** A field's or caption's flags as "located" by their offsets in their text. */
export const atOffsets = (flags: readonly PlacedFlag[]): LocatedFlag[] => flags.map((flag) => ({ flag, from: flag.from, to: flag.to }));
