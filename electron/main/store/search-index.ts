// The full-text index (migration 007), written in the caller's transaction
// with every create and save, so it never runs ahead of or behind the
// articles; deletes are the trigger's. Tags go to article_tags alongside.
import type { Database, Statement } from 'better-sqlite3';
import { SEARCH_COLUMNS, type SearchDocument } from '../../../shared/search/document';
import { foldForSearch } from '../../../shared/article/headline-search';
import { MATCH_CLOSE, MATCH_OPEN, ELLIPSIS, snippetFromMarked, type Snippet } from '../../../shared/search/snippet';
import { statementCache } from './statements';

/** bm25 weights in SEARCH_COLUMNS order: a headline hit counts ten body hits, the standfirst and tags four. */
export const BM25_WEIGHTS: Record<(typeof SEARCH_COLUMNS)[number], number> = {
  headline: 10,
  standfirst: 4,
  byline: 2,
  dateline: 1,
  tags: 4,
  body: 1,
  credits: 1,
};
export const BM25 = `bm25(article_search, ${SEARCH_COLUMNS.map((c) => BM25_WEIGHTS[c].toFixed(1)).join(', ')})`;

/** Tokens of context a snippet shows around the matched words. */
const SNIPPET_TOKENS = 18;

export class SearchIndex {
  private readonly statement: (sql: string) => Statement;

  constructor(db: Database) {
    this.statement = statementCache(db);
  }

  insert(id: string, doc: SearchDocument, tags: readonly string[]): void {
    const rowid = this.statement('INSERT INTO article_search_keys (id) VALUES (?)').run(id).lastInsertRowid;
    this.statement(
      `INSERT INTO article_search (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (@rowid, ${SEARCH_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    ).run({ rowid, ...doc });
    this.writeTags(id, tags);
  }

  /** The changed columns of an article's row (the others keep their text); tags when they changed. */
  update(id: string, changes: Partial<SearchDocument>, tags?: readonly string[]): void {
    if (tags) this.writeTags(id, tags);
    if (!SEARCH_COLUMNS.some((c) => changes[c] !== undefined)) return;
    const key = this.statement('SELECT rowid FROM article_search_keys WHERE id = ?').pluck().get(id) as number | undefined;
    if (key === undefined) return;
    const params: Record<string, unknown> = { rowid: key };
    for (const c of SEARCH_COLUMNS) params[c] = changes[c] ?? null;
    this.statement(
      `UPDATE article_search SET ${SEARCH_COLUMNS.map((c) => `${c} = coalesce(@${c}, ${c})`).join(', ')} WHERE rowid = @rowid`,
    ).run(params);
  }

  /**
   * The matched words in context, for one page of results (never for all
   * matches: snippet() reads the row's text). A range, not `rowid = ?`: with
   * a MATCH, the bundled SQLite (3.54.1) answers a bound `rowid = ?` with
   * every match (tests/unit/store/desk.test.ts holds each snippet to its row).
   */
  snippets(match: string, rowids: readonly number[]): Map<number, Snippet> {
    const statement = this.statement(
      `SELECT snippet(article_search, -1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '${ELLIPSIS}', ${SNIPPET_TOKENS}) AS marked
       FROM article_search WHERE article_search MATCH @match AND rowid BETWEEN @rowid AND @rowid`,
    ).pluck();
    const snippets = new Map<number, Snippet>();
    for (const rowid of rowids) {
      const marked = statement.get({ match, rowid }) as string | undefined;
      if (marked !== undefined) snippets.set(rowid, snippetFromMarked(marked));
    }
    return snippets;
  }

  private writeTags(id: string, tags: readonly string[]): void {
    this.statement('DELETE FROM article_tags WHERE id = ?').run(id);
    const insert = this.statement('INSERT OR IGNORE INTO article_tags (tag_key, id, tag) VALUES (?, ?, ?)');
    for (const tag of tags) insert.run(foldForSearch(tag), id, tag);
  }
}
