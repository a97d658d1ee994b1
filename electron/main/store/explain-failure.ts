// The main process's half of "errors from the machine" (DESIGN §9): the pure
// mapping in shared/errors/machine-errors.ts, plus what only this side can find
// out — which part of the database path is wrong (SQLite says only "unable to
// open database file") and who holds the lock (app_sessions). Used by dispatch
// (the app), the CLI and openDatabase, so each failure has one wording.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MachineErrorCode } from '../../../shared/errors/error-codes';
import { classifyMachineError, machineError } from '../../../shared/errors/machine-errors';
import { AppError } from '../../../shared/errors/app-error';
import { openApps } from './app-session';

export interface FailureContext {
  /** The database file the failure happened on. */
  dbPath?: string;
  /** Its open connection, if there is one (to ask app_sessions who else has it open). */
  db?: Database.Database;
}

// Codes whose real cause is usually visible on the path itself.
const PROBED: ReadonlySet<MachineErrorCode> = new Set(['cannot-open', 'io-error', 'read-only', 'permission-denied', 'path-is-folder', 'path-not-folder']);

/** The typed error for a failure of the machine, or null when `error` is something else (a bug). */
export function explainFailure(error: unknown, context: FailureContext = {}): AppError | null {
  if (error instanceof AppError) return error;
  let code = classifyMachineError(error);
  if (!code) return null;
  let file = errnoPath(error) ?? context.dbPath;
  if (PROBED.has(code) && context.dbPath) {
    const found = probePath(context.dbPath, code);
    if (found) ({ code, file } = found);
  }
  const holder = code === 'busy' && context.dbPath ? otherHolder(context) : undefined;
  return machineError(code, { file, holder });
}

function errnoPath(error: unknown): string | undefined {
  const p = (error as { path?: unknown }).path;
  return typeof p === 'string' ? p : undefined;
}

/**
 * Looks along the database path for the usual culprits, without writing:
 * a folder where the file should be, a file where a folder should be, a
 * read-only or forbidden file or folder.
 */
export function probePath(dbPath: string, reported?: MachineErrorCode): { code: MachineErrorCode; file: string } | null {
  const file = path.resolve(dbPath);
  const self = statOrNull(file);
  if (self?.isDirectory()) return { code: 'path-is-folder', file };
  let dir = path.dirname(file);
  for (;;) {
    const stat = statOrNull(dir);
    if (stat && !stat.isDirectory()) return { code: 'path-not-folder', file: dir };
    if (stat) break;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  // The folder must be writable too: SQLite keeps its -wal and -shm files beside the database.
  // Not allowed in at all is "permission denied"; allowed to read but not to write is "read-only".
  const denied =
    accessProblem(dir, fs.constants.X_OK, 'permission-denied') ??
    (self ? accessProblem(file, fs.constants.R_OK, 'permission-denied') ?? accessProblem(file, fs.constants.W_OK, 'read-only') : null) ??
    accessProblem(dir, fs.constants.W_OK, 'read-only');
  if (denied) return { code: denied.code, file: denied.path };
  // A full disk often shows up only as an I/O error: SQLite cannot grow its -shm file (SQLITE_IOERR_SHMSIZE).
  if ((reported === 'io-error' || reported === 'cannot-open') && freeBytes(dir) < NEARLY_FULL_BYTES) return { code: 'disk-full', file };
  return null;
}

/** Less free space than this, and an I/O error is taken to be the full disk. */
const NEARLY_FULL_BYTES = 256 * 1024;

function freeBytes(dir: string): number {
  try {
    const { bavail, bsize } = fs.statfsSync(dir);
    return Number(bavail) * Number(bsize);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

function accessProblem(p: string, mode: number, forbidden: MachineErrorCode): { code: MachineErrorCode; path: string } | null {
  try {
    fs.accessSync(p, mode);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS') return { code: 'read-only', path: p };
    if (code === 'EACCES' || code === 'EPERM') return { code: forbidden, path: p };
    return null;
  }
}

/** "Copydesk on desk-7 (process 812, since …)", when app_sessions knows who has the file open. */
function otherHolder({ db, dbPath }: FailureContext): string | undefined {
  const apps = readOpenApps(db, dbPath!);
  if (!apps || apps.length === 0) return undefined;
  return apps.map((a) => `Copydesk on ${a.host} (process ${a.pid}, since ${a.startedAt})`).join(' and ');
}

function readOpenApps(db: Database.Database | undefined, dbPath: string) {
  // A second, read-only look that does not wait: a busy database must not make the answer slow too.
  let own: Database.Database | undefined;
  try {
    const conn = db?.open ? db : (own = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: 0 }));
    const before = conn.pragma('busy_timeout', { simple: true }) as number;
    conn.pragma('busy_timeout = 0');
    try {
      return openApps(conn);
    } finally {
      conn.pragma(`busy_timeout = ${before}`);
    }
  } catch {
    return null; // locked even for readers, or no app_sessions yet: say nothing rather than guess
  } finally {
    own?.close();
  }
}
