// The toolbar's "More" menu: the buttons that do not fit on the one line.
// A menu button (aria-haspopup): Enter, Space or ↓ open it on the first item,
// ↑ on the last; ↑ ↓ Home End move; Enter or Space runs the item; Escape (or
// Tab, or a click elsewhere) closes it, and the focus goes back to More.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useEditorEventCallback } from '@handlewithcare/react-prosemirror';
import type { BodyCommand } from '../commands/body-commands';
import { describeKey } from '../help/shortcuts';
import { readDomSelection } from '../body/selection-sync';

export interface MoreItem {
  command: BodyCommand;
  /** The command whose key the item shows (the Heading button shows the subhead's). */
  hintFrom?: BodyCommand;
  /** Its look now (tool-states.ts). */
  enabled: boolean;
  active: boolean;
}

export function MoreMenu({ items }: { items: readonly MoreItem[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const openAt = (index: number) => {
    setActive((index + items.length) % items.length);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const runItem = useEditorEventCallback((view, item: MoreItem) => {
    if (!view || !item.command.isEnabled(view.state)) return;
    setOpen(false);
    readDomSelection(view);
    item.command.run(view.state, view.dispatch, view);
    if (!item.command.takesFocus) view.focus();
  });

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(items.length - 1);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      setActive((moves[e.key]! + items.length) % items.length);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const item = items[active];
      if (item) runItem(item);
    }
  };

  return (
    <div className="more-tools">
      <button
        ref={button}
        type="button"
        className="tool more-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (open ? close(true) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={`${id}-menu`} className="more-menu" role="menu" aria-label="More formatting" onKeyDown={onMenuKey}>
          {items.map((item, index) => {
            const { command } = item;
            const key = (item.hintFrom ?? command).declaration.keys[0];
            const { enabled } = item;
            const toggle = !!command.isActive;
            return (
              <div
                key={command.declaration.id}
                role={toggle ? 'menuitemcheckbox' : 'menuitem'}
                aria-checked={toggle ? item.active : undefined}
                aria-disabled={!enabled || undefined}
                tabIndex={index === active ? 0 : -1}
                className="more-item"
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => runItem(item)}
              >
                <span>{command.declaration.label}</span>
                {key && <kbd>{describeKey(key)}</kbd>}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
