// The full published page: masthead, article header, lead photo, body, share
// bar, "More from" and footer. Preview and export both call this.
import type { Node } from 'prosemirror-model';
import type { Article } from '../article/fields';
import type { PublicationSettings } from '../settings/publication';
import { element } from './allowlist';
import { renderBlocks } from './body';
import { formatDateTime, pageDates, pageTimeZone } from './dates';
import { escapeText } from './escape';
import { renderHead } from './head';
import { photoAttrs, renderPhoto } from './photo';
import { pickRelated } from './related';
import { pageCss } from './styles';
import type { RenderOptions } from './types';
import { articleUrl, shareLinks, siteBase } from './urls';
import { buildView, buildViewOfDoc, type ArticleMeta, type ArticleView } from './view';
import type { BlockCache } from './block-cache';

export function renderArticlePage(article: Article, settings: PublicationSettings, options: RenderOptions): string {
  return renderView(buildView(article, settings, options.imageSrc), options);
}

/**
 * The same page from a body document already checked against the schema, for
 * the live preview: `blockCache` keeps the HTML of unchanged blocks between
 * renders (block-cache.ts); the page is the one renderArticlePage writes.
 */
export function renderArticlePageOfDoc(
  article: ArticleMeta,
  doc: Node,
  settings: PublicationSettings,
  options: RenderOptions & { blockCache?: BlockCache },
): string {
  return renderView(buildViewOfDoc(article, doc, settings, options.imageSrc), options);
}

function renderView(view: ArticleView, options: RenderOptions & { blockCache?: BlockCache }): string {
  const { article, settings } = view;
  const head = renderHead(view, pageCss(settings.theme), options.imageOrigins);
  const body = [
    element('header', { class: 'site-header' }, element('p', { class: 'masthead' }, mastheadName(settings))),
    element(
      'main',
      {},
      [renderArticle(view, options), renderMore(view, options)].filter(Boolean).join('\n'),
    ),
    element(
      'footer',
      { class: 'site-footer' },
      element('p', {}, escapeText(`© ${new Date(pageDates(article).published).getUTCFullYear()} ${settings.publicationName}`)),
    ),
  ].join('\n');
  return `<!DOCTYPE html>\n${element('html', { lang: settings.locale }, `\n${element('head', {}, `\n${head}\n`)}\n${element('body', { class: `theme-${settings.theme}` }, `\n${body}\n`)}\n`)}\n`;
}

function mastheadName(settings: PublicationSettings): string {
  const name = escapeText(settings.publicationName);
  const base = siteBase(settings);
  return base ? element('a', { href: `${base}/` }, name) : name;
}

const RUN_IN_CLASS = 'dateline-run-in';

/** "MILLBROOK, England (Copydesk News) — " when the publication runs datelines in, AP style. */
function datelineRunIn(view: ArticleView): string | undefined {
  const dateline = view.article.dateline.trim();
  if (!view.settings.apDateline || !dateline) return undefined;
  return element('span', { class: RUN_IN_CLASS }, escapeText(`${dateline} (${view.settings.publicationName}) — `));
}

function renderArticle(view: ArticleView, options: RenderOptions & { blockCache?: BlockCache }): string {
  const { article } = view;
  const lead = view.lead ? renderPhoto(photoAttrs(view.lead), options.imageSrc, true) : '';
  const bodyHtml = renderBlocks(view.rest, options.imageSrc, options.blockCache, datelineRunIn(view));
  // A body that does not open with a paragraph keeps its dateline in the line under the headline.
  const ranIn = bodyHtml.startsWith(`<p><span class="${RUN_IN_CLASS}">`);
  const headParts = [
    article.section.trim() ? element('p', { class: 'kicker' }, escapeText(article.section.trim())) : '',
    element('h1', {}, escapeText(view.headline)),
    article.standfirst.trim() ? element('p', { class: 'standfirst' }, escapeText(article.standfirst.trim())) : '',
    renderMeta(view, options.timeZone, ranIn),
  ];
  return element(
    'article',
    { class: 'article' },
    [
      element('header', { class: 'article-head' }, headParts.filter(Boolean).join('\n')),
      lead,
      element('div', { class: 'article-body' }, `\n${bodyHtml}\n`),
      renderShare(view),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

function renderMeta(view: ArticleView, timeZone: string | undefined, datelineRanIn: boolean): string {
  const { article, settings } = view;
  const parts: string[] = [];
  if (view.author) parts.push(element('span', { class: 'byline' }, escapeText(`By ${view.author}`)));
  if (article.dateline.trim() && !datelineRanIn) parts.push(element('span', { class: 'dateline' }, escapeText(article.dateline.trim())));
  const dates = pageDates(article);
  const zone = pageTimeZone(settings.timeZone, timeZone);
  const published = formatDateTime(dates.published, settings.locale, zone);
  if (published) parts.push(element('time', { class: 'published', datetime: dates.published }, escapeText(published)));
  if (dates.updated) {
    const updated = formatDateTime(dates.updated, settings.locale, zone);
    if (updated) parts.push(element('span', { class: 'updated' }, `Updated ${element('time', { datetime: dates.updated }, escapeText(updated))}`));
  }
  return parts.length ? element('p', { class: 'meta' }, parts.join(' ')) : '';
}

// Plain links to the networks' share pages, and only when the article has a
// public URL to share; no widget scripts, nothing loads until a reader clicks.
function renderShare(view: ArticleView): string {
  const text = element('p', {}, `${element('span', { class: 'share-label' }, 'Share this article:')} ${escapeText(view.headline)}`);
  const links = view.url
    ? element(
        'ul',
        {},
        shareLinks(view.url, view.headline)
          .map((l) => element('li', {}, element('a', { href: l.href, rel: 'noopener noreferrer' }, escapeText(l.label))))
          .join(''),
      )
    : '';
  return element('section', { class: 'share', 'aria-label': 'Share this article' }, text + links);
}

function renderMore(view: ArticleView, options: RenderOptions): string {
  const items = pickRelated(options.related ?? [], view.article.id);
  if (!items.length) return '';
  const list = items
    .map((item) => {
      const section = item.section.trim() ? element('span', { class: 'more-section' }, escapeText(item.section.trim())) : '';
      const href = articleUrl(view.settings, item.slug);
      const title = href
        ? element('a', { href }, escapeText(item.headline))
        : element('span', { class: 'more-title' }, escapeText(item.headline));
      return element('li', {}, section + title);
    })
    .join('\n');
  const heading = `More from ${view.settings.publicationName}`;
  return element(
    'aside',
    { class: 'more', 'aria-labelledby': 'more-heading' },
    element('h2', { id: 'more-heading' }, escapeText(heading)) + element('ul', {}, `\n${list}\n`),
  );
}
