// Migration 18: the articles whose search text is still to be brought up to
// date (issue 11). A save stores the body and its word count and records the
// article here, in its own transaction; the plain text column and the
// full-text index are caught up afterwards (store/search-catch-up.ts), before
// anything reads them. Append-only: never edit a released migration.
//
// `revision` is the article's revision when it was recorded: the catch-up
// deletes the row only if it is still that one, so a save landing meanwhile
// leaves it waiting. `problem` says why a body could not be indexed (damaged);
// such a row is skipped until the next save, and `copydesk doctor` reports it.
// Every article indexed before this migration was indexed in its save, so
// none starts here. The row goes with its article (the trigger).
import type { Migration } from './migration';

export const migration018: Migration = {
  version: 18,
  name: 'search-pending',
  up(db) {
    db.exec(`
      CREATE TABLE search_pending (
        id       TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        problem  TEXT
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER search_pending_delete AFTER DELETE ON articles BEGIN
        DELETE FROM search_pending WHERE id = old.id;
      END;
    `);
  },
};
