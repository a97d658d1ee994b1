// The menu of a flagged word (Mod-., a click or the context menu): the
// suggestions, "Ignore here" (while the article is open), "Mark correct here"
// (remembered with the article) and, for spelling, "Add to newsroom
// dictionary" — each undone by Mod-Z.
// A role=menu with a roving focus (arrows, Home, End); Escape or Tab closes it
// and gives the caret back. Nothing changes until an item is chosen.
import { useEffect, useId, useLayoutEffect, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import { CHECK_KIND_LABELS, CHECK_KINDS } from '../../../../shared/checks/flag';
import { normalizeWord } from '../../../../shared/checks/spelling/newsroom-dictionary';
import type { ChecksController, SuggestionMenuState } from './checks-controller';
import { kindDescriptionId, type PlacedFlag } from './checks-plugin';
import { describeKey } from '../help/shortcuts';
import { commandDeclaration } from '../../../../shared/commands/commands';
import './checks.css';

const menuKey = describeKey(commandDeclaration('check-suggestions').keys[0]!);

/** The texts every flag's aria-describedby names (one per kind), and the menu when one is open. */
export function SuggestionMenuHost({ checks, onDone }: { checks: ChecksController; onDone(flag: PlacedFlag): void }) {
  const { menu } = useSyncExternalStore(checks.subscribe, checks.getSnapshot);
  return (
    <>
      <div hidden>
        {CHECK_KINDS.map((kind) => (
          <span key={kind} id={kindDescriptionId(kind)}>
            {`${CHECK_KIND_LABELS[kind]} flag: ${menuKey} for suggestions`}
          </span>
        ))}
      </div>
      {menu && <SuggestionMenu key={menu.flag.id} menu={menu} checks={checks} onDone={onDone} />}
    </>
  );
}

function SuggestionMenu({ menu, checks, onDone: done }: { menu: SuggestionMenuState; checks: ChecksController; onDone(flag: PlacedFlag): void }) {
  const { flag, suggestions } = menu;
  /** The caret back where the flag is: the body, or its field. */
  const onDone = () => done(flag);
  const list = useRef<HTMLUListElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  // Kept on screen: above the word when there is no room below it, and inside the window's right edge.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.top = `${menu.top}px`;
    el.style.left = `${menu.left}px`;
    const rect = el.getBoundingClientRect();
    if (rect.bottom > window.innerHeight - 4) el.style.top = `${Math.max(4, menu.wordTop - rect.height - 4)}px`;
    if (rect.right > window.innerWidth - 4) el.style.left = `${Math.max(4, window.innerWidth - rect.width - 4)}px`;
  }, [menu, suggestions]);
  const close = () => {
    checks.closeMenu();
    onDone();
  };
  useEffect(() => {
    if (menu.focused) list.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [suggestions, menu.focused]);

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
  };
  const word = normalizeWord(flag.text);
  return (
    <div
      ref={box}
      className="check-menu"
      style={{ left: menu.left, top: menu.top }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) checks.closeMenu();
      }}
    >
      <p id={descriptionId} className={`check-menu-note check-note-${flag.kind}`}>
        <strong>{CHECK_KIND_LABELS[flag.kind]}</strong>
        {flag.category === CHECK_KIND_LABELS[flag.kind] ? ': ' : ` · ${flag.category}: `}
        {flag.message}
      </p>
      <ul ref={list} role="menu" aria-label={`${CHECK_KIND_LABELS[flag.kind]}: “${flag.text}”`} aria-describedby={descriptionId}>
        {suggestions === null && <Item label="Looking for suggestions…" disabled />}
        {suggestions?.length === 0 && <Item label="No suggestions" disabled />}
        {suggestions?.map((s) => (
          <Item key={s} label={s} className="check-menu-suggestion" onChoose={() => (checks.apply(flag, s), onDone())} />
        ))}
        <li role="separator" />
        <Item label="Ignore here" onChoose={() => checks.ignore(flag)} />
        <Item label="Mark correct here" onChoose={() => void checks.markCorrect(flag)} />
        {flag.kind === 'spelling' && <Item label={`Add “${word}” to newsroom dictionary`} onChoose={() => void checks.addToDictionary(flag)} />}
      </ul>
    </div>
  );
}

function Item(props: { label: string; disabled?: boolean; className?: string; onChoose?(): void }) {
  return (
    <li
      role="menuitem"
      tabIndex={-1}
      className={props.className}
      aria-disabled={props.disabled ? 'true' : undefined}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => !props.disabled && props.onChoose?.()}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !props.disabled) {
          e.preventDefault();
          props.onChoose?.();
        }
      }}
    >
      {props.label}
    </li>
  );
}
