// A Word document built with the `docx` package (Title, byline, link, heading,
// bulleted list, Quote style, captioned image) imports with that structure,
// and keeping it stores the image as an asset in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImport, type PreparedImport } from '../../../electron/main/import/prepare-import';
import { keepImport } from '../../../electron/main/import/keep-import';
import { openServices } from '../../../electron/main/services';
import { fingerprint, tempDir } from '../../support/temp';
import { outline } from './outline';
import { councilDocx, PNG } from './council-docx';

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
