// Photos sit between top-level blocks: a photo typed "into" a paragraph or a
// quote goes after it (an empty paragraph is replaced instead).
import { NodeSelection, type Command, type EditorState } from 'prosemirror-state';
import { nodes, marks } from '../schema-types';

import { EMPTY_PHOTO, type PhotoAttrs } from '../../../../shared/article/photo';

export { EMPTY_PHOTO, type PhotoAttrs };

export function canInsertPhoto(state: EditorState): boolean {
  return state.doc.type.contentMatch.matchType(nodes.photo) !== null;
}

/** Where a photo goes for this selection, and what (if anything) it replaces. */
function insertionRange(state: EditorState, at?: number): { from: number; to: number } {
  const $pos = state.doc.resolve(at ?? state.selection.from);
  if ($pos.depth === 0) return { from: $pos.pos, to: $pos.pos };
  const block = $pos.node(1);
  const start = $pos.before(1);
  const end = $pos.after(1);
  if (block.type === nodes.paragraph && block.content.size === 0) return { from: start, to: end };
  return { from: end, to: end };
}

export function insertPhoto(attrs: Partial<PhotoAttrs>, at?: number): Command {
  return (state, dispatch) => {
    if (!canInsertPhoto(state)) return false;
    if (dispatch) {
      const node = nodes.photo.create({ ...EMPTY_PHOTO, ...attrs });
      const { from, to } = insertionRange(state, at);
      const tr = state.tr.replaceWith(from, to, node);
      dispatch(tr.setSelection(NodeSelection.create(tr.doc, from)).scrollIntoView());
    }
    return true;
  };
}
