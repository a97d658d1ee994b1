// The small card under the caret while it is in an editorial note: whose note
// it is and when, and the click path to resolve it (the keyboard path is the
// command's key, Mod-Alt-Shift-M, shown on the button). Not a dialog and never
// focused: the writer keeps typing in the note, and the button keeps the
// editor's selection (mousedown is not let through).
import { useState } from 'react';
import { useEditorEffect, useEditorEventCallback, useEditorState } from '@handlewithcare/react-prosemirror';
import type { BodyCommands } from '../commands/body-commands';
import { noteAtCaret } from '../commands/notes';
import { describeKey } from '../help/shortcuts';
import { noteLabelText } from './note-label-text';
import type { NoteAttrs } from '../../../../shared/article/note-mark';
import { commandDeclaration } from '../../../../shared/commands/commands';
import './notes.css';

const RESOLVE_KEY = commandDeclaration('resolve-note').keys[0]!;

export function NoteCard({ commands }: { commands: BodyCommands }) {
  const state = useEditorState();
  const note = state ? noteAtCaret(state) : null;
  const head = state?.selection.head ?? 0;
  const [focused, setFocused] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

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
  useEditorEffect(
    (view) => {
      if (!note) return;
      const frame = view.dom.closest('.editor')?.getBoundingClientRect();
      if (!frame) return;
      const caret = view.coordsAtPos(head);
      const left = Math.min(Math.max(0, caret.left - frame.left - 16), Math.max(0, frame.width - 340));
      setPosition({ top: caret.bottom - frame.top + 6, left });
    },
    [note?.from, note?.to, head],
  );

  const resolve = useEditorEventCallback((view) => {
    if (!view) return;
    commands.get('resolve-note')?.run(view.state, view.dispatch, view);
    view.focus();
  });

  if (!note || !focused || !position) return null;
  const text = noteLabelText(note.mark.attrs as NoteAttrs, new Date());
  const key = describeKey(RESOLVE_KEY);
  return (
    <div className="note-card" role="group" aria-label="Editorial note" style={{ top: position.top, left: position.left }}>
      <span className="note-card-who">{text.spoken.replace(/:$/, '')}</span>
      <button type="button" aria-keyshortcuts={RESOLVE_KEY.replace('Mod', 'Control').replace(/-/g, '+')} title={`Resolve note (${key}): it leaves the copy; History keeps it`} onMouseDown={(e) => e.preventDefault()} onClick={resolve}>
        Resolve note <kbd>{key}</kbd>
      </button>
    </div>
  );
}
