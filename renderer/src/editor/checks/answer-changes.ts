// Whether an answer of the checker changes what the editor shows. Most
// answers after a pause find the flags shown already, carried through the
// edits: placing all of a 5,000-paragraph article's 12,000 flags again, telling
// every subscriber and redrawing cost the main thread 50–300 ms a pause, about
// a keystroke's worth, for nothing. So only the texts the answer or the edits
// changed are compared, each with what is shown of it now.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { CheckFlag } from '../../../../shared/checks/flag';
import type { BodyFlags } from './body-flags';
import type { PlacedFlag } from './checks-plugin';
import { placeFlags } from './place-flags';

/** An answer as the feed hands it over: every text's flags by key, and the texts as they were checked. */
export interface Answer {
  version: number;
  flags: ReadonlyMap<string, CheckFlag[]>;
  texts: readonly ArticleText[];
}

interface At {
  flag: CheckFlag;
  from: number;
  to: number;
}

export interface Shown {
  /** The body's flags, moved with the edits. */
  body: BodyFlags;
  /** Every flag of the last answer shown (the fields' are found here by offset). */
  flags: readonly PlacedFlag[];
}

/** Edits the body's flags may be carried through before they are placed anew (body-flags.ts: each edit costs every look-up). */
const MAX_CARRIED = 64;
const MAX_CHANGED = 64;

/**
 * True when the flags each changed text has now in the answer (those `keep` keeps: not ignored) are the ones shown, at
 * the same places. A caption's flags name their photo by its place at the answer, so with any of those it is false;
 * so it is after a long run of edits.
 */
export function showsAlready(shown: Shown, changed: ReadonlySet<string>, answer: Answer, keep: (placed: PlacedFlag[]) => PlacedFlag[]): boolean {
  // Many changed texts (a paragraph inserted renumbers the blocks after it): placing everything is as quick.
  if (changed.size > MAX_CHANGED || shown.body.carried > MAX_CARRIED || shown.flags.some((f) => f.photoPos !== undefined)) return false;
  const textOf = new Map(answer.texts.map((t) => [t.key, t]));
  for (const key of changed) {
    const text = textOf.get(key);
    const now = text ? keep(placeFlags(answer.version, answer.flags, [text])) : [];
    if (key.startsWith('caption:') && now.length) return false;
    const before: At[] | null = key.startsWith('block:') ? shown.body.locatedIn(key) : shown.flags.filter((f) => f.where === key).map((flag) => ({ flag, from: flag.from, to: flag.to }));
    if (!before) return false;
    const after = now.map((flag): At => ({ flag, from: flag.range?.from ?? flag.from, to: flag.range?.to ?? flag.to }));
    if (before.length !== after.length || !before.every((b, i) => same(b, after[i]!))) return false;
  }
  return true;
}

function same(a: At, b: At): boolean {
  const [x, y] = [a.flag, b.flag];
  return a.from === b.from && a.to === b.to && x.ruleId === y.ruleId && x.kind === y.kind && x.text === y.text && x.message === y.message && x.suggestions.join('\u0000') === y.suggestions.join('\u0000');
}
