// Every CLI command. Add a command by adding its file and one line here.
import type { Command } from '../command';
import { deleteCommand } from './delete';
import { exportCommand } from './export';
import { gcCommand } from './gc';
import { importCommand } from './import';
import { importJsonCommand } from './import-json';
import { listCommand } from './list';
import { showCommand } from './show';
import { doctorCommand } from './doctor';
import { backupCommand } from './backup';
import { backupsCommand } from './backups';
import { restoreBackupCommand } from './restore-backup';

export const COMMANDS: readonly Command[] = [listCommand, showCommand, importJsonCommand, importCommand, deleteCommand, exportCommand, gcCommand,
  doctorCommand, backupCommand, backupsCommand, restoreBackupCommand];
