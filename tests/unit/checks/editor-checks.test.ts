// The editor's side of the copy checks, on real ProseMirror states and the
// real checker (shipped dictionaries, default sheet): the worker's core, flags
// placed in the body, drawn and carried through edits, and the fixes — one
// transaction each, Fix all included, refused where the text has moved on.
import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { history, undo, undoDepth } from 'prosemirror-history';
import { schema } from '../../../shared/article/schema';
import { articleTexts } from '../../../shared/checks/article-texts';
import { DEFAULT_RULES } from '../../../shared/checks/rules/default-rules';
import { dictionaryFiles } from '../../../electron/main/checks/dictionaries';
import { CheckerCore } from '../../../renderer/src/editor/checks/checker-core';
import { changeFlags, checksPlugin, shownFlags } from '../../../renderer/src/editor/checks/checks-plugin';
import { placeFlags } from '../../../renderer/src/editor/checks/place-flags';
import { windowChange } from '../../../renderer/src/editor/checks/body-flags';
import { fixAllTransaction, fixTransaction } from '../../../renderer/src/editor/checks/check-edits';
import { automaticCount, groupFlags } from '../../../renderer/src/editor/checks/flag-groups';
import { FlagPlacing } from '../../../renderer/src/editor/checks/flag-placing';
import type { CheckAnswer } from '../../../renderer/src/editor/checks/protocol';
import type { PlacedFlag } from '../../../renderer/src/editor/checks/checks-plugin';
import type { CheckFlag } from '../../../shared/checks/flag';
import { doc, p, photo } from '../../support/docs';

const files = dictionaryFiles('en-GB');
const context = {
  dialect: 'en-GB' as const,
  dictionary: { aff: files.aff.toString('utf8'), dic: files.dic.toString('utf8') },
  words: [],
  rules: DEFAULT_RULES.filter((r) => !r.dialect || r.dialect === 'en-GB'),
};

function checked(body: ReturnType<typeof doc>, headline = '') {
  const node = schema.nodeFromJSON(body);
  const texts = articleTexts({ headline, standfirst: '' }, node);
  const core = new CheckerCore();
  core.handle({ type: 'context', context });
  const answer = core.handle({ type: 'check', version: 1, keys: texts.map((t) => t.key), changed: texts }) as Extract<CheckAnswer, { type: 'flags' }>;
  const placing = new FlagPlacing();
  const placed = [...placing.answered({ version: 1, flags: new Map(answer.changed), texts }, new Set(), all)!];
  expect(placed).toEqual(placeFlags(1, new Map(answer.changed), texts));
  let state = EditorState.create({ doc: node, plugins: [history(), checksPlugin({ openAt: () => false, closeMenu: () => false })] });
  const flags = placing.body;
  state = state.apply(changeFlags(state.tr, [], flags.all()));
  return { state, placed, flags, placing, core, texts };
}

describe('the checker core (the worker)', () => {
  it('answers a check asked before its context once the context arrives, and forgets the texts of deleted blocks', () => {
    const core = new CheckerCore();
    expect(core.handle({ type: 'check', version: 1, keys: ['block:0', 'block:1'], changed: [{ key: 'block:0', text: 'Teh cat.' }, { key: 'block:1', text: 'Recieved.' }] })).toBeNull();
    const first = core.handle({ type: 'context', context }) as Extract<CheckAnswer, { type: 'flags' }>;
    expect(first.version).toBe(1);
    expect(first.changed.map(([k, f]) => [k, f.map((x) => x.text)])).toEqual([['block:0', ['Teh']], ['block:1', ['Recieved']]]);
    // Only block:0 is sent again, changed; block:1 is gone: the answer says both texts have no flags now.
    const second = core.handle({ type: 'check', version: 2, keys: ['block:0'], changed: [{ key: 'block:0', text: 'The cat.' }] }) as Extract<CheckAnswer, { type: 'flags' }>;
    expect(second).toEqual({ type: 'flags', version: 2, changed: [['block:0', []], ['block:1', []]] });
    expect(core.handle({ type: 'suggest', id: 7, word: 'recieved' })).toEqual({ type: 'suggestions', id: 7, suggestions: expect.arrayContaining(['received']) });
    core.handle({ type: 'add-word', word: 'Teh' });
    const third = core.handle({ type: 'check', version: 3, keys: ['block:0'], changed: [{ key: 'block:0', text: 'Teh cat.' }] }) as Extract<CheckAnswer, { type: 'flags' }>;
    expect(third.changed).toEqual([]);
  });
});

