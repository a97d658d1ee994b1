// Every error code that crosses a boundary (IPC results, the CLI's one-line
// messages), in one table. `machine` codes are failures of the computer — the
// disk, the file system, another program — not of Copydesk or of the input.
// Their words are written once, here, and used by the app, the CLI and
// dispatch alike (shared/errors/machine-errors.ts builds the sentence).
export interface MachineWords {
  /** Short, for the save status: "Not saved — {status}; your words are kept". */
  status: string;
  /** What happened, as the start of a sentence (the file's path may follow in brackets). */
  what: string;
  /** What to do about it. */
  todo: string;
}

const input = { machine: false } as const;

export const ERROR_TABLE = {
  'bad-request': input, // the payload did not match the contract, or went past a limit
  'not-found': input,
  conflict: input, // a save based on a revision that is no longer current
  forbidden: input, // the sender is not the app's own top frame
  'unknown-channel': input,
  unavailable: input, // the store is closed or being shut down; a feature this host lacks
  /** One stored article can no longer be read (its body does not parse); the rest of the file is fine. */
  damaged: input,
  internal: input,
  'disk-full': {
    machine: true,
    status: 'the disk is full',
    what: 'The disk that holds the database is full',
    todo: 'Free some space on it (empty the trash, move large files elsewhere), then try again.',
  },
  'read-only': {
    machine: true,
    status: 'the database is read-only',
    what: 'The database file or its folder is read-only',
    todo: 'Make it writable again (or move it to a writable folder and open it with --db), then try again.',
  },
  'permission-denied': {
    machine: true,
    status: 'Copydesk may not write to the database',
    what: 'This user account is not allowed to read or write the database file or its folder',
    todo: 'Give your account access to it (or open another file with --db), then try again.',
  },
  'path-is-folder': {
    machine: true,
    status: 'a folder is where the database should be',
    what: 'There is a folder where the database file should be',
    todo: 'Move that folder away, or open another file with --db.',
  },
  'path-not-folder': {
    machine: true,
    status: 'a file is where a folder should be',
    what: 'A file stands where a folder of the database path should be',
    todo: 'Move that file away, or open another file with --db.',
  },
  busy: {
    machine: true,
    status: 'the database is busy in another program',
    what: 'Another program is using the database and did not let go in time',
    todo: 'Wait a moment and try again; if it stays busy, close that program.',
  },
  'damaged-file': {
    machine: true,
    status: 'the database file is damaged',
    what: 'The database file is damaged',
    todo: 'Go back to a good backup: the app offers the newest one, or from a terminal use "copydesk backups" and "copydesk restore-backup" ("copydesk doctor" shows what is wrong).',
  },
  'io-error': {
    machine: true,
    status: 'the disk reported an error',
    what: 'The disk reported an error while reading or writing the database',
    todo: 'Check the disk (is it still connected, is it failing?), then try again.',
  },
  'cannot-open': {
    machine: true,
    status: 'the database cannot be opened',
    what: 'The database file cannot be opened',
    todo: 'Check that the path exists and is readable, or open another file with --db.',
  },
} as const satisfies Record<string, { machine: false } | ({ machine: true } & MachineWords)>;

export type ErrorCode = keyof typeof ERROR_TABLE;
export const ERROR_CODES = Object.keys(ERROR_TABLE) as [ErrorCode, ...ErrorCode[]];

export type MachineErrorCode = {
  [C in ErrorCode]: (typeof ERROR_TABLE)[C] extends { machine: true } ? C : never;
}[ErrorCode];

export function isMachineCode(code: string): code is MachineErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_TABLE, code) && ERROR_TABLE[code as ErrorCode].machine;
}

export function machineWords(code: MachineErrorCode): MachineWords {
  return ERROR_TABLE[code];
}
