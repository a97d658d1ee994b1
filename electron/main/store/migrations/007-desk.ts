// Migration 7: the desk — full-text search, tags and sections to filter by,
// status counts, and spiking instead of deleting. Append-only: never edit a
// released migration.
//
// article_search (FTS5) holds each article's searchable text in the columns
// of shared/search/document.ts, folded by unicode61 with diacritics removed,
// with prefix indexes for the word being typed. It keeps its own copy of the
// text (not external content): snippets need it, and an external-content
// table keyed by articles' implicit rowid would break when VACUUM renumbers
// those rows. article_search_keys gives each article a stable integer rowid
// in the index. The store writes the index in the same transaction as the
// article (store/search-index.ts); deleting an article, by any route, deletes
// its index row, tags and summary by trigger.
//
// article_tags: one row per (tag, article), folded key first, for the tag
// filter and tag suggestions (a skip-scan over distinct keys, never the whole
// table). status_counts: articles per status, spiked ones apart, kept by
// triggers on article_summaries, so the desk's counts are one small read.
//
// Spiking sets articles.spiked_at and keeps the status it had
// (spiked_status) for unspiking; summaries carry spiked_at and created_at so
// every list query stays on article_summaries.
import type { Migration } from './migration';
import { searchDocument } from '../../../../shared/search/document';
import { foldForSearch } from '../../../../shared/article/headline-search';
import { parseOrNull, stringList } from '../lenient-json';

export const migration007: Migration = {
  version: 7,
  name: 'desk',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN spiked_at TEXT CHECK (spiked_at IS NULL OR spiked_at <> '');
      ALTER TABLE articles ADD COLUMN spiked_status TEXT
        CHECK (spiked_status IS NULL OR spiked_status IN ('draft', 'editing', 'ready', 'published'));

      ALTER TABLE publication_settings ADD COLUMN spike_purge_days INTEGER NOT NULL DEFAULT 30
        CHECK (spike_purge_days BETWEEN 1 AND 3650);

      ALTER TABLE article_summaries ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE article_summaries ADD COLUMN spiked_at TEXT;
      CREATE INDEX article_summaries_created ON article_summaries (created_at DESC, id);
      CREATE INDEX article_summaries_headline ON article_summaries (headline_key, id);
      CREATE INDEX article_summaries_section ON article_summaries (section);
      CREATE INDEX article_summaries_spiked ON article_summaries (updated_at DESC, id) WHERE spiked_at IS NOT NULL;
      -- "More from" never offers a spiked article. spiked_at is in the columns (always NULL there) so the
      -- index still covers the query: SQLite does not see that its WHERE already implies the IS NULL.
      DROP INDEX article_summaries_published;
      CREATE INDEX article_summaries_published ON article_summaries (updated_at DESC, id, headline, slug, section, spiked_at)
        WHERE status = 'published' AND spiked_at IS NULL;

      CREATE VIRTUAL TABLE article_search USING fts5(
        headline, standfirst, byline, dateline, tags, body, credits,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TABLE article_search_keys (
        rowid INTEGER PRIMARY KEY,
        id    TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE article_tags (
        tag_key TEXT NOT NULL,
        id      TEXT NOT NULL,
        tag     TEXT NOT NULL,
        PRIMARY KEY (tag_key, id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_tags_id ON article_tags (id);

      CREATE TABLE status_counts (
        status TEXT PRIMARY KEY NOT NULL,
        n      INTEGER NOT NULL CHECK (n >= 0)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO status_counts (status, n) VALUES ('draft', 0), ('editing', 0), ('ready', 0), ('published', 0), ('spiked', 0);
      CREATE TRIGGER status_counts_insert AFTER INSERT ON article_summaries BEGIN
        UPDATE status_counts SET n = n + 1 WHERE status = iif(NEW.spiked_at IS NULL, NEW.status, 'spiked');
      END;
      CREATE TRIGGER status_counts_delete AFTER DELETE ON article_summaries BEGIN
        UPDATE status_counts SET n = n - 1 WHERE status = iif(OLD.spiked_at IS NULL, OLD.status, 'spiked');
      END;
      CREATE TRIGGER status_counts_update AFTER UPDATE OF status, spiked_at ON article_summaries BEGIN
        UPDATE status_counts SET n = n - 1 WHERE status = iif(OLD.spiked_at IS NULL, OLD.status, 'spiked');
        UPDATE status_counts SET n = n + 1 WHERE status = iif(NEW.spiked_at IS NULL, NEW.status, 'spiked');
      END;

      CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = (SELECT rowid FROM article_search_keys WHERE id = OLD.id);
        DELETE FROM article_search_keys WHERE id = OLD.id;
        DELETE FROM article_tags WHERE id = OLD.id;
      END;
    `);
    // Counts for the rows already there (the triggers count from here on).
    db.exec(`
      UPDATE status_counts SET n = (SELECT count(*) FROM article_summaries s WHERE s.status = status_counts.status)
      WHERE status <> 'spiked';
    `);
    // One pass over the articles (bodies included) builds the index, the tags and the created times.
    const key = db.prepare('INSERT INTO article_search_keys (id) VALUES (?)');
    const index = db.prepare(
      `INSERT INTO article_search (rowid, headline, standfirst, byline, dateline, tags, body, credits)
       VALUES (@rowid, @headline, @standfirst, @byline, @dateline, @tags, @body, @credits)`,
    );
    const tag = db.prepare('INSERT OR IGNORE INTO article_tags (tag_key, id, tag) VALUES (?, ?, ?)');
    const created = db.prepare('UPDATE article_summaries SET created_at = ? WHERE id = ?');
    // Read a batch at a time: better-sqlite3 runs no other statement while one is being iterated.
    const batch = db.prepare(
      `SELECT rowid AS r, id, headline, standfirst, byline, dateline, tags_json, plain_text, body_json, created_at
       FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 500`,
    );
    type Row = Record<'id' | 'headline' | 'standfirst' | 'byline' | 'dateline' | 'tags_json' | 'plain_text' | 'body_json' | 'created_at', string> & { r: number };
    let after = -Infinity;
    for (let rows = batch.all(after) as Row[]; rows.length > 0; rows = batch.all(after) as Row[]) {
      for (const row of rows) {
        const tags = stringList(row.tags_json);
        const rowid = key.run(row.id).lastInsertRowid;
        index.run({
          rowid,
          ...searchDocument({ ...row, tags, plainText: row.plain_text, body: parseOrNull(row.body_json) }),
        });
        for (const t of tags) tag.run(foldForSearch(t), row.id, t);
        created.run(row.created_at, row.id);
      }
      after = rows[rows.length - 1]!.r;
    }
  },
};
