// Key bindings, Google Docs / Word habits. Only bindings: the behaviour lives
// in ../commands, the list shown to people in ../help/shortcuts.
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { undo, redo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import { splitListItem, sinkListItem, liftListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { nodes, marks } from '../schema-types';
import { toggleBold, toggleItalic } from '../commands/marks';
import { insertHardBreak, insertHorizontalRule, setHeading, setParagraph, toggleBulletList, toggleOrderedList } from '../commands/blocks';
import { addAttribution, exitAttribution, removeEmptyAttribution, splitQuoteParagraph, toggleQuote } from '../commands/quote';

export interface KeymapActions {
  /** Mod-K: open the link editor. */
  openLinkEditor(): boolean;
  /** Mod-S: save now. */
  saveNow(): boolean;
  /** Mod-/: the shortcuts panel. */
  showShortcuts(): boolean;
}

export function editorKeymaps(actions: KeymapActions): Plugin[] {
  const item = nodes.list_item;
  const bindings: Record<string, Command> = {
    'Mod-b': toggleBold,
    'Mod-i': toggleItalic,
    'Mod-k': () => actions.openLinkEditor(),
    'Mod-s': () => actions.saveNow(),
    'Mod-/': () => actions.showShortcuts(),
    'Mod-z': undo,
    'Mod-Shift-z': redo,
    'Mod-y': redo,
    'Shift-Enter': insertHardBreak,
    'Mod-Alt-0': setParagraph,
    'Mod-Alt-2': setHeading(2),
    'Mod-Alt-3': setHeading(3),
    'Mod-Alt-4': setHeading(4),
    'Mod-Shift-8': toggleBulletList,
    'Mod-Shift-7': toggleOrderedList,
    'Mod-Alt-q': toggleQuote,
    'Mod-Alt-a': addAttribution,
    'Mod-Alt-h': insertHorizontalRule,
    Enter: chainCommands(exitAttribution, splitQuoteParagraph, splitListItem(item)),
    Backspace: chainCommands(undoInputRule, removeEmptyAttribution),
    Tab: sinkListItem(item),
    'Shift-Tab': liftListItem(item),
  };
  return [keymap(bindings), keymap(baseKeymap)];
}
