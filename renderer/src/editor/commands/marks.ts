// Inline formatting. Each command follows ProseMirror's contract: it returns
// false when it does not apply and changes nothing without `dispatch`, so the
// toolbar asks "enabled?" by calling it with no dispatch.
import { toggleMark } from 'prosemirror-commands';
import type { Command, EditorState } from 'prosemirror-state';
import type { MarkType } from 'prosemirror-model';
import { nodes, marks } from '../schema-types';

export const toggleBold: Command = toggleMark(marks.strong);
export const toggleItalic: Command = toggleMark(marks.em);

/** Whether the mark is on at the cursor or across the whole selection. */
export function isMarkActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}
