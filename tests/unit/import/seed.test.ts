// The "Done when" for the seed article, checked on the pure importer.
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../shared/import/plain-text';
import { checkBody } from '../../../shared/article/body';
import { ArticleFields } from '../../../shared/article/fields';
import { textOf } from '../../../shared/import/assemble';
import { blockTexts, outline } from './outline';
import { readSeed } from '../../support/seed';

const SEED = readSeed();

describe('seed article', () => {
  const result = importPlainText(SEED);
  const { fields, summary } = result;
  const blocks = fields.body.content as { type: string; content?: unknown[] }[];

  it('takes the first line as the headline', () => {
    expect(fields.headline).toBe(
      'Syria Peace Talks Stall Between U.S. And Russia: ‘Grave Differences’ At G20 Summit Between Nations',
    );
    expect(summary.headline?.value).toBe(fields.headline);
  });

  it('builds a valid article: lead photo, 13 paragraphs and 5 quotes in reading order', () => {
    expect(ArticleFields.safeParse(fields).success).toBe(true);
    expect(checkBody(fields.body)).toBeNull();
    expect(outline(fields.body)).toEqual([
      'photo(Chip Somodevilla/Getty Images)',
      'p', 'p', 'p', 'p', 'p',
      'quote×1(The Guardian)',
      'p',
      'quote×1(President Obama)',
      'p', 'p',
      'quote×2(Obama)',
      'p', 'p', 'p',
      'quote×1()',
      'p', 'p',
      'quote×1(The U.K. monitor)',
    ]);
    expect(summary.paragraphs).toBe(13);
    expect(summary.quotes).toHaveLength(5);
  });

  it('keeps the two-paragraph quote together, without its quotation marks', () => {
    const quote = blocks.find((b) => b.type === 'blockquote' && textOf(b).startsWith('It is a very complicated piece of business'));
    expect(quote).toBeDefined();
    const paragraphs = (quote!.content as { type: string }[]).filter((c) => c.type === 'paragraph').map(textOf);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^But if we do not get some buy-in .* to the next phase\.$/);
  });

  it('attributes the first quote to The Guardian from its lead-in', () => {
    expect(summary.quotes[0]).toMatchObject({ attribution: 'The Guardian', paragraphs: 1 });
    expect(summary.quotes[0]!.excerpt).toMatch(/^In practice, it would be hard/);
  });

  it('turns the photo credit into one credit-only lead photo', () => {
    expect(summary.photos).toEqual([
      { id: 'photo-1', photographer: 'Chip Somodevilla', agency: 'Getty Images', caption: '', lead: true, hasImage: false },
    ]);
    expect(blocks[0]).toEqual({
      type: 'photo',
      attrs: { asset: null, alt: '', caption: '', photographer: 'Chip Somodevilla', agency: 'Getty Images' },
    });
  });

  it('drops and lists the page furniture', () => {
    expect(summary.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['share', 'Share this article: Syria Peace Talks Stall Between U.S. And Russia: ‘Grave Differences’ At G20 Summit Between Nations'],
      ['more-from', 'More from Inquisitr'],
    ]);
    const text = blockTexts(fields.body).join('\n');
    expect(text).not.toContain('Share this article');
    expect(text).not.toContain('More from Inquisitr');
    expect(text).not.toContain('[Photo by');
  });

  it('leaves inline quotations inside their paragraphs', () => {
    const paragraphs = blocks.filter((b) => b.type === 'paragraph').map(textOf);
    expect(paragraphs).toContain(
      'President Obama spoke of the “grave differences” between the two nations over future actions to put an end to the violence in Syria, which has gone on for five years.',
    );
    expect(paragraphs.some((p) => p.endsWith('but that “Washington had to dissociate itself from Sham.”'))).toBe(true);
  });

  it('has no dateline or byline to find', () => {
    expect(fields.dateline).toBe('');
    expect(summary.dateline).toBeNull();
    expect(summary.byline).toBeNull();
  });
});
