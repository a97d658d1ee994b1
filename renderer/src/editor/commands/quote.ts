// Blockquotes: a quote is `paragraph+ attribution?`. Wrapping takes the
// selected paragraphs; unwrapping returns the whole quote to body text, the
// attribution becoming a paragraph of its own so no words are lost.
import { wrapIn } from 'prosemirror-commands';
import { Fragment, type Node } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { nodes, marks } from '../schema-types';

const { blockquote, attribution, paragraph } = nodes;

/** Depth and node of the quote around the selection, if any. */
export function quoteAt(state: EditorState): { depth: number; node: Node; pos: number } | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    if ($from.node(d).type === blockquote) return { depth: d, node: $from.node(d), pos: $from.before(d) };
  }
  return null;
}

export const wrapInQuote: Command = wrapIn(blockquote);

export const unwrapQuote: Command = (state, dispatch) => {
  const quote = quoteAt(state);
  if (!quote) return false;
  if (dispatch) {
    const children: Node[] = [];
    quote.node.forEach((child) => {
      if (child.type === attribution) {
        if (child.content.size) children.push(paragraph.create(null, child.content));
      } else children.push(child);
    });
    const { from } = state.selection;
    const tr = state.tr.replaceWith(quote.pos, quote.pos + quote.node.nodeSize, Fragment.from(children));
    // The quote's own opening token is gone: the cursor moves back by one.
    const pos = Math.min(Math.max(from - 1, 1), tr.doc.content.size - 1);
    tr.setSelection(TextSelection.near(tr.doc.resolve(pos)));
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** Toolbar "Quote" and Mod-Alt-Q: wrap, or unwrap when already quoted. */
export const toggleQuote: Command = (state, dispatch) =>
  quoteAt(state) ? unwrapQuote(state, dispatch) : wrapInQuote(state, dispatch);

/** Adds an empty attribution under the quote (or moves into the existing one). */
export const addAttribution: Command = (state, dispatch) => {
  const quote = quoteAt(state);
  if (!quote) return false;
  const last = quote.node.lastChild!;
  const end = quote.pos + quote.node.nodeSize - 1; // inside the quote, after its last child
  if (dispatch) {
    if (last.type === attribution) {
      dispatch(state.tr.setSelection(TextSelection.create(state.doc, end - 1)).scrollIntoView());
    } else {
      const tr = state.tr.insert(end, attribution.create());
      dispatch(tr.setSelection(TextSelection.create(tr.doc, end + 1)).scrollIntoView());
    }
  }
  return true;
};

/** Enter in an attribution: leave the quote for a new paragraph after it. */
export const exitAttribution: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== attribution) return false;
  if (dispatch) {
    const after = $from.after($from.depth - 1);
    const tr = state.tr.insert(after, paragraph.create());
    dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
  }
  return true;
};

/** Backspace at the start of an empty attribution removes it. */
export const removeEmptyAttribution: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== attribution || $from.parent.content.size > 0) return false;
  if (dispatch) {
    const start = $from.before();
    const tr = state.tr.delete(start, $from.after());
    dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(start), -1)).scrollIntoView());
  }
  return true;
};

/**
 * Enter in a quoted paragraph: a new quoted paragraph (never an attribution,
 * which ProseMirror's default split would pick since the schema allows one
 * there). Enter on an empty last paragraph leaves the quote, keeping any
 * attribution with it.
 */
export const splitQuoteParagraph: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if ($from.depth < 2 || !$from.sameParent($to) || $from.parent.type !== paragraph || $from.node(-1).type !== blockquote) {
    return false;
  }
  const quote = $from.node(-1);
  const index = $from.index(-1);
  const next = index + 1 < quote.childCount ? quote.child(index + 1) : null;
  const isLastParagraph = !next || next.type === attribution;
  const paragraphs = quote.childCount - (quote.lastChild!.type === attribution ? 1 : 0);
  if ($from.parent.content.size === 0 && isLastParagraph) {
    if (paragraphs < 2) return false; // the only paragraph: the default Enter lifts it out
    if (dispatch) {
      const after = $from.after(-1);
      const tr = state.tr.insert(after, paragraph.create()).delete($from.before(), $from.after());
      const target = tr.mapping.map(after, 1) - 1;
      dispatch(tr.setSelection(TextSelection.create(tr.doc, target)).scrollIntoView());
    }
    return true;
  }
  if (dispatch) {
    const tr = state.tr;
    if (!state.selection.empty) tr.deleteSelection();
    tr.split(tr.mapping.map($from.pos), 1, [{ type: paragraph }]);
    dispatch(tr.scrollIntoView());
  }
  return true;
};
