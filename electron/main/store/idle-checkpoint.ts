// The WAL copied into the database file between saves, not inside one. SQLite
// checkpoints in the commit that takes the WAL past wal_autocheckpoint (1,000
// pages): a save of a 5,000-paragraph body whose size changed writes ~380
// pages, so every third autosave also copied ~1,000 pages into the file and
// fsynced it, and the save p95 was that commit (bench/experiments/save-fixed.ts
// --growing --app-wal). Here a PASSIVE checkpoint runs a moment after the last
// write, after the search index's merge (search-merge.ts), while the
// journalist types the next words (autosaves are at least 750 ms apart).
//
// Only once the WAL holds PENDING_PAGES or more: the first commit after a
// checkpoint restarts the WAL, and with synchronous = FULL SQLite syncs the
// new WAL header first — one fsync more, which a 50-paragraph autosave (8 to
// 23 pages) should not pay after every save. The count is read from the
// WAL-index (the -shm file, https://sqlite.org/walformat.html: mxFrame, the
// frames in the WAL, less nBackfill, those already checkpointed); when it
// cannot be read, nothing runs and SQLite's own autocheckpoint applies, as it
// does for the CLI and any other writer.
//
// Durability is the same either way: a committed save is already fsynced in
// the WAL, the checkpoint only moves it into the file.
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';

/** After the last write: past the search merge's 250 ms, so its pages go in the same checkpoint. */
export const CHECKPOINT_DELAY_MS = 400;
/** A quarter of wal_autocheckpoint: one long save, or some tens of short ones. */
export const PENDING_PAGES = 250;

/** Pages in the WAL not yet copied into the database file, from its WAL-index; null when it cannot be read. */
export function pendingWalPages(db: Database): number | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(`${db.name}-shm`, 'r');
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, header.length, 0) < header.length) return null;
    // Native byte order; version 3007000 in the first field is how a WAL-index of this layout says so.
    const le = header.readUInt32LE(0) === 3007000;
    if (!le && header.readUInt32BE(0) !== 3007000) return null;
    const mxFrame = le ? header.readUInt32LE(16) : header.readUInt32BE(16);
    const nBackfill = le ? header.readUInt32LE(96) : header.readUInt32BE(96);
    return Math.max(0, mxFrame - nBackfill);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface IdleCheckpointOptions {
  db: Database;
  delayMs?: number;
  /** Pages the WAL must hold for a checkpoint to run (default PENDING_PAGES). */
  minPages?: number;
  /** A checkpoint that failed (a full or read-only disk…): reported, never thrown at a save; the WAL keeps every save. */
  onError?: (error: unknown) => void;
}

export class IdleCheckpoint {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: IdleCheckpointOptions) {}

  /** Told after every write: the checkpoint runs once the writes pause. */
  changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), this.options.delayMs ?? CHECKPOINT_DELAY_MS);
  }

  /** The pending checkpoint now, if one is waiting (tests and benchmarks, between saves). */
  runNow(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    try {
      // PASSIVE never waits for another connection's readers or writers: what they hold is copied by a later one.
      const { db, minPages = PENDING_PAGES } = this.options;
      if (!db.open) return;
      const pending = pendingWalPages(db);
      if (pending !== null && pending >= minPages) db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** At quit: nothing left waiting (closing checkpoints the whole WAL anyway, services.ts). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
