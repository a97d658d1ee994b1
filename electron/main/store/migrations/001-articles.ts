// Migration 1: the articles table. Append-only: never edit a released migration.
import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id          TEXT PRIMARY KEY NOT NULL,
        slug        TEXT NOT NULL,
        headline    TEXT NOT NULL DEFAULT '',
        standfirst  TEXT NOT NULL DEFAULT '',
        byline      TEXT NOT NULL DEFAULT '',
        dateline    TEXT NOT NULL DEFAULT '',
        section     TEXT NOT NULL DEFAULT '',
        tags_json   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags_json)),
        status      TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'editing', 'ready', 'published')),
        body_json   TEXT NOT NULL CHECK (json_valid(body_json)),
        plain_text  TEXT NOT NULL DEFAULT '',
        word_count  INTEGER NOT NULL DEFAULT 0,
        revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX articles_updated_at ON articles (updated_at DESC);
    `);
  },
};
