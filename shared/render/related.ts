// "More from {publication}": up to five other published articles from the
// local library, newest first. Only published work: a draft's (or an
// unpublished ready article's) headline must never appear on an exported page.
// Main already asks SQLite for exactly these (electron/main/store/summaries.ts,
// LIMIT 5 on an index); the renderer applies the same rule to whatever it is
// given, so no caller can leak an unpublished headline.
import type { RelatedArticle } from './types';

export const MORE_LIMIT = 5;

export function pickRelated(candidates: readonly RelatedArticle[], currentId: string, limit = MORE_LIMIT): RelatedArticle[] {
  return candidates
    .filter((a) => a.status === 'published' && a.id !== currentId && a.headline.trim() !== '')
    .slice()
    .sort((a, b) => {
      if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
      return a.id < b.id ? -1 : 1;
    })
    .slice(0, limit);
}
