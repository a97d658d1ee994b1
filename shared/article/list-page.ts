// The desk's list request and page: bounded, keyset-paged, filtered and
// searched in SQLite. Apart from the contract so the renderer can import the
// bounds without the whole contract.
//
// One call answers the plain list, the filtered list and full-text search, a
// page at a time, never the whole library:
// - sorted by a column (last saved, created, headline), a page resumes after
//   the cursor's key on that column's index (no OFFSET);
// - searched (filter.query has words to find), rows come best match first
//   (bm25, headline above body) and the cursor is the last row's score and id:
//   each page scores the matches again over the index alone and takes the next
//   `limit` after the cursor, so an edit between two pages can at worst move a
//   row across the page boundary (the window drops a row it already shows,
//   library-pages.ts);
// - a broad search (more than RANK_LIMIT matches) comes in the list's order
//   instead, keyset-paged like the list, and the page says so (`broad`).
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import { ArticleId, ArticleStatus, ArticleSummary, IsoTime } from './fields';
import { Snippet } from '../search/snippet';
import { MAX_QUERY_LENGTH } from '../search/query';
import { LIMITS } from '../limits';

/** Where the next page starts: the last row shown, by the page's sort key. */
export const ListCursor = deferred(() => z.union([
  z.object({ updatedAt: IsoTime, id: ArticleId }).strict(),
  z.object({ createdAt: IsoTime, id: ArticleId }).strict(),
  z.object({ headlineKey: z.string().max(LIMITS.headline * 4), id: ArticleId }).strict(),
  z.object({ rank: z.number().finite(), id: ArticleId }).strict(),
]));
export type ListCursor = z.infer<typeof ListCursor>;

export const MAX_PAGE = 500;

export const LIST_SORTS = ['updated', 'created', 'headline'] as const;
export const ListSort = deferred(() => z.enum(LIST_SORTS, { error: `sort must be one of ${LIST_SORTS.join(', ')}` }));
export type ListSort = z.infer<typeof ListSort>;

export const ListFilter = deferred(() => z
  .object({
    /** Headline contains this text, ignoring case and accents (shared/article/headline-search.ts). */
    headline: z.string().max(500).optional(),
    /** Full-text search in the desk's language (shared/search/query.ts). */
    query: z.string().max(MAX_QUERY_LENGTH).optional(),
    status: ArticleStatus.optional(),
    section: z.string().max(LIMITS.section).optional(),
    tag: z.string().max(LIMITS.tag).optional(),
    /** Last saved at or after this time. */
    updatedFrom: IsoTime.optional(),
    /** Last saved before this time. */
    updatedBefore: IsoTime.optional(),
    /** The Spiked view: only spiked articles (otherwise spiked ones never appear). */
    spiked: z.boolean().optional(),
  })
  .strict());
export type ListFilter = z.infer<typeof ListFilter>;

/** One page of the library; never the whole of it. */
export const ListArticlesRequest = deferred(() => z
  .object({
    limit: z.number().int().min(1).max(MAX_PAGE),
    cursor: ListCursor.optional(),
    filter: ListFilter.optional(),
    /** Order when not searching (a search is best match first). Default: last saved. */
    sort: ListSort.optional(),
  })
  .strict());
export type ListArticlesRequest = z.infer<typeof ListArticlesRequest>;

/** A row of the desk: the list row, and for a search the matched words in context. */
export const DeskRow = deferred(() => ArticleSummary.extend({
  snippet: Snippet.optional(),
  /** When it was spiked (the Spiked view only). */
  spikedAt: IsoTime.optional(),
}).strict());
export type DeskRow = z.infer<typeof DeskRow>;

export const StatusCounts = deferred(() => z.object({ draft: z.number().int(), editing: z.number().int(), ready: z.number().int(), published: z.number().int(), spiked: z.number().int() }).strict());
export type StatusCounts = z.infer<typeof StatusCounts>;

export const ArticlePage = deferred(() => z
  .object({
    items: z.array(DeskRow).max(MAX_PAGE),
    /** null on the last page. */
    nextCursor: ListCursor.nullable(),
    /** How many articles the list holds unfiltered (spiked ones apart); null for a page after the first or a filtered list, which would need a scan to count. */
    total: z.number().int().nonnegative().nullable(),
    /** Articles per status (spiked ones counted apart), on a first page; kept by triggers, so reading them costs nothing. */
    counts: StatusCounts.optional(),
    /** A search with more than RANK_LIMIT matches (shared/search/query.ts): rows in the list's order, not best match first. */
    broad: z.literal(true).optional(),
  })
  .strict());
export type ArticlePage = z.infer<typeof ArticlePage>;
