// Editorial notes: the desk's inline remarks ("check this figure with the
// council — JB") kept in the body as the `note` mark, so they travel with the
// article, its history and its interchange JSON, but never publish. Every
// place that turns a body into words a reader or a counter sees — plain text
// (search, Copy HTML's text, the store's word count), the live count, the
// published HTML and its description — reads a block through `publishedText`
// or skips note-marked runs with `isNoteText`. One home for "what is a note".
import type { Node } from 'prosemirror-model';

export const NOTE_MARK = 'note';

/** Whether this inline node is (part of) an editorial note. */
export function isNoteText(node: Node): boolean {
  for (const mark of node.marks) if (mark.type.name === NOTE_MARK) return true;
  return false;
}

/** A textblock's text as published: notes left out, hard breaks as `\n`. */
export function publishedText(block: Node): string {
  // Most paragraphs are one run of unmarked text: its text is the block's.
  const only = block.childCount === 1 ? block.firstChild! : null;
  if (only?.isText && only.marks.length === 0) return only.text!;
  let text = '';
  block.forEach((child) => {
    if (isNoteText(child)) return;
    if (child.isText) text += child.text!;
    else if (child.type.name === 'hard_break') text += '\n';
  });
  return text;
}

/**
 * A textblock's text as the copy checks read it: offsets are ProseMirror's (one
 * position per character, one per inline leaf), and a note's characters are
 * each replaced by U+FFFC — not a letter, not a space — so a desk's note is
 * neither spell-checked nor taken into a rule's match ("the [note] the" is no
 * doubled word, and no double space appears around it).
 */
export function checkedText(block: Node): string {
  const only = block.childCount === 1 ? block.firstChild! : null;
  if (only?.isText && only.marks.length === 0) return only.text!;
  let text = '';
  block.forEach((child) => {
    if (child.isText) text += isNoteText(child) ? '\uFFFC'.repeat(child.text!.length) : child.text!;
    else text += '\uFFFC'.repeat(child.nodeSize);
  });
  return text;
}

/**
 * The published text of a range of the document (the selection's word count):
 * notes left out, blocks separated by a blank line as in plainText, so no word
 * spans two blocks and the count agrees with the store's.
 */
export function publishedTextBetween(doc: Node, from: number, to: number): string {
  let text = '';
  let blocks = 0;
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock) {
      if (blocks++ > 0) text += '\n\n';
      return true;
    }
    if (node.isText) {
      if (!isNoteText(node)) text += node.text!.slice(Math.max(from, pos) - pos, Math.max(0, to - pos));
      return false;
    }
    if (node.type.name === 'hard_break') text += '\n';
    return true;
  });
  return text;
}

/** What Export and Copy HTML say, never block, while the body still holds an editorial note; null when it holds none. */
export function openNotesNotice(doc: Node): string | null {
  return hasNotes(doc) ? 'Note: the article still has editorial notes; they are left out of the HTML.' : null;
}

/** Whether the document holds any editorial note (Export and Copy HTML warn when it does). */
export function hasNotes(doc: Node): boolean {
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.isText && isNoteText(node)) found = true;
    return !found;
  });
  return found;
}
