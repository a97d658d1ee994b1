// <head>: charset, CSP, viewport, title, description, canonical, Open Graph,
// Twitter card, JSON-LD and the stylesheet.
import { element } from './allowlist';
import { pageCsp } from './csp';
import { escapeText } from './escape';
import { renderJsonLd } from './json-ld';
import type { ArticleView } from './view';
import { pageDates } from './dates';

export function renderHead(view: ArticleView, css: string, imageOrigins: readonly string[] = []): string {
  const { article, settings } = view;
  const meta = (name: string, content: string) => (content ? element('meta', { name, content }) : '');
  const og = (property: string, content: string) => (content ? element('meta', { property, content }) : '');
  const webImage = view.image?.src && /^https?:/i.test(view.image.src) ? view.image.src : '';

  const lines = [
    element('meta', { charset: 'utf-8' }),
    element('meta', { 'http-equiv': 'Content-Security-Policy', content: pageCsp(imageOrigins) }),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('title', {}, escapeText(`${view.headline} | ${settings.publicationName}`)),
    meta('description', view.description),
    meta('author', view.author),
    view.url ? element('link', { rel: 'canonical', href: view.url }) : '',
    og('og:type', 'article'),
    og('og:title', view.headline),
    og('og:description', view.description),
    og('og:site_name', settings.publicationName),
    og('og:locale', ogLocale(settings.locale)),
    og('og:url', view.url ?? ''),
    og('og:image', webImage),
    og('og:image:alt', webImage ? (view.image?.photo.alt.trim() ?? '') : ''),
    og('article:published_time', pageDates(article).published),
    og('article:modified_time', pageDates(article).updated ?? ''),
    og('article:section', article.section.trim()),
    ...article.tags.map((tag) => og('article:tag', tag)),
    meta('twitter:card', webImage ? 'summary_large_image' : 'summary'),
    meta('twitter:title', view.headline),
    meta('twitter:description', view.description),
    meta('twitter:image', webImage),
    renderJsonLd(view),
    element('style', {}, css),
  ];
  return lines.filter(Boolean).join('\n');
}

// Open Graph wants language_TERRITORY (en_GB), not a BCP 47 tag.
function ogLocale(locale: string): string {
  const [language, region] = locale.split('-');
  return region && /^[A-Z]{2}$/.test(region) ? `${language}_${region}` : (language ?? '');
}
