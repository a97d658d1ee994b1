// The status bar's counts are updated per transaction from the blocks it
// touched; after any sequence of edits they must equal a full recount and
// the store's own word count. The property test drives the editor's own
// commands (the ones Enter, Backspace, Tab and the toolbar run) at random
// places in random bodies, so every way a transaction splits, joins, lifts or
// wraps blocks of every kind is tried.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EditorState, NodeSelection, TextSelection, type Command, type Selection } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import {
  baseKeymap,
  deleteSelection,
  joinBackward,
  joinForward,
  lift,
  selectNodeBackward,
  selectNodeForward,
  splitBlock,
} from 'prosemirror-commands';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { schema } from '../../../shared/article/schema';
import { plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import { docStats, selectionWords, textStatsKey, textStatsPlugin, readingMinutes, type TextStats } from '../../../renderer/src/editor/status/text-stats';
import { addAttribution, exitAttribution, removeEmptyAttribution, splitQuoteParagraph, toggleQuote } from '../../../renderer/src/editor/commands/quote';
import { insertHardBreak, insertHorizontalRule, setHeading, setParagraph, toggleBulletList, toggleOrderedList } from '../../../renderer/src/editor/commands/blocks';
import { insertPhoto } from '../../../renderer/src/editor/photo/insert-photo';
import { body } from '../../support/random-docs';
import { doc, p, quote, ul, li, photo, h } from '../../support/docs';

function state(json: unknown) {
  return EditorState.create({ doc: Node.fromJSON(schema, json), plugins: [textStatsPlugin()] });
}

function counts(s: EditorState): TextStats {
  return textStatsKey.getState(s)!;
}

function run(s: EditorState, command: Command): EditorState {
  let next = s;
  command(s, (tr) => (next = s.apply(tr)));
  return next;
}

const item = schema.nodes.list_item!;

/** Every command a key or the toolbar runs that changes block structure or text. */
const COMMANDS: Record<string, Command> = {
  enterInAttribution: exitAttribution,
  enterInQuote: splitQuoteParagraph,
  enterInList: splitListItem(item),
  enter: baseKeymap.Enter!,
  splitBlock,
  backspace: baseKeymap.Backspace!,
  delete: baseKeymap.Delete!,
  removeEmptyAttribution,
  joinBackward,
  joinForward,
  lift,
  selectNodeBackward,
  selectNodeForward,
  deleteSelection,
  sink: sinkListItem(item),
  liftItem: liftListItem(item),
  toggleQuote,
  addAttribution,
  bulletList: toggleBulletList,
  orderedList: toggleOrderedList,
  heading2: setHeading(2),
  heading4: setHeading(4),
  paragraph: setParagraph,
  hardBreak: insertHardBreak,
  rule: insertHorizontalRule,
  photo: insertPhoto({ caption: 'Flood waters in Millbrook' }),
  typeWords: (s, dispatch) => {
    if (dispatch) dispatch(s.tr.insertText('two words '));
    return true;
  },
  typeSpace: (s, dispatch) => {
    if (dispatch) dispatch(s.tr.insertText(' '));
    return true;
  },
  caption: (s, dispatch) => {
    // A photo's caption edited in its form: an attribute step.
    const { selection } = s;
    if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'photo') return false;
    if (dispatch) dispatch(s.tr.setNodeAttribute(selection.from, 'caption', `${selection.node.attrs.caption as string} more words`));
    return true;
  },
};
const commandNames = Object.keys(COMMANDS);

/** A caret, a range, or a selected node, from two numbers scaled to the document. */
function selectionIn(d: Node, kind: number, a: number, b: number): Selection {
  const size = d.content.size;
  const from = Math.round(a * size);
  const to = Math.min(size, from + Math.round(b * 24));
  if (kind === 0) return TextSelection.near(d.resolve(from));
  if (kind === 1) return TextSelection.between(d.resolve(from), d.resolve(to));
  const $pos = d.resolve(from);
  const node = $pos.nodeAfter;
  return node && NodeSelection.isSelectable(node) ? NodeSelection.create(d, from) : TextSelection.near($pos);
}

const step = fc.record({
  command: fc.constantFrom(...commandNames),
  kind: fc.integer({ min: 0, max: 2 }),
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('incremental text stats', () => {
  it('counts words like the store and characters without paragraph breaks', () => {
    const s = state(doc(p('One two three.'), quote([p('Four five')], 'Six'), photo({ caption: 'Seven eight' }), ul(li(p('nine')))));
    expect(counts(s)).toEqual({ words: 9, characters: docStats(s.doc).characters });
    expect(counts(s).words).toBe(countWords(plainText(s.doc)));
  });

  it('keeps a quote counted after leaving its attribution with Enter, when the quote ends the article', () => {
    // The bug of issue 17: 8 words shown, 17 stored, until undo.
    let s = state(doc(p('Flood waters rose overnight.'), quote([p('We lost everything in an hour.')], 'Mary Jones, resident')));
    const end = s.doc.content.size - 2; // the end of the attribution's text
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, end)));
    s = run(s, exitAttribution);
    expect(s.selection.$from.parent.type.name).toBe('paragraph');
    expect(counts(s)).toEqual(docStats(s.doc));
    expect(counts(s).words).toBe(13);
  });

  it('keeps the last block counted when a photo or rule is added after it', () => {
    let s = state(doc(p('One two.'), p('Three four five.')));
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, s.doc.content.size - 1)));
    s = run(s, insertPhoto({ caption: 'Six' }));
    expect(counts(s)).toEqual(docStats(s.doc));
    expect(counts(s).words).toBe(6);
  });

  it('matches a full recount after random sequences of the editor’s own commands', () => {
    fc.assert(
      fc.property(body, fc.array(step, { minLength: 1, maxLength: 25 }), (start, steps) => {
        let s = EditorState.create({ doc: start, plugins: [textStatsPlugin()] });
        for (const { command, kind, a, b } of steps) {
          s = s.apply(s.tr.setSelection(selectionIn(s.doc, kind, a, b)));
          s = run(s, COMMANDS[command]!);
          s.doc.check();
          const expected = docStats(s.doc);
          expect(counts(s), `after ${command}`).toEqual(expected);
          expect(expected.words).toBe(countWords(plainText(s.doc)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('follows a photo caption edited through attribute steps', () => {
    let s = state(doc(p('One two.'), photo({ caption: 'A caption' }), p('Three.')));
    s = s.apply(s.tr.setNodeAttribute(10, 'caption', 'A longer photo caption here'));
    expect(counts(s)).toEqual(docStats(s.doc));
    expect(counts(s).words).toBe(8);
  });

  it('gives a reading time in whole minutes', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});

describe('the selection count', () => {
  it('counts the selected words, and says nothing for a caret or a photo chosen as a block (no "0 words selected")', () => {
    const start = Node.fromJSON(schema, doc(photo({}), p('Council votes to close the library')));
    const state = EditorState.create({ doc: start });
    expect(selectionWords(state.apply(state.tr.setSelection(TextSelection.create(start, 1))))).toBeNull();
    expect(selectionWords(state.apply(state.tr.setSelection(NodeSelection.create(start, 0))))).toBeNull();
    const para = start.child(0).nodeSize + 1;
    expect(selectionWords(state.apply(state.tr.setSelection(TextSelection.create(start, para, para + 'Council votes'.length))))).toBe(2);
  });
});
