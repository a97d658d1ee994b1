// The header fields the editor shows above the body, in their order: one list
// for the editor, the rescue copy, the import fill and the blank-article rule.
import type { Article } from './fields';

export const HEADER_FIELDS = ['headline', 'standfirst', 'byline', 'dateline'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
export type HeaderValues = Record<HeaderField, string>;

export function headerOf(article: Pick<Article, HeaderField>): HeaderValues {
  return { headline: article.headline, standfirst: article.standfirst, byline: article.byline, dateline: article.dateline };
}

export function sameHeader(a: HeaderValues, b: HeaderValues): boolean {
  return HEADER_FIELDS.every((name) => a[name] === b[name]);
}
