// The single-purpose detectors, on the cases that are easy to get wrong.
import { describe, expect, it } from 'vitest';
import { attributionFrom, lastSentence } from '../../../shared/import/detect/attribution';
import { findByline } from '../../../shared/import/detect/byline';
import { findDateline } from '../../../shared/import/detect/dateline';
import { furnitureReason } from '../../../shared/import/detect/furniture';
import { parseCredit } from '../../../shared/import/detect/photo-credit';
import { findQuoteRuns } from '../../../shared/import/detect/quotes';
import { smartenTypography } from '../../../shared/import/detect/typography';
import { importPlainText } from '../../../shared/import/plain-text';
import { blockTexts, outline } from './outline';
import { ArticleFields } from '../../../shared/article/fields';

describe('photo credits', () => {
  it.each([
    ['[Photo by Chip Somodevilla/Getty Images]', { caption: '', photographer: 'Chip Somodevilla', agency: 'Getty Images' }],
    ['Photo: Marta Kowalska/Reuters', { caption: '', photographer: 'Marta Kowalska', agency: 'Reuters' }],
    ['(AP Photo/Evan Vucci, File)', { caption: '', photographer: 'Evan Vucci', agency: 'AP' }],
    ['Crowds in Kyiv. (AP Photo/Efrem Lukatsky)', { caption: 'Crowds in Kyiv.', photographer: 'Efrem Lukatsky', agency: 'AP' }],
    ['Image via Unsplash', { caption: '', photographer: '', agency: 'Unsplash' }],
    ['Photo by Tom Ellery for The Valley Post', { caption: '', photographer: 'Tom Ellery', agency: 'The Valley Post' }],
    ['A view of the port. REUTERS/Toby Melville', { caption: 'A view of the port.', photographer: 'Toby Melville', agency: 'Reuters' }],
    ['Photo: Getty Images', { caption: '', photographer: '', agency: 'Getty Images' }],
    ['Photo: Jane Doe', { caption: '', photographer: 'Jane Doe', agency: '' }],
  ])('%s', (text, credit) => {
    expect(parseCredit(text)).toEqual(credit);
  });

  it.each(['The mayor (File photo) smiled.', 'He posted a photo of the crowd.', 'Picture this: a city without cars.', '(File photo)'])(
    'is not fooled by %s',
    (text) => {
      expect(parseCredit(text)).toBeNull();
    },
  );
});

describe('bylines and datelines', () => {
  it('reads bylines but not subheads that start with "By"', () => {
    expect(findByline('By Jane Doe')).toBe('Jane Doe');
    expect(findByline('BY JOSH BOAK, Associated Press')).toBe('JOSH BOAK, Associated Press');
    expect(findByline('By the numbers')).toBeNull();
    expect(findByline('By Tuesday, the council had voted.')).toBeNull();
  });

  it.each([
    ['WASHINGTON (AP) — The Senate', 'WASHINGTON (AP)'],
    ['LONDON, Nov 24 (Reuters) - The Bank', 'LONDON, Nov 24 (Reuters)'],
    ['ST. PAUL, Minn. (AP) — Officials', 'ST. PAUL, Minn. (AP)'],
    ['BOSTON, Nov. 24, 2026 /PRNewswire/ — Acme', 'BOSTON, Nov. 24, 2026 /PRNewswire/'],
    ['PARIS — The museum', 'PARIS'],
  ])('finds %s', (text, value) => {
    expect(findDateline(text)?.value).toBe(value);
  });

  it.each(['Obama — who spoke last — said little.', 'A — B', 'The U.S. — and Russia — disagree.'])('rejects %s', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe('attribution from a lead-in', () => {
  it.each([
    ['The Guardian notes the complications and shifts that will occur in going ahead with this deal.', 'The Guardian'],
    ['In a statement, Acme Corp. said:', 'Acme Corp.'],
    ['The authority’s chair, Priya Shah, said:', 'Priya Shah'],
    ['The deal was close, said Maria Lopez, the mayor:', 'Maria Lopez'],
    ['He said:', ''],
    ['After the vote, Jane Doe said:', 'Jane Doe'],
    ['Meanwhile, the minister said:', ''],
    ['Port Houston’s executive director, Roger Guenther, said:', 'Roger Guenther'],
    ['Jane Doe, the mayor, told reporters:', 'Jane Doe'],
    ['The minister relayed this to Russian media.', ''],
    ['The mayor said Tuesday:', ''],
    ['Talks resumed in the U.S. capital. Sen. Amy Klobuchar told reporters:', 'Sen. Amy Klobuchar'],
  ])('%s → %s', (leadIn, name) => {
    expect(attributionFrom(leadIn)).toBe(name);
  });

  it('is not fooled by abbreviations when finding the last sentence', () => {
    expect(lastSentence('It rained. The U.K. monitor stated the situation.')).toBe('The U.K. monitor stated the situation.');
  });
});

describe('quotations', () => {
  it('finds whole quotes and newspaper-style runs, and leaves the rest', () => {
    const runs = findQuoteRuns(['“One.”', 'Plain.', '“Open', '“Still open', '“Closed.”', '“A,” he said, “B.”', '“Never closed']);
    expect(runs.map((r) => r.members)).toEqual([[0], [2, 3, 4]]);
  });

  it('a quote that never closes before another paragraph is left as copy', () => {
    const result = importPlainText('H\n\n“Open\n\nPlain copy.\n\n“Closed.”');
    expect(outline(result.fields.body)).toEqual(['p', 'p', 'quote×1()']);
  });
});

describe('furniture and typography', () => {
  it.each([
    ['Share this article: X', 'share'],
    ['More from Inquisitr', 'more-from'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Related: Something', 'related'],
    ['© 2026 Paper', 'copyright'],
    ['###', 'end-mark'],
    ['-30-', 'end-mark'],
    ['ENDS', 'end-mark'],
    ['Media contact: Jane', 'media-contact'],
  ])('%s is %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });

  it.each(['More from the council meeting is expected on Friday, when the full budget will be published for comment.', 'Advertisement spending rose 4 percent.'])(
    'keeps copy: %s',
    (line) => {
      expect(furnitureReason(line)).toBeNull();
    },
  );

  it('curls quotes, makes em dashes and collapses spaces', () => {
    expect(smartenTypography(`  "It's  the '90s -- again," she said. 'Yes.'  `)).toBe('“It’s the ’90s — again,” she said. ‘Yes.’');
  });
});

describe('plain-text layout', () => {
  it('a credit line before the headline is a photo credit, not the headline', () => {
    const result = importPlainText('Image via Unsplash\n\nThe real headline\n\nCopy.');
    expect(result.fields.headline).toBe('The real headline');
    expect(outline(result.fields.body)).toEqual(['photo(Unsplash)', 'p']);
  });

  it('furniture before the headline is dropped, not taken as the headline', () => {
    const result = importPlainText('FOR IMMEDIATE RELEASE\n\nAcme opens plant\n\nCopy.');
    expect(result.fields.headline).toBe('Acme opens plant');
  });

  it('a first line too long to be a headline stays copy, and the article is still valid', () => {
    const long = 'The council met on Tuesday and argued for hours about the budget. '.repeat(12).trim();
    const result = importPlainText(`${long}\n\nSecond paragraph.`);
    expect(result.fields.headline).toBe('');
    expect(blockTexts(result.fields.body)).toEqual([long, 'Second paragraph.']);
    expect(ArticleFields.safeParse(result.fields).success).toBe(true);
  });
});
