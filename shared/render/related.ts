// "More from {publication}": up to five other articles from the local library,
// finished work first (ready and published), newest first within each group.
import type { RelatedArticle } from './types';

export const MORE_LIMIT = 5;

const FINISHED = new Set(['ready', 'published']);

export function pickRelated(candidates: readonly RelatedArticle[], currentId: string, limit = MORE_LIMIT): RelatedArticle[] {
  return candidates
    .filter((a) => a.id !== currentId && a.headline.trim() !== '')
    .slice()
    .sort((a, b) => {
      const rank = Number(!FINISHED.has(a.status)) - Number(!FINISHED.has(b.status));
      if (rank !== 0) return rank;
      if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
      return a.id < b.id ? -1 : 1;
    })
    .slice(0, limit);
}
