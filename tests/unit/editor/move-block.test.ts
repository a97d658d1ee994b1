// Mod-Alt-↑/↓ (editor/commands/move-block.ts) and Insert photo's place
// (editor/photo/insert-photo.ts) on real states, with the real history plugin.
import { describe, expect, it } from 'vitest';
import { EditorState, NodeSelection, TextSelection, type Command } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { Node } from 'prosemirror-model';
import { schema } from '../../../shared/article/schema';
import { moveBlockDown, moveBlockUp } from '../../../renderer/src/editor/commands/move-block';
import { insertPhoto } from '../../../renderer/src/editor/photo/insert-photo';
import { doc, h, hr, li, ol, p, photo, quote, ul } from '../../support/docs';

type Json = ReturnType<typeof p>;

function state(json: unknown, select: (d: Node) => TextSelection | NodeSelection) {
  const d = Node.fromJSON(schema, json);
  return EditorState.create({ doc: d, selection: select(d), plugins: [history()] });
}
/** A caret in the text `needle` (after its first character). */
const caretIn = (needle: string) => (d: Node) => {
  let at = -1;
  d.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(needle)) at = pos + node.text!.indexOf(needle) + 1;
  });
  return TextSelection.create(d, at);
};
const nodeAt = (index: number) => (d: Node) => {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += d.child(i).nodeSize;
  return NodeSelection.create(d, pos);
};

function run(s: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  if (!command(s, (tr) => (next = s.apply(tr)))) return null;
  next!.doc.check();
  return next;
}
const json = (s: EditorState) => s.doc.toJSON();
const selectedText = (s: EditorState) => s.selection.$from.parent.textContent;

describe('moving a block', () => {
  const pic = photo({ caption: 'Flood', asset: null });
  const body = (...blocks: Json[]) => doc(...blocks);

  it('moves every kind of top-level block up and down, keeping the selection on it', () => {
    const kinds: [string, Json, (d: Node) => TextSelection | NodeSelection][] = [
      ['paragraph', p('Mover'), caretIn('Mover')],
      ['subhead', h(2, 'Mover'), caretIn('Mover')],
      ['quote', quote([p('Mover'), p('Second')], 'Her'), caretIn('Mover')],
      ['photo', pic, nodeAt(1)],
      ['rule', hr(), nodeAt(1)],
      ['whole list', ul(li(p('Mover')), li(p('Two'))), nodeAt(1)],
    ];
    for (const [name, block, select] of kinds) {
      const s = state(body(p('Above'), block, p('Below')), select);
      const up = run(s, moveBlockUp)!;
      expect(json(up), name).toEqual(body(block, p('Above'), p('Below')));
      expect(up.selection.toJSON().type, name).toBe(s.selection.toJSON().type);
      if (s.selection instanceof NodeSelection) expect((up.selection as NodeSelection).node.eq(s.doc.child(1)), name).toBe(true);
      else expect(selectedText(up), name).toBe('Mover');
      const down = run(run(up, moveBlockDown)!, moveBlockDown)!;
      expect(json(down), name).toEqual(body(p('Above'), p('Below'), block));
    }
  });

  it('does nothing at the first block going up or the last going down', () => {
    const s = state(body(p('Only first'), p('Last')), caretIn('Only'));
    expect(run(s, moveBlockUp)).toBeNull();
    expect(run(state(body(p('First'), p('Last')), caretIn('Last')), moveBlockDown)).toBeNull();
    expect(run(state(body(p('Alone')), caretIn('Alone')), moveBlockDown)).toBeNull();
  });

  it('moves a list item among its items, not out of the list; at the list’s edge nothing moves', () => {
    const s = state(body(p('Before'), ol(li(p('One')), li(p('Two')), li(p('Three')))), caretIn('Two'));
    const up = run(s, moveBlockUp)!;
    expect(json(up)).toEqual(body(p('Before'), ol(li(p('Two')), li(p('One')), li(p('Three')))));
    expect(selectedText(up)).toBe('Two');
    expect(run(up, moveBlockUp)).toBeNull();
    const nested = state(body(ul(li(p('Outer'), ul(li(p('Inner A')), li(p('Inner B')))))), caretIn('Inner B'));
    expect(json(run(nested, moveBlockUp)!)).toEqual(body(ul(li(p('Outer'), ul(li(p('Inner B')), li(p('Inner A')))))));
  });

  it('moves a paragraph of a quote with the whole quote, attribution included', () => {
    const s = state(body(p('Above'), quote([p('First'), p('Second')], 'Her')), caretIn('Second'));
    expect(json(run(s, moveBlockUp)!)).toEqual(body(quote([p('First'), p('Second')], 'Her'), p('Above')));
  });

  it('moves every block a selection touches together', () => {
    const d = Node.fromJSON(schema, body(p('A'), p('B'), p('C'), p('D')));
    const s = EditorState.create({ doc: d, selection: TextSelection.create(d, 4, 7), plugins: [history()] });
    const down = run(s, moveBlockDown)!;
    expect(json(down)).toEqual(body(p('A'), p('D'), p('B'), p('C')));
    expect(down.doc.textBetween(down.selection.from, down.selection.to)).toBe(s.doc.textBetween(4, 7));
  });

  it('is one undo step per move, even when moves and typing follow each other quickly', () => {
    let s = state(body(p('Above'), p('Mover'), p('Below')), caretIn('Mover'));
    s = s.apply(s.tr.insertText('!'));
    const typed = json(s);
    s = run(s, moveBlockUp)!;
    const once = json(s);
    s = run(s, moveBlockDown)!;
    s = run(s, moveBlockDown)!;
    s = s.apply(s.tr.insertText('?'));
    s = run(s, undo)!;
    expect(json(s)).toEqual(doc(p('Above'), p('Below'), p('M!over')));
    s = run(s, undo)!;
    expect(json(s)).toEqual(doc(p('Above'), p('M!over'), p('Below')));
    s = run(s, undo)!;
    expect(json(s)).toEqual(once);
    s = run(s, undo)!;
    expect(json(s)).toEqual(typed);
  });
});

