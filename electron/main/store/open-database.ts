// Opens (or creates) the one SQLite file that holds a journalist's work.
// A file that is not ours, or was written by a newer Copydesk, is refused
// before anything writes to it, so the bytes on disk stay exactly as they were.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { migrate } from './migrate';
import { APPLICATION_ID } from './application-id';
import { explainFailure } from './explain-failure';
import { applyInjectedFaults } from './fault-injection';
import { classifyMachineError } from '../../../shared/errors/machine-errors';

/**
 * How long a statement waits for another program's lock before giving up with
 * 'busy'. Bounded, so a held lock is said in seconds, not after a cascade of
 * waits (open, write, checkpoint each waited 5 s before).
 */
export const BUSY_WAIT_MS = 3000;

export class StoreOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export interface OpenOptions {
  /** For tests: the migration list to bring the file up to. */
  migrations?: readonly Migration[];
}

/**
 * Opens the store, or throws a StoreOpenError (not ours, too new) or an
 * AppError with a machine code (disk full, read-only, locked…) saying what to do.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  try {
    return openOrThrow(file, options);
  } catch (error) {
    throw explainFailure(error, { dbPath: file }) ?? error;
  }
}

function openOrThrow(file: string, options: OpenOptions): Database.Database {
  if (fs.existsSync(file)) {
    inspectExisting(file);
  } else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const db = new Database(file, { timeout: BUSY_WAIT_MS });
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a committed save survives power loss, not just an app crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
    const migrations = options.migrations ?? MIGRATIONS;
    snapshotBeforeUpgrade(db, file, migrations[migrations.length - 1]?.version ?? 0);
    migrate(db, migrations);
    applyInjectedFaults(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Before an upgrade changes the schema of a database that already holds
 * work, keep a consistent copy beside it ("copydesk.db.v1-backup"), so a bad
 * migration can never cost a journalist their archive. VACUUM INTO is
 * SQLite's own consistent snapshot (never a raw file copy of a live WAL
 * database) and, unlike better-sqlite3's backup(), runs synchronously here.
 */
function snapshotBeforeUpgrade(db: Database.Database, file: string, latest: number): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0 || version >= latest) return;
  const backup = `${file}.v${version}-backup`;
  if (fs.existsSync(backup)) return; // an earlier, interrupted upgrade already kept one
  db.prepare('VACUUM INTO ?').run(backup);
}

/**
 * Decides whether an existing file may be opened for writing, without
 * writing anything — not even the -wal/-shm files a read-only SQLite
 * connection leaves behind. The SQLite header holds all we need
 * (https://sqlite.org/fileformat.html#the_database_header).
 */
function inspectExisting(file: string): void {
  const header = readHeader(file);
  if (header.length === 0) return; // an empty file is an empty database
  if (header.length < 105 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') {
    throw new StoreOpenError(`${file} is not a Copydesk database (it is not an SQLite file); it was left untouched.`);
  }
  let facts: DbFacts = {
    appId: header.readUInt32BE(68),
    version: header.readUInt32BE(60),
    // Cells on page 1 = entries in sqlite_schema (tables, indexes…).
    hasSchema: header.readUInt16BE(103) > 0 || header.readUInt32BE(28) > 1,
  };
  // With unmerged WAL frames the header may be stale: ask SQLite itself.
  // (The -wal and -shm files already exist then, so nothing new is left behind.)
  if (header[18] === 2 && fileSize(`${file}-wal`) > 0) facts = readFactsWithSqlite(file);
  judge(file, facts);
}

interface DbFacts {
  appId: number;
  version: number;
  hasSchema: boolean;
}

function judge(file: string, { appId, version, hasSchema }: DbFacts): void {
  if (appId !== APPLICATION_ID && (appId !== 0 || hasSchema)) {
    throw new StoreOpenError(`${file} is not a Copydesk database; it was left untouched.`);
  }
  if (version > LATEST_VERSION) {
    throw new StoreOpenError(
      `${file} was written by a newer Copydesk (database version ${version}); ` +
        `this Copydesk understands up to version ${LATEST_VERSION}. The file was left untouched — update Copydesk to open it.`,
    );
  }
}

function readHeader(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if (classifyMachineError(error)) throw error; // a folder, a forbidden file…: said by explainFailure
    throw new StoreOpenError(`Cannot open the database ${file}: ${(error as Error).message}`);
  }
  try {
    const buffer = Buffer.alloc(108);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function readFactsWithSqlite(file: string): DbFacts {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_WAIT_MS });
  } catch (error) {
    if (classifyMachineError(error)) throw error;
    throw new StoreOpenError(`Cannot open the database ${file}: ${(error as Error).message}`);
  }
  try {
    return {
      appId: db.pragma('application_id', { simple: true }) as number,
      version: db.pragma('user_version', { simple: true }) as number,
      hasSchema: (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n > 0,
    };
  } catch (error) {
    if (classifyMachineError(error)) throw error;
    throw new StoreOpenError(`${file} is not a Copydesk database (${(error as Error).message}).`);
  } finally {
    db.close();
  }
}
