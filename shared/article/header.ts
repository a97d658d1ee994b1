// The header fields the editor shows above the body, in their order: one list
// for the editor, the rescue copy, the import fill and the blank-article rule.
import { z } from 'zod';
import { articleFieldShapes, type Article } from './fields';

export const HEADER_FIELDS = ['headline', 'standfirst', 'byline', 'dateline'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
export type HeaderValues = Record<HeaderField, string>;

/** The header fields, each checked by the article's own rule (for words read back from storage). */
export const HeaderValues = z
  .object(articleFieldShapes)
  .pick(Object.fromEntries(HEADER_FIELDS.map((name) => [name, true])) as { [K in HeaderField]: true });

export function headerOf(article: Pick<Article, HeaderField>): HeaderValues {
  return { headline: article.headline, standfirst: article.standfirst, byline: article.byline, dateline: article.dateline };
}

export function sameHeader(a: HeaderValues, b: HeaderValues): boolean {
  return HEADER_FIELDS.every((name) => a[name] === b[name]);
}