describe('inserting a photo at the caret', () => {
  const attrs = { caption: 'Lead' };
  const placed = (s: EditorState) => {
    const out = run(s, insertPhoto(attrs))!;
    expect(out.selection).toBeInstanceOf(NodeSelection);
    expect((out.selection as NodeSelection).node.attrs.caption).toBe('Lead');
    return json(out);
  };
  const lead = photo(attrs);

  it('at the start of the first paragraph: the photo becomes the first block (a lead photo)', () => {
    const d = Node.fromJSON(schema, doc(p('First para.'), p('Second.')));
    expect(placed(EditorState.create({ doc: d, selection: TextSelection.create(d, 1) }))).toEqual(doc(lead, p('First para.'), p('Second.')));
  });

  it('at the start of a quote or a list: before it; at a block’s end or inside a quote or list: after it', () => {
    const quoted = Node.fromJSON(schema, doc(p('A'), quote([p('Said')])));
    expect(placed(EditorState.create({ doc: quoted, selection: TextSelection.create(quoted, 5) }))).toEqual(doc(p('A'), lead, quote([p('Said')])));
    const listed = Node.fromJSON(schema, doc(ul(li(p('One')), li(p('Two')))));
    expect(placed(EditorState.create({ doc: listed, selection: TextSelection.create(listed, 3) }))).toEqual(doc(lead, ul(li(p('One')), li(p('Two')))));
    expect(placed(state(doc(ul(li(p('One')), li(p('Two')))), caretIn('Two')))).toEqual(doc(ul(li(p('One')), li(p('Two'))), lead));
    const ended = Node.fromJSON(schema, doc(p('End'), p('Next')));
    expect(placed(EditorState.create({ doc: ended, selection: TextSelection.create(ended, 4) }))).toEqual(doc(p('End'), lead, p('Next')));
  });

  it('in the middle of a paragraph: splits it at the caret; on an empty paragraph: takes its place', () => {
    expect(placed(state(doc(p('Before after')), caretIn('fore')))).toEqual(doc(p('Bef'), lead, p('ore after')));
    const empty = Node.fromJSON(schema, doc(p('A'), p(), p('B')));
    expect(placed(EditorState.create({ doc: empty, selection: TextSelection.create(empty, 4) }))).toEqual(doc(p('A'), lead, p('B')));
  });

  it('after a selected photo', () => {
    expect(placed(state(doc(photo({ caption: 'One' }), p('x')), nodeAt(0)))).toEqual(doc(photo({ caption: 'One' }), lead, p('x')));
  });
});