describe('an answer after a pause', () => {
  it('holds only the texts whose flags changed, and the request only the changed texts (keys only when they changed)', () => {
    const core = new CheckerCore();
    core.handle({ type: 'context', context });
    const keys = ['block:0', 'block:1', 'block:2'];
    const all = [{ key: 'block:0', text: 'Teh cat.' }, { key: 'block:1', text: 'A dog.' }, { key: 'block:2', text: 'Recieved.' }];
    const first = core.handle({ type: 'check', version: 1, keys, changed: all }) as Extract<CheckAnswer, { type: 'flags' }>;
    expect(first.changed.map(([k]) => k)).toEqual(['block:0', 'block:2']);
    // Typed in a block without flags, and after the flag of another: nothing to say.
    const second = core.handle({ type: 'check', version: 2, changed: [{ key: 'block:1', text: 'A dog barked.' }, { key: 'block:0', text: 'Teh cat sat.' }] });
    expect(second).toEqual({ type: 'flags', version: 2, changed: [] });
    // A flag gone and one new: those texts alone, each with all its flags now.
    const third = core.handle({ type: 'check', version: 3, changed: [{ key: 'block:1', text: 'A dgo barked.' }, { key: 'block:2', text: 'Received.' }] }) as Extract<CheckAnswer, { type: 'flags' }>;
    expect(third.changed.map(([k, f]) => [k, f.map((x) => x.text)])).toEqual([['block:1', ['dgo']], ['block:2', []]]);
  });

  it('shows what is shown already when the changed texts’ flags are where the edits carried them, and not when a flagged word was typed over', () => {
    const body = doc(p('One recieved it.'), p('Two teh.'));
    const { state: start, flags, placed, placing, core, texts } = checked(body);
    // As the feed keeps them: every text's flags, merged from the answers (which say only what changed).
    const merged = new Map(placedByKey(placed));
    const answerFor = (state: EditorState, version: number) => {
      const now = articleTexts({ headline: '', standfirst: '' }, state.doc);
      const changed = now.filter((t, i) => t.text !== texts[i]!.text);
      const answer = core.handle({ type: 'check', version, changed }) as Extract<CheckAnswer, { type: 'flags' }>;
      for (const [k, f] of answer.changed) merged.set(k, f);
      return { keys: new Set([...changed.map((t) => t.key), ...answer.changed.map(([k]) => k)]), answer: { version, flags: merged, texts: now } };
    };
    // Words typed before the flag, in its paragraph: the flag moved with them, and the answer agrees.
    const typing = start.tr.insertText('Yes, ', 1);
    const typed = start.apply(typing);
    flags.edited(typing);
    const quiet = answerFor(typed, 2);
    expect(quiet.keys).toEqual(new Set(['block:0']));
    expect(placing.answered(quiet.answer, quiet.keys, all)).toBeNull();
    expect(placing.flags).toEqual(placed);
    expect(flags.all().map((l) => typed.doc.textBetween(l.from, l.to))).toEqual(['recieved', 'teh']);
    // The misspelt word selected and typed again as it was: the edit took the flag's text away, so it is placed anew.
    const misspelt = flags.locate(placed[0]!)!;
    const over = typed.tr.insertText('recieved', misspelt.from, misspelt.to);
    const retyped = typed.apply(over);
    flags.edited(over);
    expect(flags.locate(placed[0]!)).toBeNull();
    const again = answerFor(retyped, 3);
    const shown = placing.answered(again.answer, again.keys, all)!;
    expect(shown.map((f) => f.id)).toEqual(['3:block:0:0', placed[1]!.id]); // the other paragraph's flag is the one shown before
    expect(shown[1]).toBe(placed[1]);
    expect(flags.all().map((l) => retyped.doc.textBetween(l.from, l.to))).toEqual(['recieved', 'teh']);
  });
});

