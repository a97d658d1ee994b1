// Which articles a search matches, and how well, over the index's two kinds of
// rows (store/search-rows.ts, migration 013):
//
// - short articles, one row each: the whole query (groups, and words left out)
//   is one FTS5 MATCH on rows below LONG_ROWS, scored by FTS5's configured rank
//   (bm25 with the desk's weights, headline first);
// - long articles, a row per chunk: each group of the query is matched over the
//   long rows alone (FTS5 seeks to them: few articles are long, so these sets
//   are small), grouped by article, the groups intersected and the articles
//   holding a word left out removed, so all words must match anywhere in the
//   article exactly as for a short one. An article's score is the sum over the
//   groups of its best row's score for that group (bm25 sums over the query's
//   phrases, so for a one-row article the two are the same).
import type { Statement } from 'better-sqlite3';
import { groupExpression, type ParsedQuery } from '../../../shared/search/query';
import { KEY_OF_ROW, LONG_ROWS } from './search-rows';
import { MAX_CHUNKS } from '../../../shared/search/chunks';

export interface Scored {
  /** The article's key (article_search_keys.rowid). */
  r: number;
  rank: number;
}

type StatementOf = (sql: string) => Statement;

/** SQL: keys of the short articles that match @match (the expression with its exclusions). */
export const SHORT_MATCHING = `SELECT rowid FROM article_search WHERE article_search MATCH @match AND rowid < ${LONG_ROWS}`;
/** SQL: keys of every article holding something of @exclude (a long article's any row). */
export const EXCLUDED = `SELECT ${KEY_OF_ROW} FROM article_search WHERE article_search MATCH @exclude`;

/**
 * Short articles' matches with their scores, at most `most` (in index order;
 * more than the rank limit means a broad search, so the caller asks for one
 * over it): one pass over the doclists that both counts and scores.
 */
export function shortMatches(statement: StatementOf, match: string, most = -1): Scored[] {
  return statement(`SELECT rowid AS r, rank FROM article_search WHERE article_search MATCH @match AND rowid < ${LONG_ROWS} LIMIT @most`).all({ match, most }) as Scored[];
}

/** Long articles that match the whole query, each with its score. */
export function longMatches(statement: StatementOf, query: ParsedQuery): Scored[] {
  if (query.all.length === 0) return [];
  const key = `(rowid - ${LONG_ROWS}) / ${MAX_CHUNKS}`;
  const groups = query.all.map(
    (_, i) => `g${i} AS (SELECT ${key} AS k, min(rank) AS s FROM article_search WHERE article_search MATCH @g${i} AND rowid >= ${LONG_ROWS} GROUP BY k)`,
  );
  const joins = query.all.slice(1).map((_, i) => `JOIN g${i + 1} USING (k)`).join(' ');
  const score = query.all.map((_, i) => `g${i}.s`).join(' + ');
  const excluded = query.exclude ? `WHERE k NOT IN (SELECT ${key} FROM article_search WHERE article_search MATCH @exclude AND rowid >= ${LONG_ROWS})` : '';
  const params: Record<string, string> = Object.fromEntries(query.all.map((terms, i) => [`g${i}`, groupExpression(terms)]));
  if (query.exclude) params.exclude = query.exclude;
  return statement(`WITH ${groups.join(', ')} SELECT k AS r, ${score} AS rank FROM g0 ${joins} ${excluded}`).all(params) as Scored[];
}
