// The shortcuts panel's list and the key names shown to people, both read from
// the command declarations (shared/commands/commands.ts) that the keymap, the
// toolbar and the menu are built from, so none of them can drift apart.
import { COMMANDS, COMMAND_GROUPS, describeKey as describeKeyOn, type CommandDeclaration, type CommandGroup } from '../../../../shared/commands/commands';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Shift-8" → "Ctrl+Shift+8" (or "⌘⇧8" on a Mac). */
export function describeKey(key: string): string {
  return describeKeyOn(key, isMac);
}

/** The panel's sections: every listed command with a key, by group, in declaration order. */
export function shortcutGroups(): { group: CommandGroup; commands: CommandDeclaration[] }[] {
  const listed = COMMANDS.filter((c: CommandDeclaration) => c.keys.length > 0 && !c.unlisted);
  return COMMAND_GROUPS.map((group) => ({ group, commands: listed.filter((c) => c.group === group) })).filter((g) => g.commands.length > 0);
}
