// Migration 19: the list rows keyed by a rowid that never changes (issue 11,
// the save's fixed cost). Append-only: never edit a released migration.
//
// Migrations 006 and 007 clustered article_summaries on the list's sort key,
// (updated_at DESC, id), WITHOUT ROWID. Every autosave changes updated_at, so
// every save moved its row, and since each secondary index of a WITHOUT ROWID
// table holds the primary key, it rewrote an entry in every index too: five
// pages of list rows per save, for a save whose own article row is one or two.
// Here the rows are an ordinary rowid table; the list's order is one covering
// index (article_summaries_list) holding every column a page reads, so a page
// is still one range read of one index, and a save rewrites the row in place
// and that one index entry (with "More from"'s when the article is published).
// The id, created, headline and section indexes map to the rowid, which a save
// leaves alone (store/summaries.ts writes only the columns that changed).
//
// status_counts' triggers are on this table, so they go with the old one and
// are made again after the copy (the copy must not count the rows twice).
import type { Migration } from './migration';

const COLUMNS = 'updated_at, id, headline, headline_key, slug, status, section, word_count, revision, created_at, spiked_at';

export const migration019: Migration = {
  version: 19,
  name: 'summaries-by-rowid',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE summaries_v18 AS SELECT ${COLUMNS} FROM main.article_summaries;
      DROP TABLE main.article_summaries;
      CREATE TABLE main.article_summaries (
        updated_at   TEXT NOT NULL,
        id           TEXT NOT NULL,
        headline     TEXT NOT NULL,
        headline_key TEXT NOT NULL,
        slug         TEXT NOT NULL,
        status       TEXT NOT NULL,
        section      TEXT NOT NULL,
        word_count   INTEGER NOT NULL,
        revision     INTEGER NOT NULL,
        created_at   TEXT NOT NULL DEFAULT '',
        spiked_at    TEXT
      ) STRICT;
      -- Oldest first, so the newest rows (the ones being saved) share the last pages.
      INSERT INTO main.article_summaries (${COLUMNS}) SELECT ${COLUMNS} FROM summaries_v18 ORDER BY updated_at, id;
      DROP TABLE summaries_v18;
      CREATE UNIQUE INDEX main.article_summaries_id ON article_summaries (id);
      -- The list, newest first: every column a page reads (store/desk-page.ts COLUMNS), so no row is visited.
      CREATE INDEX main.article_summaries_list
        ON article_summaries (updated_at DESC, id, headline, headline_key, status, section, word_count, revision, created_at, spiked_at);
      CREATE INDEX main.article_summaries_created ON article_summaries (created_at DESC, id);
      CREATE INDEX main.article_summaries_headline ON article_summaries (headline_key, id);
      CREATE INDEX main.article_summaries_section ON article_summaries (section);
      CREATE INDEX main.article_summaries_spiked ON article_summaries (updated_at DESC, id) WHERE spiked_at IS NOT NULL;
      CREATE INDEX main.article_summaries_published ON article_summaries (updated_at DESC, id, headline, slug, section, spiked_at)
        WHERE status = 'published' AND spiked_at IS NULL;
      CREATE TRIGGER main.status_counts_insert AFTER INSERT ON article_summaries BEGIN
        UPDATE status_counts SET n = n + 1 WHERE status = iif(NEW.spiked_at IS NULL, NEW.status, 'spiked');
      END;
      CREATE TRIGGER main.status_counts_delete AFTER DELETE ON article_summaries BEGIN
        UPDATE status_counts SET n = n - 1 WHERE status = iif(OLD.spiked_at IS NULL, OLD.status, 'spiked');
      END;
      CREATE TRIGGER main.status_counts_update AFTER UPDATE OF status, spiked_at ON article_summaries BEGIN
        UPDATE status_counts SET n = n - 1 WHERE status = iif(OLD.spiked_at IS NULL, OLD.status, 'spiked');
        UPDATE status_counts SET n = n + 1 WHERE status = iif(NEW.spiked_at IS NULL, NEW.status, 'spiked');
      END;
    `);
  },
};
