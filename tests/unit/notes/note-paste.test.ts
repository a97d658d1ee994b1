// @vitest-environment happy-dom
// A note cut and pasted inside Copydesk (or between two articles) is still a
// note, by the same person at the same time: the paste cleaner keeps what
// ProseMirror's own clipboard HTML says of it. Before, it stripped the class
// and the moved note became copy — words the desk meant never to publish.
import { describe, expect, it } from 'vitest';
import { DOMParser as PMDOMParser, DOMSerializer } from 'prosemirror-model';
import { bodyFromJSON } from '../../../shared/article/body';
import { schema } from '../../../shared/article/schema';
import { cleanPastedHtml } from '../../../renderer/src/editor/paste/clean-html';
import { tidySlice } from '../../../renderer/src/editor/paste/tidy-slice';
import { doc, p } from '../../support/docs';

const AT = '2026-12-03T09:12:00.000Z';

function roundTrip(json: object) {
  const node = bodyFromJSON(json);
  const out = document.createElement('div');
  out.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(node.content));
  const container = document.createElement('div');
  container.innerHTML = cleanPastedHtml(out.innerHTML, new DOMParser());
  return { node, pasted: schema.node('doc', null, tidySlice(PMDOMParser.fromSchema(schema).parseSlice(container)).content), html: container.innerHTML };
}

describe('pasting a note', () => {
  it('keeps it a note with its initials and time, bold words inside and all', () => {
    const { node, pasted, html } = roundTrip(
      doc(p('Copy ', { type: 'text', text: 'check this ', marks: [{ type: 'note', attrs: { author: 'JB', at: AT } }] }, { type: 'text', text: 'bold', marks: [{ type: 'note', attrs: { author: 'JB', at: AT } }, { type: 'strong' }] }, ' more.')),
    );
    expect(JSON.stringify(pasted.toJSON()), html).toBe(JSON.stringify(node.toJSON()));
  });

  it('keeps an old note without attributes a note', () => {
    const { node, pasted } = roundTrip(doc(p('Copy ', { type: 'text', text: 'old note', marks: [{ type: 'note' }] }, ' more.')));
    expect(pasted.eq(node)).toBe(true);
  });

  it('leaves other spans and their attributes to the cleaner as before', () => {
    const container = document.createElement('div');
    container.innerHTML = cleanPastedHtml('<p><span class="c1" data-x="1" style="color:red">plain</span> <span class="editorial-note" onclick="x()" style="color:red" data-note-author="JB">n</span></p>', new DOMParser());
    expect(container.innerHTML).not.toMatch(/c1|data-x|style|onclick/);
    expect(container.querySelector('span.editorial-note')?.getAttribute('data-note-author')).toBe('JB');
  });
});
