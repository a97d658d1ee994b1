// Migration 5: which Copydesk apps have this database open. Append-only: never
// edit a released migration.
//
// `copydesk gc --all-unused` removes photos that only the open app's undo
// history may still want; it must refuse while the app is running. The app
// records itself here while it runs (electron/main/store/app-session.ts).
import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  name: 'app-sessions',
  up(db) {
    db.exec(`
      CREATE TABLE app_sessions (
        id TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL CHECK (pid > 0),
        started_at TEXT NOT NULL CHECK (length(started_at) > 0)
      ) STRICT;
    `);
  },
};
