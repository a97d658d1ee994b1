// Block formatting: subheads, lists, rule, hard break.
import { setBlockType } from 'prosemirror-commands';
import { wrapInList, liftListItem } from 'prosemirror-schema-list';
import type { Command, EditorState } from 'prosemirror-state';
import type { NodeType } from 'prosemirror-model';
import { nodes, marks } from '../schema-types';

const { paragraph, heading, bullet_list, ordered_list, list_item, horizontal_rule, hard_break } = nodes;

export function headingLevelAt(state: EditorState): number | null {
  const { $from, $to } = state.selection;
  if (!$from.sameParent($to) || $from.parent.type !== heading) return null;
  return $from.parent.attrs.level as number;
}

export const setParagraph: Command = setBlockType(paragraph);

export function setHeading(level: 2 | 3 | 4): Command {
  return setBlockType(heading, { level });
}

/** Subhead on, or back to body text when the block already is one at that level. */
export function toggleHeading(level: 2 | 3 | 4): Command {
  return (state, dispatch) =>
    headingLevelAt(state) === level ? setParagraph(state, dispatch) : setHeading(level)(state, dispatch);
}

/** The innermost list around the selection, if any. */
export function listTypeAt(state: EditorState): NodeType | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    const type = $from.node(d).type;
    if (type === bullet_list || type === ordered_list) return type;
  }
  return null;
}

function toggleList(type: NodeType): Command {
  const wrap = wrapInList(type);
  return (state, dispatch) => {
    const current = listTypeAt(state);
    if (current === type) return liftListItem(list_item)(state, dispatch);
    if (current) {
      // Switch a bullet list to numbered (or back) in place.
      const { $from } = state.selection;
      for (let d = $from.depth; d > 0; d--) {
        if ($from.node(d).type === current) {
          if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(d), type));
          return true;
        }
      }
    }
    return wrap(state, dispatch);
  };
}

export const toggleBulletList = toggleList(bullet_list);
export const toggleOrderedList = toggleList(ordered_list);

export const insertHorizontalRule: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if (!$from.parent.inlineContent || $from.parent.type.name === 'attribution') return false;
  const index = $from.index($from.depth - 1);
  if (!$from.node($from.depth - 1).canReplaceWith(index, index, horizontal_rule)) {
    // Only at the top level or in a list item; never inside a quote.
    if ($from.node($from.depth - 1).type.name !== 'doc') return false;
  }
  if (dispatch) dispatch(state.tr.replaceSelectionWith(horizontal_rule.create()).scrollIntoView());
  return true;
};

/** Shift-Enter: a line break inside the paragraph (not in an attribution, which is one plain line). */
export const insertHardBreak: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if (!$from.parent.canReplaceWith($from.index(), $to.index(), hard_break)) return false;
  if (dispatch) dispatch(state.tr.replaceSelectionWith(hard_break.create()).scrollIntoView());
  return true;
};
