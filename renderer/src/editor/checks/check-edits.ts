// The edits a flag's fix makes, as transactions: one suggestion in the body or
// a caption, or every automatic fix at once — each one undo step of its own
// (closeHistory: never folded into the typing just before it). A fix applies
// only where the flagged text is still what was flagged.
import type { EditorState, Transaction } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import { isCurrent, type LocatedFlag, type PlacedFlag } from './checks-plugin';

/** A caption's text with the flag's range replaced, or null when the caption moved on. */
export function fixedText(text: string, flag: PlacedFlag, replacement: string): string | null {
  if (text.slice(flag.from, flag.to) !== flag.text) return null;
  return text.slice(0, flag.from) + replacement + text.slice(flag.to);
}

function fixCaption(tr: Transaction, flag: PlacedFlag, replacement: string): boolean {
  const pos = flag.photoPos === undefined ? -1 : tr.mapping.map(flag.photoPos);
  const photo = pos < 0 ? null : tr.doc.nodeAt(pos);
  if (!photo || photo.type.name !== 'photo') return false;
  const caption = fixedText(photo.attrs.caption as string, flag, replacement);
  if (caption === null) return false;
  tr.setNodeMarkup(pos, undefined, { ...photo.attrs, caption });
  return true;
}

/** Replaces one flag — in the body where `at` says, or in a caption — with `replacement`; null when its text has changed. */
export function fixTransaction(state: EditorState, flag: PlacedFlag, replacement: string, at: LocatedFlag | null): Transaction | null {
  const tr = state.tr;
  if (flag.photoPos !== undefined) return fixCaption(tr, flag, replacement) ? closeHistory(tr) : null;
  if (!at || !isCurrent(state, at)) return null;
  return closeHistory(tr.insertText(replacement, at.from, at.to));
}

const automatic = (f: PlacedFlag) => f.autoFix && f.suggestions.length > 0;

/** Every automatic fix of the body and its captions in one transaction (one undo step); null when there is none. */
export function fixAllTransaction(state: EditorState, body: readonly LocatedFlag[], captions: readonly PlacedFlag[]): { tr: Transaction; count: number } | null {
  const tr = state.tr;
  let count = 0;
  // From the end backwards, so each range is still where it was found.
  for (const at of body.filter((l) => automatic(l.flag) && isCurrent(state, l)).sort((a, b) => b.from - a.from)) {
    tr.insertText(at.flag.suggestions[0]!, at.from, at.to);
    count++;
  }
  // A caption's flags from its end backwards too: each fix reads the caption the previous one left.
  for (const flag of captions.filter(automatic).sort((a, b) => b.from - a.from)) if (fixCaption(tr, flag, flag.suggestions[0]!)) count++;
  return count ? { tr: closeHistory(tr), count } : null;
}
