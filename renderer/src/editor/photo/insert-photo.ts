// Photos sit between top-level blocks, where the caret is:
// - at the start of a block (a paragraph, a subhead, a quote, a list): before
//   it, so a lead photo is one command away from the first paragraph's start;
// - in the middle of a top-level paragraph or subhead: the block is split there;
// - at its end, or anywhere else inside a quote or a list: after the block;
// - on an empty paragraph: in its place.
import { NodeSelection, type Command, type EditorState } from 'prosemirror-state';
import type { ResolvedPos } from 'prosemirror-model';
import { nodes } from '../schema-types';

import { EMPTY_PHOTO, type PhotoAttrs } from '../../../../shared/article/photo';

export { EMPTY_PHOTO, type PhotoAttrs };

export function canInsertPhoto(state: EditorState): boolean {
  return state.doc.type.contentMatch.matchType(nodes.photo) !== null;
}

/** Where a photo goes: replacing [from, to), or at `from` after splitting the block there. */
interface Insertion {
  from: number;
  to: number;
  split?: boolean;
}

/** Whether $pos is at the very start of its top-level block (first text position of its first descendants). */
function atStartOfTopBlock($pos: ResolvedPos): boolean {
  if ($pos.parentOffset !== 0) return false;
  for (let d = 1; d < $pos.depth; d++) if ($pos.index(d) !== 0) return false;
  return true;
}

function insertionAt(state: EditorState, at?: number): Insertion {
  const { selection } = state;
  // A selected top-level block (a photo, a rule): the new photo follows it.
  if (at === undefined && selection instanceof NodeSelection && selection.$from.depth === 0) return { from: selection.to, to: selection.to };
  const $pos = state.doc.resolve(at ?? selection.from);
  if ($pos.depth === 0) return { from: $pos.pos, to: $pos.pos };
  const block = $pos.node(1);
  const start = $pos.before(1);
  const end = $pos.after(1);
  if (block.type === nodes.paragraph && block.content.size === 0) return { from: start, to: end };
  if (atStartOfTopBlock($pos)) return { from: start, to: start };
  const inMiddle = $pos.depth === 1 && block.isTextblock && $pos.parentOffset < block.content.size;
  if (inMiddle) return { from: $pos.pos, to: $pos.pos, split: true };
  return { from: end, to: end };
}

/** Inserts a photo where the caret is (or at `at`, a drop's position) and selects it. */
export function insertPhoto(attrs: Partial<PhotoAttrs>, at?: number): Command {
  return (state, dispatch) => {
    if (!canInsertPhoto(state)) return false;
    if (dispatch) {
      const node = nodes.photo.create({ ...EMPTY_PHOTO, ...attrs });
      const place = insertionAt(state, at);
      const tr = state.tr;
      let pos = place.from;
      if (place.split) {
        tr.split(place.from);
        pos = place.from + 1; // between the two halves
        tr.insert(pos, node);
      } else {
        tr.replaceWith(place.from, place.to, node);
      }
      dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)).scrollIntoView());
    }
    return true;
  };
}
