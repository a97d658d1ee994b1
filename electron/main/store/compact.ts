// Giving freed space back to the disk. SQLite reuses the pages of deleted rows
// (removed photos) for new ones but never shrinks the file by itself; VACUUM
// rewrites it compactly. It needs the database to itself, so it is run on
// request only (copydesk gc --compact), never behind the journalist's back.
import type { Database } from 'better-sqlite3';

export interface Compaction {
  /** Size of the database in bytes before and after. */
  before: number;
  after: number;
}

function databaseBytes(db: Database): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return pages * size;
}

export function compactDatabase(db: Database): Compaction {
  const before = databaseBytes(db);
  db.exec('VACUUM');
  // Fold the rewrite into the main file now, so the file on disk is the smaller one.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { before, after: databaseBytes(db) };
}
