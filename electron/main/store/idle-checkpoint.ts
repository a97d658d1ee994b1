// The WAL copied into the database file between saves, not inside one. SQLite
// checkpoints in the commit that takes the WAL past wal_autocheckpoint (1,000
// pages): a save of a 5,000-paragraph body whose size changed writes ~380
// pages, so every third autosave also copied ~1,000 pages into the file and
// fsynced it, and the save p95 was that commit (bench/experiments/save-fixed.ts
// --growing --app-wal). Here a PASSIVE checkpoint runs a moment after the last
// write, after the search index's merge (search-merge.ts), while the
// journalist types the next words (autosaves are at least 750 ms apart); the
// next save then starts the WAL from its beginning. Durability is the same
// either way: a committed save is already fsynced in the WAL (synchronous =
// FULL), the checkpoint only moves it. SQLite's own autocheckpoint still
// applies whenever this has not run (the CLI, a burst of writes).
import type { Database } from 'better-sqlite3';

/** After the last write: past the search merge's 250 ms, so its pages go in the same checkpoint. */
export const CHECKPOINT_DELAY_MS = 400;

export interface IdleCheckpointOptions {
  db: Database;
  delayMs?: number;
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
      if (this.options.db.open) this.options.db.pragma('wal_checkpoint(PASSIVE)');
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
