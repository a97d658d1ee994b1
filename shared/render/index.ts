// Article → published HTML. One renderer for the live preview and the export.
export { renderArticlePage, renderArticlePageOfDoc } from './page';
export { BlockCache } from './block-cache';
export { renderArticleFragment } from './fragment';
export { photoCredit } from '../article/photo';
export { pickRelated, MORE_LIMIT } from './related';
export { articleUrl, articleSlug } from './urls';
export { pageCsp } from './csp';
export { escapeText, escapeAttr, scriptSafeJson } from './escape';
export type { ImageSrc, ImageSource, RelatedArticle, RenderOptions } from './types';
export { imageSize } from './image-size';
