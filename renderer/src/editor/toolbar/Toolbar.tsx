// The formatting toolbar: which commands it shows, and their icons. Each
// button's name, key hint, action and enabled state come from the command
// (../commands/body-commands.ts); enabled is the command asked without a
// dispatch, so it never lies.
import type { ReactNode } from 'react';
import { useEditorEventCallback, useEditorState } from '@handlewithcare/react-prosemirror';
import type { EditorState } from 'prosemirror-state';
import type { CommandId } from '../../../../shared/commands/commands';
import type { BodyCommand, BodyCommands } from '../commands/body-commands';
import { describeKey } from '../help/shortcuts';
import { readDomSelection } from '../body/selection-sync';

const GROUPS: [CommandId, ReactNode][][] = [
  [
    ['bold', <b>B</b>],
    ['italic', <i>I</i>],
    ['link', <span className="tool-link">Link</span>],
  ],
  [
    ['toggle-subhead', <span>H</span>],
    ['quote', <span aria-hidden="true">“ ”</span>],
    ['bullet-list', <span aria-hidden="true">•≡</span>],
    ['ordered-list', <span aria-hidden="true">1≡</span>],
    ['horizontal-rule', <span aria-hidden="true">—</span>],
  ],
  [['insert-photo', <span>Photo</span>]],
  [
    ['undo', <span aria-hidden="true">↶</span>],
    ['redo', <span aria-hidden="true">↷</span>],
    ['show-shortcuts', <span aria-hidden="true">?</span>],
  ],
];

/** The toolbar's Heading button shows the key that makes a subhead. */
const KEY_SHOWN: Partial<Record<CommandId, CommandId>> = { 'toggle-subhead': 'subhead' };

function ToolButton({ command, hintFrom, icon, state }: { command: BodyCommand; hintFrom: BodyCommand | undefined; icon: ReactNode; state: EditorState | null }) {
  const onClick = useEditorEventCallback((view) => {
    if (!view) return;
    readDomSelection(view);
    command.run(view.state, view.dispatch, view);
    if (!command.takesFocus) view.focus();
  });
  const { label: fullLabel, toolbarLabel } = command.declaration;
  const label = toolbarLabel ?? fullLabel;
  const key = (hintFrom ?? command).declaration.keys[0];
  const enabled = !!state && command.isEnabled(state);
  const active = !!state && !!command.isActive?.(state);
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={key ? `${label} (${describeKey(key)})` : label}
      aria-pressed={command.isActive ? active : undefined}
      disabled={!enabled}
      // Keep the editor's selection: a toolbar click must not steal it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {icon}
    </button>
  );
}

export function Toolbar({ commands }: { commands: BodyCommands }) {
  const state = useEditorState();
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {GROUPS.map((group, i) => (
        <div className="tool-group" key={i}>
          {group.map(([id, icon]) => {
            const command = commands.get(id)!;
            const hint = KEY_SHOWN[id];
            return <ToolButton key={id} command={command} hintFrom={hint ? commands.get(hint) : undefined} icon={icon} state={state} />;
          })}
        </div>
      ))}
    </div>
  );
}
