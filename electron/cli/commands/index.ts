// Every CLI command. Add a command by adding its file and one line here.
// Each is loaded only when it runs (or for --help): `copydesk list` should not
// pay for the importers' HTML and Word parsers (bin/cli-bundle.js bundles each
// command as its own chunk).
import type { Command } from '../command';

const LOADERS: Record<string, () => Promise<Command>> = {
  list: async () => (await import('./list')).listCommand,
  show: async () => (await import('./show')).showCommand,
  'import-json': async () => (await import('./import-json')).importJsonCommand,
  import: async () => (await import('./import')).importCommand,
  search: async () => (await import('./search')).searchCommand,
  spike: async () => (await import('./spike')).spikeCommand,
  unspike: async () => (await import('./spike')).unspikeCommand,
  delete: async () => (await import('./delete')).deleteCommand,
  set: async () => (await import('./set')).setCommand,
  export: async () => (await import('./export')).exportCommand,
  gc: async () => (await import('./gc')).gcCommand,
  doctor: async () => (await import('./doctor')).doctorCommand,
  backup: async () => (await import('./backup')).backupCommand,
  backups: async () => (await import('./backups')).backupsCommand,
  'restore-backup': async () => (await import('./restore-backup')).restoreBackupCommand,
  history: async () => (await import('./history')).historyCommand,
  diff: async () => (await import('./diff')).diffCommand,
  restore: async () => (await import('./restore')).restoreCommand,
  update: async () => (await import('./update')).updateCommand,
  check: async () => (await import('./check')).checkCommand,
  dictionary: async () => (await import('./dictionary')).dictionaryCommand,
  rules: async () => (await import('./rules')).rulesCommand,
  targets: async () => (await import('./targets')).targetsCommand,
};

export const COMMAND_NAMES: readonly string[] = Object.keys(LOADERS);

/** The command of that name, or null when there is none. */
export function loadCommand(name: string): Promise<Command> | null {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]!() : null;
}

export function loadAllCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map((name) => LOADERS[name]!()));
}
