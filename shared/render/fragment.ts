// The body alone, for pasting into a CMS: no template, no stylesheet, no
// classes the CMS would not know except the semantic ones on figures.
import { bodyFromJSON } from '../article/body';
import type { Article } from '../article/fields';
import { renderBlocks } from './body';
import type { ImageSrc } from './types';

export function renderArticleFragment(article: Pick<Article, 'body'>, imageSrc: ImageSrc = () => null): string {
  const doc = bodyFromJSON(article.body);
  const blocks: Parameters<typeof renderBlocks>[0][number][] = [];
  doc.forEach((child) => blocks.push(child));
  return `${renderBlocks(blocks, imageSrc)}\n`;
}
