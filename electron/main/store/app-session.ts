// The running app records itself in app_sessions (migration 5) while it has
// the database open, so the CLI can refuse what is only safe with the app
// closed (`gc --all-unused`). A row is not trusted blindly: a crashed app
// leaves its row behind, so on this machine a row counts only while its
// process is alive, and the app clears this machine's old rows when it starts
// (one app per machine: Electron's single-instance lock). A row from another
// machine (a database on a shared drive) cannot be checked and counts.
import os from 'node:os';
import { nodeCrypto } from '../lazy-builtins';
import type { Database } from 'better-sqlite3';

export interface AppSession {
  /** The app is closing the database: forget it. */
  end(): void;
}

export interface OpenApp {
  host: string;
  pid: number;
  startedAt: string;
}

export function beginAppSession(db: Database, options: { host?: string; pid?: number; now?: () => Date } = {}): AppSession {
  const host = options.host ?? os.hostname();
  const id = nodeCrypto().randomUUID();
  db.transaction(() => {
    db.prepare('DELETE FROM app_sessions WHERE host = ?').run(host);
    db.prepare('INSERT INTO app_sessions (id, host, pid, started_at) VALUES (?, ?, ?, ?)').run(
      id,
      host,
      options.pid ?? process.pid,
      (options.now?.() ?? new Date()).toISOString(),
    );
  })();
  return {
    end() {
      if (db.open) db.prepare('DELETE FROM app_sessions WHERE id = ?').run(id);
    },
  };
}

/** The apps that have this database open now, as far as can be told. */
export function openApps(db: Database, options: { host?: string; isAlive?(pid: number): boolean } = {}): OpenApp[] {
  const host = options.host ?? os.hostname();
  const isAlive = options.isAlive ?? processIsAlive;
  const rows = db.prepare('SELECT host, pid, started_at AS startedAt FROM app_sessions ORDER BY started_at').all() as OpenApp[];
  return rows.filter((row) => row.host !== host || isAlive(row.pid));
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it just is not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
