// Issue 18 part 5 in the editor: a note is made with who and when, two
// colleagues' notes side by side stay two, resolving takes a note's words out
// in one undo step (telling History first), and the labels before the notes
// follow every edit at the cost of the changed blocks — checked against a full
// recount after each step.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { bodyFromJSON, plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import { countNotes, openNotesNotice } from '../../../shared/article/notes';
import { resolveNotes, toggleNote } from '../../../renderer/src/editor/commands/notes';
import { notesAtSelection } from '../../../renderer/src/editor/notes/notes-at';
import { noteBeingTyped, noteTypingPlugin } from '../../../renderer/src/editor/notes/note-typing';
import { noteLabels, noteLabelsKey, noteLabelsPlugin } from '../../../renderer/src/editor/notes/note-labels';
import { noteLabelText } from '../../../renderer/src/editor/notes/note-label-text';
import { doc, p } from '../../support/docs';

const AT = '2026-12-03T09:12:00.000Z';
const note = (text: string, author = 'JB', at = AT) => ({ type: 'text', text, marks: [{ type: 'note', attrs: { author, at } }] });

function editor(json: object) {
  let state = EditorState.create({ doc: bodyFromJSON(json), plugins: [history(), noteLabelsPlugin(), noteTypingPlugin()] });
  const dispatch = (tr: Transaction) => (state = state.apply(tr));
  return {
    get state() {
      return state;
    },
    dispatch,
    /** Letters typed as the view types them: the plugins' handleTextInput first, else insertText with the stored marks. */
    type(text: string) {
      for (const ch of text) {
        const { from, to } = state.selection;
        const view = { state, dispatch } as never;
        const handled = state.plugins.some((pl) => pl.props.handleTextInput?.call(pl, view, from, to, ch, () => state.tr));
        if (!handled) dispatch(state.tr.insertText(ch, from, to));
      }
    },
    select(from: number, to = from) {
      dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    },
    /** The label positions kept incrementally, and those of a full recount: they must agree. */
    labels() {
      const kept = noteLabelsKey.getState(state)!.find().map((d) => d.from);
      const full = noteLabels(state.doc, 0, state.doc.content.size, new Date()).map((d) => d.from);
      return { kept, full };
    },
  };
}
const textOf = (state: EditorState) => state.doc.textBetween(0, state.doc.content.size, '\n');

describe('making a note', () => {
  it('puts the initials and time on it, and a colleague’s note right after it stays a second note', () => {
    const e = editor(doc(p('Check the figure and call the council today.')));
    const at = (text: string) => 1 + textOf(e.state).indexOf(text);
    e.select(at('Check'), at(' and'));
    expect(toggleNote(() => ({ author: 'JB', at: AT }))(e.state, e.dispatch)).toBe(true);
    e.select(at(' and'), at(' today'));
    toggleNote(() => ({ author: 'AK', at: '2026-12-03T09:20:00.000Z' }))(e.state, e.dispatch);
    expect(countNotes(e.state.doc)).toBe(2);
    expect(e.state.doc.firstChild!.child(0).marks[0]!.attrs).toEqual({ author: 'JB', at: AT });
    // (toggleMark leaves the space between them out of both.)
    expect(e.state.doc.firstChild!.child(2).marks[0]!.attrs.author).toBe('AK');
    expect(countWords(plainText(e.state.doc))).toBe(1);
    const { kept, full } = e.labels();
    expect(kept).toEqual(full);
    expect(kept).toHaveLength(2);
  });

  it('asks no initials or clock when only asked whether it applies', () => {
    const e = editor(doc(p('Some words.')));
    e.select(1, 5);
    let asked = 0;
    expect(toggleNote(() => (asked++, { author: 'JB', at: AT }))(e.state)).toBe(true);
    expect(asked).toBe(0);
  });
});

describe('typing a note at the caret', () => {
  it('starts with Mod-Alt-M at a bare caret, keeps every letter typed (Backspace too) in the note, and stops at Mod-Alt-M or when the caret leaves', () => {
    const e = editor(doc(p('Copy.')));
    const make = toggleNote(() => ({ author: 'JB', at: AT }));
    e.select(6);
    expect(make(e.state, e.dispatch)).toBe(true);
    expect(noteBeingTyped(e.state)?.attrs).toEqual({ author: 'JB', at: AT });
    e.type(' CALL BAK');
    e.dispatch(e.state.tr.delete(e.state.selection.from - 1, e.state.selection.from)); // Backspace
    e.type('CK');
    expect(noteBeingTyped(e.state)).not.toBeNull();
    expect(make(e.state, e.dispatch)).toBe(true); // stop
    e.type(' More copy.');
    expect(e.state.doc.firstChild!.toJSON()).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Copy.' },
        { type: 'text', marks: [{ type: 'note', attrs: { author: 'JB', at: AT } }], text: ' CALL BACK' },
        { type: 'text', text: ' More copy.' },
      ],
    });
    expect(e.labels().kept).toEqual(e.labels().full);
    // Started again, then the caret goes elsewhere: typing there is copy.
    make(e.state, e.dispatch);
    e.type('X');
    e.select(2);
    expect(noteBeingTyped(e.state)).toBeNull();
    e.type('y');
    expect(countNotes(e.state.doc)).toBe(2);
    expect(e.state.doc.firstChild!.textContent).toBe('Cyopy. CALL BACK More copy.X');
  });

  it('does not start inside a note (there Mod-Alt-M does nothing; Resolve note is what applies)', () => {
    const e = editor(doc(p('Copy ', note('a note'), ' more.')));
    e.select(8);
    expect(toggleNote(() => ({ author: 'JB', at: AT }))(e.state)).toBe(false);
  });
});

