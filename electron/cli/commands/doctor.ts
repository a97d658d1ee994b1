// `copydesk doctor [--full]`: checks the database without changing it and
// says what it found; exit 1 on any problem (electron/main/store/doctor.ts).
import fs from 'node:fs';
import type { Command } from '../command';
import { CliError, UsageError } from '../cli-error';
import { examineDatabase } from '../../main/store/doctor';

export const doctorCommand: Command = {
  name: 'doctor',
  usage: 'doctor [--full] [--json]',
  summary: 'Check the database: integrity (--full: every page), foreign keys, every article body, derived columns',
  options: { full: { type: 'boolean' }, json: { type: 'boolean' } },
  run(positionals, flags, { io, dbPath }) {
    if (positionals.length > 0) throw new UsageError('doctor takes no arguments. Usage: copydesk doctor [--full] [--json]');
    if (!fs.existsSync(dbPath)) throw new CliError(`There is no database at ${dbPath}; nothing to check.`);
    const report = examineDatabase(dbPath, { full: flags.full === true });
    if (flags.json) {
      io.stdout(JSON.stringify(report, null, 2) + '\n');
      return report.problems.length > 0 ? 1 : 0;
    }
    const lines = [`Checked ${dbPath} (${report.articles} article${report.articles === 1 ? '' : 's'}): ${report.checked.join(', ')}.`];
    if (report.problems.length === 0) {
      lines.push('No problems found: the file is fine.');
    } else {
      lines.push(`Found ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`);
      for (const problem of report.problems) lines.push(`  - ${problem}`);
      lines.push('Backups of this file: copydesk backups. To bring one back: copydesk restore-backup FILE.');
    }
    io.stdout(lines.join('\n') + '\n');
    return report.problems.length > 0 ? 1 : 0;
  },
};
