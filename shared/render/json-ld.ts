// schema.org NewsArticle for search engines and aggregators. Emitted as a data
// block (never executed) through scriptSafeJson, so no field can end the
// <script> element or open an HTML comment, whatever it contains.
import { element } from './allowlist';
import { scriptSafeJson } from './escape';
import { siteBase } from './urls';
import type { ArticleView } from './view';
import { pageDates } from './dates';

export function newsArticleData(view: ArticleView): Record<string, unknown> {
  const { article, settings, image } = view;
  const dates = pageDates(article);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: view.headline,
    inLanguage: settings.locale,
    datePublished: dates.published,
    dateModified: dates.updated ?? dates.published,
    publisher: compact({ '@type': 'Organization', name: settings.publicationName, url: siteBase(settings) ?? undefined }),
  };
  if (view.description) data.description = view.description;
  if (view.author) data.author = [{ '@type': 'Person', name: view.author }];
  if (article.section.trim()) data.articleSection = article.section.trim();
  if (article.dateline.trim()) data.dateline = article.dateline.trim();
  if (article.tags.length) data.keywords = article.tags.join(', ');
  if (view.url) {
    data.url = view.url;
    data.mainEntityOfPage = { '@type': 'WebPage', '@id': view.url };
  }
  if (image) {
    const { photo } = image;
    const creditText = [photo.photographer.trim(), photo.agency.trim()].filter(Boolean).join('/');
    data.image = compact({
      '@type': 'ImageObject',
      // A data: URI is the picture itself, not an address; only real URLs belong here.
      contentUrl: image.src && /^https?:/i.test(image.src) ? image.src : undefined,
      caption: photo.caption.trim() || undefined,
      description: photo.alt.trim() || undefined,
      creditText: creditText || undefined,
      creator: photo.photographer.trim()
        ? { '@type': 'Person', name: photo.photographer.trim() }
        : photo.agency.trim()
          ? { '@type': 'Organization', name: photo.agency.trim() }
          : undefined,
      copyrightHolder: photo.agency.trim() ? { '@type': 'Organization', name: photo.agency.trim() } : undefined,
    });
  }
  return data;
}

export function renderJsonLd(view: ArticleView): string {
  return element('script', { type: 'application/ld+json' }, scriptSafeJson(newsArticleData(view)));
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
