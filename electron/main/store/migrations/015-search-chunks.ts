// Migration 15: long bodies indexed in chunks (issues 11 and 15). Append-only:
// never edit a released migration.
//
// A body of more than 100 blocks is indexed as rows of 100 blocks (each also
// holding the words that follow it, for phrases: shared/search/chunks.ts), so
// a save rewrites only the rows whose text changed instead of re-tokenizing
// the whole body. Rowids (store/search-rows.ts): a short article keeps its one
// row at its key; a long one's rows sit at 2^40 + key × 65,536 + n, listed in
// article_search_chunks with the digest of what each was given (the index
// keeps no text to compare with). Deleting an article deletes its chunks, and
// deleting a chunk its index row, by trigger.
//
// Only long articles' rows change (everyday articles are one row, laid out as
// before), so the migration re-lays those out and leaves the rest of the index
// as it is. The rowid layout's numbers are written out here, not imported, so
// this migration goes on building the layout it built; the chunks themselves
// come from shared/search/chunks.ts, as the store's do (as migration 010 takes
// the document from shared/search/document.ts).
import type { Migration } from './migration';
import { documentDigest, SEARCH_COLUMNS, searchDocument, type SearchDocument } from '../../../../shared/search/document';
import { parseOrNull, stringList } from '../lenient-json';
import { bodyChunks } from '../../../../shared/search/chunks';

const LONG_ROWS = 2 ** 40;
const MAX_CHUNKS = 65_536;
const EMPTY = { headline: '', standfirst: '', byline: '', dateline: '', tags: '', credits: '' };

export const migration015: Migration = {
  version: 15,
  name: 'search-chunks',
  up(db) {
    db.exec(`
      CREATE TABLE article_search_chunks (
        key    INTEGER NOT NULL,
        n      INTEGER NOT NULL CHECK (n BETWEEN 0 AND ${MAX_CHUNKS - 1}),
        digest TEXT NOT NULL,
        PRIMARY KEY (key, n)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER article_search_chunk_delete AFTER DELETE ON article_search_chunks BEGIN
        DELETE FROM article_search WHERE rowid = ${LONG_ROWS} + OLD.key * ${MAX_CHUNKS} + OLD.n;
      END;
      DROP TRIGGER article_search_delete;
      CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = (SELECT k.rowid FROM article_search_keys k WHERE k.id = OLD.id
          AND NOT EXISTS (SELECT 1 FROM article_search_chunks c WHERE c.key = k.rowid));
        DELETE FROM article_search_chunks WHERE key = (SELECT rowid FROM article_search_keys WHERE id = OLD.id);
        DELETE FROM article_search_keys WHERE id = OLD.id;
        DELETE FROM article_tags WHERE id = OLD.id;
      END;
    `);
    const drop = db.prepare('DELETE FROM article_search WHERE rowid = ?');
    const index = db.prepare(`INSERT INTO article_search (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (@rowid, ${SEARCH_COLUMNS.map((c) => `@${c}`).join(', ')})`);
    const keep = db.prepare('INSERT INTO article_search_chunks (key, n, digest) VALUES (?, ?, ?)');
    // Only bodies of more than 100 blocks can need chunks (counted in SQL, so short bodies are never read into JavaScript).
    const long = db
      .prepare(
        `SELECT k.rowid AS key, a.headline, a.standfirst, a.byline, a.dateline, a.tags_json, a.plain_text, a.body_json
         FROM articles a JOIN article_search_keys k ON k.id = a.id
         WHERE (length(a.plain_text) - length(replace(a.plain_text, char(10, 10), ''))) / 2 >= 100`,
      )
      .all() as (Record<'headline' | 'standfirst' | 'byline' | 'dateline' | 'tags_json' | 'plain_text' | 'body_json', string> & { key: number })[];
    for (const row of long) {
      const doc: SearchDocument = searchDocument({ ...row, tags: stringList(row.tags_json), plainText: row.plain_text, body: parseOrNull(row.body_json) });
      const chunks = bodyChunks(doc.body);
      if (chunks === null) continue;
      drop.run(row.key);
      chunks.forEach((body, n) => {
        const rowDoc = n === 0 ? { ...doc, body } : { ...EMPTY, body };
        index.run({ rowid: LONG_ROWS + row.key * MAX_CHUNKS + n, ...rowDoc });
        keep.run(row.key, n, documentDigest(rowDoc));
      });
    }
  },
};
