// Word and character counts that cost O(changed blocks) per transaction, not
// O(document). Counts are kept per top-level block (cached by node identity:
// ProseMirror nodes are immutable, so an untouched block is the same object in
// the next state) and the total is adjusted by the blocks a transaction
// touched. Words are counted exactly as the store counts them (countWords on
// the block's plain text), and no word spans two blocks, so the sum per block
// equals the store's count for the whole body.
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { AttrStep } from 'prosemirror-transform';
import { countWords, plainText } from '../../../../shared/article/body';

export interface TextStats {
  words: number;
  characters: number;
}

const cache = new WeakMap<Node, TextStats>();

function blockText(block: Node): string {
  if (block.isTextblock) return block.textBetween(0, block.content.size, '\n', '\n');
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
function changedRange(tr: Transaction): { from: number; to: number } | null {
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

function topIndex(doc: Node, pos: number): number {
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  return Math.min(doc.resolve(clamped).index(0), doc.childCount - 1);
}

export function nextStats(prev: TextStats, tr: Transaction): TextStats {
  if (!tr.docChanged) return prev;
  const range = changedRange(tr);
  // Steps that say nothing about where they changed the document (none of ours): count everything once.
  if (!range) return docStats(tr.doc);
  const invert = tr.mapping.invert();
  const oldFrom = invert.map(range.from, -1);
  const oldTo = invert.map(range.to, 1);
  const before = tr.before;
  const removed = sumRange(before, topIndex(before, oldFrom), topIndex(before, oldTo));
  const added = sumRange(tr.doc, topIndex(tr.doc, range.from), topIndex(tr.doc, range.to));
  return {
    words: prev.words - removed.words + added.words,
    characters: prev.characters - removed.characters + added.characters,
  };
}

export const textStatsKey = new PluginKey<TextStats>('textStats');

export function textStatsPlugin(): Plugin<TextStats> {
  return new Plugin<TextStats>({
    key: textStatsKey,
    state: {
      init: (_config, state) => docStats(state.doc),
      apply: (tr, value) => nextStats(value, tr),
    },
  });
}

/** Minutes at 230 words a minute, the usual figure for news copy; at least 1 once there is text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
