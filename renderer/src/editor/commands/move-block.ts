// Mod-Alt-↑/↓: the selected block changes places with its neighbour.
//
// Which block moves:
// - a selected block (a photo, a rule, a whole list): that block;
// - a caret (or a selection) in a list item: the item(s), among their list's
//   items — at the list's first or last item nothing moves (select the whole
//   list to move it);
// - anywhere else, the top-level block(s) the selection touches: a quote moves
//   whole, with its attribution.
// At the first (up) or last (down) place nothing happens and the command says
// it did nothing. Each move is its own undo step and the selection stays on the
// moved text.
import { Fragment, type Node, type NodeRange } from 'prosemirror-model';
import { Selection, type Command, type EditorState } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import { nodes } from '../schema-types';

export type Direction = 'up' | 'down';

const movesInside = (parent: Node) => parent.type === nodes.doc || parent.type === nodes.bullet_list || parent.type === nodes.ordered_list;

/** The sibling blocks that would move, in the innermost list or in the document. */
export function movableRange(state: EditorState): NodeRange | null {
  const { $from, $to } = state.selection;
  return $from.blockRange($to, movesInside);
}

export function moveBlock(direction: Direction): Command {
  return (state, dispatch) => {
    const range = movableRange(state);
    if (!range) return false;
    const { parent, startIndex, endIndex } = range;
    const up = direction === 'up';
    if (up ? startIndex === 0 : endIndex >= parent.childCount) return false;
    if (!dispatch) return true;

    const moved: Node[] = [];
    for (let i = startIndex; i < endIndex; i++) moved.push(parent.child(i));
    const neighbour = parent.child(up ? startIndex - 1 : endIndex);
    const from = up ? range.start - neighbour.nodeSize : range.start;
    const to = up ? range.end : range.end + neighbour.nodeSize;
    const tr = state.tr.replaceWith(from, to, Fragment.from(up ? [...moved, neighbour] : [neighbour, ...moved]));

    // The moved blocks shift by the neighbour's size; so does the selection inside them.
    const shift = up ? -neighbour.nodeSize : neighbour.nodeSize;
    const json = state.selection.toJSON() as { type: string; anchor?: number; head?: number };
    if (typeof json.anchor === 'number') json.anchor += shift;
    if (typeof json.head === 'number') json.head += shift;
    tr.setSelection(Selection.fromJSON(tr.doc, json));
    // Its own undo step, merged neither with the typing before it (closeHistory) nor
    // with what follows: prosemirror-history starts a new group after a
    // transaction whose time is 0, as after its own closeHistory.
    dispatch(closeHistory(tr).setTime(0).scrollIntoView());
    return true;
  };
}

export const moveBlockUp = moveBlock('up');
export const moveBlockDown = moveBlock('down');
