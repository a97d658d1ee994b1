// Migration 4: when an article last stopped using a photo. Append-only: never
// edit a released migration.
//
// Unused photos are collected only after a grace period, because the app's undo
// history can still bring a removed photo back. Measured from when the photo was
// *added* (migration 2's created_at), a photo added days ago and removed a minute
// ago was collectable at once — and undo would bring back a photo with no image.
// released_at is set by every save or delete that drops the last use of a photo
// in that article; the grace period runs from the later of the two.
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'asset-released-at',
  up(db) {
    db.exec(`ALTER TABLE assets ADD COLUMN released_at TEXT CHECK (released_at IS NULL OR length(released_at) > 0);`);
  },
};
