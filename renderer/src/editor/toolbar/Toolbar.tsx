// The formatting toolbar. Each button runs a command; whether it is enabled
// is the same command asked without a dispatch, so it never lies.
import type { ReactNode } from 'react';
import { useEditorEventCallback, useEditorState } from '@handlewithcare/react-prosemirror';
import type { Command, EditorState } from 'prosemirror-state';
import { undo, redo } from 'prosemirror-history';
import { nodes, marks } from '../schema-types';
import { isMarkActive, toggleBold, toggleItalic } from '../commands/marks';
import { canLink, linkAt } from '../commands/link';
import { headingLevelAt, insertHorizontalRule, listTypeAt, toggleBulletList, toggleHeading, toggleOrderedList } from '../commands/blocks';
import { quoteAt, toggleQuote } from '../commands/quote';
import { canInsertPhoto } from '../photo/insert-photo';
import { describeKey } from '../help/shortcuts';
import { readDomSelection } from '../body/selection-sync';

export interface ToolbarActions {
  openLinkEditor(): void;
  insertPhoto(): void;
  showShortcuts(): void;
}

interface ButtonSpec {
  label: string;
  key?: string;
  icon: ReactNode;
  command?: Command;
  run?: () => void;
  enabled?: (state: EditorState) => boolean;
  active?: (state: EditorState) => boolean;
}

function ToolButton({ spec, state }: { spec: ButtonSpec; state: EditorState | null }) {
  const onClick = useEditorEventCallback((view) => {
    if (!view) return;
    readDomSelection(view);
    if (spec.command) {
      spec.command(view.state, view.dispatch, view);
      view.focus();
    } else spec.run?.();
  });
  const enabled = !!state && (spec.enabled ? spec.enabled(state) : spec.command ? spec.command(state) : true);
  const active = !!state && !!spec.active?.(state);
  return (
    <button
      type="button"
      className="tool"
      aria-label={spec.label}
      title={spec.key ? `${spec.label} (${describeKey(spec.key)})` : spec.label}
      aria-pressed={spec.active ? active : undefined}
      disabled={!enabled}
      // Keep the editor's selection: a toolbar click must not steal it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {spec.icon}
    </button>
  );
}

export function Toolbar({ actions }: { actions: ToolbarActions }) {
  const state = useEditorState();
  const groups: ButtonSpec[][] = [
    [
      { label: 'Bold', key: 'Mod-b', icon: <b>B</b>, command: toggleBold, active: (s) => isMarkActive(s, marks.strong) },
      { label: 'Italic', key: 'Mod-i', icon: <i>I</i>, command: toggleItalic, active: (s) => isMarkActive(s, marks.em) },
      {
        label: 'Link',
        key: 'Mod-k',
        icon: <span className="tool-link">Link</span>,
        run: actions.openLinkEditor,
        enabled: (s) => canLink(s),
        active: (s) => !!linkAt(s),
      },
    ],
    [
      { label: 'Heading', key: 'Mod-Alt-2', icon: <span>H</span>, command: toggleHeading(2), active: (s) => headingLevelAt(s) === 2 },
      { label: 'Quote', key: 'Mod-Alt-q', icon: <span aria-hidden="true">“ ”</span>, command: toggleQuote, active: (s) => !!quoteAt(s) },
      {
        label: 'Bulleted list',
        key: 'Mod-Shift-8',
        icon: <span aria-hidden="true">•≡</span>,
        command: toggleBulletList,
        active: (s) => listTypeAt(s) === nodes.bullet_list,
      },
      {
        label: 'Numbered list',
        key: 'Mod-Shift-7',
        icon: <span aria-hidden="true">1≡</span>,
        command: toggleOrderedList,
        active: (s) => listTypeAt(s) === nodes.ordered_list,
      },
      { label: 'Horizontal rule', key: 'Mod-Alt-h', icon: <span aria-hidden="true">—</span>, command: insertHorizontalRule },
    ],
    [{ label: 'Insert photo', icon: <span>Photo</span>, run: actions.insertPhoto, enabled: canInsertPhoto }],
    [
      { label: 'Undo', key: 'Mod-z', icon: <span aria-hidden="true">↶</span>, command: undo },
      { label: 'Redo', key: 'Mod-Shift-z', icon: <span aria-hidden="true">↷</span>, command: redo },
      { label: 'Keyboard shortcuts', key: 'Mod-/', icon: <span aria-hidden="true">?</span>, run: actions.showShortcuts },
    ],
  ];
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {groups.map((group, i) => (
        <div className="tool-group" key={i}>
          {group.map((spec) => (
            <ToolButton key={spec.label} spec={spec} state={state} />
          ))}
        </div>
      ))}
    </div>
  );
}
