// A new answer against what the body already shows: only the blocks whose
// flags differ are redrawn. The flags shown are already where they belong
// (decorations move with every edit), so after a pause in which one paragraph
// was typed in, at most that paragraph's flags change — and when none did,
// nothing is dispatched at all (a dispatch re-renders the editor, which at
// 5,000 paragraphs costs as much as a keystroke). One pass over the blocks and
// the shown flags together: linear in the article, never blocks × flags.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { PlacedFlag, ShownFlag } from './checks-plugin';

export interface FlagDiff {
  /** Shown flags to take away (their block's flags changed, or the block went). */
  remove: ShownFlag[];
  /** New flags to show. */
  add: PlacedFlag[];
}

const same = (shown: ShownFlag, fresh: PlacedFlag) =>
  shown.from === fresh.range!.from && shown.to === fresh.range!.to && shown.flag.ruleId === fresh.ruleId && shown.flag.text === fresh.text && shown.flag.message === fresh.message;

/** `shown` sorted by position; `fresh` the answer's body flags (with ranges); `texts` the texts the answer was about. */
export function diffFlags(shown: readonly ShownFlag[], fresh: readonly PlacedFlag[], texts: readonly ArticleText[]): FlagDiff {
  const byKey = new Map<string, PlacedFlag[]>();
  for (const f of fresh) byKey.set(f.where, [...(byKey.get(f.where) ?? []), f]);
  const remove: ShownFlag[] = [];
  const add: PlacedFlag[] = [];
  let s = 0;
  for (const t of texts) {
    if (!t.key.startsWith('block:') || t.pos === undefined) continue;
    const start = t.pos;
    const end = t.pos + t.text.length;
    // Shown flags before this block belong to no block of the answer: gone.
    while (s < shown.length && shown[s]!.from < start) remove.push(shown[s++]!);
    const inBlock: ShownFlag[] = [];
    while (s < shown.length && shown[s]!.from <= end && shown[s]!.from >= start) inBlock.push(shown[s++]!);
    const now = byKey.get(t.key) ?? [];
    if (inBlock.length !== now.length || !inBlock.every((x, i) => same(x, now[i]!))) {
      remove.push(...inBlock);
      add.push(...now);
    }
  }
  remove.push(...shown.slice(s));
  return { remove, add };
}
