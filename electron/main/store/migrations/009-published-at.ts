// Migration 9: the dates a newsroom means (issue 17). Append-only: never edit
// a released migration. Numbers 7 (the desk) and 8 (history) come from other
// branches; this one only adds columns, so it depends on neither.
//
// articles.published_at is when the article was first published: the store
// sets it on the save that first makes the status "published" (and keeps it
// through later unpublishing), the interchange JSON carries it, and pages and
// JSON-LD call it datePublished. Articles already published keep the date
// their pages showed until now, their creation time; the others have none.
//
// publication_settings gains the zone the page prints times in ('' = this
// computer's) and whether the dateline runs into the first paragraph in AP
// style ("MILLBROOK, England (Copydesk News) — ").
import type { Migration } from './migration';

export const migration009: Migration = {
  version: 9,
  name: 'published-at',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN published_at TEXT CHECK (published_at IS NULL OR length(published_at) > 0);
      UPDATE articles SET published_at = created_at WHERE status = 'published';
      ALTER TABLE publication_settings ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
      ALTER TABLE publication_settings ADD COLUMN ap_dateline INTEGER NOT NULL DEFAULT 0 CHECK (ap_dateline IN (0, 1));
    `);
  },
};
