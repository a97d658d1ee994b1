// The edits a flag's fix makes, as transactions: one suggestion in the body or
// a caption, or every automatic fix at once — each one undo step of its own
// (closeHistory: never folded into the typing just before it). A fix applies
// only where the flagged text is still what was flagged.
import type { EditorState, Transaction } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import { isCurrent, shownFlags, type PlacedFlag, type ShownFlag } from './checks-plugin';

/** A caption's text with the flag's range replaced, or null when the caption moved on. */
export function fixedText(text: string, flag: PlacedFlag, replacement: string): string | null {
  if (text.slice(flag.from, flag.to) !== flag.text) return null;
  return text.slice(0, flag.from) + replacement + text.slice(flag.to);
}

function fixCaption(tr: Transaction, flag: PlacedFlag, replacement: string): boolean {
  const photo = flag.photoPos === undefined ? null : tr.doc.nodeAt(tr.mapping.map(flag.photoPos));
  if (!photo || photo.type.name !== 'photo') return false;
  const caption = fixedText(photo.attrs.caption as string, flag, replacement);
  if (caption === null) return false;
  tr.setNodeMarkup(tr.mapping.map(flag.photoPos!), undefined, { ...photo.attrs, caption });
  return true;
}

/** Replaces one flag (shown in the body, or a caption's) with `replacement`; null when its text has changed. */
export function fixTransaction(state: EditorState, flag: PlacedFlag, replacement: string): Transaction | null {
  const tr = state.tr;
  if (flag.photoPos !== undefined) return fixCaption(tr, flag, replacement) ? closeHistory(tr) : null;
  const shown = shownFlags(state).find((s) => s.flag.id === flag.id);
  if (!shown || !isCurrent(state, shown)) return null;
  return closeHistory(tr.insertText(replacement, shown.from, shown.to));
}

/** Every automatic fix of the body and its captions in one transaction (one undo step); null when there is none. */
export function fixAllTransaction(state: EditorState, captionFlags: readonly PlacedFlag[]): { tr: Transaction; count: number } | null {
  const automatic = (f: PlacedFlag) => f.autoFix && f.suggestions.length > 0;
  const body: ShownFlag[] = shownFlags(state).filter((s) => automatic(s.flag) && isCurrent(state, s));
  const tr = state.tr;
  let count = 0;
  // From the end backwards, so each range is still where it was found.
  for (const s of body.sort((a, b) => b.from - a.from)) {
    tr.insertText(s.flag.suggestions[0]!, s.from, s.to);
    count++;
  }
  // A caption's flags from its end backwards too: each fix reads the caption the previous one left.
  for (const flag of captionFlags.filter(automatic).sort((a, b) => b.from - a.from)) if (fixCaption(tr, flag, flag.suggestions[0]!)) count++;
  return count ? { tr: closeHistory(tr), count } : null;
}
