// FTS5 merges its index segments inside the write that tips a level over
// 'automerge' (4 segments): every save adds a level-0 segment, so about one
// autosave in twenty carried a merge and wrote 40-45 WAL pages instead of 25
// (bench/experiments/save-merge.ts) — the save p95. Here the app merges
// between saves instead: a bounded FTS5 'merge' a moment after the last
// write, while the journalist types the next words (autosaves are at least
// 750 ms apart), so the levels never fill up inside a save. A merge changes
// how the index is laid out, never what it finds. The CLI and other writers
// keep FTS5's own automerge, which still applies whenever this has not run.
//
// Since migration 018 the same pause first catches up the search text the
// saves left behind (search-catch-up.ts), a few articles per timer turn so
// that an IPC call waiting meanwhile is served between steps; the merge runs
// once nothing is waiting.
import type { Database } from 'better-sqlite3';
import { CATCH_UP_STEP } from './search-catch-up';

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

/** What the pause catches up before merging (SearchCatchUp). */
export interface PendingSearchText {
  waiting(): boolean;
  step(limit?: number): number;
  catchUp(): void;
}

export interface IdleSearchMergeOptions {
  db: Database;
  /** The articles' search text written behind the saves: caught up before the merge. */
  pending?: PendingSearchText;
  delayMs?: number;
  /** A catch-up or merge that failed (a full disk…): reported, never thrown at a save; the next write tries again. */
  onError?: (error: unknown) => void;
}

export class IdleSearchMerge {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: IdleSearchMergeOptions) {}

  /** Told after every write (and at start-up): the catch-up and the merge run once the writes pause. */
  changed(): void {
    this.schedule(this.options.delayMs ?? MERGE_DELAY_MS);
  }

  /** The pending catch-up and merge now, if one is waiting (tests and benchmarks, between saves). */
  runNow(): void {
    if (!this.timer) return;
    this.clear();
    this.attempt(() => {
      this.options.pending?.catchUp();
      mergeSearchSegments(this.options.db);
    });
  }

  private schedule(delayMs: number): void {
    this.clear();
    this.timer = setTimeout(() => this.turn(), delayMs);
  }

  /** One timer turn: a bounded step of catch-up, then another turn at once if more waits, else the merge. */
  private turn(): void {
    this.timer = null;
    const pending = this.options.pending;
    this.attempt(() => {
      if (pending?.waiting()) {
        pending.step(CATCH_UP_STEP);
        if (pending.waiting()) return this.schedule(0);
      }
      mergeSearchSegments(this.options.db);
    });
  }

  private attempt(work: () => void): void {
    try {
      if (this.options.db.open) work();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** At quit: nothing left waiting (the file is about to close). */
  dispose(): void {
    this.clear();
  }
}
