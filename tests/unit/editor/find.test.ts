// Find and replace on real editor states: the count and position the find bar
// shows, plain-text queries (no regular expressions), case, and replace all.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import { findNext, replaceAll } from 'prosemirror-search';
import { schema } from '../../../shared/article/schema';
import { findPlugin, matchPosition, withQuery } from '../../../renderer/src/editor/find/find-state';
import { doc, p } from '../../support/docs';

function stateWith(body: unknown, search: string, caseSensitive = false, replace = '') {
  const state = EditorState.create({ doc: Node.fromJSON(schema, body), plugins: [findPlugin()] });
  return state.apply(withQuery(state.tr, { search, replace, caseSensitive }));
}

function run(state: EditorState, command: typeof findNext): EditorState {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
}

describe('find', () => {
  const body = doc(p('The council met.'), p('The Council voted.'), p('Council tax: up 4.5% (council says).'));

  it('counts matches, ignoring case unless asked, and says which one is selected', () => {
    const state = stateWith(body, 'council');
    expect(matchPosition(state)).toEqual({ current: null, total: 4 });
    const first = run(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1))), findNext);
    expect(matchPosition(first)).toEqual({ current: 1, total: 4 });
    expect(matchPosition(run(first, findNext))).toEqual({ current: 2, total: 4 });
    expect(matchPosition(stateWith(body, 'council', true)).total).toBe(2);
  });

  it('takes the query as plain text: dots, percent signs and brackets mean themselves', () => {
    expect(matchPosition(stateWith(body, '4.5%')).total).toBe(1);
    expect(matchPosition(stateWith(body, '4-5%')).total).toBe(0);
    expect(matchPosition(stateWith(body, '(council')).total).toBe(1);
  });

  it('an empty query finds nothing and costs nothing', () => {
    expect(matchPosition(stateWith(body, ''))).toEqual({ current: null, total: 0 });
  });

  it('replaces all in one transaction (one undo step), keeping case-sensitive matches apart', () => {
    const state = stateWith(body, 'council', true, 'board');
    const replaced = run(state, replaceAll);
    expect(replaced.doc.toJSON()).toEqual(doc(p('The board met.'), p('The Council voted.'), p('Council tax: up 4.5% (board says).')));
    expect(matchPosition(replaced).total).toBe(0);
  });
});
