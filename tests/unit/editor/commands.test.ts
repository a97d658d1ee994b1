// Editor commands on real states: quotes, attribution, links, headings, photos.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import { schema } from '../../../shared/article/schema';
import { addAttribution, exitAttribution, toggleQuote, unwrapQuote } from '../../../renderer/src/editor/commands/quote';
import { normalizeHref, setLink } from '../../../renderer/src/editor/commands/link';
import { insertHardBreak, toggleHeading } from '../../../renderer/src/editor/commands/blocks';
import { insertPhoto } from '../../../renderer/src/editor/photo/insert-photo';
import { doc, p, quote, h } from '../../support/docs';

function at(json: unknown, from: number, to = from) {
  const d = Node.fromJSON(schema, json);
  return EditorState.create({ doc: d, selection: TextSelection.create(d, from, to) });
}

function run(state: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr) => (next = state.apply(tr)));
  if (!ok) return null;
  next!.doc.check();
  return next;
}

describe('quote commands', () => {
  it('wraps two paragraphs, adds an attribution, and leaves it with Enter', () => {
    const s = at(doc(p('First.'), p('Second.'), p('After.')), 2, 12);
    const quoted = run(s, toggleQuote)!;
    expect(quoted.doc.toJSON()).toEqual(doc(quote([p('First.'), p('Second.')]), p('After.')));
    const withAttribution = run(quoted, addAttribution)!;
    expect(withAttribution.selection.$from.parent.type.name).toBe('attribution');
    const typed = withAttribution.apply(withAttribution.tr.insertText('A. Hassan'));
    const out = run(typed, exitAttribution)!;
    expect(out.doc.toJSON()).toEqual(doc(quote([p('First.'), p('Second.')], 'A. Hassan'), p(), p('After.')));
    expect(out.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('unwrapping keeps every word, the attribution becoming a paragraph', () => {
    const s = at(doc(quote([p('Said this.')], 'Her')), 3);
    expect(run(s, unwrapQuote)!.doc.toJSON()).toEqual(doc(p('Said this.'), p('Her')));
    expect(run(at(doc(p('x')), 1), unwrapQuote)).toBeNull();
  });

  it('a hard break is refused inside an attribution (one plain line)', () => {
    const s = at(doc(quote([p('Q')], 'Name')), 6);
    expect(s.selection.$from.parent.type.name).toBe('attribution');
    expect(run(s, insertHardBreak)).toBeNull();
    expect(run(at(doc(p('ab')), 2), insertHardBreak)).not.toBeNull();
  });
});

describe('links', () => {
  it('refuses unsafe protocols with a message and completes bare addresses', () => {
    expect(normalizeHref('javascript:alert(1)')).toEqual({ ok: false, message: expect.stringMatching(/http/) });
    expect(normalizeHref('file:///etc/passwd').ok).toBe(false);
    expect(normalizeHref('example.com/story')).toEqual({ ok: true, href: 'https://example.com/story' });
    expect(normalizeHref('desk@example.com')).toEqual({ ok: true, href: 'mailto:desk@example.com' });
    const s = at(doc(p('see the report')), 9, 15);
    expect(run(s, setLink('javascript:alert(1)'))).toBeNull();
    const linked = run(s, setLink('https://example.com/r'))!;
    expect(linked.doc.toJSON()).toEqual(
      doc(p('see the ', { type: 'text', text: 'report', marks: [{ type: 'link', attrs: { href: 'https://example.com/r' } }] })),
    );
  });
});

describe('blocks and photos', () => {
  it('toggles a subhead on and off', () => {
    const on = run(at(doc(p('Next steps')), 2), toggleHeading(2))!;
    expect(on.doc.toJSON()).toEqual(doc(h(2, 'Next steps')));
    expect(run(on, toggleHeading(2))!.doc.toJSON()).toEqual(doc(p('Next steps')));
  });

  it('puts a photo after the block the cursor is in, never inside a quote', () => {
    const s = at(doc(quote([p('Q')]), p('x')), 3);
    const out = run(s, insertPhoto({ caption: 'C' }))!;
    expect(out.doc.child(1).type.name).toBe('photo');
    expect(out.doc.child(1).attrs.caption).toBe('C');
  });
});

describe('Enter inside a quote', () => {
  it('splits into quoted paragraphs, never into an attribution, and leaves on an empty last paragraph', async () => {
    const { splitQuoteParagraph } = await import('../../../renderer/src/editor/commands/quote');
    const s = at(doc(quote([p('One')], 'Her')), 5);
    const split = run(s, splitQuoteParagraph)!;
    expect(split.doc.toJSON()).toEqual(doc(quote([p('One'), p()], 'Her')));
    const left = run(split, splitQuoteParagraph)!;
    expect(left.doc.toJSON()).toEqual(doc(quote([p('One')], 'Her'), p()));
    expect(left.selection.$from.parent.type.name).toBe('paragraph');
    expect(left.selection.$from.depth).toBe(1);
  });
});
