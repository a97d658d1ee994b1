// Backups of the database in a `backups/` folder beside it, always through
// SQLite's online backup API (better-sqlite3's backup(): a consistent copy
// even while the app writes, never a raw copy of a live WAL file). Each copy
// is written under a temporary name, opened and checked (quick_check, our
// application id) and only then given its real name, so a copy in the folder
// is a copy that opens. Rolling ('auto') copies are thinned by
// backup-retention.ts; copies made by hand or before a restore are kept.
import { catchUpSearchText } from './search-catch-up';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors/app-error';
import { APPLICATION_ID } from './application-id';
import { LATEST_VERSION } from './migrations';
import { backupsToDelete, type BackupEntry } from './backup-retention';

export type BackupKind = BackupEntry['kind'];

export interface BackupInfo extends BackupEntry {
  file: string;
  bytes: number;
}

export const BACKUP_FOLDER = 'backups';
const NAME = /^(.+)-(\d{8}T\d{6}(?:\d{3})?Z)(?:-(manual|before-restore))?\.db$/;

export function backupFolder(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), BACKUP_FOLDER);
}

/** copydesk-20261201T090000123Z.db (auto), …-manual.db, …-before-restore.db: sortable, and the name says when. */
function backupName(dbPath: string, takenAt: Date, kind: BackupKind): string {
  const stamp = takenAt.toISOString().replace(/[-:.]/g, '');
  const base = path.basename(dbPath).replace(/\.db$/i, '');
  return `${base}-${stamp}${kind === 'auto' ? '' : `-${kind}`}.db`;
}

function parseStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(stamp)!;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +(m[7] ?? 0)));
}

/** The backups of this database, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupFolder(dbPath);
  const base = path.basename(dbPath).replace(/\.db$/i, '');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m || m[1] !== base) continue;
    const file = path.join(dir, name);
    found.push({ name, file, takenAt: parseStamp(m[2]!), kind: (m[3] as BackupKind | undefined) ?? 'auto', bytes: fs.statSync(file).size });
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

export interface TakeBackupOptions {
  kind?: BackupKind;
  now?: () => Date;
  /** Write here instead of the backups folder (copydesk backup --to FILE). */
  to?: string;
}

/** Copies the open database with the online backup API, verifies the copy, and thins the rolling ones. */
export async function takeBackup(db: Database.Database, dbPath: string, options: TakeBackupOptions = {}): Promise<BackupInfo> {
  const kind = options.kind ?? 'auto';
  const takenAt = (options.now ?? (() => new Date()))();
  const target = options.to ? path.resolve(options.to) : path.join(backupFolder(dbPath), backupName(dbPath, takenAt, kind));
  if (options.to && fs.existsSync(target)) throw new AppError('bad-request', `${target} already exists; choose a new file name for the backup.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    // A copy whole for any reader, its plain text and index in step: what the last saves left behind is written first.
    catchUpSearchText(db);
    await db.backup(partial);
    const problem = verifyBackup(partial, { settle: true });
    if (problem) throw new AppError('io-error', `The backup was written but did not check out (${problem}); it was not kept.`);
    fs.renameSync(partial, target);
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(partial + suffix, { force: true });
  }
  if (kind === 'auto' && !options.to) pruneBackups(dbPath);
  return { name: path.basename(target), file: target, takenAt, kind, bytes: fs.statSync(target).size };
}

/** Deletes the rolling backups the retention rule no longer keeps; returns their names. */
export function pruneBackups(dbPath: string): string[] {
  const all = listBackups(dbPath);
  const doomed = backupsToDelete(all) as BackupInfo[];
  for (const backup of doomed) fs.rmSync(backup.file, { force: true });
  return doomed.map((b) => b.name);
}

/**
 * null when `file` is a Copydesk database that opens and passes quick_check,
 * otherwise what is wrong. `settle` (for a fresh copy) also turns it into a
 * single self-contained file (rollback journal), so the backups folder holds
 * no -wal or -shm files.
 */
export function verifyBackup(file: string, options: { settle?: boolean } = {}): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: !options.settle, fileMustExist: true, timeout: 0 });
    if (options.settle) {
      db.pragma('journal_mode = DELETE');
      // A copy is not a running app: the session row of the app that made it must not outlive it.
      const sessions = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'app_sessions'").get();
      if (sessions) db.exec('DELETE FROM app_sessions');
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `quick_check: ${String(check)}`;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) return 'it is not a Copydesk database';
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) return `it was written by a newer Copydesk (database version ${version})`;
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/** The newest backup that opens and checks out, or null. */
export function newestGoodBackup(dbPath: string): BackupInfo | null {
  for (const backup of listBackups(dbPath)) if (verifyBackup(backup.file) === null) return backup;
  return null;
}

export interface RestoreResult {
  restored: string;
  /** Where the file it replaced was kept, or null when there was none. */
  keptAs: string | null;
}

/**
 * Puts `backupFile` in place of the database at `dbPath` (closed). The file
 * it replaces is kept first: copied into the backups folder through the
 * backup API, or — when it is too damaged to open — moved there as it is.
 */
export async function restoreBackup(dbPath: string, backupFile: string, options: { now?: () => Date } = {}): Promise<RestoreResult> {
  const source = path.resolve(backupFile);
  const problem = verifyBackup(source);
  if (problem) throw new AppError('bad-request', `${source} cannot be restored: ${problem}. Nothing was changed.`);
  const now = options.now ?? (() => new Date());
  const keptAs = fs.existsSync(dbPath) ? await keepCurrent(dbPath, now()) : null;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(dbPath);
  } finally {
    from.close();
  }
  return { restored: source, keptAs };
}

async function keepCurrent(dbPath: string, takenAt: Date): Promise<string> {
  const target = path.join(backupFolder(dbPath), backupName(dbPath, takenAt, 'before-restore'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let current: Database.Database | undefined;
  try {
    current = new Database(dbPath, { fileMustExist: true, timeout: 0 });
    // A damaged file is moved as it is, not copied page by page: the copy would not be the same bytes.
    if (current.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('damaged');
    await current.backup(target);
    verifyBackup(target, { settle: true });
    return target;
  } catch {
    current?.close();
    current = undefined;
    // Too damaged to copy page by page: keep the bytes exactly as they are (the WAL with it).
    for (const suffix of ['', '-wal']) if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, target + suffix);
    return target;
  } finally {
    current?.close();
  }
}
