// `copydesk restore-backup FILE`: puts a backup in place of the database.
// The file it replaces is kept first (a backup of it, or the damaged file
// itself), and it refuses while the app has the database open (app_sessions).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from '../command';
import { CliError } from '../cli-error';
import { requireOne } from './positionals';
import { backupFolder, restoreBackup } from '../../main/store/backups';
import { openApps } from '../../main/store/app-session';

export const restoreBackupCommand: Command = {
  name: 'restore-backup',
  usage: 'restore-backup FILE',
  summary: 'Replace the database with a backup (the current file is kept as a backup first; not while the app is open)',
  options: {},
  async run(positionals, _flags, { io, dbPath }) {
    const given = requireOne(positionals, 'the backup file to restore', 'restore-backup FILE');
    const file = resolveBackup(given, io.cwd, dbPath);
    refuseWhileAppIsOpen(dbPath);
    const { restored, keptAs } = await restoreBackup(dbPath, file);
    io.stdout(`Restored ${restored} as ${dbPath}.${keptAs ? ` The file it replaced is kept as ${keptAs}.` : ''}\n`);
  },
};

/** A path, or just the name shown by `copydesk backups`. */
function resolveBackup(given: string, cwd: string, dbPath: string): string {
  const direct = path.resolve(cwd, given);
  if (fs.existsSync(direct)) return direct;
  const inFolder = path.join(backupFolder(dbPath), given);
  if (fs.existsSync(inFolder)) return inFolder;
  throw new CliError(`There is no backup ${given} (looked in ${cwd} and ${backupFolder(dbPath)}). "copydesk backups" lists them.`);
}

function refuseWhileAppIsOpen(dbPath: string): void {
  if (!fs.existsSync(dbPath)) return;
  let db: Database.Database | undefined;
  let apps: ReturnType<typeof openApps> = [];
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: 1000 });
    apps = openApps(db);
  } catch {
    // Too damaged to read who has it open: the app could not have opened it either.
  } finally {
    db?.close();
  }
  const [app] = apps;
  if (!app) return;
  throw new CliError(
    `Copydesk is open on this database (on ${app.host}, process ${app.pid}, since ${app.startedAt}): quit it first, then run restore-backup again. Nothing was changed.`,
  );
}
