// Migration 3: publication settings, one row. Append-only: never edit a released migration.
// The row is inserted here, so a fresh database already has a sensible publication
// (the preview shows a masthead on first run) and reads never have to invent one.
import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'publication-settings',
  up(db) {
    db.exec(`
      CREATE TABLE publication_settings (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        publication_name TEXT NOT NULL CHECK (length(trim(publication_name)) > 0),
        site_url         TEXT NOT NULL DEFAULT '',
        default_byline   TEXT NOT NULL DEFAULT '',
        locale           TEXT NOT NULL DEFAULT 'en-US',
        theme            TEXT NOT NULL DEFAULT 'classic',
        updated_at       TEXT NOT NULL
      ) STRICT;
      INSERT INTO publication_settings (id, publication_name, site_url, default_byline, locale, theme, updated_at)
      VALUES (1, 'Copydesk News', '', '', 'en-US', 'classic', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `);
  },
};
