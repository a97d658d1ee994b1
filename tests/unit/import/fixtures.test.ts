// Eleven house styles, each with the structure a journalist would expect.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../shared/import/plain-text';
import { ArticleFields } from '../../../shared/article/fields';
import { textOf } from '../../../shared/import/assemble';
import { blockTexts, outline } from './outline';

const load = (name: string) =>
  importPlainText(fs.readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8'));

const paragraphsOf = (body: { content: unknown[] }) =>
  (body.content as { type: string }[]).filter((b) => b.type === 'paragraph').map(textOf);

describe('import fixtures', () => {
  it('AP wire: byline, dateline, captioned AP photo, separator and copyright dropped', () => {
    const { fields, summary } = load('ap-wire.txt');
    expect(ArticleFields.safeParse(fields).success).toBe(true);
    expect(fields.headline).toBe('Senate passes stopgap bill to keep government open through January');
    expect(fields.byline).toBe('LISA MASCARO and KEVIN FREKING, Associated Press');
    expect(fields.dateline).toBe('WASHINGTON (AP)');
    expect(outline(fields.body)).toEqual(['p', 'p', 'p', 'p', 'quote×1(Schumer)', 'p', 'photo(J. Scott Applewhite/AP)', 'p', 'p']);
    expect(paragraphsOf(fields.body)[0]).toMatch(/^The Senate voted late Tuesday/);
    expect(summary.photos[0]).toMatchObject({
      lead: false,
      caption: 'Senate Majority Leader Chuck Schumer, D-N.Y., speaks to reporters at the Capitol in Washington, Tuesday, Nov. 24, 2026.',
    });
    expect(summary.dropped.map((d) => d.reason)).toEqual(['end-mark', 'copyright']);
    // Typography: the straight quotes of the wire became curly ones; the inline quote stays inline.
    expect(paragraphsOf(fields.body)).toContain(
      'Senate Majority Leader Chuck Schumer said the outcome showed that “cooler heads prevailed” after days of uncertainty for federal workers.',
    );
    expect(paragraphsOf(fields.body).at(-1)).toBe('Associated Press writer Mary Clare Jalonick contributed to this report.');
  });

  it('press release: release label, ### and the media contact block are dropped; dateline with /PRNewswire/', () => {
    const { fields, summary } = load('press-release.txt');
    expect(fields.headline).toBe('Northwind Energy Opens Largest Battery Storage Site in New England');
    expect(fields.dateline).toBe('BOSTON, Nov. 24, 2026 /PRNewswire/');
    expect(paragraphsOf(fields.body)[0]).toMatch(/^Northwind Energy today opened/);
    expect(outline(fields.body)).toEqual(['p', 'p', 'p', 'p', 'quote×1(Alvarez)', 'p', 'p', 'p']);
    expect(summary.dropped.map((d) => d.reason)).toEqual(['release-label', 'end-mark', 'media-contact']);
    expect(summary.dropped[2]!.text).toBe(
      'Media Contact:\nDaniel Reyes\nNorthwind Energy\n+1 617 555 0142\npress@northwind-energy.example',
    );
    expect(blockTexts(fields.body).join(' ')).not.toMatch(/###|Daniel Reyes|FOR IMMEDIATE/);
    // "About Northwind Energy" is copy the release asks to be printed: kept.
    expect(paragraphsOf(fields.body)).toContain('About Northwind Energy');
  });

  it('blog post: "Image via" becomes the lead photo with an agency only; Related, share and social lines dropped', () => {
    const { fields, summary } = load('blog-post.txt');
    expect(outline(fields.body)).toEqual(['photo(Unsplash)', 'p', 'p', 'p', 'quote×1(Priya Natarajan)', 'p']);
    expect(summary.photos[0]).toMatchObject({ photographer: '', agency: 'Unsplash', lead: true });
    expect(summary.dropped.map((d) => d.reason)).toEqual(['related', 'share', 'social']);
  });

  it('multi-paragraph quotes: three and two paragraphs; a quote that never closes stays copy', () => {
    const { fields, summary } = load('multi-paragraph-quotes.txt');
    expect(outline(fields.body)).toEqual([
      'p', 'p', 'quote×3(Captain Elena Sørensen)', 'p', 'p', 'quote×2(Sørensen)', 'p', 'p',
    ]);
    expect(summary.quotes.map((q) => q.paragraphs)).toEqual([3, 2]);
    const last = paragraphsOf(fields.body).at(-1)!;
    expect(last).toBe(
      '“The old charts were wrong about the bar, and everybody knew it and nobody fixed it,” one retired deckhand wrote in a letter to the society.',
    );
  });

  it('several photos: the top credit leads, mid-story credits keep their place and captions', () => {
    const { fields, summary } = load('several-photos.txt');
    expect(outline(fields.body)).toEqual([
      'photo(Marta Kowalska/Reuters)', 'p', 'p',
      'photo(Tom Ellery/The Valley Post)', 'p', 'p',
      'photo(Sam Whitfield/AP)', 'p', 'p',
      'photo(Hannah Price/PA Images)',
    ]);
    expect(summary.photos.map((p) => [p.lead, p.caption])).toEqual([
      [true, ''],
      [false, 'Volunteers clear mud from a house in Stanmoor on Sunday.'],
      [false, 'A resident carries belongings from her flooded home in Stanmoor.'],
      [false, ''],
    ]);
  });

  it('Reuters: dateline with date and agency, REUTERS/NAME credit, trust-principles footer dropped', () => {
    const { fields, summary } = load('reuters.txt');
    expect(fields.dateline).toBe('LONDON, Nov 24 (Reuters)');
    expect(outline(fields.body)).toEqual(['p', 'p', 'p', 'quote×1(Governor Andrew Bailey)', 'photo(Toby Melville/Reuters)', 'p', 'p']);
    expect(paragraphsOf(fields.body).at(-1)).toBe('Reporting by David Milliken; Editing by Catherine Evans');
    expect(summary.dropped.map((d) => d.reason)).toEqual(['copyright']);
  });

  it('web paste with one paragraph per line: advertisements, Read more and More from dropped', () => {
    const { fields, summary } = load('web-paste-one-per-line.txt');
    expect(fields.headline).toBe('Library to stay open until 10pm during exam season');
    expect(outline(fields.body)).toEqual(['p', 'p', 'p', 'quote×1(Councillor Ahmed Rahman)', 'p']);
    expect(summary.dropped.map((d) => d.reason)).toEqual(['advertisement', 'advertisement', 'read-more', 'more-from']);
  });

  it('typography: curly quotes, em dashes, apostrophes, single spaces; a pull quote with its own attribution', () => {
    const { fields } = load('typography.txt');
    expect(fields.headline).toBe('Jazz festival’s new director wants “louder, later, younger”');
    const paragraphs = paragraphsOf(fields.body);
    expect(paragraphs[0]).toContain('looking back at the ’90s — and wants');
    expect(paragraphs[1]).toBe('Tomas Okafor, who takes over in January, said the line-up would be announced in March.');
    expect(paragraphs[2]).toBe('He said the old Sunday gospel brunch would stay: “It’s the one thing everybody asks about.”');
    expect(paragraphs[3]).toBe('‘Nobody is getting cancelled,’ he added with a laugh.');
    expect(outline(fields.body)).toEqual(['p', 'p', 'quote×1(Tomas Okafor)', 'p', 'p']);
    const quote = (fields.body.content as { type: string }[])[2]!;
    expect(textOf(quote)).toBe('We will always play the standards. But a festival that only plays the standards is a museum.Tomas Okafor');
  });

  it('local paper: byline, state dateline, © and All rights reserved footers', () => {
    const { fields, summary } = load('copyright-footer.txt');
    expect(fields.byline).toBe('Dana Whitaker');
    expect(fields.dateline).toBe('SPRINGFIELD, Ill.');
    expect(paragraphsOf(fields.body)[0]).toMatch(/^High schools in the Springfield district/);
    expect(outline(fields.body)).toEqual(['p', 'p', 'p', 'quote×1(Board President Karen Liu)', 'p']);
    expect(summary.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['read-more', 'Read more: How other districts handled the switch'],
      ['copyright', '© 2026 The Springfield Courier'],
      ['copyright', 'All rights reserved.'],
    ]);
  });

  it('hard-wrapped wire copy: lines joined, -30- dropped, an unnamed speaker left unattributed', () => {
    const { fields, summary } = load('hard-wrapped.txt');
    expect(fields.dateline).toBe('OAKLAND, Calif. (AP)');
    expect(paragraphsOf(fields.body)[0]).toBe(
      'Dockworkers at the Port of Oakland voted on Monday to accept a new contract, ending a nine-day strike that had left dozens of container ships waiting offshore.',
    );
    expect(outline(fields.body)).toEqual(['p', 'p', 'p', 'quote×1(Union president Rosa Delgado)', 'p', 'quote×1()', 'p']);
    expect(summary.quotes[0]!.excerpt).toBe('Our members held the line for nine days. This contract show…');
    expect(summary.dropped.map((d) => d.text)).toEqual(['-30-']);
  });

  it('Guardian style: "Photograph:" credit after a caption, pull quote, Related coverage dropped', () => {
    const { fields, summary } = load('guardian-style.txt');
    expect(outline(fields.body)).toEqual(['p', 'p', 'photo(Sean Smith/The Guardian)', 'p', 'quote×1(Abba Isa Tijani)', 'p', 'p']);
    expect(summary.photos[0]!.caption).toBe('The bronze head at the handover ceremony in London.');
    expect(summary.dropped.map((d) => d.reason)).toEqual(['related']);
    expect(paragraphsOf(fields.body).at(-1)).toMatch(/^This article was amended/);
  });

  it('old wire format: no blank lines, paragraphs marked by indented first lines and hard-wrapped', () => {
    const { fields } = load('indented-wire.txt');
    expect(fields.headline).toBe('Storm closes ports along the Gulf Coast');
    expect(fields.dateline).toBe('HOUSTON (AP)');
    expect(outline(fields.body)).toEqual(['p', 'p', 'p', 'quote×1(Roger Guenther)', 'p']);
    expect(paragraphsOf(fields.body)[0]).toBe(
      'Hurricane-force winds closed ports from Corpus Christi to New Orleans on Thursday, stranding dozens of tankers and halting most of the region’s fuel exports.',
    );
  });
});
