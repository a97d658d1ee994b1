// Migration 16: "Mark correct here" (issue 18) — the copy-check flags the desk
// accepted in an article, remembered with it. Append-only: never edit a
// released migration. Adds a table and a trigger only.
//
// A row is one accepted flag keyed by what it is, not where it is (scope,
// rule, the flagged text and its neighbouring words; see
// shared/checks/accepted-flag.ts for why), so it survives edits elsewhere and
// stops matching once the flagged text changes. Rows go with their article:
// the foreign key refuses a row for no article and cascades while
// foreign_keys is on (every connection Copydesk opens), and the trigger
// deletes them whoever deletes the article, as for versions (migration 008).
// Spiking keeps them (an article back from the spike is as it was).
import type { Migration } from './migration';

export const migration016: Migration = {
  version: 16,
  name: 'accepted-flags',
  up(db) {
    db.exec(`
      CREATE TABLE accepted_flags (
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        scope       TEXT NOT NULL CHECK (scope IN ('headline', 'standfirst', 'body', 'caption')),
        rule        TEXT NOT NULL CHECK (length(rule) BETWEEN 1 AND 80),
        text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
        before      TEXT NOT NULL CHECK (length(before) <= 40),
        after       TEXT NOT NULL CHECK (length(after) <= 40),
        accepted_at TEXT NOT NULL CHECK (length(accepted_at) > 0),
        PRIMARY KEY (article_id, scope, rule, text, before, after)
      ) WITHOUT ROWID;
      CREATE TRIGGER accepted_flags_delete AFTER DELETE ON articles
      BEGIN
        DELETE FROM accepted_flags WHERE article_id = old.id;
      END;
    `);
  },
};