describe('resolving a note', () => {
  it('takes its words out in one undo step, leaves no doubled space, tells History first, and Undo brings it back as it was', () => {
    const e = editor(doc(p('The council voted. ', note('CHECK WITH PRESS OFFICE'), ' Campaigners will appeal.')));
    const before = e.state.doc;
    e.select(25); // inside the note
    let told = 0;
    expect(resolveNotes(() => told++)(e.state, e.dispatch)).toBe(true);
    expect(told).toBe(1);
    expect(textOf(e.state)).toBe('The council voted. Campaigners will appeal.');
    expect(countNotes(e.state.doc)).toBe(0);
    expect(openNotesNotice(e.state.doc)).toBeNull();
    expect(e.labels()).toEqual({ kept: [], full: [] });
    undo(e.state, e.dispatch);
    expect(e.state.doc.eq(before)).toBe(true);
    expect(e.labels().kept).toEqual([20]);
  });

  it('is one step of its own, even right after typing', () => {
    const e = editor(doc(p('Copy ', note('ask JB'), ' more.')));
    e.select(e.state.doc.content.size - 1);
    e.dispatch(e.state.tr.insertText(' Typed'));
    e.select(8);
    resolveNotes()(e.state, e.dispatch);
    undo(e.state, e.dispatch);
    expect(textOf(e.state)).toBe('Copy ask JB more. Typed');
  });

  it('applies at the note’s end but not elsewhere, and then changes nothing', () => {
    const e = editor(doc(p('Copy ', note('ask'), ' more.')));
    e.select(9); // right after the note
    expect(notesAtSelection(e.state)).toHaveLength(1);
    e.select(2);
    let told = 0;
    const docBefore = e.state.doc;
    expect(resolveNotes(() => told++)(e.state, e.dispatch)).toBe(false);
    expect(told).toBe(0);
    expect(e.state.doc).toBe(docBefore);
  });

  it('at the end of a paragraph takes the space before it, and leaves the empty paragraph after it alone', () => {
    const e = editor(doc(p('Copy ', note('ask')), p(), p('Next.')));
    e.select(7);
    resolveNotes()(e.state, e.dispatch);
    expect(e.state.doc.toJSON()).toEqual(doc(p('Copy'), p(), p('Next.')));
  });

  it('resolves every note a selection touches, each whole, and a paragraph that was nothing but a note goes with it', () => {
    const e = editor(doc(p('One ', note('first note'), ' two.'), p(note('Whole paragraph of notes', 'AK')), p('Three ', note('third', 'AK'), '.')));
    e.select(8, e.state.doc.content.size - 3);
    resolveNotes()(e.state, e.dispatch);
    expect(textOf(e.state)).toBe('One two.\nThree.');
    expect(e.labels()).toEqual({ kept: [], full: [] });
  });
});

describe('the labels', () => {
  it('follow typing elsewhere, typing in the note, and a note split across blocks', () => {
    const e = editor(doc(p('Lead paragraph.'), p('Copy ', note('ask the council'), ' more.'), p('Last.')));
    e.select(3);
    e.dispatch(e.state.tr.insertText('xx'));
    expect(e.labels().kept).toEqual(e.labels().full);
    e.select(28);
    e.dispatch(e.state.tr.insertText('yy'));
    expect(e.labels().kept).toEqual(e.labels().full);
    e.dispatch(e.state.tr.split(28));
    expect(e.labels().kept).toEqual(e.labels().full);
    expect(e.labels().kept).toHaveLength(2);
  });

  it('say who and when at a glance, and in a sentence for a screen reader', () => {
    const now = new Date(2026, 11, 3, 10, 0);
    const today = new Date(2026, 11, 3, 9, 12).toISOString();
    expect(noteLabelText({ author: 'JB', at: today }, now, 'en-GB')).toMatchObject({
      visible: 'Note · JB · 09:12',
      spoken: 'Editorial note by JB, 3 December 2026 at 09:12:',
      short: 'Note by JB, 09:12',
    });
    expect(noteLabelText({ author: 'JB', at: new Date(2026, 11, 1, 16, 5).toISOString() }, now, 'en-GB').visible).toBe('Note · JB · 1 Dec 16:05');
    expect(noteLabelText({ author: '', at: new Date(2025, 5, 30, 8, 0).toISOString() }, now, 'en-GB').visible).toBe('Note · 30 Jun 2025 08:00');
    expect(noteLabelText({ author: '', at: '' }, now, 'en-GB')).toEqual({ visible: 'Note', spoken: 'Editorial note:', full: '', short: 'Note' });
  });
});