const all = (placed: PlacedFlag[]) => placed;

function placedByKey(placed: readonly PlacedFlag[]): [string, CheckFlag[]][] {
  const out = new Map<string, CheckFlag[]>();
  for (const f of placed) out.set(f.where, [...(out.get(f.where) ?? []), f]);
  return [...out];
}

describe('flags in the body', () => {
  it('are placed at body positions, captions by their photo and the headline by its field, in reading order', () => {
    const { placed, state } = checked(doc(p('The council recieved it.'), photo({ caption: 'The the river.' }), p('Turnout rose 3 percent.')), 'Hedline');
    expect(placed.map((f) => [f.where, f.text])).toEqual([['headline', 'Hedline'], ['block:0', 'recieved'], ['caption:1', 'The the'], ['block:2', 'percent']]);
    const misspelt = placed.find((f) => f.text === 'recieved')!;
    expect(state.doc.textBetween(misspelt.range!.from, misspelt.range!.to)).toBe('recieved');
    expect(placed.find((f) => f.where === 'caption:1')!.photoPos).toBe(state.doc.child(0).nodeSize);
    expect(groupFlags(placed).map((g) => [g.kind, g.count])).toEqual([['spelling', 2], ['grammar', 1], ['style', 1]]);
    expect(automaticCount(placed)).toBe(2); // "the the" in the caption and "percent"; the headline is a field, fixed by itself
  });

  it('move with edits; a redraw keeps the decorations that did not change and adds only the new', () => {
    const { state: start, flags } = checked(doc(p('One recieved.'), p('Two teh.')));
    const edit = start.tr.insertText('New words. ', 1);
    const state = start.apply(edit);
    flags.edited(edit);
    const shown = shownFlags(state);
    expect(shown.map((s) => state.doc.textBetween(s.from, s.to))).toEqual(['recieved', 'teh']);
    expect(flags.all().map((l) => state.doc.textBetween(l.from, l.to))).toEqual(['recieved', 'teh']);
    const change = windowChange(shown, flags.all());
    expect(change).toEqual({ remove: [], add: [] });
    expect(windowChange(shown, flags.all().slice(1))).toMatchObject({ remove: [{ flag: { text: 'recieved' } }], add: [] });
  });

  it('a fix is one undo step; a flag whose text changed is not touched', () => {
    const { state, placed, flags } = checked(doc(p('The council recieved it.')));
    const misspelt = placed.find((f) => f.text === 'recieved')!;
    const fixed = state.apply(fixTransaction(state, misspelt, 'received', flags.locate(misspelt))!);
    expect(fixed.doc.textContent).toBe('The council received it.');
    expect(undoDepth(fixed)).toBe(1);
    let undone = fixed;
    undo(fixed, (tr) => (undone = fixed.apply(tr)));
    expect(undone.doc.textContent).toBe('The council recieved it.');
    // Typed inside the word since the check: refused.
    const typing = state.tr.insertText('X', misspelt.range!.from + 2);
    const typed = state.apply(typing);
    flags.edited(typing);
    expect(fixTransaction(typed, misspelt, 'received', flags.locate(misspelt))).toBeNull();
  });

  it('Fix all automatic applies every automatic fix, body and captions, as one undo step, and leaves the rest', () => {
    const { state, placed, flags } = checked(doc(p('It was the the best, Mr. Hale said, up 5 percent.'), photo({ caption: 'Crowds at 5 p.m. yesterday.' }), p('Came 3rd, recieved.')));
    const captions = placed.filter((f) => f.photoPos !== undefined);
    const { tr, count } = fixAllTransaction(state, flags.all(), captions)!;
    const after = state.apply(tr);
    expect(count).toBe(5);
    expect(after.doc.child(0).textContent).toBe('It was the best, Mr Hale said, up 5 per cent.');
    expect(after.doc.child(1).attrs.caption).toBe('Crowds at 5pm yesterday.');
    expect(after.doc.child(2).textContent).toBe('Came third, recieved.');
    expect(undoDepth(after)).toBe(1);
    let undone = after;
    undo(after, (t) => (undone = after.apply(t)));
    expect(undone.doc.eq(state.doc)).toBe(true);
  });
});

