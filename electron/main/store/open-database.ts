// Opens (or creates) the one SQLite file that holds a journalist's work.
// A file that is not ours, or was written by a newer Copydesk, is refused
// before anything writes to it, so the bytes on disk stay exactly as they were.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION } from './migrations';
import { migrate } from './migrate';
import { APPLICATION_ID } from './application-id';

export class StoreOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (fs.existsSync(file)) {
    inspectExisting(file, binding);
  } else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const db = new Database(file, binding);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a committed save survives power loss, not just an app crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function inspectExisting(file: string, binding: { nativeBinding?: string }): void {
  let db: Database.Database;
  try {
    db = new Database(file, { ...binding, readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreOpenError(`Cannot open the database ${file}: ${(error as Error).message}`);
  }
  try {
    let appId: number;
    let version: number;
    let tables: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
      version = db.pragma('user_version', { simple: true }) as number;
      tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
    } catch (error) {
      throw new StoreOpenError(`${file} is not a Copydesk database (${(error as Error).message}).`);
    }
    if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
      throw new StoreOpenError(`${file} is not a Copydesk database; it was left untouched.`);
    }
    if (version > LATEST_VERSION) {
      throw new StoreOpenError(
        `${file} was written by a newer Copydesk (database version ${version}); ` +
          `this Copydesk understands up to version ${LATEST_VERSION}. The file was left untouched — update Copydesk to open it.`,
      );
    }
  } finally {
    db.close();
  }
}
