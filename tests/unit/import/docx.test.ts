// A Word document built with the `docx` package (Title, byline, link, heading,
// bulleted list, Quote style, captioned image) imports with that structure,
// and keeping it stores the image as an asset in the same transaction.
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImport, type PreparedImport } from '../../../electron/main/import/prepare-import';
import { keepImport } from '../../../electron/main/import/keep-import';
import { openServices } from '../../../electron/main/services';
import { fingerprint, tempDir } from '../../support/temp';
import { outline } from './outline';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function councilDocx(): Promise<Buffer> {
  const doc = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } },
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { size: 18 } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Council backs "riverside" housing plan', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'By Jane Doe' }),
          new Paragraph({
            children: [
              new TextRun('The council voted '),
              new TextRun({ text: '7-2', bold: true }),
              new TextRun(' on Tuesday -- see '),
              new ExternalHyperlink({ link: 'https://example.com/vote', children: [new TextRun('the minutes')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'What the plan includes', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '400 new homes', bullet: { level: 0 } }),
          new Paragraph({ text: 'A riverside park', bullet: { level: 0 } }),
          new Paragraph({ text: 'Mayor Ana Ruiz said:' }),
          new Paragraph({ text: 'This is the biggest investment in housing the city has made in a generation.', style: 'Quote' }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: PNG,
                transformation: { width: 100, height: 100 },
                altText: { title: 'Site', description: 'The riverside site from the air', name: 'site' },
              }),
            ],
          }),
          new Paragraph({ text: 'The riverside site, seen from the north. Photo: Sam Lee/City Times', style: 'Caption' }),
          new Paragraph({ text: 'Construction starts next spring.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const tmp = tempDir('copydesk-docx-');
afterAll(() => tmp.cleanup());

let prepared: PreparedImport;
beforeAll(async () => {
  prepared = await prepareImport('docx', await councilDocx());
});

describe('.docx import', () => {
  it('maps title, byline, heading, list, quote and captioned image to the schema', () => {
    const { fields, summary } = prepared.result;
    expect(fields.headline).toBe('Council backs “riverside” housing plan');
    expect(fields.byline).toBe('Jane Doe');
    expect(outline(fields.body)).toEqual(['p', 'h2', 'ul×2', 'p', 'quote×1(Mayor Ana Ruiz)', 'photo(Sam Lee/City Times)', 'p']);
    expect(summary).toMatchObject({ format: 'docx', paragraphs: 3, headings: 1, lists: 1 });
  });

  it('keeps bold, links and house typography', () => {
    const first = (prepared.result.fields.body.content as { content: unknown[] }[])[0]!;
    expect(first.content).toEqual([
      { type: 'text', text: 'The council voted ' },
      { type: 'text', text: '7-2', marks: [{ type: 'strong' }] },
      { type: 'text', text: ' on Tuesday — see ' },
      { type: 'text', text: 'the minutes', marks: [{ type: 'link', attrs: { href: 'https://example.com/vote' } }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('gives the photo its alt text, caption, credit and the image’s sha256', () => {
    const photo = (prepared.result.fields.body.content as { type: string; attrs: Record<string, unknown> }[]).find((b) => b.type === 'photo')!;
    const [sha] = prepared.images.entries()[0]!;
    expect(photo.attrs).toEqual({
      asset: sha,
      alt: 'The riverside site from the air',
      caption: 'The riverside site, seen from the north.',
      photographer: 'Sam Lee',
      agency: 'City Times',
    });
  });

  it('stores the image and the article together when kept', () => {
    const services = openServices(tmp.file('docx.db'));
    try {
      const article = keepImport(services, prepared.result.fields, prepared.images);
      const [sha] = prepared.images.entries()[0]!;
      expect(JSON.stringify(services.articles.get(article.id).body)).toContain(sha);
      expect(Buffer.from(services.assets.get(sha)!.bytes).equals(PNG)).toBe(true);
    } finally {
      services.close();
    }
  });

  it('a failed keep leaves the database byte-identical (no orphan image)', () => {
    const db = tmp.file('rollback.db');
    openServices(db).close();
    const before = fingerprint(db);
    const services = openServices(db);
    try {
      const bad = { ...prepared.result.fields, headline: 'two\nlines' };
      expect(() => keepImport(services, bad, prepared.images)).toThrow(/single line/);
    } finally {
      services.close();
    }
    expect(fingerprint(db)).toBe(before);
  });
});
