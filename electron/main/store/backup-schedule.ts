// When the app takes a rolling backup: at most one an hour while the
// journalist is editing (the first change after an hour without a backup
// takes one), and one at quit when anything changed since the last. The
// clock is injected, so an hour of editing is simulated in a test.
import type Database from 'better-sqlite3';
import { listBackups, takeBackup, type BackupInfo } from './backups';

export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface BackupScheduleOptions {
  db: Database.Database;
  dbPath: string;
  now?: () => Date;
  /** A backup that failed (full disk…): reported, never thrown at the journalist's save. */
  onError?: (error: unknown) => void;
}

export class BackupSchedule {
  private last: number | null;
  private dirty = false;
  private running: Promise<BackupInfo | null> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: BackupScheduleOptions) {
    this.now = options.now ?? (() => new Date());
    const newest = listBackups(options.dbPath).find((b) => b.kind === 'auto');
    this.last = newest ? newest.takenAt.getTime() : null;
  }

  /** Told after every write the journalist made (a save, a delete, new settings). */
  changed(): void {
    this.dirty = true;
    if (this.running) return;
    if (this.last === null || this.now().getTime() - this.last >= BACKUP_INTERVAL_MS) void this.backup();
  }

  /** At quit: a last backup if anything changed since the previous one. Never rejects. */
  async quit(): Promise<BackupInfo | null> {
    if (this.running) await this.running;
    return this.dirty ? this.backup() : null;
  }

  /** The backup in progress, if any (tests wait for it). */
  idle(): Promise<unknown> {
    return this.running ?? Promise.resolve();
  }

  private backup(): Promise<BackupInfo | null> {
    this.dirty = false;
    this.last = this.now().getTime();
    this.running = takeBackup(this.options.db, this.options.dbPath, { kind: 'auto', now: this.now })
      .catch((error: unknown) => {
        this.dirty = true; // try again on the next change
        this.options.onError?.(error);
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
