// Editorial notes in the body: making one over the selection (Mod-Alt-M),
// with the initials and time of whoever makes it, and resolving one
// (Mod-Alt-Shift-M, or the note card's button).
//
// Resolving takes the note's words out of the body, in one undo step. Why not
// keep it, marked resolved and hidden? Because hidden words in the copy are a
// trap for a journalist: a Backspace that seems to do nothing (it deleted a
// hidden letter), a caret that lands inside text nobody can see and types
// into it, a sentence moved without the note that was hidden in it. The
// history is where a done-with note belongs, as a crossed-out margin note
// stays on the old proof: before the note goes, the caller asks main to keep
// a version of the article as stored (if the newest version lacks it), so the
// History pane shows the note in the version before — and Undo brings it back.
import { toggleMark } from 'prosemirror-commands';
import { closeHistory } from 'prosemirror-history';
import type { Command, Transaction } from 'prosemirror-state';
import { marks } from '../schema-types';
import type { NoteRun } from '../../../../shared/article/notes';
import { notesAtSelection } from '../notes/notes-at';
import type { NoteAttrs } from '../../../../shared/article/note-mark';
import { noteBeingTyped, startNoteTyping, stopNoteTyping } from '../notes/note-typing';

/**
 * An editorial note over the selection with these attributes, or off where it
 * is one. At a bare caret outside any note it starts a note there, typed from
 * the next letter on (../notes/note-typing.ts), and stops it when pressed again.
 */
export function toggleNote(attrs: () => NoteAttrs): Command {
  return (state, dispatch) => {
    if (state.selection.empty) {
      const typing = noteBeingTyped(state);
      if (!typing && (notesAtSelection(state).length > 0 || !state.selection.$from.parent.inlineContent)) return false;
      if (dispatch) dispatch(typing ? stopNoteTyping(state) : startNoteTyping(state, attrs()));
      return true;
    }
    // Asked "enabled?" (no dispatch): no need to read the clock or the settings.
    return toggleMark(marks.note, dispatch ? attrs() : null)(state, dispatch);
  };
}

/**
 * Resolves the notes at the selection: their words leave the body (a space
 * left doubled by it goes too, and a top-level paragraph that was nothing but
 * notes), as one undo step. `beforeResolving` is told first, so History can
 * keep the version with the notes.
 */
export function resolveNotes(beforeResolving?: () => void): Command {
  return (state, dispatch) => {
    const runs = notesAtSelection(state);
    if (runs.length === 0) return false;
    if (!dispatch) return true;
    beforeResolving?.();
    const tr = state.tr;
    for (const run of [...runs].reverse()) removeRun(tr, run);
    dispatch(closeHistory(tr).setMeta('resolvedNotes', runs.length).scrollIntoView());
    return true;
  };
}

function removeRun(tr: Transaction, run: NoteRun): void {
  tr.delete(run.from, run.to);
  const at = run.from;
  const $at = tr.doc.resolve(at);
  if ($at.parent.type.name === 'paragraph' && $at.parent.content.size === 0 && $at.depth === 1 && tr.doc.childCount > 1) {
    tr.delete($at.before(1), $at.after(1));
    return;
  }
  const before = $at.nodeBefore?.isText ? $at.nodeBefore.text!.slice(-1) : '';
  const after = $at.nodeAfter?.isText ? $at.nodeAfter.text![0]! : '';
  // "the library. [note] Campaigners" would keep both spaces, "Three [note]." and "end [note]" one too many.
  if (before === ' ' && (after === '' || /^[ .,;:!?)’”]$/.test(after))) tr.delete(at - 1, at);
  else if (before === '' && after === ' ') tr.delete(at, at + 1);
}
