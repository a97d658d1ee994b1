// Which articles a search matches, and how well, over the index's two kinds of
// rows (store/search-rows.ts, migration 015):
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

/** What a page of a search works from: a broad search's long-article keys, or a ranked one's scored matches. */
export type Matches = { broad: true; longKeys: number[] } | { broad: false; scored: Scored[] };

/**
 * The matches a page of a search needs. `rankCursor`: a rank cursor continues
 * a ranked search, a list cursor a broad one, no cursor asks (first page).
 *
 * Deciding costs least one way or the other by the query's kind. FTS5's bm25
 * first counts, over the whole index, the rows holding each phrase (its IDF),
 * so scoring costs a full evaluation of each phrase on top of the search's
 * own. For single words and prefixes a count of the matches up to the rank
 * limit is a cheap walk of their doclists, so it comes first, and a broad
 * search never pays for scores. For a phrase, the evaluation itself is what
 * costs (position lists of common words), so the matches are read once, with
 * their scores, at most the rank limit + 1: that both decides and ranks.
 */
export function findMatches(statement: StatementOf, query: ParsedQuery, match: string, page: { rankCursor: boolean | null; rankLimit: number }): Matches {
  const longKeys = longMatches(statement, query, false).map((m) => m.r);
  if (page.rankCursor === false) return { broad: true, longKeys };
  const scoredLong = () => (longKeys.length ? longMatches(statement, query, true) : []);
  if (page.rankCursor === true) return { broad: false, scored: shortMatches(statement, match).concat(scoredLong()) };
  const most = page.rankLimit + 1 - longKeys.length;
  if (most <= 0) return { broad: true, longKeys };
  if (query.all.flat().some((t) => t.phrase)) {
    const short = shortMatches(statement, match, most);
    return short.length >= most ? { broad: true, longKeys } : { broad: false, scored: short.concat(scoredLong()) };
  }
  const count = statement(`SELECT count(*) FROM (${SHORT_MATCHING} LIMIT @most)`).pluck().get({ match, most }) as number;
  return count >= most ? { broad: true, longKeys } : { broad: false, scored: shortMatches(statement, match).concat(scoredLong()) };
}

/** Short articles' matches with their scores, at most `most` (-1: all) in index order. */
function shortMatches(statement: StatementOf, match: string, most = -1): Scored[] {
  return statement(`SELECT rowid AS r, rank FROM article_search WHERE article_search MATCH @match AND rowid < ${LONG_ROWS} LIMIT @most`).all({ match, most }) as Scored[];
}

/** Long articles that match the whole query, each with its score when `scored` (else 0: a score costs its phrases' IDF). */
export function longMatches(statement: StatementOf, query: ParsedQuery, scored: boolean): Scored[] {
  if (query.all.length === 0) return [];
  const key = `(rowid - ${LONG_ROWS}) / ${MAX_CHUNKS}`;
  const groups = query.all.map(
    (_, i) => `g${i} AS (SELECT ${key} AS k, ${scored ? 'min(rank)' : '0'} AS s FROM article_search WHERE article_search MATCH @g${i} AND rowid >= ${LONG_ROWS} GROUP BY k)`,
  );
  const joins = query.all.slice(1).map((_, i) => `JOIN g${i + 1} USING (k)`).join(' ');
  const score = query.all.map((_, i) => `g${i}.s`).join(' + ');
  const excluded = query.exclude ? `WHERE k NOT IN (SELECT ${key} FROM article_search WHERE article_search MATCH @exclude AND rowid >= ${LONG_ROWS})` : '';
  const params: Record<string, string> = Object.fromEntries(query.all.map((terms, i) => [`g${i}`, groupExpression(terms)]));
  if (query.exclude) params.exclude = query.exclude;
  return statement(`WITH ${groups.join(', ')} SELECT k AS r, ${score} AS rank FROM g0 ${joins} ${excluded}`).all(params) as Scored[];
}
