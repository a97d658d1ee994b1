// The fault-injection point for tests (README, "Errors from the machine"):
// makes every write to one database fail exactly as SQLite fails on a full
// disk, a read-only file or a failing disk — with a real SqliteError carrying
// SQLite's own code and message, raised inside the statement, so the
// transaction rolls back and the error travels the same road as a real one
// (store → dispatch or CLI → explainFailure → the sentence).
//
// It sits in the one place every write passes: the connection itself. A
// temporary trigger on each table calls a function that throws; nothing in the
// stores knows about it, and nothing is written to the file (TEMP objects
// live only in this connection). Used where a real full or read-only disk
// cannot be had (a small tmpfs needs root): the end-to-end save-status test,
// and in-process runs of the CLI.
import path from 'node:path';
import Database from 'better-sqlite3';

export type InjectedFault = 'disk-full' | 'read-only' | 'io-error';

const SQLITE_FAILURE: Record<InjectedFault, { code: string; message: string }> = {
  'disk-full': { code: 'SQLITE_FULL', message: 'database or disk is full' },
  'read-only': { code: 'SQLITE_READONLY', message: 'attempt to write a readonly database' },
  'io-error': { code: 'SQLITE_IOERR_WRITE', message: 'disk I/O error' },
};

const FUNCTION = 'copydesk_injected_fault';
const TRIGGER_PREFIX = 'copydesk_fault_';

/** Faults waiting for a database that is not open yet (an in-process CLI run opens its own). */
const byPath = new Map<string, InjectedFault>();

/**
 * From now on every INSERT, UPDATE and DELETE on `db` fails with `fault`.
 * Returns the function that lifts it again.
 */
export function injectFault(db: Database.Database, fault: InjectedFault): () => void {
  const { code, message } = SQLITE_FAILURE[fault];
  db.function(FUNCTION, { varargs: false, deterministic: false }, () => {
    throw new Database.SqliteError(message, code);
  });
  const all = db
    .prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string; sql: string }[];
  // A virtual table (the search index) and its shadow tables take no trigger; every write to it comes with one to a plain table.
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const tables = all.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
  for (const table of tables) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS "${TRIGGER_PREFIX}${table}_${event.toLowerCase()}" BEFORE ${event} ON main."${table}" ` +
          `BEGIN SELECT ${FUNCTION}(); END`,
      );
    }
  }
  return () => {
    if (!db.open) return;
    const triggers = db
      .prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE ?")
      .pluck()
      .all(`${TRIGGER_PREFIX}%`) as string[];
    for (const name of triggers) db.exec(`DROP TRIGGER temp."${name}"`);
  };
}

/** The fault is injected into the database at `file` when it is next opened in this process (openDatabase). */
export function injectFaultOnOpen(file: string, fault: InjectedFault): () => void {
  const key = path.resolve(file);
  byPath.set(key, fault);
  return () => byPath.delete(key);
}

/** Called by openDatabase once the file is migrated. */
export function applyInjectedFaults(db: Database.Database, file: string): void {
  const fault = byPath.get(path.resolve(file));
  if (fault) injectFault(db, fault);
}
