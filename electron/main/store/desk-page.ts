// One page of the desk: the list, filtered, sorted, or searched — always from
// article_summaries (and the full-text index when searching), never from the
// article bodies, and never more than the page. The shape of the paging is
// described in shared/article/list-page.ts.
import type { Statement } from 'better-sqlite3';
import { AppError } from '../../../shared/errors/app-error';
import type { ArticlePage, DeskRow, ListArticlesRequest, ListCursor, ListFilter, ListSort, StatusCounts } from '../../../shared/article/list-page';
import { headlineQuery, foldForSearch } from '../../../shared/article/headline-search';
import { parseQuery, RANK_LIMIT, type ParsedQuery } from '../../../shared/search/query';
import type { SearchIndex } from './search-index';
import { EXCLUDED, findMatches, SHORT_MATCHING, type Matches, type Scored } from './search-match';
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
  nextCursor(row: PageRow): ListCursor;
  /** Whether anything narrows the list (then no total is given). */
  filtered: boolean;
}

/**
 * `within`: a broad search's match expression (its short articles' matches),
 * with `longKeys`, the keys of the long articles it matches (search-match.ts).
 */
export function pageQuery(request: ListArticlesRequest, within: string | null = null, sections?: readonly string[], longKeys: readonly number[] = []): PageQuery {
  const filter: ListFilter = request.filter ?? {};
  const query = parseQuery(filter.query ?? '');
  const { where, params } = filterClauses(filter, sections);
  params.n = request.limit + 1;
  const cursor = request.cursor;
  const filtered = where.length > 1 || query.match !== null || query.exclude !== null;
  const order = ORDERS[request.sort ?? 'updated'];
  if (cursor && !(order.cursorKey in cursor)) throw wrongCursor();
  // A broad search (more than RANK_LIMIT matches) is the list in its order, narrowed to the matches.
  if (within !== null) {
    where.push(longKeys.length ? `+k.rowid IN (${SHORT_MATCHING} UNION ALL SELECT value FROM json_each(@long))` : `+k.rowid IN (${SHORT_MATCHING})`);
    params.match = within;
    if (longKeys.length) params.long = JSON.stringify(longKeys);
  }
  else if (query.exclude) (where.push(`s.id NOT IN (SELECT k.id FROM article_search_keys k WHERE k.rowid IN (${EXCLUDED}))`), (params.exclude = query.exclude));
  if (cursor) {
    where.push(order.after);
    Object.assign(params, { after: (cursor as Record<string, string>)[order.cursorKey], afterId: cursor.id });
  }
  return {
    // Broad: the list's index is walked in order (CROSS JOIN keeps summaries outside) and each row's index rowid
    // looked up in the matches, which SQLite gathers once per page: never all matches joined and sorted.
    sql:
      within === null
        ? `SELECT ${COLUMNS} FROM article_summaries s WHERE ${where.join(' AND ')} ORDER BY ${order.orderBy} LIMIT @n`
        : `SELECT ${COLUMNS} FROM article_summaries s CROSS JOIN article_search_keys k ON k.id = s.id WHERE ${where.join(' AND ')} ORDER BY ${order.orderBy} LIMIT @n`,
    params,
    nextCursor: (row) => ({ [order.cursorKey]: order.key(row), id: row.id }) as ListCursor,
    filtered,
  };
}

/**
 * The filters' conditions on article_summaries s (the Spiked view's always first).
 * `sections`: the stored spellings the section filter stands for (ignoring case
 * and accents, SummaryStore.spellingsOf); without them, the section as given.
 */
function filterClauses(filter: ListFilter, sections?: readonly string[]): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [filter.spiked ? 's.spiked_at IS NOT NULL' : 's.spiked_at IS NULL'];
  const params: Record<string, unknown> = {};
  const headline = headlineQuery(filter.headline ?? '');
  if (headline) (where.push('instr(s.headline_key, @q) > 0'), (params.q = headline));
  if (filter.status) (where.push('s.status = @status'), (params.status = filter.status));
  if (filter.section) {
    const spellings = [...new Set([filter.section, ...(sections ?? [])])];
    if (spellings.length === 1) (where.push('s.section = @section'), (params.section = spellings[0]));
    else (where.push('s.section IN (SELECT value FROM json_each(@sections))'), (params.sections = JSON.stringify(spellings)));
  }
  if (filter.tag?.trim()) (where.push('s.id IN (SELECT id FROM article_tags WHERE tag_key = @tag)'), (params.tag = foldForSearch(filter.tag.trim())));
  if (filter.updatedFrom) (where.push('s.updated_at >= @from'), (params.from = filter.updatedFrom));
  if (filter.updatedBefore) (where.push('s.updated_at < @before'), (params.before = filter.updatedBefore));
  return { where, params };
}

/** The words to find and the words to leave out as one FTS5 expression (both are the parser's quoted output). */
export function matchExpression(query: ParsedQuery): string | null {
  if (!query.match) return null;
  return query.exclude ? `(${query.match}) NOT (${query.exclude})` : query.match;
}

