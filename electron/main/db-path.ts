// Where the database lives: --db PATH, else COPYDESK_DB, else copydesk.db in
// the app's user-data folder (the same folder Electron's app.getPath('userData')
// names, so the CLI and the desktop app share one store by default).
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Copydesk';
export const DB_FILE_NAME = 'copydesk.db';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
}

export function resolveDbPath(options: { flag?: string; env?: NodeJS.ProcessEnv; userDataDir?: string }): string {
  const env = options.env ?? process.env;
  if (options.flag) return path.resolve(options.flag);
  if (env.COPYDESK_DB) return path.resolve(env.COPYDESK_DB);
  return path.join(options.userDataDir ?? defaultUserDataDir(env), DB_FILE_NAME);
}

/** Reads `--db PATH` or `--db=PATH` out of an argv list (Electron passes its own flags too). */
export function dbFlagFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') return argv[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}
