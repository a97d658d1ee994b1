// Links: the href is checked against the shared rule (http, https, mailto)
// before it ever reaches the document; the schema would refuse it anyway.
import type { Command, EditorState } from 'prosemirror-state';
import { nodes, marks } from '../schema-types';
import { isAllowedHref, LINK_RULE_MESSAGE } from '../../../../shared/article/links';

const link = marks.link;

export type HrefCheck = { ok: true; href: string } | { ok: false; message: string };

/**
 * Turns what a journalist typed into an href, or says why not. A bare
 * "example.com/page" becomes https://; an address becomes mailto:.
 */
export function normalizeHref(input: string): HrefCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Type a web address or an email address.' };
  let candidate = text;
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text)) {
    if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) candidate = `mailto:${text}`;
    else if (/^(\/\/)?[^\s/]+\.[^\s/]+/.test(text)) candidate = `https://${text.replace(/^\/\//, '')}`;
  }
  if (isAllowedHref(candidate)) return { ok: true, href: candidate };
  return { ok: false, message: LINK_RULE_MESSAGE };
}

/** The range of the link around the cursor (or the selection), if any. */
export function linkAt(state: EditorState): { from: number; to: number; href: string } | null {
  const { $from, from, to, empty } = state.selection;
  if (!empty) {
    let found: { from: number; to: number; href: string } | null = null;
    state.doc.nodesBetween(from, to, (node, pos) => {
      const mark = link.isInSet(node.marks);
      if (mark && !found) found = { from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to), href: mark.attrs.href as string };
    });
    return found;
  }
  const parent = $from.parent;
  const index = $from.index();
  const candidates = [index, index - 1].filter((i) => i >= 0 && i < parent.childCount);
  for (const i of candidates) {
    const mark = link.isInSet(parent.child(i).marks);
    if (!mark) continue;
    // Extend over neighbouring text nodes carrying the same link.
    let start = i;
    let end = i + 1;
    while (start > 0 && mark.isInSet(parent.child(start - 1).marks)) start--;
    while (end < parent.childCount && mark.isInSet(parent.child(end).marks)) end++;
    let pos = $from.start();
    for (let j = 0; j < start; j++) pos += parent.child(j).nodeSize;
    let endPos = pos;
    for (let j = start; j < end; j++) endPos += parent.child(j).nodeSize;
    if ($from.pos < pos || $from.pos > endPos) continue;
    return { from: pos, to: endPos, href: mark.attrs.href as string };
  }
  return null;
}

/** Whether a link can go here at all (not in an attribution, not on a photo). */
export const canLink: Command = (state) => {
  const { $from, $to } = state.selection;
  return !!$from.parent.type.allowsMarkType(link) && !!$to.parent.type.allowsMarkType(link) && $from.parent.inlineContent;
};

/** Sets the link on the selection, or inserts the address as linked text at an empty cursor. */
export function setLink(href: string, text?: string): Command {
  return (state, dispatch) => {
    const check = normalizeHref(href);
    if (!check.ok || !canLink(state)) return false;
    const existing = linkAt(state);
    const { from, to, empty } = state.selection;
    if (dispatch) {
      const tr = state.tr;
      const mark = link.create({ href: check.href });
      if (existing && empty) {
        tr.removeMark(existing.from, existing.to, link).addMark(existing.from, existing.to, mark);
      } else if (empty) {
        const label = text?.trim() || check.href.replace(/^mailto:/, '');
        tr.insertText(label, from).addMark(from, from + label.length, mark);
      } else {
        tr.removeMark(from, to, link).addMark(from, to, mark);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

export const removeLink: Command = (state, dispatch) => {
  const existing = linkAt(state);
  if (!existing) return false;
  if (dispatch) dispatch(state.tr.removeMark(existing.from, existing.to, link));
  return true;
};
