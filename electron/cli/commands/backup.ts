// `copydesk backup [--to FILE]`: a checked copy through SQLite's online backup
// API, into the backups folder beside the database (kept until removed by
// hand: the rolling rule thins only the app's own copies) or to FILE.
import type { Command } from '../command';
import { UsageError } from '../cli-error';
import { takeBackup } from '../../main/store/backups';
import { formatBytes } from './format';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup [--to FILE]',
  summary: 'Copy the database (checked after writing) into the backups folder beside it, or to FILE',
  options: { to: { type: 'string' } },
  async run(positionals, flags, { io, services, dbPath }) {
    if (positionals.length > 0) throw new UsageError('backup takes no arguments. Usage: copydesk backup [--to FILE]');
    const to = typeof flags.to === 'string' ? flags.to : undefined;
    const backup = await takeBackup(services().db, dbPath, { kind: 'manual', ...(to ? { to } : {}) });
    io.stdout(`Backed up to ${backup.file} (${formatBytes(backup.bytes)}); the copy opens and passes SQLite's quick check.\n`);
  },
};
