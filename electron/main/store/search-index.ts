// The full-text index (migration 007), written in the caller's transaction
// with every create and save, so it never runs ahead of or behind the
// articles; deletes are the trigger's. Tags go to article_tags alongside.
import type { Database, Statement } from 'better-sqlite3';
import { SEARCH_COLUMNS, type SearchDocument } from '../../../shared/search/document';
import { foldForSearch } from '../../../shared/article/headline-search';
import type { Snippet } from '../../../shared/search/snippet';
import { snippetFor } from '../../../shared/search/highlight';
import type { ParsedQuery } from '../../../shared/search/query';
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

/** Where a snippet is looked for, in order: the body's words say most about why a story matched. */
const SNIPPET_ORDER = ['body', 'standfirst', 'headline', 'tags', 'credits', 'byline', 'dateline'] as const;

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

  /**
   * The changed columns of an article's row (the others keep their text); tags
   * when they changed. FTS5 rewrites a row by tokenizing its old text and its
   * new text, whatever changed — for a long article, most of a save — so the row
   * is written only when a column's text actually differs from what the index
   * holds (SQLite compares the strings; none is read into JavaScript): a save
   * that changes no indexed text (a mark, the status, the same words again)
   * writes nothing here.
   */
  update(id: string, changes: Partial<SearchDocument>, tags?: readonly string[]): void {
    if (tags) this.writeTags(id, tags);
    if (!SEARCH_COLUMNS.some((c) => changes[c] !== undefined)) return;
    const key = this.statement('SELECT rowid FROM article_search_keys WHERE id = ?').pluck().get(id) as number | undefined;
    if (key === undefined) return;
    const params: Record<string, unknown> = { rowid: key };
    for (const c of SEARCH_COLUMNS) params[c] = changes[c] ?? null;
    this.statement(
      `UPDATE article_search SET ${SEARCH_COLUMNS.map((c) => `${c} = coalesce(@${c}, ${c})`).join(', ')}
       WHERE rowid = @rowid AND (${SEARCH_COLUMNS.map((c) => `${c} IS NOT coalesce(@${c}, ${c})`).join(' OR ')})`,
    ).run(params);
  }

  /**
   * The matched words in context, for one page of results only: each row's
   * text read by rowid (no MATCH), the snippet found by the parsed query
   * (shared/search/highlight.ts), body first.
   */
  snippets(query: ParsedQuery, rowids: readonly number[]): Map<number, Snippet> {
    const read = this.statement(`SELECT ${SNIPPET_ORDER.join(', ')} FROM article_search WHERE rowid = ?`);
    const snippets = new Map<number, Snippet>();
    for (const rowid of rowids) {
      const row = read.get(rowid) as Record<string, string> | undefined;
      if (row) snippets.set(rowid, snippetFor(SNIPPET_ORDER.map((c) => row[c] ?? ''), query));
    }
    return snippets;
  }

  private writeTags(id: string, tags: readonly string[]): void {
    this.statement('DELETE FROM article_tags WHERE id = ?').run(id);
    const insert = this.statement('INSERT OR IGNORE INTO article_tags (tag_key, id, tag) VALUES (?, ?, ?)');
    for (const tag of tags) insert.run(foldForSearch(tag), id, tag);
  }
}
