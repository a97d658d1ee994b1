// One page of the desk: the list, filtered, sorted, or searched — always from
// article_summaries (and the full-text index when searching), never from the
// article bodies, and never more than the page. The shape of the paging is
// described in shared/article/list-page.ts.
import type { Statement } from 'better-sqlite3';
import { AppError } from '../../../shared/errors/app-error';
import type { ArticlePage, DeskRow, ListArticlesRequest, ListCursor, ListFilter, ListSort, StatusCounts } from '../../../shared/article/list-page';
import { headlineQuery, foldForSearch } from '../../../shared/article/headline-search';
import { parseQuery, type ParsedQuery } from '../../../shared/search/query';
import type { SearchIndex } from './search-index';
import { BM25 } from './search-index';
import { toSummary } from './summary-row';

export interface PageRow {
  id: string;
  headline: string;
  headline_key: string;
  status: DeskRow['status'];
  section: string;
  word_count: number;
  revision: number;
  updated_at: string;
  created_at: string;
  spiked_at: string | null;
  rank?: number;
  r?: number;
}

const COLUMNS = 's.id, s.headline, s.headline_key, s.status, s.section, s.word_count, s.revision, s.updated_at, s.created_at, s.spiked_at';

// Keyset per order: rows after the cursor. Written as a range on the leading
// column first, so SQLite seeks to it in that order's index.
const ORDERS: Record<ListSort, { orderBy: string; after: string; cursorKey: 'updatedAt' | 'createdAt' | 'headlineKey'; key: (r: PageRow) => string }> = {
  updated: {
    orderBy: 's.updated_at DESC, s.id',
    after: '(s.updated_at <= @after AND (s.updated_at < @after OR s.id > @afterId))',
    cursorKey: 'updatedAt',
    key: (r) => r.updated_at,
  },
  created: {
    orderBy: 's.created_at DESC, s.id',
    after: '(s.created_at <= @after AND (s.created_at < @after OR s.id > @afterId))',
    cursorKey: 'createdAt',
    key: (r) => r.created_at,
  },
  headline: {
    orderBy: 's.headline_key, s.id',
    after: '(s.headline_key >= @after AND (s.headline_key > @after OR s.id > @afterId))',
    cursorKey: 'headlineKey',
    key: (r) => r.headline_key,
  },
};

/** The statement a page runs, and how to read its rows: apart from running it, so tests can ask SQLite for its plan. */
export interface PageQuery {
  sql: string;
  params: Record<string, unknown>;
  /** The parsed words when searching (for the snippets), else null. */
  search: ParsedQuery | null;
  nextCursor(row: PageRow): ListCursor;
  /** Whether anything narrows the list (then no total is given). */
  filtered: boolean;
}

export function pageQuery(request: ListArticlesRequest): PageQuery {
  const filter: ListFilter = request.filter ?? {};
  const query = parseQuery(filter.query ?? '');
  const where: string[] = [filter.spiked ? 's.spiked_at IS NOT NULL' : 's.spiked_at IS NULL'];
  const params: Record<string, unknown> = { n: request.limit + 1 };
  const headline = headlineQuery(filter.headline ?? '');
  if (headline) (where.push('instr(s.headline_key, @q) > 0'), (params.q = headline));
  if (filter.status) (where.push('s.status = @status'), (params.status = filter.status));
  if (filter.section) (where.push('s.section = @section'), (params.section = filter.section));
  if (filter.tag?.trim()) (where.push('s.id IN (SELECT id FROM article_tags WHERE tag_key = @tag)'), (params.tag = foldForSearch(filter.tag.trim())));
  if (filter.updatedFrom) (where.push('s.updated_at >= @from'), (params.from = filter.updatedFrom));
  if (filter.updatedBefore) (where.push('s.updated_at < @before'), (params.before = filter.updatedBefore));
  if (query.exclude) params.exclude = query.exclude;
  const cursor = request.cursor;
  const filtered = where.length > 1 || query.match !== null || query.exclude !== null;

  if (query.match) {
    // Best match first: every match is scored (that is what bm25 costs), the page is the next `limit` after the cursor.
    if (cursor && !('rank' in cursor)) throw wrongCursor();
    if (query.exclude) where.push('m.r NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH @exclude)');
    if (cursor) (where.push('(m.rank > @rank OR (m.rank = @rank AND s.id > @afterId))'), Object.assign(params, { rank: cursor.rank, afterId: cursor.id }));
    params.match = query.match;
    return {
      sql: `SELECT ${COLUMNS}, m.rank AS rank, m.r AS r
         FROM (SELECT rowid AS r, ${BM25} AS rank FROM article_search WHERE article_search MATCH @match) m
         JOIN article_search_keys k ON k.rowid = m.r
         JOIN article_summaries s ON s.id = k.id
         WHERE ${where.join(' AND ')}
         ORDER BY m.rank, s.id LIMIT @n`,
      params,
      search: query,
      nextCursor: (row) => ({ rank: row.rank!, id: row.id }),
      filtered,
    };
  }
  const order = ORDERS[request.sort ?? 'updated'];
  if (cursor && !(order.cursorKey in cursor)) throw wrongCursor();
  if (query.exclude) {
    where.push('s.id NOT IN (SELECT k.id FROM article_search_keys k WHERE k.rowid IN (SELECT rowid FROM article_search WHERE article_search MATCH @exclude))');
  }
  if (cursor) {
    where.push(order.after);
    Object.assign(params, { after: (cursor as Record<string, string>)[order.cursorKey], afterId: cursor.id });
  }
  return {
    sql: `SELECT ${COLUMNS} FROM article_summaries s WHERE ${where.join(' AND ')} ORDER BY ${order.orderBy} LIMIT @n`,
    params,
    search: null,
    nextCursor: (row) => ({ [order.cursorKey]: order.key(row), id: row.id }) as ListCursor,
    filtered,
  };
}

export function readPage(
  request: ListArticlesRequest,
  deps: { statement: (sql: string) => Statement; search: SearchIndex; counts: () => StatusCounts },
): ArticlePage {
  const query = pageQuery(request);
  const rows = deps.statement(query.sql).all(query.params) as PageRow[];
  const more = rows.length > request.limit;
  const page = more ? rows.slice(0, request.limit) : rows;
  const snippets = query.search ? deps.search.snippets(query.search, page.map((r) => r.r!)) : null;
  const items = page.map((row): DeskRow => {
    const snippet = snippets?.get(row.r!);
    return { ...toDeskRow(row), ...(snippet ? { snippet } : {}) };
  });
  const last = page[page.length - 1];
  const counts = request.cursor ? undefined : deps.counts();
  const spiked = request.filter?.spiked ?? false;
  return {
    items,
    nextCursor: more && last ? query.nextCursor(last) : null,
    total: counts && !query.filtered ? (spiked ? counts.spiked : counts.draft + counts.editing + counts.ready + counts.published) : null,
    ...(counts ? { counts } : {}),
  };
}

export function toDeskRow(row: Omit<PageRow, 'headline_key' | 'created_at'>): DeskRow {
  return { ...toSummary(row), ...(row.spiked_at ? { spikedAt: row.spiked_at } : {}) };
}

function wrongCursor(): AppError {
  return new AppError('bad-request', 'That page cursor belongs to another order or search; start again from the first page.');
}
