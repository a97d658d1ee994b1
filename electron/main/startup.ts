// Opening the database when the app starts, and what to do when it is
// damaged: the journalist is told, and offered the newest backup that checks
// out; the damaged file is kept in the backups folder (backups.ts). No
// `electron` here: the shell passes the question (a dialog), tests a fake.
import fs from 'node:fs';
import { AppError } from '../../shared/errors/app-error';
import { openServices, type Services } from './services';
import { newestGoodBackup, restoreBackup, type BackupInfo } from './store/backups';

export interface StartupOptions {
  /** Asked when the file is damaged and a good backup exists: true to open the backup instead. */
  offerBackup(problem: AppError, backup: BackupInfo): Promise<boolean>;
  /** A restore asked for before this start (the app relaunched itself to reopen on a backup). */
  restoreFirst?: string;
  /**
   * Given when the journalist named the file (--db, $COPYDESK_DB): asked when
   * there is nothing there, true to start a new, empty library at that path.
   * A mistyped path must not open as an empty desk that looks like lost work
   * (the CLI refuses it the same way unless --create is given).
   */
  createMissing?(dbPath: string): Promise<boolean>;
}

/** Thrown when the journalist chose not to start a new library at a path that has none: quit quietly. */
export class StartupDeclined extends Error {
  constructor(readonly dbPath: string) {
    super(`There is no database at ${dbPath}, and no new one was started there.`);
    this.name = 'StartupDeclined';
  }
}

/** The open services, or the error to show (and quit with) when the file cannot be used. */
export async function openAtStartup(dbPath: string, options: StartupOptions): Promise<Services> {
  if (options.restoreFirst) await restoreBackup(dbPath, options.restoreFirst);
  if (options.createMissing && !fs.existsSync(dbPath) && !(await options.createMissing(dbPath))) throw new StartupDeclined(dbPath);
  try {
    return purgeOldSpikes(openServices(dbPath));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'damaged-file') throw error;
    const backup = newestGoodBackup(dbPath);
    if (!backup) throw new AppError('damaged-file', `${error.message} There is no good backup of it in the backups folder yet.`);
    if (!(await options.offerBackup(error, backup))) throw error;
    await restoreBackup(dbPath, backup.file);
    return purgeOldSpikes(openServices(dbPath));
  }
}

/**
 * Spiked articles older than the publication's purge age are deleted, once,
 * at start-up (their photos then follow the unused-photo rules). Changing the
 * age purges nothing by itself. A purge that fails (a read-only disk) leaves
 * everything as it was and the app opens anyway.
 */
export function purgeOldSpikes(services: Services, now = new Date()): Services {
  try {
    const days = services.settings.get().spikePurgeDays;
    services.articles.purgeSpiked(new Date(now.getTime() - days * 24 * 3600 * 1000));
  } catch {
    // Nothing is lost by keeping them until the next start.
  }
  return services;
}
