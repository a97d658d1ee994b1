// HTML import: structure from markup, the shared detectors on its paragraphs,
// and nothing executable getting through.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../electron/main/import/html/analyze-html';
import { ImportedImages } from '../../../electron/main/import/images';
import { prepareImport } from '../../../electron/main/import/prepare-import';
import { assemble, textOf, undoClassification } from '../../../shared/import/assemble';
import { ArticleFields } from '../../../shared/article/fields';
import { blockTexts, outline } from './outline';

const PAGE = fs.readFileSync(new URL('../../fixtures/import/web-page.html', import.meta.url), 'utf8');

function importHtml(html: string) {
  const images = new ImportedImages();
  return { result: assemble(analyzeHtml(html, (src) => images.addDataUrl(src))), images };
}

describe('HTML import of a saved web page', () => {
  const { result, images } = importHtml(PAGE);
  const { fields, summary } = result;
  const json = JSON.stringify(fields);

  it('maps headline, byline, dateline, headings, lists, quotes and figures to the schema', () => {
    expect(ArticleFields.safeParse(fields).success).toBe(true);
    expect(fields.headline).toBe('Tram line to the airport approved after decade of delays');
    expect(fields.byline).toBe('Omar Haddad');
    expect(fields.dateline).toBe('MANCHESTER');
    expect(outline(fields.body)).toEqual([
      'photo(Lena Fischer/Metro Herald)',
      'p', 'p', 'p',
      'quote×2(Priya Shah)',
      'h2',
      'ol×2',
      'quote×1(Councillor Dev Patel)',
      'p',
      'photo()',
    ]);
    expect(summary).toMatchObject({ paragraphs: 4, headings: 1, lists: 1 });
  });

  it('keeps emphasis and safe links, and nested lists', () => {
    const [, first, second] = fields.body.content as { content: { text: string; marks?: unknown[] }[] }[];
    expect(first!.content).toContainEqual({ type: 'text', text: 'false starts', marks: [{ type: 'strong' }] });
    expect(second!.content).toContainEqual({ type: 'text', text: 'spring 2027', marks: [{ type: 'link', attrs: { href: 'https://example.com/timeline' } }] });
    // The javascript: link keeps its words and loses the link.
    expect(second!.content).toContainEqual({ type: 'text', text: 'leaked memo' });
    const list = (fields.body.content as { type: string }[]).find((b) => b.type === 'ordered_list')!;
    expect(JSON.stringify(list)).toContain('"type":"bullet_list"');
  });

  it('lets no script, style, event handler or javascript: URL through', () => {
    expect(json).not.toMatch(/tracking|font-family|onclick|onerror|onload|steal|alert|javascript|iframe|embed/i);
    expect(blockTexts(fields.body).join(' ')).not.toContain('Home News Sport');
  });

  it('splits a figure caption into caption and credit; never fetches remote images', () => {
    expect(summary.photos[0]).toEqual({
      id: 'photo-1',
      photographer: 'Lena Fischer',
      agency: 'Metro Herald',
      caption: 'A tram at the Central Station terminus.',
      lead: false,
      hasImage: false,
    });
    const lead = (fields.body.content as { attrs?: { alt?: string } }[])[0]!;
    expect(lead.attrs?.alt).toBe('A tram at the city terminus');
  });

  it('keeps images from data: URLs in memory until the article is stored', () => {
    expect(summary.photos[1]!.hasImage).toBe(true);
    expect(images.size).toBe(1);
    const [sha] = images.entries()[0]!;
    expect(JSON.stringify(fields.body)).toContain(sha);
  });

  it('drops furniture paragraphs and lets them be restored', () => {
    expect(summary.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['related', 'Related: Bus fares to rise in April'],
      // What the extracted article leaves out of the page, part by part, in page order.
      ['page-chrome', 'Home News Sport'],
      ['advertisement', 'Advertisement'],
      ['sidebar', 'Most read\nSomething else'],
      ['page-chrome', '© 2026 The Metro Herald. All rights reserved.'],
    ]);
    const undone = undoClassification(result, summary.dropped[0]!.id);
    expect(blockTexts(undone.fields.body).at(-1)).toBe('Related: Bus fares to rise in April');
  });

  it('curls straight quotes in markup too, across element boundaries', () => {
    expect(blockTexts(fields.body)).toContain('“It’s about time,” said commuter Gill Evans, 54.');
  });

  it('undoing a markup quote gives its paragraphs back', () => {
    const undone = undoClassification(result, 'quote-1');
    expect(outline(undone.fields.body).slice(4, 6)).toEqual(['p', 'p']);
  });
});

describe('HTML without an <article>', () => {
  it('takes the headline from <title>, drops nav and footer as page chrome, and finds quotes in text', () => {
    const { result } = importHtml(`<title>Ferry service resumes</title>
      <body><nav>Home | Local</nav>
      <div>The ferry to the island resumed on Monday.</div>
      <div>Captain Ian Moss said:</div>
      <div>"We are glad to be back."</div>
      <footer>Copyright 2026 Island News</footer></body>`);
    expect(result.fields.headline).toBe('Ferry service resumes');
    expect(outline(result.fields.body)).toEqual(['p', 'p', 'quote×1(Captain Ian Moss)']);
    expect(result.summary.dropped.map((d) => d.reason)).toEqual(['page-chrome', 'page-chrome']);
  });

  it('with neither <h1> nor <title>, the first short paragraph is the headline (furniture never is)', () => {
    const { result } = importHtml('<p>Advertisement</p><p>Short headline</p><p>Body copy here.</p>');
    expect(result.fields.headline).toBe('Short headline');
    expect(blockTexts(result.fields.body)).toEqual(['Body copy here.']);
  });

  it('survives hostile markup', () => {
    const { result } = importHtml(`<h1 onclick="x()">Hi</h1><p><a href=" javascript:alert(1)">a</a>
      <a href="data:text/html,<script>">b</a><a href="mailto:desk@example.com">c</a></p>
      <svg><script>alert(1)</script></svg><img src="x" onerror="alert(1)"><template><p>hidden</p></template>`);
    const json = JSON.stringify(result.fields);
    expect(json).not.toMatch(/alert|javascript|data:|onerror|onclick|hidden/);
    expect(json).toContain('mailto:desk@example.com');
  });

  it('an <h1> too long to be a headline is not the headline, is listed as left out, and can be restored', () => {
    const { result } = importHtml(`<h1>${'Very long words '.repeat(40)}</h1><p>Body copy.</p>`);
    expect(result.fields.headline).toBe('');
    expect(outline(result.fields.body)).toEqual(['p']);
    expect(ArticleFields.safeParse(result.fields).success).toBe(true);
    const [left] = result.summary.dropped;
    expect(left).toMatchObject({ reason: 'not-article', text: 'Very long words '.repeat(40).trim() });
    expect(outline(undoClassification(result, left!.id).fields.body)).toEqual(['p', 'p']);
  });

  it('an HTML file with no text is refused as empty', async () => {
    await expect(prepareImport('html', new TextEncoder().encode('<html><body><script>1</script></body></html>'))).rejects.toThrow(
      'there is no text in it',
    );
  });

  it('textOf helper reads attribution text', () => {
    const { result } = importHtml('<h1>T</h1><blockquote><p>Q.</p><cite>Someone</cite></blockquote>');
    const quote = (result.fields.body.content as unknown[])[0];
    expect(textOf(quote)).toBe('Q.Someone');
  });
});
