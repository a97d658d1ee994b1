// Property-based tests for the importers (fast-check): whatever text or HTML
// comes in, the result is an article the schema accepts or a typed refusal
// with a sentence, never a throw; and on the inputs that used to hang (###
// end marks, repeated credit lines, thousands of images, deep nesting) the
// work grows linearly with the input, counted in claim lookups, the question
// every detector asks per piece.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportInputError, prepareImport } from '../../../electron/main/import/prepare-import';
import { MAX_DEPTH, MAX_ELEMENTS } from '../../../electron/main/import/html/dom';
import { ArticleFields } from '../../../shared/article/fields';
import { AnalysisBuilder } from '../../../shared/import/builder';
import type { ImportFormat } from '../../../shared/import/analysis';

const encode = (s: string) => new TextEncoder().encode(s);

/** An import ends in a valid article or an ImportInputError; anything else fails the property. */
async function importsOrRefuses(format: ImportFormat, input: string): Promise<void> {
  try {
    const { result } = await prepareImport(format, encode(input));
    const parsed = ArticleFields.safeParse(result.fields);
    if (!parsed.success) throw new Error(`invalid article: ${parsed.error.message}`);
  } catch (error) {
    if (error instanceof ImportInputError) {
      expect(error.message).toMatch(/^[a-z].{5,}[^.]$/); // completes "Cannot import FILE: …."
      return;
    }
    throw error;
  }
}

/** Lines that look like what wire copy and web pages hold, furniture and credits included. */
const line = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('###', '-30-', 'Share this article', 'More from Inquisitr', 'Advertisement', 'Related: more', '[Photo by Jane Doe/AP]', 'By JANE DOE', 'WASHINGTON (AP) — The', '“Quote', 'ends.”', 'Media contact:', 'press@example.com', '', '   ', '\t', 'Published 3 March 2026'),
);
const text = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

const TAGS = ['p', 'div', 'span', 'article', 'main', 'aside', 'nav', 'section', 'blockquote', 'cite', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'h1', 'h2', 'figure', 'figcaption', 'b', 'i', 'a', 'br', 'img', 'script', 'template', 'header', 'footer', 'font', 'bsp-x'] as const;
const CLASSES = ['', 'comments', 'related', 'sidebar', 'newsletter', 'share', 'byline', 'article-body', 'ad', 'caption', 'Enhancement'];
const html = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 80 }).map((s) => s.replace(/[<&]/g, ' ')),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASSES), fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('', 'https://example.com/a', 'javascript:x', 'data:image/png;base64,AAAA'))
      .map(([tag, cls, children, href]) => `<${tag}${cls ? ` class="${cls}"` : ''}${tag === 'a' ? ` href="${href}"` : tag === 'img' ? ` src="${href}" alt="x"` : ''}>${children.join('')}</${tag}>`),
  ),
})).node;
const page = fc
  .tuple(fc.array(html, { maxLength: 8 }), fc.constantFrom('', '<title>Story | Site</title>', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"x"}</script>', '<script type="application/ld+json">{broken</script>'))
  .map(([nodes, head]) => `<html><head>${head}</head><body>${nodes.join('')}</body></html>`);

describe('importers never throw', () => {
  it('random text: an article or a typed refusal', async () => {
    await fc.assert(fc.asyncProperty(text, (input) => importsOrRefuses('txt', input)), { numRuns: 300 });
  });

  it('random HTML pages: an article or a typed refusal', async () => {
    await fc.assert(fc.asyncProperty(page, (input) => importsOrRefuses('html', input)), { numRuns: 200 });
  });

  it('markup nested past the limit is refused with a sentence, at the limit it imports (no stack overflow)', async () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}Deep text here.${'</div>'.repeat(depth)}`;
    await expect(prepareImport('html', encode(nested(200_000)))).rejects.toThrow(ImportInputError);
    await expect(prepareImport('html', encode(nested(200_000)))).rejects.toThrow(`more than ${MAX_DEPTH} levels deep`);
    const inline = `<p>${'<b>'.repeat(MAX_DEPTH - 5)}bold${'</b>'.repeat(MAX_DEPTH - 5)}</p>`;
    await expect(prepareImport('html', encode(`<h1>T</h1>${inline}${nested(MAX_DEPTH - 5)}`))).resolves.toBeDefined();
  });

  it('a page with more elements than any article page is refused before it is parsed', async () => {
    await expect(prepareImport('html', encode('<b>x</b>'.repeat(MAX_ELEMENTS + 1)))).rejects.toThrow(/more than 100,000 elements/);
  });
});

describe('import work grows linearly with the input', () => {
  /** Claim lookups made importing `input`. */
  async function work(format: ImportFormat, input: string): Promise<number> {
    const before = AnalysisBuilder.lookups;
    await prepareImport(format, encode(input));
    return AnalysisBuilder.lookups - before;
  }

  // Each shape at n and 4n: linear work is 4×; a scan per piece would be 16×.
  const shapes: [string, ImportFormat, (n: number) => string, number?][] = [
    ['### end marks', 'txt', (n) => `Headline\n\n${'A paragraph of copy.\n\n###\n\n'.repeat(n)}`],
    ['repeated credit lines', 'txt', (n) => `Headline\n\n${'[Photo by Jane Doe/AP]\n\nA caption-length paragraph.\n\n'.repeat(n)}`],
    ['quotes with lead-ins', 'txt', (n) => `Headline\n\n${'The mayor said:\n\n“We will rebuild.”\n\n'.repeat(n)}`],
    ['thousands of images', 'html', (n) => `<h1>Pictures</h1>${'<p><img src="https://e.com/a.jpg" alt="a"></p><p>Photo: Jane Doe/Reuters</p>'.repeat(n)}`],
    ['markup quotes', 'html', (n) => `<h1>Quotes</h1>${'<p>Ana Ruiz said:</p><blockquote><p>We will rebuild.</p></blockquote>'.repeat(n)}`],
    // 300 levels deep, 50 then 200 times: up to 60,000 elements, within the element limit.
    ['nesting near the limit, repeated', 'html', (n) => `<h1>Deep</h1>${`${'<div>'.repeat(300)}<p>Text in the depths.</p>${'</div>'.repeat(300)}`.repeat(n)}`, 50],
  ];
  for (const [name, format, make, size] of shapes) {
    it(name, async () => {
      const n = size ?? (format === 'html' ? 250 : 1000);
      const small = await work(format, make(n));
      const large = await work(format, make(4 * n));
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeLessThan(5);
    });
  }
});
