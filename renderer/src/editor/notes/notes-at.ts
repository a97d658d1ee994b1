// Which editorial notes the selection is on: what Resolve note acts on, what
// the status bar's note card shows, and where a note being typed still is.
import type { EditorState } from 'prosemirror-state';
import { notesIn, type NoteRun } from '../../../../shared/article/notes';

/**
 * The notes the selection is on: at a caret, the note it is in (or the one it
 * just left, at the note's end); over a range, every note the range touches.
 */
export function notesAtSelection(state: EditorState): NoteRun[] {
  const { $from, from, to, empty } = state.selection;
  if (empty) {
    if (!$from.parent.isTextblock) return [];
    const runs = notesIn($from.parent, $from.start());
    const inside = runs.find((run) => run.from <= from && from < run.to) ?? runs.find((run) => run.to === from);
    return inside ? [inside] : [];
  }
  const found: NoteRun[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    for (const run of notesIn(node, pos + 1)) if (run.to > from && run.from < to) found.push(run);
    return false;
  });
  return found;
}

/** The note the caret is in, for the note card; null when it is in none (or a range is selected). */
export function noteAtCaret(state: EditorState): NoteRun | null {
  return state.selection.empty ? (notesAtSelection(state)[0] ?? null) : null;
}
