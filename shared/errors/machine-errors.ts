// Recognizes a failure of the machine (SQLite's result codes, Node's errno
// codes) and turns it into an AppError whose message says what happened and
// what to do. Pure: it reads only the error's `code`, `syscall` and message,
// so the main process, the CLI and the tests share it. The words are in
// error-codes.ts; the main process adds what only it can find out (which
// part of the path is wrong, who holds the lock) in
// electron/main/store/explain-failure.ts.
import { machineWords, type MachineErrorCode } from './error-codes';
import { AppError } from './app-error';

export interface MachineContext {
  /** The database (or other) file the failure is about. */
  file?: string;
  /** Who else has the database open, when that is known ("Copydesk on desk-7, process 812"). */
  holder?: string;
}

// SQLite's primary result codes (https://sqlite.org/rescode.html); extended
// codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT…) share their primary's prefix.
const SQLITE_PRIMARY: Record<string, MachineErrorCode> = {
  SQLITE_FULL: 'disk-full',
  SQLITE_READONLY: 'read-only',
  SQLITE_PERM: 'permission-denied',
  SQLITE_AUTH: 'permission-denied',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_CORRUPT: 'damaged-file',
  SQLITE_NOTADB: 'damaged-file',
  SQLITE_IOERR: 'io-error',
  SQLITE_CANTOPEN: 'cannot-open',
};

const SQLITE_EXTENDED: Record<string, MachineErrorCode> = {
  SQLITE_CANTOPEN_ISDIR: 'path-is-folder',
  SQLITE_IOERR_SHMOPEN: 'read-only', // the -shm file beside the database cannot be created
  SQLITE_READONLY_CANTINIT: 'read-only',
};

const ERRNO: Record<string, MachineErrorCode> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EISDIR: 'path-is-folder',
  ENOTDIR: 'path-not-folder',
  EIO: 'io-error',
};

// Errors that lost their code on the way (wrapped, or re-thrown as plain Errors).
const MESSAGES: [RegExp, MachineErrorCode][] = [
  [/database or disk is full|no space left on device/i, 'disk-full'],
  [/attempt to write a readonly database|read-only file system/i, 'read-only'],
  [/database (table )?is locked/i, 'busy'],
  [/database disk image is malformed|file is not a database/i, 'damaged-file'],
];

/** Which machine failure this is, or null when it is not one (a bug, bad input). */
export function classifyMachineError(error: unknown): MachineErrorCode | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, syscall, message } = error as { code?: unknown; syscall?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code in SQLITE_EXTENDED) return SQLITE_EXTENDED[code]!;
    const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0];
    if (primary && primary in SQLITE_PRIMARY) return SQLITE_PRIMARY[primary]!;
    if (code in ERRNO) return ERRNO[code]!;
    // mkdir -p through a path where a file stands where a folder should be.
    if (code === 'EEXIST' && syscall === 'mkdir') return 'path-not-folder';
  }
  if (typeof message === 'string') {
    for (const [pattern, kind] of MESSAGES) if (pattern.test(message)) return kind;
  }
  return null;
}

/** The one sentence for a machine failure: what happened (where, who), then what to do. */
export function machineMessage(code: MachineErrorCode, context: MachineContext = {}): string {
  const words = machineWords(code);
  const where = context.file ? ` (${context.file})` : '';
  const who = context.holder ? ` — it is open in ${context.holder}` : '';
  return `${words.what}${where}${who}. ${words.todo}`;
}

export function machineError(code: MachineErrorCode, context: MachineContext = {}): AppError {
  return new AppError(code, machineMessage(code, context));
}

/** The typed error for a machine failure, or null when `error` is not one. An AppError is returned as it is. */
export function machineErrorFrom(error: unknown, context: MachineContext = {}): AppError | null {
  if (error instanceof AppError) return error;
  const code = classifyMachineError(error);
  return code ? machineError(code, context) : null;
}
