// What a news page declares about itself, before any guessing from its text:
// the JSON-LD NewsArticle (or Article, ReportageNewsArticle…) and the Open
// Graph / article: meta tags. Sites fill these in for search engines and
// social cards, so they are usually cleaner than the visible page: the
// headline without the site's name, the author as a name rather than a line
// of the template, the section, the description that is the standfirst.
import { cleanHeadline } from '../../../../shared/import/detect/headline';
import { normalizeByline } from '../../../../shared/import/detect/byline';
import { smartenTypography } from '../../../../shared/import/detect/typography';
import { attr, textContent, type DomDocument } from './dom';

export interface PageMeta {
  headline: string;
  standfirst: string;
  byline: string;
  section: string;
  published: string;
  siteName: string;
  /** The JSON-LD articleBody, when the page gives it: the fallback when the visible page holds no article. */
  articleBody: string;
  /** The page's <title>, cleaned of the site name. */
  title: string;
  /** The byline as the template shows it (class "byline", rel=author…): the last resort. */
  visibleByline: string;
}

const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author, .byline-wrapper, .article-byline, .c-byline, .author-name, .Page-authors';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|ReviewNewsArticle|BackgroundNewsArticle)$/;

type Json = Record<string, unknown>;

export function readPageMeta(document: DomDocument): PageMeta {
  const meta = metaTags(document);
  const ld = articleJsonLd(document);
  const siteName = text(ld?.publisher && (ld.publisher as Json).name) || meta.get('og:site_name') || meta.get('application-name') || '';
  const sites = [siteName, meta.get('og:site_name') ?? '', meta.get('twitter:site')?.replace(/^@/, '') ?? ''].filter(Boolean);
  const titleEl = document.querySelector('title');
  const declared = text(ld?.headline) || text(ld?.name) || meta.get('og:title') || meta.get('twitter:title') || '';
  return {
    headline: declared ? clean(cleanHeadline(declared, sites)) : '',
    title: titleEl ? clean(cleanHeadline(textContent(titleEl), sites)) : '',
    standfirst: clean(text(ld?.description) || meta.get('og:description') || meta.get('description') || ''),
    byline: normalizeByline(authorsOf(ld?.author) || meta.get('author') || meta.get('article:author') || meta.get('byl') || ''),
    section: clean(firstText(ld?.articleSection) || meta.get('article:section') || ''),
    published: text(ld?.datePublished) || meta.get('article:published_time') || '',
    siteName: clean(siteName),
    articleBody: typeof ld?.articleBody === 'string' ? ld.articleBody.trim() : '',
    visibleByline: visibleByline(document),
  };
}

function visibleByline(document: DomDocument): string {
  const el = document.querySelector(BYLINE_SELECTOR);
  const line = el ? textContent(el) : '';
  return line.length <= 200 ? normalizeByline(line) : '';
}

function clean(s: string): string {
  return smartenTypography(s.replace(/\s+/g, ' ').trim());
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function firstText(value: unknown): string {
  return Array.isArray(value) ? text(value[0]) : text(value);
}

/** "author": a name, a Person, or a list of either; joined as a byline writes them. */
function authorsOf(value: unknown): string {
  const list = (Array.isArray(value) ? value : [value]).map((a) => (typeof a === 'string' ? text(a) : text((a as Json | null)?.name))).filter(Boolean);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function metaTags(document: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? '').trim().toLowerCase();
    const content = (attr(el, 'content') ?? '').trim();
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

/** The first article object in the page's JSON-LD blocks, looking inside @graph and lists. */
function articleJsonLd(document: DomDocument): Json | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').trim());
    } catch {
      continue; // Broken JSON-LD is common; the page is still readable.
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown): Json | null {
  // Breadth first over a bounded number of objects: JSON-LD is small, but a hostile page need not be.
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length && seen < 1000; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const obj = item as Json;
      const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
      if (obj['@graph']) queue.push(obj['@graph']);
      if (obj.mainEntity) queue.push(obj.mainEntity);
    }
  }
  return null;
}
