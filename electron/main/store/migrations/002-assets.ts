// Migration 2: photos as content-addressed assets. The key is the sha256 of
// the bytes, so the same photo added twice is stored once, and an article body
// refers to a photo by digest (photo.attrs.asset) rather than by file path.
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'assets',
  up(db) {
    db.exec(`
      CREATE TABLE assets (
        sha256      TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        mime        TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif')),
        size        INTEGER NOT NULL CHECK (size > 0),
        bytes       BLOB NOT NULL CHECK (length(bytes) = size),
        created_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
