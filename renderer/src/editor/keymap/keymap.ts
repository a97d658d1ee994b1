// Key bindings, Google Docs / Word habits. The keys of user commands come from
// their declarations (shared/commands/commands.ts) through ../commands/body-commands.ts;
// what is bound here by hand is the structure of typing itself (Enter, Backspace).
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { undoInputRule } from 'prosemirror-inputrules';
import { splitListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { nodes } from '../schema-types';
import { exitAttribution, removeEmptyAttribution, splitQuoteParagraph } from '../commands/quote';
import type { BodyCommands } from '../commands/body-commands';

export function editorKeymaps(commands: BodyCommands): Plugin[] {
  const bindings: Record<string, Command> = {
    Enter: chainCommands(exitAttribution, splitQuoteParagraph, splitListItem(nodes.list_item)),
    Backspace: chainCommands(undoInputRule, removeEmptyAttribution),
  };
  for (const command of commands.values()) {
    if (command.declaration.scope !== 'body') continue;
    for (const key of command.declaration.keys) bindings[key] = command.run;
  }
  return [keymap(bindings), keymap(baseKeymap)];
}
