// The rules that read a web page's own fields: headline without the site's
// name, one-line bylines, date lines, and which parts of a page are not the
// article.
import { describe, expect, it } from 'vitest';
import { parsePage, type DomElement } from '../../../electron/main/import/html/dom';
import { readPageMeta } from '../../../electron/main/import/html/page-meta';
import { regionOf } from '../../../electron/main/import/html/regions';
import { bylineFromLine, normalizeByline } from '../../../shared/import/detect/byline';
import { isTimestamp } from '../../../shared/import/detect/furniture';
import { cleanHeadline } from '../../../shared/import/detect/headline';

describe('headline without the site name', () => {
  it('cuts a declared site name at either end', () => {
    expect(cleanHeadline('Dam approved after decade - The Valley Times', ['The Valley Times'])).toBe('Dam approved after decade');
    expect(cleanHeadline('Valley Times | Dam approved after decade', ['valley times'])).toBe('Dam approved after decade');
    expect(cleanHeadline('Best games of the year - IGN', ['IGN'])).toBe('Best games of the year');
  });

  it('without a declared name, takes a short last segment after " | " for the site, and a short one before "::"', () => {
    expect(cleanHeadline('Tram fares capped at £2 for a year | Metro News')).toBe('Tram fares capped at £2 for a year');
    expect(cleanHeadline('The Weekly Clarion :: County fair returns with record entries')).toBe('County fair returns with record entries');
  });

  it('keeps a headline whose dash is its own', () => {
    expect(cleanHeadline('Q&A - what the new rules mean for renters')).toBe('Q&A - what the new rules mean for renters');
    expect(cleanHeadline('Storm hits coast')).toBe('Storm hits coast');
  });
});

describe('bylines on one line', () => {
  it('joins lines and cuts "By" and a trailing date', () => {
    expect(normalizeByline('By\n   Jane Doe\n  and John Roe\n')).toBe('Jane Doe and John Roe');
    expect(normalizeByline('By Jane Doe | Updated 3 hours ago')).toBe('Jane Doe');
  });

  it('reads the lines templates write', () => {
    expect(bylineFromLine('Submitted by Nadia Ross on 2026-03-03')).toBe('Nadia Ross');
    expect(bylineFromLine('Posted on 3 March 2026 by Tom Bridges')).toBe('Tom Bridges');
    expect(bylineFromLine('By Dorothy Banks, Staff Writer')).toBe('Dorothy Banks, Staff Writer');
    expect(bylineFromLine('By the numbers: what the budget means')).toBeNull();
  });
});

describe('date lines', () => {
  it('a line that is only a date and the words around dates', () => {
    for (const line of ['Published 3 March 2026', 'Updated 2026-03-03 14:02 GMT', '2026-03-03— 4 min read', 'March 3, 2026', '5 hours ago']) expect(isTimestamp(line), line).toBe(true);
  });

  it('a sentence with a date in it is copy', () => {
    for (const line of ['The vote is on 3 March 2026.', 'Published 3 March 2026 in the Gazette', 'Results by 12 May 2026 at the latest, officials said']) expect(isTimestamp(line), line).toBe(false);
  });
});

describe('what a page declares', () => {
  it('reads JSON-LD (inside @graph) before Open Graph, and lists of authors as a byline', () => {
    const meta = readPageMeta(
      parsePage(`<html><head><title>T | Site</title><meta property="og:title" content="OG title | Site"><meta property="og:description" content="OG description.">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Declared headline","description":"Declared standfirst.","articleSection":["World"],"author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Ben Cole"},"Cy Dee"],"publisher":{"name":"Site"}}]}</script>
      <script type="application/ld+json">{broken</script></head><body><p>x</p></body></html>`),
    );
    expect(meta).toMatchObject({ headline: 'Declared headline', standfirst: 'Declared standfirst.', section: 'World', byline: 'Ana Ruiz, Ben Cole and Cy Dee', siteName: 'Site', title: 'T' });
  });
});

describe('parts of a page that are not the article', () => {
  const el = (html: string) => parsePage(`<html><body>${html}</body></html>`).body!.firstChild as DomElement;
  it('reads tags, roles, class names and ids as whole words', () => {
    expect(regionOf(el('<aside>x</aside>'))).toBe('sidebar');
    expect(regionOf(el('<div class="comment-list">x</div>'))).toBe('comments');
    expect(regionOf(el('<div id="disqus_thread">x</div>'))).toBe('comments');
    expect(regionOf(el('<section class="jp-relatedposts">x</section>'))).toBe('related-stories');
    expect(regionOf(el('<div class="newsletter-signup">x</div>'))).toBe('newsletter');
    expect(regionOf(el('<div role="complementary">x</div>'))).toBe('sidebar');
    // "recommended" is not a comment, "heads" is not an ad, the article body is nothing.
    expect(regionOf(el('<div class="article-body entry-content">x</div>'))).toBeNull();
    expect(regionOf(el('<div class="subheads">x</div>'))).toBeNull();
  });
});
