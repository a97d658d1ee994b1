// Editorial notes: the desk's inline remarks ("check this figure with the
// council — JB") kept in the body as the `note` mark, so they travel with the
// article, its history and its interchange JSON, but never publish. Every
// place that turns a body into words a reader or a counter sees — plain text
// (search, Copy HTML's text, the store's word count), the live count, the
// published HTML and its description — reads a block through `publishedText`
// or skips note-marked runs with `isNoteText`. One home for "what is a note".
import type { Mark, Node } from 'prosemirror-model';

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

/**
 * One editorial note in a textblock: a run of adjacent inline content carrying
 * equal note marks (same author, same time), from..to in document positions.
 * A bold word inside a note does not split it; a colleague's note right next
 * to it is another note.
 */
export interface NoteRun {
  from: number;
  to: number;
  mark: Mark;
}

/** The note mark of an inline node, or null. */
export function noteMarkOf(node: Node): Mark | null {
  for (const mark of node.marks) if (mark.type.name === NOTE_MARK) return mark;
  return null;
}

/** The notes of a textblock whose content starts at document position `start`, in order. */
export function notesIn(block: Node, start: number): NoteRun[] {
  const runs: NoteRun[] = [];
  let open: NoteRun | null = null;
  block.forEach((child, offset) => {
    const mark = noteMarkOf(child);
    const from = start + offset;
    if (mark && open && open.to === from && open.mark.eq(mark)) open.to = from + child.nodeSize;
    else if (mark) runs.push((open = { from, to: from + child.nodeSize, mark }));
    else open = null;
  });
  return runs;
}

/** The notes still in the document, counted one per note (not per run of text). */
export function countNotes(doc: Node): number {
  let count = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (node.childCount > 1 || (node.firstChild && noteMarkOf(node.firstChild))) count += notesIn(node, pos + 1).length;
    return false;
  });
  return count;
}

/**
 * What Export and Copy HTML say, never block, while the body still holds
 * editorial notes; null when it holds none. Every note in the body is an open
 * one: resolving a note takes it out of the body (renderer editor/notes/).
 */
export function openNotesNotice(doc: Node): string | null {
  const count = countNotes(doc);
  if (count === 0) return null;
  return count === 1
    ? 'Note: the article still has 1 open editorial note; it is left out of the HTML.'
    : `Note: the article still has ${count} open editorial notes; they are left out of the HTML.`;
}

/** Whether the document holds any editorial note. */
export function hasNotes(doc: Node): boolean {
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.isInline && isNoteText(node)) found = true;
    return !found;
  });
  return found;
}
