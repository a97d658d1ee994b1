import type { Services } from '../main/services';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
}

export interface CommandContext {
  io: CliIO;
  /** The database file the command works on (--db, $COPYDESK_DB or the default), resolved but not opened. */
  dbPath: string;
  /** Opens the store on first use, so a command can refuse bad input before touching the database. */
  services: () => Services;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Flags this command takes, as node:util parseArgs options. */
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** Resolves to the exit code when it is not 0 without being an error (doctor found problems and said so). */
  run(positionals: string[], flags: Record<string, string | boolean | undefined>, ctx: CommandContext): Promise<void | number> | void | number;
}
