// Typing a note at the caret: Mod-Alt-M with nothing selected starts a note
// there, and what is typed next is the note, letter after letter, until
// Mod-Alt-M again or the caret leaves it. Needed because the note mark is not
// inclusive (typing after a finished note must be copy again, so its end does
// not spread): ProseMirror would give the mark to the first letter only.
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import type { Mark } from 'prosemirror-model';
import { marks } from '../schema-types';
import { notesAtSelection } from './notes-at';
import type { NoteAttrs } from '../../../../shared/article/note-mark';

export const noteTypingKey = new PluginKey<Mark | null>('noteTyping');

/** The note being typed at the caret, or null. */
export function noteBeingTyped(state: EditorState): Mark | null {
  return noteTypingKey.getState(state) ?? null;
}

/** Whether the caret is still in (or at the end of) the note being typed. */
function stillInNote(state: EditorState, note: Mark): boolean {
  if (!state.selection.empty) return false;
  if (state.storedMarks?.some((m) => m.eq(note))) return true; // nothing typed yet
  return notesAtSelection(state).some((run) => run.mark.eq(note));
}

/** Starts (with attributes) or stops (null) typing a note at the caret, as one transaction's meta. */
export function startNoteTyping(state: EditorState, attrs: NoteAttrs) {
  const note = marks.note.create(attrs);
  return state.tr.setStoredMarks([...(state.storedMarks ?? state.selection.$from.marks()), note]).setMeta(noteTypingKey, note);
}

export function stopNoteTyping(state: EditorState) {
  return state.tr.setStoredMarks(null).setMeta(noteTypingKey, null);
}

export function noteTypingPlugin(): Plugin<Mark | null> {
  return new Plugin<Mark | null>({
    key: noteTypingKey,
    state: {
      init: () => null,
      apply: (tr, note, _old, next) => {
        const meta = tr.getMeta(noteTypingKey) as Mark | null | undefined;
        if (meta !== undefined) return meta;
        if (!note || (!tr.docChanged && !tr.selectionSet)) return note;
        return stillInNote(next, note) ? note : null;
      },
    },
    props: {
      // Each letter typed while a note is being typed is the note's (the first one has it from the stored marks).
      handleTextInput(view, from, to, text) {
        const note = noteBeingTyped(view.state);
        if (!note || view.state.storedMarks) return false;
        const tr = view.state.tr.insertText(text, from, to);
        view.dispatch(tr.addMark(from, from + text.length, note));
        return true;
      },
    },
  });
}