interface Deps {
  statement: (sql: string) => Statement;
  search: SearchIndex;
  counts: () => StatusCounts;
  /** Matches above which a search is broad (RANK_LIMIT; smaller in tests). */
  rankLimit?: number;
  /** The stored spellings of a section, ignoring case and accents (without it, the section filter is exact). */
  sectionSpellings?: (section: string) => string[];
}

export function readPage(request: ListArticlesRequest, deps: Deps): ArticlePage {
  const query = parseQuery(request.filter?.query ?? '');
  const section = request.filter?.section;
  const sections = section && deps.sectionSpellings ? deps.sectionSpellings(section) : undefined;
  const match = matchExpression(query);
  const matches: Matches | null =
    match === null ? null : findMatches(deps.statement, query, match, { rankCursor: request.cursor ? 'rank' in request.cursor : null, rankLimit: deps.rankLimit ?? RANK_LIMIT });
  const broad = matches?.broad === true;
  let page: PageRow[];
  let next: ListCursor | null;
  let filtered = true;
  if (matches && !matches.broad) ({ page, next } = rankedPage(request, matches.scored, deps, sections));
  else {
    const plan = pageQuery(request, broad ? match : null, sections, matches?.broad ? matches.longKeys : []);
    const rows = deps.statement(plan.sql).all(plan.params) as PageRow[];
    page = rows.slice(0, request.limit);
    next = rows.length > request.limit ? plan.nextCursor(page[page.length - 1]!) : null;
    filtered = plan.filtered;
  }
  const snippets = match !== null ? deps.search.snippets(query, page.map((r) => r.id)) : null;
  const items = page.map((row): DeskRow => {
    const snippet = snippets?.get(row.id);
    return { ...toDeskRow(row), ...(snippet ? { snippet } : {}) };
  });
  const counts = request.cursor ? undefined : deps.counts();
  const spiked = request.filter?.spiked ?? false;
  return {
    items,
    nextCursor: next,
    total: counts && !filtered ? (spiked ? counts.spiked : counts.draft + counts.editing + counts.ready + counts.published) : null,
    ...(counts ? { counts } : {}),
    ...(broad ? { broad: true } : {}),
  };
}

/**
 * Best match first: the matches as scored over the index alone (search-match.ts:
 * FTS5's configured rank, bm25 with the desk's weights, migration 010); only the
 * rows the page needs are then joined to their summaries and filtered, a growing
 * batch at a time (filters may drop many). Order is (rank, article key); the
 * cursor is the last row's rank and id.
 */
function rankedPage(request: ListArticlesRequest, scored: Scored[], deps: Deps, sections?: readonly string[]): { page: PageRow[]; next: ListCursor | null } {
  scored.sort((a, b) => a.rank - b.rank || a.r - b.r);
  let from = 0;
  const cursor = request.cursor;
  if (cursor) {
    if (!('rank' in cursor)) throw wrongCursor();
    const key = deps.statement('SELECT rowid FROM article_search_keys WHERE id = ?').pluck().get(cursor.id) as number | undefined;
    const afterR = key ?? Number.POSITIVE_INFINITY;
    from = lowerBound(scored, (m) => m.rank > cursor.rank || (m.rank === cursor.rank && m.r > afterR));
  }
  const { where, params } = filterClauses(request.filter ?? {}, sections);
  const read = deps.statement(
    // From the batch's rowids out (CROSS JOIN fixes the order): a key lookup and a summary lookup per row, nothing else read.
    `SELECT ${COLUMNS}, k.rowid AS r FROM json_each(@rowids) j CROSS JOIN article_search_keys k ON k.rowid = j.value
     CROSS JOIN article_summaries s ON s.id = k.id WHERE ${where.join(' AND ')}`,
  );
  const wanted = request.limit + 1;
  const found: PageRow[] = [];
  let batch = wanted;
  while (found.length < wanted && from < scored.length) {
    const slice = scored.slice(from, from + batch);
    from += slice.length;
    const rows = new Map((read.all({ ...params, rowids: JSON.stringify(slice.map((m) => m.r)) }) as PageRow[]).map((row) => [row.r!, row]));
    for (const m of slice) {
      const row = rows.get(m.r);
      if (row && found.push({ ...row, rank: m.rank }) === wanted) break;
    }
    batch *= 4;
  }
  const page = found.slice(0, request.limit);
  const last = page[page.length - 1];
  return { page, next: found.length > request.limit && last ? { rank: last.rank!, id: last.id } : null };
}

/** The first index whose item satisfies `after` (items are in order, so `after` is false then true). */
function lowerBound<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function toDeskRow(row: Omit<PageRow, 'headline_key' | 'created_at'>): DeskRow {
  return { ...toSummary(row), ...(row.spiked_at ? { spikedAt: row.spiked_at } : {}) };
}

function wrongCursor(): AppError {
  return new AppError('bad-request', 'That page cursor belongs to another order or search; start again from the first page.');
}
