// Word and character counts that cost O(changed blocks) per transaction, not
// O(document). Counts are kept per top-level block (cached by node identity:
// ProseMirror nodes are immutable, so an untouched block is the same object in
// the next state) and the total is adjusted by the blocks a transaction
// touched. Editorial notes are left out, as everywhere (shared/article/notes.ts).
// Words are counted exactly as the store counts them (countWords on
// the block's plain text), and no word spans two blocks, so the sum per block
// equals the store's count for the whole body.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { AttrStep } from 'prosemirror-transform';
import { plainText } from '../../../../shared/article/body';
import { countWords } from '../../../../shared/article/word-count';
import { publishedText, publishedTextBetween } from '../../../../shared/article/notes';
import { SettledValue, settledPluginView } from './settled-stats';

export interface TextStats {
  words: number;
  characters: number;
}

const cache = new WeakMap<Node, TextStats>();

function blockText(block: Node): string {
  if (block.isTextblock) return publishedText(block);
  if (block.type.name === 'photo') return block.attrs.caption as string;
  return plainText(block);
}

export function blockStats(block: Node): TextStats {
  let stats = cache.get(block);
  if (!stats) {
    const text = blockText(block);
    // Characters as people count them: code points, paragraph breaks excluded.
    let characters = 0;
    for (const char of text) if (char !== '\n') characters++;
    stats = { words: countWords(text), characters };
    cache.set(block, stats);
  }
  return stats;
}

/** The full count, for the first state and as the reference the tests compare against. */
export function docStats(doc: Node): TextStats {
  let words = 0;
  let characters = 0;
  doc.forEach((block) => {
    const s = blockStats(block);
    words += s.words;
    characters += s.characters;
  });
  return { words, characters };
}

function sumRange(doc: Node, first: number, last: number): TextStats {
  let words = 0;
  let characters = 0;
  for (let i = first; i <= last && i < doc.childCount; i++) {
    const s = blockStats(doc.child(i));
    words += s.words;
    characters += s.characters;
  }
  return { words, characters };
}

/** The range of the final document the transaction touched, or null if its steps do not say. */
export function changedRange(tr: Transaction): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  const maps = tr.mapping.maps;
  maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    // An attribute change (a photo's caption) maps nothing but touches the node at its position.
    const step = tr.steps[i];
    if (step instanceof AttrStep) {
      from = Math.min(from, rest.map(step.pos, -1));
      to = Math.max(to, rest.map(step.pos + 1, 1));
    }
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, rest.map(newStart, -1));
      to = Math.max(to, rest.map(newEnd, 1));
    });
  });
  return from === Infinity ? null : { from, to };
}

/** The top-level block at `pos` and whether `pos` lies between blocks rather than inside one. */
function topLevelAt(doc: Node, pos: number): { index: number; between: boolean } {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  return { index: $pos.index(0), between: $pos.depth === 0 };
}

/** How many top-level blocks end at or before `pos` (they lie wholly before a change starting there). */
function blocksBefore(doc: Node, pos: number): number {
  return topLevelAt(doc, pos).index;
}

/** How many top-level blocks start at or after `pos` (they lie wholly after a change ending there). */
function blocksAfter(doc: Node, pos: number): number {
  const { index, between } = topLevelAt(doc, pos);
  return doc.childCount - index - (between ? 0 : 1);
}

export function nextStats(prev: TextStats, tr: Transaction): TextStats {
  // A check action's step (check-action-step.ts) leaves the very same document.
  if (!tr.docChanged || tr.doc === tr.before) return prev;
  const range = changedRange(tr);
  // Steps that say nothing about where they changed the document (none of ours): count everything once.
  if (!range) return docStats(tr.doc);
  const invert = tr.mapping.invert();
  const before = tr.before;
  const after = tr.doc;
  // The blocks outside the change are the same in both documents, so the
  // untouched prefix and suffix must be counted alike on both sides: take
  // the smaller of the two counts for each. (Taking the block "at" a position
  // instead goes wrong at the document's end: a block inserted after the
  // last one made the old side subtract the last block and the new side
  // never add it back, so a quote left with Enter vanished from the count.)
  const head = Math.min(blocksBefore(after, range.from), blocksBefore(before, invert.map(range.from, -1)));
  const tail = Math.min(blocksAfter(after, range.to), blocksAfter(before, invert.map(range.to, 1)));
  const removed = sumRange(before, head, before.childCount - 1 - tail);
  const added = sumRange(after, head, after.childCount - 1 - tail);
  return {
    words: prev.words - removed.words + added.words,
    characters: prev.characters - removed.characters + added.characters,
  };
}

export const textStatsKey = new PluginKey<TextStats>('textStats');

export function textStatsPlugin(): Plugin<TextStats> {
  // What the status bar shows: these counts once typing pauses (settled-stats.ts).
  const settled = new SettledValue<TextStats | null>(() => null);
  return new Plugin<TextStats>({
    key: textStatsKey,
    state: {
      init: (_config, state) => docStats(state.doc),
      apply: (tr, value) => nextStats(value, tr),
    },
    view: settledPluginView(settled, (state) => textStatsKey.getState(state) ?? null),
    settled,
  });
}

/** The counts as the status bar shows them (settled-stats.ts), for the editor whose state is `state`. */
export function settledStatsOf(state: EditorState | null): SettledValue<TextStats | null> | null {
  return ((state && textStatsKey.get(state)?.spec.settled) as SettledValue<TextStats | null> | undefined) ?? null;
}

/** Minutes at 230 words a minute, the usual figure for news copy; at least 1 once there is text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}

/**
 * The selection's words as the store counts them (notes left out), or null when there is nothing to say:
 * a bare caret, or a selection without a word (a photo chosen as a block, a space). Costs the selection's length.
 */
export function selectionWords(state: EditorState): number | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const words = countWords(publishedTextBetween(state.doc, from, to));
  return words > 0 ? words : null;
}
