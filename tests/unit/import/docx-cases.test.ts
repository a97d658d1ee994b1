// Word files the way writers really make them, each built here with the
// `docx` package and imported as the app imports it: tables, skipped list
// levels, footnotes and endnotes, a one-paragraph document, and pictures
// (in a heading, in a format Copydesk cannot keep).
import {
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../../electron/main/import/prepare-import';
import { textOf } from '../../../shared/import/assemble';
import { PNG } from './council-docx';
import { bigParagraphDocx } from '../../../bench/import-peak-inputs';
import { outline } from './outline';

type Block = { type: string; attrs?: Record<string, unknown>; content?: Block[]; text?: string; marks?: unknown[] };

async function importDocx(doc: Document) {
  return (await prepareImport('docx', new Uint8Array(await Packer.toBuffer(doc)))).result;
}

const section = (...children: (Paragraph | Table)[]) => ({ sections: [{ children }] });

/** Every text block of the body, in reading order (list items and cells each their own line). */
function lines(body: { content: unknown[] }): string[] {
  const out: string[] = [];
  const walk = (b: Block) => (b.type === 'paragraph' || b.type === 'heading' ? out.push(textOf(b)) : (b.content ?? []).forEach(walk));
  (body.content as Block[]).forEach(walk);
  return out;
}

function emptyItems(body: { content: unknown[] }): number {
  let empty = 0;
  const walk = (b: Block) => {
    if (b.type === 'list_item' && !textOf(b).trim()) empty++;
    (b.content ?? []).forEach(walk);
  };
  (body.content as Block[]).forEach(walk);
  return empty;
}

describe('.docx as writers make them', () => {
  it('a table becomes one paragraph per paragraph in its cells, in reading order, none run together', async () => {
    const result = await importDocx(
      new Document(
        section(
          new Paragraph({ text: 'Budget lines approved', heading: HeadingLevel.TITLE }),
          new Paragraph('Text before'),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Table'), new Paragraph('Cell two')] }), new TableCell({ children: [new Paragraph('Roads: £2m')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Between')] }), new TableCell({ children: [new Paragraph('Schools: £5m')] })] }),
            ],
          }),
          new Paragraph('Text after'),
        ),
      ),
    );
    expect(result.fields.headline).toBe('Budget lines approved');
    expect(lines(result.fields.body)).toEqual(['Text before', 'Table', 'Cell two', 'Roads: £2m', 'Between', 'Schools: £5m', 'Text after']);
    expect(outline(result.fields.body)).toEqual(['p', 'p', 'p', 'p', 'p', 'p', 'p']);
  });

  it('skipped list levels make no empty items, and keep the deeper list’s kind', async () => {
    const result = await importDocx(
      new Document({
        numbering: { config: [{ reference: 'steps', levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.` })) }] },
        ...section(
          new Paragraph({ text: 'What happens next', heading: HeadingLevel.TITLE }),
          new Paragraph('The plan, step by step:'),
          new Paragraph({ text: 'Consultation', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Three public meetings', numbering: { reference: 'steps', level: 2 } }),
          new Paragraph({ text: 'Decision in June', numbering: { reference: 'steps', level: 0 } }),
        ),
      }),
    );
    const body = result.fields.body;
    expect(emptyItems(body)).toBe(0);
    const list = (body.content as Block[]).find((b) => b.type === 'ordered_list')!;
    expect(list.content!.map((item) => textOf(item.content![0]))).toEqual(['Consultation', 'Decision in June']);
    const nested = list.content![0]!.content![1]!;
    expect(nested.type).toBe('ordered_list');
    expect(nested.content!.map(textOf)).toEqual(['Three public meetings']);
  });

  it('footnotes and endnotes become a Notes section at the end; no markers in the headline or text, no back-link arrows', async () => {
    const result = await importDocx(
      new Document({
        footnotes: { 1: { children: [new Paragraph('The council’s own figure.')] }, 2: { children: [new Paragraph('Minutes, 3 March.')] } },
        endnotes: { 1: { children: [new Paragraph('Updated after publication.')] } },
        ...section(
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Ouch'), new FootnoteReferenceRun(1), new TextRun('.'), new FootnoteReferenceRun(2)] }),
          new Paragraph({ children: [new TextRun('Repairs will cost £4m'), new FootnoteReferenceRun(1), new TextRun(' over two years.'), new EndnoteReferenceRun(1)] }),
          new Paragraph('Work starts in May.'),
        ),
      }),
    );
    const { fields } = result;
    expect(fields.headline).toBe('Ouch.');
    const text = lines(fields.body);
    expect(text.slice(0, 2)).toEqual(['Repairs will cost £4m over two years.', 'Work starts in May.']);
    expect(JSON.stringify(fields)).not.toMatch(/\[\d\]|↑|#footnote|#endnote/);
    expect(outline(fields.body).slice(-2)).toEqual(['h2', 'ol×3']);
    expect(text.slice(2)).toEqual(['Notes', 'The council’s own figure.', 'Minutes, 3 March.', 'Updated after publication.']);
  });

  it('a one-paragraph document keeps its paragraph, and its link, as the body', async () => {
    const result = await importDocx(
      new Document(
        section(
          new Paragraph({
            children: [new TextRun('The ferry is cancelled today; see '), new ExternalHyperlink({ link: 'https://example.com/ferry', children: [new TextRun('the timetable')] }), new TextRun('.')],
          }),
        ),
      ),
    );
    expect(result.fields.headline).toBe('');
    expect(result.fields.body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The ferry is cancelled today; see ' },
          { type: 'text', text: 'the timetable', marks: [{ type: 'link', attrs: { href: 'https://example.com/ferry' } }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('every picture is imported or listed as left out with the reason, one in a heading included', async () => {
    // A BMP: a picture Word holds that Copydesk does not keep.
    const bmp = Buffer.concat([Buffer.from('BM'), Buffer.alloc(60, 1)]);
    const result = await importDocx(
      new Document(
        section(
          new Paragraph({ text: 'Flood pictures', heading: HeadingLevel.TITLE }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 50, height: 50 } })] }),
          new Paragraph('The river at dawn.'),
          new Paragraph({ children: [new ImageRun({ type: 'bmp', data: bmp, transformation: { width: 50, height: 50 }, altText: { name: 'map', title: 'Map', description: 'Map of the flooded streets' } })] }),
          new Paragraph('Streets under water.'),
        ),
      ),
    );
    const { summary } = result;
    expect(summary.photos.map((p) => p.hasImage)).toEqual([true, false]);
    expect(summary.picturesLeftOut).toEqual([{ description: 'Map of the flooded streets', reason: expect.stringMatching(/not a JPEG, PNG, GIF, WebP or AVIF image/) }]);
    expect(outline(result.fields.body)).toEqual(['photo()', 'p', 'photo()', 'p']);
  });

  it('a document whose text unpacks past 16 MB is refused with a sentence, before mammoth reads it', async () => {
    const bytes = await bigParagraphDocx(17 * 1024 * 1024);
    await expect(prepareImport('docx', bytes)).rejects.toThrow(/its text unpacks to more than 16 MB, far more than any story/);
  });
});
