// The label before each editorial note in the body ("NOTE · JB · 09:12"), as a
// widget decoration: not part of the document, so it is never saved, counted,
// checked or typed into. Kept as the body changes at the cost of the blocks a
// transaction touched, not the whole article (a 5,000-paragraph story types
// as fast with notes as without): the set is mapped, and only the top-level
// blocks in the changed range are looked at again.
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { notesIn } from '../../../../shared/article/notes';
import type { NoteAttrs } from '../../../../shared/article/note-mark';
import { changedRange } from '../status/text-stats';
import { noteLabelText } from './note-label-text';

export const noteLabelsKey = new PluginKey<DecorationSet>('noteLabels');

function labelDOM(attrs: NoteAttrs, now: Date): HTMLElement {
  const text = noteLabelText(attrs, now);
  const label = document.createElement('span');
  label.className = 'note-label';
  label.contentEditable = 'false';
  if (text.full) label.title = text.full;
  const shown = document.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = text.visible;
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  spoken.textContent = text.spoken;
  label.append(shown, spoken);
  return label;
}

/** The labels of the notes in the textblocks between from and to. */
export function noteLabels(doc: Node, from: number, to: number, now: Date): Decoration[] {
  const labels: Decoration[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    for (const run of notesIn(node, pos + 1)) {
      const attrs = run.mark.attrs as NoteAttrs;
      // side 1: text typed at the note's start goes before the label, as it goes before the note; no marks: the label sits outside the note's box.
      labels.push(Decoration.widget(run.from, () => labelDOM(attrs, now), { side: 1, marks: [], key: `note:${attrs.author}|${attrs.at}`, ignoreSelection: true }));
    }
    return false;
  });
  return labels;
}

/** The whole top-level blocks around a range (a note's label depends on its whole run). */
function wholeBlocks(doc: Node, from: number, to: number): { from: number; to: number } {
  const $from = doc.resolve(Math.max(0, Math.min(from, doc.content.size)));
  const $to = doc.resolve(Math.max(0, Math.min(to, doc.content.size)));
  return { from: $from.depth > 0 ? $from.before(1) : $from.pos, to: $to.depth > 0 ? $to.after(1) : $to.pos };
}

export function nextNoteLabels(labels: DecorationSet, tr: Transaction, now: Date): DecorationSet {
  if (!tr.docChanged) return labels;
  const range = changedRange(tr);
  if (!range) return DecorationSet.create(tr.doc, noteLabels(tr.doc, 0, tr.doc.content.size, now));
  const mapped = labels.map(tr.mapping, tr.doc);
  const blocks = wholeBlocks(tr.doc, range.from, range.to);
  return mapped.remove(mapped.find(blocks.from, blocks.to)).add(tr.doc, noteLabels(tr.doc, blocks.from, blocks.to, now));
}

export function noteLabelsPlugin(now: () => Date = () => new Date()): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: noteLabelsKey,
    state: {
      init: (_config, state) => DecorationSet.create(state.doc, noteLabels(state.doc, 0, state.doc.content.size, now())),
      apply: (tr, labels) => nextNoteLabels(labels, tr, now()),
    },
    props: { decorations: (state) => noteLabelsKey.getState(state) },
  });
}
