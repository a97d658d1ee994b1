// The headless `copydesk` command: the same services as the desktop app, no Electron.
import fs from 'node:fs';
import { resolveDbPath } from '../main/db-path';
import { openServices, type Services } from '../main/services';
import { StoreOpenError } from '../main/store/open-database';
import { explainFailure } from '../main/store/explain-failure';
import { AppError } from '../../shared/errors/app-error';
import { CliError, UsageError } from './cli-error';
import type { CliIO } from './command';
import { loadAllCommands, loadCommand } from './commands';

export async function usage(): Promise<string> {
  const COMMANDS = await loadAllCommands();
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Usage: copydesk <command> [options] [--db PATH [--create]]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'The database is --db PATH, else $COPYDESK_DB, else copydesk.db in the Copydesk user-data folder.',
    'A database named by --db or $COPYDESK_DB must exist unless --create is given; the default one is made on first use.',
    'An article ID may be shortened to any part of its start that is at least 6 characters long and belongs to one article.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(await usage());
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`copydesk: unknown command "${name}". Run "copydesk --help" for the list.\n`);
    return 2;
  }
  let services: Services | undefined;
  let dbPath: string | undefined;
  let status: number;
  try {
    // Taken here, not imported: node:util's module object materialises every
    // lazy export (worker_threads among them) when a bundle enumerates it.
    const { parseArgs } = process.getBuiltinModule('node:util');
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, db: { type: 'string' }, create: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const { db: flag, create, ...flags } = values as Record<string, string | boolean | undefined>;
    dbPath = resolveDbPath({ flag: flag as string | undefined, env });
    const path = dbPath;
    const named = Boolean(flag) || Boolean(env.COPYDESK_DB);
    const code = await command.run(positionals, flags, {
      io,
      dbPath: path,
      services: () => {
        // A mistyped --db would otherwise open a new, empty library that looks like lost work.
        if (!services && named && !create && !fs.existsSync(path)) throw missingDatabase(path, flag ? '--db' : '$COPYDESK_DB');
        return (services ??= openServices(path));
      },
    });
    status = typeof code === 'number' ? code : 0;
  } catch (error) {
    io.stderr(`copydesk ${name}: ${messageOf(error, services ? services.explain(error) : explainFailure(error, { dbPath }))}\n`);
    status = error instanceof CliError ? error.exitCode : isUsageProblem(error) ? 2 : 1;
  }
  // Closing never throws. A checkpoint it could not run loses nothing (the WAL keeps every save);
  // it is worth a note only when the command itself worked, or the line above already said why.
  const closeProblem = services?.close() ?? null;
  if (closeProblem && status === 0) io.stderr(`copydesk ${name}: note: ${closeProblem.message}\n`);
  return status;
}

function missingDatabase(path: string, source: string): CliError {
  return new CliError(`There is no database at ${path} (from ${source}). Check the path, or add --create to start a new, empty one there.`);
}

function messageOf(error: unknown, machine: AppError | null): string {
  if (error instanceof CliError || error instanceof AppError || error instanceof StoreOpenError) return error.message;
  if (machine) return machine.message;
  if (isUsageProblem(error)) return `${(error as Error).message}. Run "copydesk --help".`;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

function isUsageProblem(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
}
