// The library list's request and page: bounded, keyset-paged, filtered in
// SQLite. Apart from the contract so the renderer can import the bounds
// without the whole contract.
import { z } from 'zod';
import { ArticleId, ArticleSummary, IsoTime } from './fields';

/** Where the next page of the list starts: the last row shown, by the sort key (updated_at DESC, id). */
export const ListCursor = z.object({ updatedAt: IsoTime, id: ArticleId }).strict();
export type ListCursor = z.infer<typeof ListCursor>;

export const MAX_PAGE = 500;

/** One page of the library, newest first; never the whole of it. */
export const ListArticlesRequest = z
  .object({
    limit: z.number().int().min(1).max(MAX_PAGE),
    cursor: ListCursor.optional(),
    /** Headline contains this text, ignoring case and accents (shared/article/headline-search.ts). */
    filter: z.object({ headline: z.string().max(500) }).strict().optional(),
  })
  .strict();
export type ListArticlesRequest = z.infer<typeof ListArticlesRequest>;

export const ArticlePage = z
  .object({
    items: z.array(ArticleSummary).max(MAX_PAGE),
    /** null on the last page. */
    nextCursor: ListCursor.nullable(),
    /** How many articles the library holds (unfiltered); null for a filtered list, which would need a full scan to count. */
    total: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type ArticlePage = z.infer<typeof ArticlePage>;

