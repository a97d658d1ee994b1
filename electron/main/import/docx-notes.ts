// Footnotes and endnotes in what mammoth makes of a Word file: a "[1]" link
// in the text (<sup><a id="footnote-ref-1">) and, at the very end, an <ol> of
// the notes, each ending in a "↑" link back. In an article the markers would
// read as part of the words ("Ouch[1].[2]") and the arrows mean nothing, so
// the markers are taken out and the notes become a "Notes" section at the end
// of the body, numbered as Word numbered them.
import type { BlockJSON } from '../../../shared/import/analysis';
import { collectInline } from './html/inline';
import { childrenOf, elementsIn, isElement, type DomElement, type DomNode } from './html/dom';

const MARKER = /^(footnote|endnote)-ref-\d+$/;
const NOTE = /^(footnote|endnote)-\d+$/;
const BACK_LINK = /^#(footnote|endnote)-ref-\d+$/;

/** Takes the notes out of the document; returns the "Notes" section's blocks (none when there are no notes). */
export function takeNotes(body: DomNode): BlockJSON[] {
  const markers: DomElement[] = [];
  const notes: DomElement[] = [];
  const backLinks: DomElement[] = [];
  for (const el of elementsIn(body)) {
    const id = el.getAttribute('id') ?? '';
    if (el.localName === 'a' && MARKER.test(id)) markers.push(el);
    else if (el.localName === 'li' && NOTE.test(id)) notes.push(el);
    else if (el.localName === 'a' && BACK_LINK.test(el.getAttribute('href') ?? '')) backLinks.push(el);
  }
  for (const marker of markers) {
    const sup = marker.parentNode;
    marker.remove();
    // The <sup> that held only the marker goes too.
    if (isElement(sup) && sup.localName === 'sup' && !(sup.textContent ?? '').trim()) sup.remove();
  }
  for (const link of backLinks) link.remove();
  if (!notes.length) return [];
  const items: BlockJSON[] = [];
  const lists = new Set<DomNode>();
  // mammoth repeats a note for every reference to it (same id): the note is listed once.
  const seen = new Set<string>();
  for (const note of notes) {
    if (note.parentNode) lists.add(note.parentNode);
    const id = note.getAttribute('id')!;
    if (seen.has(id)) continue;
    seen.add(id);
    const paragraphs = childrenOf(note)
      .filter((c): c is DomElement => isElement(c) && c.localName === 'p')
      .map((p) => collectInline(p))
      .filter((run) => run.length)
      .map((run) => ({ type: 'paragraph', content: run }));
    if (paragraphs.length) items.push({ type: 'list_item', content: paragraphs });
  }
  for (const list of lists) if (isElement(list)) list.remove();
  if (!items.length) return [];
  return [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Notes' }] },
    { type: 'ordered_list', attrs: { order: 1 }, content: items },
  ];
}
