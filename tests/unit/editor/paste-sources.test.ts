// @vitest-environment happy-dom
// Clipboard HTML as Word (Windows and Mac), Google Docs (Chrome and Firefox)
// and LibreOffice really write it, cleaned and parsed as a paste in the
// editor does, against the document each source means (fixtures/paste/*.expected.json):
// every bold, italic, link, heading and list item kept, no empty paragraph
// or item, no word cut.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser as PMDOMParser, type Node } from 'prosemirror-model';
import { schema } from '../../../shared/article/schema';
import { cleanPastedHtml } from '../../../renderer/src/editor/paste/clean-html';
import { tidySlice } from '../../../renderer/src/editor/paste/tidy-slice';

const FIXTURES = path.resolve(__dirname, '../../fixtures/paste');

function paste(html: string): Node {
  const container = document.createElement('div');
  container.innerHTML = cleanPastedHtml(html, new DOMParser());
  const slice = tidySlice(PMDOMParser.fromSchema(schema).parseSlice(container, { preserveWhitespace: false }));
  const doc = schema.node('doc', null, slice.content);
  doc.check();
  return doc;
}

function empties(doc: Node): string[] {
  const found: string[] = [];
  doc.descendants((n) => {
    if ((n.type.name === 'paragraph' || n.type.name === 'list_item' || n.type.name === 'heading') && !n.textContent.trim()) found.push(n.type.name);
  });
  return found;
}

describe('paste from the apps writers use', () => {
  for (const [name, source] of [
    ['word-windows', 'Word 365 for Windows'],
    ['word-mac', 'Word 16 for Mac'],
    ['google-docs-chrome', 'Google Docs in Chrome'],
    ['google-docs-firefox', 'Google Docs in Firefox'],
    ['libreoffice', 'LibreOffice Writer 24.2'],
  ] as const) {
    it(`${source}: the document it means, nothing empty`, () => {
      const doc = paste(fs.readFileSync(path.join(FIXTURES, `${name}.html`), 'utf8'));
      expect(doc.toJSON().content).toEqual(JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')));
      expect(empties(doc)).toEqual([]);
    });
  }
});

describe('paste formatting rules', () => {
  const text = (html: string) => paste(html).textContent;
  const marks = (html: string) => {
    const out: string[] = [];
    paste(html).descendants((n) => {
      if (n.isText) out.push(`${n.marks.map((m) => m.type.name).join('+') || 'plain'}:${n.text}`);
    });
    return out;
  };

  it('mso-bidi-* is about complex scripts: it neither removes nor adds bold or italic', () => {
    expect(marks("<p><b style='mso-bidi-font-weight:normal'>Bold</b> <span style='mso-bidi-font-weight:bold'>plain</span></p>")).toEqual(['strong:Bold', 'plain: plain']);
    expect(marks("<p><i style='mso-bidi-font-style:normal'>Italic</i><span style='mso-bidi-font-style:italic'> plain</span></p>")).toEqual(['em:Italic', 'plain: plain']);
  });

  it('CSS decides, nearest element first: font-weight:normal inside bold is plain, 700 inside a normal wrapper is bold', () => {
    expect(marks('<p><b>Bold <span style="font-weight: normal">plain</span> bold</b></p>')).toEqual(['strong:Bold', 'plain: plain ', 'strong:bold']);
    expect(marks('<b style="font-weight:normal"><p><span style="font-weight:700">Bold</span> plain</p></b>')).toEqual(['strong:Bold', 'plain: plain']);
    expect(marks('<p><span style="FONT-WEIGHT: BOLD">loud</span> <span style="font-style: oblique">slanted</span></p>')).toEqual(['strong:loud', 'plain: ', 'em:slanted']);
  });

  it('struck-through and deleted text goes at its own boundaries, never cutting or gluing a neighbour', () => {
    expect(text('<p>Text containing <s>struck</s> styling.</p>')).toBe('Text containing styling.');
    expect(text('<p>Text containing<s> struck </s>styling.</p>')).toBe('Text containing styling.');
    expect(text('<p>colo<del>u</del>r</p>')).toBe('color');
    expect(text('<p>The <span style="text-decoration: underline line-through">old</span>new plan</p>')).toBe('The new plan');
    expect(text('<p>said,<del> who declined </del>pointing</p>')).toBe('said, pointing');
  });

  it('keeps the words inside a Word content control', () => {
    expect(text('<w:Sdt ShowingPlcHdr="t" ID="-1"><p class=MsoNormal>Inside the control</p></w:Sdt><p>after</p>')).toBe('Inside the controlafter');
  });

  it('a nested list written beside its items (<ol><ol>) nests in the item before it, with no empty item', () => {
    const doc = paste('<ol><li>One</li><ol><li>One A</li></ol><li>Two</li></ol>');
    expect(doc.toJSON().content).toEqual([
      {
        type: 'ordered_list',
        attrs: { order: 1 },
        content: [
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }, { type: 'ordered_list', attrs: { order: 1 }, content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One A' }] }] }] }] },
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Two' }] }] },
        ],
      },
    ]);
    expect(empties(paste('<ul><li><ul><li>deep</li></ul></li><li>next</li></ul>'))).toEqual([]);
  });

  it('a list is numbered when its items are, whatever its tag', () => {
    expect(paste('<ul><li style="list-style-type:decimal">first</li></ul>').firstChild!.type.name).toBe('ordered_list');
  });
});
