// Migration 6: the library list without the bodies. Append-only: never edit a
// released migration.
//
// An article row holds its whole body (and plain text) before word_count and
// updated_at, so listing from `articles` walks every body's overflow pages:
// at 100,000 articles the list read about a gigabyte to show fifty lines.
// article_summaries holds just what the list and "More from" show, clustered
// by the list's sort key (updated_at DESC, id), so a page is one range read
// and a keyset cursor resumes it without OFFSET. headline_key is the headline
// folded for the filter (shared/article/headline-search.ts); SQLite cannot fold
// accents itself, so the store writes it with every save
// (electron/main/store/summaries.ts). Deleting an article deletes its summary
// by trigger, whoever deletes it.
import type { Migration } from './migration';
import { headlineSearchKey } from '../../../../shared/article/headline-search';

export const migration006: Migration = {
  version: 6,
  name: 'article-summaries',
  up(db) {
    db.exec(`
      CREATE TABLE article_summaries (
        updated_at   TEXT NOT NULL,
        id           TEXT NOT NULL,
        headline     TEXT NOT NULL,
        headline_key TEXT NOT NULL,
        slug         TEXT NOT NULL,
        status       TEXT NOT NULL,
        section      TEXT NOT NULL,
        word_count   INTEGER NOT NULL,
        revision     INTEGER NOT NULL,
        PRIMARY KEY (updated_at DESC, id)
      ) STRICT, WITHOUT ROWID;
      CREATE UNIQUE INDEX article_summaries_id ON article_summaries (id);
      -- "More from": the newest published articles, read from the index alone.
      CREATE INDEX article_summaries_published ON article_summaries (updated_at DESC, id, headline, slug, section)
        WHERE status = 'published';
      CREATE TRIGGER article_summaries_delete AFTER DELETE ON articles
        BEGIN DELETE FROM article_summaries WHERE id = OLD.id; END;
      -- The summary table replaces it as the list's index.
      DROP INDEX articles_updated_at;
    `);
    // The backfill reads each row once (bodies included: this is the last time).
    db.function('copydesk_headline_key_v6', { deterministic: true }, (headline) => headlineSearchKey(String(headline)));
    db.exec(`
      INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
      SELECT updated_at, id, headline, copydesk_headline_key_v6(headline), slug, status, section, word_count, revision FROM articles;
    `);
  },
};
