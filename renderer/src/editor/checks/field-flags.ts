// Flags of the headline and standfirst: those fields are text inputs, not the
// body's document, so their flags are fixed through the session, ignored by a
// key of their own, and reached by focusing the field.
import type { PlacedFlag } from './checks-plugin';

export const isFieldFlag = (f: PlacedFlag) => f.where === 'headline' || f.where === 'standfirst';

/** "Ignore here" for a field's flag: the same text at the same place stays ignored while the article is open. */
export const fieldKey = (f: PlacedFlag) => `${f.where}\u0000${f.from}\u0000${f.text}`;

export function focusField(flag: PlacedFlag): void {
  const field = document.querySelector<HTMLTextAreaElement>(flag.where === 'headline' ? '.headline-input' : '.standfirst-input');
  if (!field) return;
  field.focus();
  field.setSelectionRange(flag.from, flag.to);
}
