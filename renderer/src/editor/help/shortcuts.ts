// The shortcuts panel's list and the key names shown to people, both read from
// the command declarations (shared/commands/commands.ts) that the keymap, the
// toolbar and the menu are built from, so none of them can drift apart.
import { describeKey as describeKeyOn } from '../../../../shared/commands/commands';

export { shortcutGroups } from '../../../../shared/commands/commands';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Shift-8" → "Ctrl+Shift+8" (or "⌘⇧8" on a Mac). */
export function describeKey(key: string): string {
  return describeKeyOn(key, isMac);
}
