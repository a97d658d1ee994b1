// Migration 17: settings of the person at this computer, not of the
// publication (issue 18, editorial notes). Append-only: never edit a released
// migration. One row, like publication_settings.
//
// user_settings.note_initials are the initials put on every editorial note
// made here ("JB"); '' means none were given, and a note then takes the
// initials of the article's byline, or none — a missing setting never stops a
// note being made. The row is inserted here, so reads never invent one.
import type { Migration } from './migration';

export const migration017: Migration = {
  version: 17,
  name: 'user-settings',
  up(db) {
    db.exec(`
      CREATE TABLE user_settings (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        note_initials TEXT NOT NULL DEFAULT '' CHECK (length(note_initials) <= 12),
        updated_at    TEXT NOT NULL
      ) STRICT;
      INSERT INTO user_settings (id, note_initials, updated_at) VALUES (1, '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `);
  },
};
