// `copydesk backups [--json]`: the copies in the backups folder, newest first.
import type { Command } from '../command';
import { UsageError } from '../cli-error';
import { backupFolder, listBackups } from '../../main/store/backups';
import { formatBytes } from './format';

const KIND_LABEL = { auto: 'rolling', manual: 'by hand', 'before-restore': 'before a restore' } as const;

export const backupsCommand: Command = {
  name: 'backups',
  usage: 'backups [--json]',
  summary: 'List the backups of the database, newest first',
  options: { json: { type: 'boolean' } },
  run(positionals, flags, { io, dbPath }) {
    if (positionals.length > 0) throw new UsageError('backups takes no arguments. Usage: copydesk backups [--json]');
    const backups = listBackups(dbPath);
    if (flags.json) {
      io.stdout(JSON.stringify(backups.map((b) => ({ ...b, takenAt: b.takenAt.toISOString() })), null, 2) + '\n');
      return;
    }
    if (backups.length === 0) {
      io.stdout(`No backups yet in ${backupFolder(dbPath)}.\n`);
      return;
    }
    for (const b of backups) {
      io.stdout(`${b.takenAt.toISOString()}  ${KIND_LABEL[b.kind].padEnd(16)} ${formatBytes(b.bytes).padStart(9)}  ${b.file}\n`);
    }
  },
};
