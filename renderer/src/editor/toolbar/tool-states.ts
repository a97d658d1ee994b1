// The look of every toolbar button — enabled, pressed — as one short string,
// so the toolbar can select it from the editor state (useEditorStateSelector)
// and re-render only when a button's look changes: typing a word changes the
// state on every key but, almost always, no button.
import type { EditorState } from 'prosemirror-state';
import type { BodyCommand } from '../commands/body-commands';

export interface ToolState {
  enabled: boolean;
  /** Pressed (aria-pressed); false for a command that is not a toggle. */
  active: boolean;
}

/** Two characters per command, in order: 'e' or '-' for enabled, 'a' or '-' for active. No state yet: all off. */
export function toolStatesKey(commands: readonly BodyCommand[], state: EditorState | null): string {
  let key = '';
  for (const command of commands) {
    key += state && command.isEnabled(state) ? 'e' : '-';
    key += state && command.isActive?.(state) ? 'a' : '-';
  }
  return key;
}

/** The state of the command at `index` in the list the key was made from. */
export function toolStateAt(key: string, index: number): ToolState {
  return { enabled: key[index * 2] === 'e', active: key[index * 2 + 1] === 'a' };
}
