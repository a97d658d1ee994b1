// react-prosemirror inserts typed text at the *state's* selection on
// beforeinput, and keymaps read the state's selection too. The state learns
// about DOM selection changes from the asynchronous selectionchange event, so
// a key pressed (or a paste) right after a caret move (End, Shift+Arrow) could act on the
// old selection — replacing a range the writer no longer has selected. Reading
// the DOM selection first, on every keydown and beforeinput, closes that gap.
// Toolbar buttons have the same gap (a click right after Shift+Arrow), so they
// call readDomSelection before running their command.
// Must be a *view* plugin (the `plugins` prop) so it runs before the library's
// own beforeinput handler.
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

interface WithObserver {
  domObserver?: { flush(): void };
  composing?: boolean;
}

/** Brings the state's selection up to date with the DOM's, now. */
export function readDomSelection(view: EditorView): false {
  const internal = view as unknown as WithObserver;
  if (!internal.composing) internal.domObserver?.flush();
  return false;
}

export function selectionSyncPlugin(): Plugin {
  return new Plugin({
    props: {
      handleDOMEvents: {
        keydown: readDomSelection,
        beforeinput: readDomSelection,
        paste: readDomSelection,
        cut: readDomSelection,
      },
    },
  });
}
