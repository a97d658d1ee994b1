// The formatting toolbar: which commands it shows, and their icons. Each
// button's name, key hint, action and enabled state come from the command
// (../commands/body-commands.ts); enabled is the command asked without a
// dispatch, so it never lies (while the writer types into one paragraph the
// looks are asked again after the pause: tool-looks.ts). It never wraps: the buttons that do not fit on
// its one line go, from the end, into the More menu (overflow.ts decides from
// widths measured on a hidden row of every button).
import { memo, useEffect, useLayoutEffect, useMemo, useReducer, useState, useRef, type ReactNode, type RefObject } from 'react';
import { useEditorEventCallback, useEditorStateSelector } from '@handlewithcare/react-prosemirror';
import type { CommandId } from '../../../../shared/commands/commands';
import type { BodyCommand, BodyCommands } from '../commands/body-commands';
import { describeKey } from '../help/shortcuts';
import { readDomSelection } from '../body/selection-sync';
import { visibleToolCount } from './overflow';
import { MoreMenu } from './MoreMenu';
import { toolStateAt } from './tool-states';
import { ToolLooks } from './tool-looks';

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

// Memoized: its props change only when its own look does (tool-states.ts).
const ToolButton = memo(function ToolButton({ command, hintFrom, icon, enabled, active }: { command: BodyCommand; hintFrom: BodyCommand | undefined; icon: ReactNode; enabled: boolean; active: boolean }) {
  const onClick = useEditorEventCallback((view) => {
    if (!view) return;
    readDomSelection(view);
    command.run(view.state, view.dispatch, view);
    if (!command.takesFocus) view.focus();
  });
  const { label: fullLabel, toolbarLabel } = command.declaration;
  const label = toolbarLabel ?? fullLabel;
  const key = (hintFrom ?? command).declaration.keys[0];
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
});

const ITEMS = GROUPS.flatMap((group, groupIndex) => group.map(([id, icon]) => ({ id, icon, groupIndex }))).map((item, index) => ({ ...item, index }));

/** How many buttons fit, from widths measured on the hidden row, refreshed as the toolbar resizes. */
function useFittingCount(toolbar: RefObject<HTMLDivElement | null>, measure: RefObject<HTMLDivElement | null>) {
  const [count, setCount] = useState(ITEMS.length);
  useLayoutEffect(() => {
    const bar = toolbar.current;
    const row = measure.current;
    if (!bar || !row) return;
    const update = () => {
      const start = row.getBoundingClientRect().left;
      const ends = [...row.querySelectorAll<HTMLElement>('[data-tool]')].map((el) => el.getBoundingClientRect().right - start);
      const more = row.querySelector<HTMLElement>('[data-more]')!.getBoundingClientRect().width + 12;
      const style = getComputedStyle(bar);
      const available = bar.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setCount(visibleToolCount(ends, available, more));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    observer.observe(row);
    return () => observer.disconnect();
  }, [toolbar, measure]);
  return count;
}

export function Toolbar({ commands }: { commands: BodyCommands }) {
  const listed = useMemo(() => ITEMS.map(({ id }) => commands.get(id)!), [commands]);
  const [, recount] = useReducer((n: number) => n + 1, 0);
  const tools = useMemo(() => new ToolLooks(listed, recount), [listed]);
  useEffect(() => () => tools.dispose(), [tools]);
  const looks = useEditorStateSelector((state) => tools.of(state));
  const toolbar = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const count = useFittingCount(toolbar, measure);
  const shown = ITEMS.slice(0, count);
  const hidden = ITEMS.slice(count);
  const hintOf = (id: CommandId) => {
    const hint = KEY_SHOWN[id];
    return hint ? commands.get(hint) : undefined;
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" ref={toolbar}>
      {GROUPS.map((_, groupIndex) => {
        const items = shown.filter((item) => item.groupIndex === groupIndex);
        if (items.length === 0) return null;
        return (
          <div className="tool-group" key={groupIndex}>
            {items.map(({ id, icon, index }) => {
              const { enabled, active } = toolStateAt(looks, index);
              return <ToolButton key={id} command={listed[index]!} hintFrom={hintOf(id)} icon={icon} enabled={enabled} active={active} />;
            })}
          </div>
        );
      })}
      {hidden.length > 0 && <MoreMenu items={hidden.map(({ id, index }) => ({ command: listed[index]!, hintFrom: hintOf(id), ...toolStateAt(looks, index) }))} />}
      {/* Every button, unseen, for measuring (overflow.ts): what fits does not depend on what is shown. */}
      <div className="toolbar-measure" ref={measure} aria-hidden="true">
        {GROUPS.map((group, groupIndex) => (
          <div className="tool-group" key={groupIndex}>
            {group.map(([id, icon]) => (
              <span className="tool" data-tool key={id}>
                {icon}
              </span>
            ))}
          </div>
        ))}
        <span className="tool more-button" data-more>
          More <span>▾</span>
        </span>
      </div>
    </div>
  );
}
