// FTS5 merges its index segments inside the write that tips a level over
// 'automerge' (4 segments): every save adds a level-0 segment, so about one
// autosave in twenty carried a merge and wrote 40-45 WAL pages instead of 25
// (bench/experiments/save-merge.ts) — the save p95. Here the app merges
// between saves instead: a bounded FTS5 'merge' a moment after the last
// write, while the journalist types the next words (autosaves are at least
// 750 ms apart), so the levels never fill up inside a save. A merge changes
// how the index is laid out, never what it finds. The CLI and other writers
// keep FTS5's own automerge, which still applies whenever this has not run.
import type { Database } from 'better-sqlite3';

/** Pages of merge work per run: a few milliseconds, and more than a save adds (a 50-paragraph save's segment is ~10). */
export const MERGE_PAGES = 100;
/** After the last write: long enough to let a burst of writes (an import, a restore) finish first. */
export const MERGE_DELAY_MS = 250;

/**
 * One bounded merge of the index: with a negative count FTS5 merges any level
 * holding more than one segment, up to that many pages, in its own transaction.
 */
export function mergeSearchSegments(db: Database, pages = MERGE_PAGES): void {
  db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('merge', ?)").run(-pages);
}

export interface IdleSearchMergeOptions {
  db: Database;
  delayMs?: number;
  /** A merge that failed (a full disk…): reported, never thrown at a save; the next write tries again. */
  onError?: (error: unknown) => void;
}

export class IdleSearchMerge {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: IdleSearchMergeOptions) {}

  /** Told after every write: the merge runs once the writes pause. */
  changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), this.options.delayMs ?? MERGE_DELAY_MS);
  }

  /** The pending merge now, if one is waiting (tests and benchmarks, between saves). */
  runNow(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    try {
      if (this.options.db.open) mergeSearchSegments(this.options.db);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** At quit: nothing left waiting (the file is about to close). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
