// Flags of the headline, standfirst and photo captions: those fields are
// textareas, not the body's document, so their flags are drawn on a copy of
// the text laid over the field (FieldFlags.tsx), found by the caret's offset,
// fixed by typing the suggestion into the field as the browser's own edit (so
// the field's Undo takes it back), ignored by a key of their own (headline and
// standfirst), and reached by focusing the field.
import type { PlacedFlag } from './checks-plugin';

export type FlagField = 'headline' | 'standfirst';

export const isFieldFlag = (f: PlacedFlag) => f.where === 'headline' || f.where === 'standfirst';

/** "Ignore here" for a field's flag: the same text at the same place stays ignored while the article is open. */
export const fieldKey = (f: PlacedFlag) => `${f.where}\u0000${f.from}\u0000${f.text}`;

/** The field a flag is in: the one its underline lies over, else the headline's or standfirst's. */
function fieldElement(flag: PlacedFlag): HTMLTextAreaElement | null {
  const drawn = document.querySelector(`[data-field-flag="${CSS.escape(flag.id)}"]`)?.closest('.flag-field')?.querySelector('textarea');
  if (drawn) return drawn;
  return isFieldFlag(flag) ? document.querySelector<HTMLTextAreaElement>(flag.where === 'headline' ? '.headline-input' : '.standfirst-input') : null;
}

/** Picks a field's flags from the article's, for its text now. */
export type FlagPick = (flags: readonly PlacedFlag[], text: string) => PlacedFlag[];

/** The flags of one field that still hold what was flagged (typing since the check moved the others: they wait for the next). */
export function currentFieldFlags(flags: readonly PlacedFlag[], where: FlagField, text: string): PlacedFlag[] {
  return flags.filter((f) => f.where === where && text.slice(f.from, f.to) === f.text);
}

export const headlineFlags: FlagPick = (flags, text) => currentFieldFlags(flags, 'headline', text);
export const standfirstFlags: FlagPick = (flags, text) => currentFieldFlags(flags, 'standfirst', text);
/**
 * A caption's flags, told by the caption's text (a photo's view has no position while it renders): two photos
 * share a flag only where both captions have the same word at the same place.
 */
export const captionFlags: FlagPick = (flags, text) => flags.filter((f) => f.photoPos !== undefined && text.slice(f.from, f.to) === f.text);

/** Whether a flag's menu gives the caret back to a field rather than the body. */
export const isInField = (f: PlacedFlag) => isFieldFlag(f) || f.photoPos !== undefined;

/** The field's text in runs, each flagged run with its flag, for the copy laid over the field. */
export function flagRuns(text: string, flags: readonly PlacedFlag[]): { text: string; flag?: PlacedFlag }[] {
  const runs: { text: string; flag?: PlacedFlag }[] = [];
  let at = 0;
  for (const flag of [...flags].sort((a, b) => a.from - b.from)) {
    if (flag.from < at) continue;
    if (flag.from > at) runs.push({ text: text.slice(at, flag.from) });
    runs.push({ text: text.slice(flag.from, flag.to), flag });
    at = flag.to;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The flag under a caret offset in the field (its ends included, as in the body). */
export const fieldFlagAt = (flags: readonly PlacedFlag[], offset: number) => flags.find((f) => f.from <= offset && offset <= f.to) ?? null;

export function focusField(flag: PlacedFlag): void {
  const field = fieldElement(flag);
  if (!field) return;
  field.focus();
  field.setSelectionRange(flag.from, flag.to);
}

/** Focus back in a flag's field, its caret where it was (after its menu closed). */
export function returnToField(flag: PlacedFlag): void {
  fieldElement(flag)?.focus();
}

/**
 * Types the replacement over the flagged text in its field as the browser's own edit: the field's input event
 * reaches the session as typing does, and Ctrl+Z in the field takes the fix back. False when the field (or the
 * browser's edit command) is not there.
 */
export function replaceInField(flag: PlacedFlag, replacement: string): boolean {
  const field = fieldElement(flag);
  if (!field || field.value.slice(flag.from, flag.to) !== flag.text) return false;
  field.focus();
  field.setSelectionRange(flag.from, flag.to);
  // execCommand is deprecated but is still the only way to edit a textarea inside its undo history.
  return replacement ? document.execCommand('insertText', false, replacement) : document.execCommand('delete');
}

/** Where a flag's menu goes: under its word in the copy over the field. */
export function fieldFlagBox(flag: PlacedFlag): DOMRect | null {
  return document.querySelector(`[data-field-flag="${CSS.escape(flag.id)}"]`)?.getBoundingClientRect() ?? null;
}
