// While the caret is in an editorial note, the status bar says whose note it
// is and when, and offers the click path to resolve it (the keyboard path is
// the command's key, Mod-Alt-Shift-M, shown on the button). In the status bar
// rather than floating by the note: a card beside the caret covered the very
// line being written. Never focused: the writer keeps typing in the note, and
// the button keeps the editor's selection (mousedown is not let through).
import { useState } from 'react';
import { useEditorEffect, useEditorEventCallback, useEditorStateSelector } from '@handlewithcare/react-prosemirror';
import type { BodyCommands } from '../commands/body-commands';
import { noteAtCaret } from './notes-at';
import { describeKey } from '../help/shortcuts';
import { noteLabelText } from './note-label-text';
import type { NoteAttrs } from '../../../../shared/article/note-mark';
import { commandDeclaration } from '../../../../shared/commands/commands';
import './notes.css';

const RESOLVE_KEY = commandDeclaration('resolve-note').keys[0]!;
/** "Mod-Alt-Shift-m" as aria-keyshortcuts writes it. */
const ARIA_KEYS = RESOLVE_KEY.replace('Mod', 'Control').replace(/-/g, '+').replace(/\+m$/, '+M');

export function NoteCard({ commands }: { commands: BodyCommands }) {
  // The note's mark, not the run: a mark keeps its identity while the writer types in the note, so the card re-renders only when the caret enters or leaves one.
  const mark = useEditorStateSelector((state) => (state ? (noteAtCaret(state)?.mark ?? null) : null));
  const [focused, setFocused] = useState(false);

  // Shown only while the body has the focus: a caret left in a note while the writer is in the headline says nothing.
  useEditorEffect((view) => {
    const update = () => setFocused(view.hasFocus());
    update();
    view.dom.addEventListener('focus', update);
    view.dom.addEventListener('blur', update);
    return () => {
      view.dom.removeEventListener('focus', update);
      view.dom.removeEventListener('blur', update);
    };
  }, []);

  const resolve = useEditorEventCallback((view) => {
    if (!view) return;
    commands.get('resolve-note')?.run(view.state, view.dispatch, view);
    view.focus();
  });

  if (!mark || !focused) return null;
  const text = noteLabelText(mark.attrs as NoteAttrs, new Date());
  const key = describeKey(RESOLVE_KEY);
  return (
    <div className="note-card" role="group" aria-label="Editorial note">
      <span className="note-card-who" title={text.spoken.replace(/:$/, '')}>
        {text.short}
      </span>
      <button type="button" aria-keyshortcuts={ARIA_KEYS} title={`Resolve note (${key}): it leaves the copy; History keeps it`} onMouseDown={(e) => e.preventDefault()} onClick={resolve}>
        Resolve note
      </button>
    </div>
  );
}
