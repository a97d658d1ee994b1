// What the published page contains, and that hostile text stays text.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/fields';
import { renderArticleFragment, renderArticlePage, photoCredit, pickRelated, scriptSafeJson, pageCsp } from '../../../shared/render';
import { element } from '../../../shared/render/allowlist';
import { adversarialArticle, ADVERSARIAL_RELATED, ADVERSARIAL_SETTINGS } from '../../fixtures/render/adversarial';
import { INQUISITR, SEED_HEADLINE, SEED_IMAGE_SHA, SEED_RELATED, seedArticle } from '../../fixtures/render/seed-article';
import { doc, h, p, photo, quote } from '../../support/docs';
import { Node } from 'prosemirror-model';
import { schema } from '../../../shared/article/schema';
import { photosLeftOutNotice, photosWithoutImage } from '../../../shared/render/photo';

const imageSrc = (sha: string) => (sha === SEED_IMAGE_SHA ? 'data:image/png;base64,iVBORw0KGgo=' : null);
const render = (article: Article, settings = INQUISITR, related = SEED_RELATED) => renderArticlePage(article, settings, { imageSrc, related, timeZone: 'UTC' });
const withBody = (body: unknown): Article => ({ ...seedArticle(), body: body as Article['body'] });

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD block');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

describe('the sample article page', () => {
  const html = render(seedArticle());

  it('has the masthead, kicker, headline, date and the lead photo with its credit', () => {
    expect(html).toContain('<p class="masthead"><a href="https://www.inquisitr.com/">Inquisitr</a></p>');
    expect(html).toContain('<p class="kicker">World</p>');
    expect(html).toContain(`<h1>${SEED_HEADLINE}</h1>`);
    expect(html).toContain('<time class="published" datetime="2016-09-05T09:30:00.000Z">September 5, 2016 at 9:30 AM UTC</time>');
    expect(html).toMatch(/<figure class="photo photo--lead"><img src="data:image\/png;base64,[^"]+" alt="President Barack Obama speaks[^"]*" decoding="async"><figcaption><span class="caption">President Barack Obama at the G20 summit in Hangzhou, China.<\/span> <span class="credit">Photo by Chip Somodevilla\/Getty Images<\/span><\/figcaption><\/figure>/);
  });

  it('lifts the lead photo out of the body (the photo appears once)', () => {
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html.indexOf('photo--lead')).toBeLessThan(html.indexOf('class="article-body"'));
  });

  it('renders all five quotes as figure > blockquote + figcaption, the two-paragraph one intact', () => {
    expect(html.match(/<figure class="quote"><blockquote>/g)).toHaveLength(5);
    expect(html).toContain(
      '<figure class="quote"><blockquote><p>It is a very complicated piece of business. These are difficult negotiations. We have grave differences with the Russians in terms of both the parties we support but also the process that’s required to bring about peace in Syria.</p><p>But if we do not get some buy-in from the Russians on reducing the violence and easing the humanitarian crisis it’s difficult to see how we get to the next phase.</p></blockquote><figcaption class="attribution">Barack Obama</figcaption></figure>',
    );
    // The attribution is never inside the blockquote.
    expect(html).not.toMatch(/<blockquote>(?:(?!<\/blockquote>)[\s\S])*<figcaption/);
  });

  it('has the share bar with the headline and plain share links (no scripts)', () => {
    expect(html).toContain(`<span class="share-label">Share this article:</span> ${SEED_HEADLINE}`);
    expect(html).toContain('href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.inquisitr.com%2Fsyria-peace-talks');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('lists "More from Inquisitr": published articles only, newest first', () => {
    expect(html).toContain('<h2 id="more-heading">More from Inquisitr</h2>');
    const titles = [...html.matchAll(/<li>(?:<span class="more-section">[^<]*<\/span>)?<a href="[^"]+">([^<]+)<\/a><\/li>/g)].map((m) => m[1]);
    expect(titles).toEqual(['Aleppo siege tightens as aid convoys wait at the border', 'Kerry and Lavrov to meet again in Geneva']);
  });

  it('never shows an unpublished headline, even when fewer than five are published', () => {
    // The draft and the ready article are the newest candidates; they used to fill the empty places.
    expect(html).not.toContain('Draft: notes from the Hangzhou press room');
    expect(html).not.toContain('G20 leaders agree on steel overcapacity forum');
    const onlyDrafts = render(seedArticle(), INQUISITR, SEED_RELATED.map((a) => ({ ...a, status: 'draft' as const })));
    expect(onlyDrafts).not.toContain('More from Inquisitr');
    for (const a of SEED_RELATED) expect(onlyDrafts).not.toContain(a.headline);
  });

  it('has the head metadata: title, canonical, Open Graph, Twitter and NewsArticle JSON-LD', () => {
    expect(html).toContain(`<title>${SEED_HEADLINE} | Inquisitr</title>`);
    const url = 'https://www.inquisitr.com/syria-peace-talks-stall-between-u-s-and-russia-grave-differences-at-g20-summit-b';
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:site_name" content="Inquisitr">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toMatch(/<meta name="description" content="The U.S. and Russia have stalled in talks[^"]*…">/);
    const data = jsonLdOf(html);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: SEED_HEADLINE,
      datePublished: '2016-09-05T09:30:00.000Z',
      dateModified: '2016-09-05T14:05:00.000Z',
      publisher: { '@type': 'Organization', name: 'Inquisitr', url: 'https://www.inquisitr.com' },
      image: {
        '@type': 'ImageObject',
        creditText: 'Chip Somodevilla/Getty Images',
        creator: { '@type': 'Person', name: 'Chip Somodevilla' },
        copyrightHolder: { '@type': 'Organization', name: 'Getty Images' },
      },
    });
    expect(data).not.toHaveProperty('author'); // no byline, no default byline
  });

  it('allows no script execution and no fetches but embedded images', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${pageCsp().replace(/'/g, '&#39;')}">`);
    expect(pageCsp()).toContain("script-src 'none'");
    expect(pageCsp()).toContain("default-src 'none'");
    expect(pageCsp(['app:', 'javascript:alert(1)'])).toContain('img-src data: app:;');
  });
});

describe('dates a newsroom means', () => {
  const published = { ...seedArticle(), status: 'published' as const, dateline: 'MILLBROOK, England', publishedAt: '2026-12-01T09:30:00.000Z' };
  const meta = (html: string) => /<p class="meta">(.*?)<\/p>/.exec(html)?.[1] ?? '';

  it('dates the page by publishedAt, with the time, in the publication’s locale and time zone', () => {
    const html = render({ ...published, updatedAt: '2026-12-01T09:30:20.000Z' }, { ...INQUISITR, locale: 'en-GB', timeZone: 'Europe/London' });
    expect(meta(html)).toContain('<time class="published" datetime="2026-12-01T09:30:00.000Z">1 December 2026 at 09:30 GMT</time>');
    // A save within the minute of publishing is not an update.
    expect(html).not.toContain('Updated');
    expect(jsonLdOf(html)).toMatchObject({ datePublished: '2026-12-01T09:30:00.000Z', dateModified: '2026-12-01T09:30:00.000Z' });
    const newYork = render(published, { ...INQUISITR, locale: 'en-US', timeZone: 'America/New_York' });
    expect(meta(newYork)).toContain('December 1, 2026 at 4:30 AM EST');
    const french = render(published, { ...INQUISITR, locale: 'fr-FR', timeZone: 'Europe/Paris' });
    expect(meta(french)).toMatch(/1 décembre 2026 (à )?10:30 UTC\+1/);
  });

  it('says "Updated" with the time of a change after publication, and JSON-LD dateModified', () => {
    const html = render({ ...published, updatedAt: '2026-12-01T14:05:00.000Z' });
    expect(meta(html)).toContain('<span class="updated">Updated <time datetime="2026-12-01T14:05:00.000Z">December 1, 2026 at 2:05 PM UTC</time></span>');
    expect(html).toContain('<meta property="article:modified_time" content="2026-12-01T14:05:00.000Z">');
    expect(jsonLdOf(html)).toMatchObject({ datePublished: '2026-12-01T09:30:00.000Z', dateModified: '2026-12-01T14:05:00.000Z' });
  });

  it('dates a never-published article by when it was started, with no "Updated"', () => {
    const html = render({ ...published, status: 'editing', publishedAt: null, createdAt: '2026-11-30T08:00:00.000Z', updatedAt: '2026-12-02T08:00:00.000Z' });
    expect(meta(html)).toContain('<time class="published" datetime="2026-11-30T08:00:00.000Z">');
    expect(html).not.toContain('Updated');
  });

  it('runs the dateline into the first paragraph in AP style when the publication asks, else keeps it in the meta line', () => {
    const body = { type: 'doc', content: [p('The river burst its banks overnight.'), p('More.')] } as never;
    const ap = render({ ...published, body }, { ...INQUISITR, apDateline: true });
    expect(ap).toContain('<p><span class="dateline-run-in">MILLBROOK, England (Inquisitr) — </span>The river burst its banks overnight.</p>');
    expect(meta(ap)).not.toContain('MILLBROOK');
    const plain = render({ ...published, body });
    expect(meta(plain)).toContain('<span class="dateline">MILLBROOK, England</span>');
    expect(plain).not.toContain('<span class="dateline-run-in">');
    // A body that opens with a subhead keeps the dateline where it was.
    const subhead = render({ ...published, body: { type: 'doc', content: [h(2, 'First'), p('Text.')] } as never }, { ...INQUISITR, apDateline: true });
    expect(subhead).not.toContain('<span class="dateline-run-in">');
    expect(meta(subhead)).toContain('MILLBROOK, England');
  });
});

describe('hostile input', () => {
  const html = renderArticlePage(adversarialArticle(), ADVERSARIAL_SETTINGS, { imageSrc, related: ADVERSARIAL_RELATED });

  it('never produces markup from text: one script element, no event handlers, no injected tags', () => {
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img[^>]*onerror|<svg|<iframe|<b>|<i>|<li>fake/i);
    // ' onerror=' may appear as escaped text or inside a quoted value; never as an attribute name.
    const attributeNames = [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
      [...tag[0].replace(/"[^"]*"/g, '""').matchAll(/\s([a-z-:]+)=/gi)].map((m) => m[1]!.toLowerCase()),
    );
    expect(attributeNames.length).toBeGreaterThan(50);
    expect(attributeNames.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(html).not.toContain('<!--');
  });

  it('keeps the JSON-LD inert and faithful: every </script> and <!-- round-trips as data', () => {
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toMatch(/[<>]|\u2028|\u2029/);
    const data = jsonLdOf(html);
    expect(data.headline).toBe(adversarialArticle().headline.replace(/\s+/g, ' ').trim());
    expect(JSON.stringify(data)).toContain('</script><script>alert(1)</script><!--');
    expect((data.author as { name: string }[])[0]!.name).toContain('</script>');
    expect((data.publisher as { name: string }).name).toContain('</script>');
    expect(data.dateline).toContain('</script>');
    expect(data.keywords).toContain('<!-- tag -->');
    expect((data.image as { caption: string }).caption).toContain('</script>');
  });

  it('escapes quotes and angle brackets inside attributes', () => {
    expect(html).toContain('alt="Alt with &quot; and &gt; and &lt;/script&gt;');
    expect(html).toContain('<span class="credit">Photo by Photographer "Ph" &gt; &lt;/script&gt;');
    // A quote in a link address is percent-encoded, so it cannot end the attribute.
    expect(html).toContain('href="https://example.com/a%22onmouseover=%22alert(1)"');
  });

  it('never skips a heading level (an h4 straight after the h1 becomes an h2)', () => {
    expect(html).toMatch(/<h2>A skipped-level subhead/);
  });

  it('scriptSafeJson escapes <, >, & and the JavaScript line separators', () => {
    expect(scriptSafeJson({ a: '</script>&<!--\u2028\u2029' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u003c!--\\u2028\\u2029"}');
  });
});

describe('photos', () => {
  it('credit: both parts, only a photographer, only an agency, neither', () => {
    expect(photoCredit('Chip Somodevilla', 'Getty Images')).toBe('Photo by Chip Somodevilla/Getty Images');
    expect(photoCredit('Chip Somodevilla', '  ')).toBe('Photo by Chip Somodevilla');
    expect(photoCredit('', 'Getty Images')).toBe('Photo: Getty Images');
    expect(photoCredit(' ', '')).toBe('');
  });

  it('a photo without an image is left out of the page: no stray "Photo by …" line, never a broken <img>', () => {
    const body = doc(photo({ caption: 'Crowds in Aleppo', photographer: 'Jane Doe', agency: 'AP' }), p('The talks stalled.'));
    const html = renderArticleFragment({ body: body as Article['body'] });
    expect(html).toBe('<p>The talks stalled.</p>\n');
    // As the lead photo of a whole page, too: nothing in the header, nothing in the JSON-LD.
    const page = renderArticlePage({ ...seedArticle(), body: body as Article['body'] }, INQUISITR, { imageSrc: () => null });
    expect(page).not.toContain('Photo by Jane Doe');
    expect(page).not.toContain('Crowds in Aleppo');
    expect(photosWithoutImage(Node.fromJSON(schema, body), () => null)).toBe(1);
    expect(photosLeftOutNotice(1)).toBe('1 photo without an image was left out.');
    expect(photosLeftOutNotice(2)).toBe('2 photos without an image were left out.');
    expect(photosLeftOutNotice(0)).toBe('');
  });

  it('a photo whose asset is missing from the store is left out the same way', () => {
    const html = renderArticleFragment({ body: doc(photo({ asset: 'b'.repeat(64), caption: 'Gone' }), p('Text.')) as Article['body'] }, () => null);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('Gone');
  });

  it('an empty photo (no image, caption or credit) renders nothing', () => {
    expect(renderArticleFragment({ body: doc(photo({}), p('x')) as Article['body'] })).toBe('<p>x</p>\n');
  });

  it('the lead photo is the first block only: a photo further down stays inline', () => {
    const html = render(withBody(doc(p('Opening.'), photo({ asset: SEED_IMAGE_SHA, caption: 'Later' }))));
    expect(html).not.toContain('class="photo photo--lead"');
    expect(html.indexOf('<figure class="photo">')).toBeGreaterThan(html.indexOf('class="article-body"'));
  });

  it('refuses image URLs that could run script or carry a document', () => {
    const body = doc(photo({ asset: 'c'.repeat(64), caption: 'c' })) as Article['body'];
    for (const bad of ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml,<svg onload=alert(1)>']) {
      expect(renderArticleFragment({ body }, () => bad)).not.toContain('<img');
    }
  });
});

describe('body rendering', () => {
  it('nests marks properly and keeps one <a> across differently-marked text', () => {
    const body = doc(
      p(
        { type: 'text', text: 'a ', marks: [{ type: 'link', attrs: { href: 'https://e.com' } }] },
        { type: 'text', text: 'b', marks: [{ type: 'link', attrs: { href: 'https://e.com' } }, { type: 'strong' }] },
        ' c',
      ),
    );
    expect(renderArticleFragment({ body: body as Article['body'] })).toBe(
      '<p><a href="https://e.com" rel="noopener noreferrer">a <strong>b</strong></a> c</p>\n',
    );
  });

  it('skips empty paragraphs and quotes left over from editing', () => {
    expect(renderArticleFragment({ body: doc(p(), h(2, 'Sub'), quote([p()]), p('x')) as Article['body'] })).toBe('<h2>Sub</h2>\n<p>x</p>\n');
  });

  it('an unattributed quote has no figcaption', () => {
    expect(renderArticleFragment({ body: doc(quote([p('Q')])) as Article['body'] })).toBe('<figure class="quote"><blockquote><p>Q</p></blockquote></figure>\n');
  });

  it('a fragment has no inline styles and no page furniture', () => {
    const html = renderArticleFragment(seedArticle(), imageSrc);
    expect(html).not.toMatch(/style=|<style|<h1|Share this article|More from/);
  });
});

describe('the page never shows an empty headline or title', () => {
  it('uses a placeholder for an untitled draft', () => {
    const html = render({ ...seedArticle(), headline: '  ' });
    expect(html).toContain('<h1>Untitled article</h1>');
    expect(html).toContain('<title>Untitled article | Inquisitr</title>');
  });
});

describe('pickRelated', () => {
  it('excludes the article itself, untitled and unpublished ones, and keeps at most five', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...SEED_RELATED[0]!, id: `00000000-0000-4000-8000-00000000010${i}`, updatedAt: `2016-09-0${i + 1}T00:00:00.000Z` }));
    const picked = pickRelated([...many, { ...SEED_RELATED[1]!, headline: ' ' }], many[7]!.id);
    expect(picked).toHaveLength(5);
    expect(picked.map((a) => a.id)).not.toContain(many[7]!.id);
    expect(picked[0]!.updatedAt).toBe('2016-09-07T00:00:00.000Z');
    const unpublished = many.map((a, i) => ({ ...a, status: (['draft', 'editing', 'ready'] as const)[i % 3]! }));
    expect(pickRelated(unpublished, 'none')).toEqual([]);
  });
});

describe('settings that skipped validation', () => {
  it('never turn a bad site URL into a link', () => {
    const html = render(seedArticle(), { ...INQUISITR, siteUrl: 'javascript:alert(1)' });
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<p class="masthead">Inquisitr</p>');
    expect(html).not.toContain('rel="canonical"');
  });
});

describe('the allowlist', () => {
  it('refuses elements and attributes that are not on it', () => {
    expect(() => element('iframe')).toThrow(/allowlist/);
    expect(() => element('img', { onerror: 'x' })).toThrow(/not allowed/);
    expect(() => element('a', { style: 'x' })).toThrow(/not allowed/);
  });
});
