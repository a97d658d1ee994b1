// Migration 10: the full-text index rebuilt for speed at 100,000 articles
// (issue 15). Append-only: never edit a released migration.
//
// - prefix = '2 3 4': a four-letter prefix (the word being typed) reads one
//   prefix entry instead of merging the doclists of every term it starts.
// - contentless_delete = 1 (content = ''): the index keeps no copy of the
//   text. A content-keeping FTS5 table re-tokenizes the old text on every
//   update and delete, doubling each save's index write. Nothing needs that
//   copy: snippets are found in the article's own stored text
//   (store/search-index.ts). The cost: an update must give every column, so
//   the photo credits (from the body's JSON) are kept beside the key, and a
//   row cannot be read back, so article_search_keys.digest records what the
//   index was last given for the check against a rebuild (store/search-check.ts).
// - rank = bm25 with the desk's weights, so `ORDER BY rank` is FTS5's own
//   order and a page need not compute the score in SQL.
//
// Rowids are kept (article_search_keys is unchanged), so the index is in step
// the moment the migration commits; the delete trigger is recreated as it was.
import type { Migration } from './migration';
import { searchDocument, documentDigest, SEARCH_COLUMNS, type SearchDocument } from '../../../../shared/search/document';
import { parseOrNull, stringList } from '../lenient-json';

/** bm25 weights in the index's column order (headline, standfirst, byline, dateline, tags, body, credits). */
const RANK = 'bm25(10.0, 4.0, 2.0, 1.0, 4.0, 1.0, 1.0)';

export const migration010: Migration = {
  version: 10,
  name: 'search-index',
  up(db) {
    db.exec(`
      DROP TRIGGER article_search_delete;
      DROP TABLE article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        headline, standfirst, byline, dateline, tags, body, credits,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
      );
      INSERT INTO article_search (article_search, rank) VALUES ('rank', '${RANK}');
      ALTER TABLE article_search_keys ADD COLUMN credits TEXT NOT NULL DEFAULT '';
      ALTER TABLE article_search_keys ADD COLUMN digest TEXT NOT NULL DEFAULT '';
      CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = (SELECT rowid FROM article_search_keys WHERE id = OLD.id);
        DELETE FROM article_search_keys WHERE id = OLD.id;
        DELETE FROM article_tags WHERE id = OLD.id;
      END;
    `);
    const keyOf = db.prepare('SELECT rowid FROM article_search_keys WHERE id = ?').pluck();
    const newKey = db.prepare('INSERT INTO article_search_keys (id) VALUES (?)');
    const keep = db.prepare('UPDATE article_search_keys SET credits = ?, digest = ? WHERE rowid = ?');
    const index = db.prepare(
      `INSERT INTO article_search (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (@rowid, ${SEARCH_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    // Read a batch at a time: better-sqlite3 runs no other statement while one is being iterated.
    const batch = db.prepare(
      `SELECT rowid AS r, id, headline, standfirst, byline, dateline, tags_json, plain_text, body_json
       FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 500`,
    );
    type Row = Record<'id' | 'headline' | 'standfirst' | 'byline' | 'dateline' | 'tags_json' | 'plain_text' | 'body_json', string> & { r: number };
    let after = -Infinity;
    for (let rows = batch.all(after) as Row[]; rows.length > 0; rows = batch.all(after) as Row[]) {
      for (const row of rows) {
        const doc: SearchDocument = searchDocument({ ...row, tags: stringList(row.tags_json), plainText: row.plain_text, body: parseOrNull(row.body_json) });
        const rowid = (keyOf.get(row.id) as number | undefined) ?? Number(newKey.run(row.id).lastInsertRowid);
        index.run({ rowid, ...doc });
        keep.run(doc.credits, documentDigest(doc), rowid);
      }
      after = rows[rows.length - 1]!.r;
    }
    // Keys whose article is gone (none should be) would find nothing: drop them.
    db.exec('DELETE FROM article_search_keys WHERE id NOT IN (SELECT id FROM articles)');
  },
};
