// @vitest-environment happy-dom
// One declaration per command (shared/commands/commands.ts): the Electron menu,
// the body keymap, the toolbar and the shortcuts panel are built from it, so
// these fail when one of them and the registry disagree.
import { describe, expect, it, vi } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { COMMANDS, MENU_COMMANDS, acceleratorOf, matchesKey, type CommandDeclaration } from '../../../shared/commands/commands';
import { EVENTS, type EventName } from '../../../shared/ipc/channels';
import { menuTemplate, type MenuActions } from '../../../electron/main/shell/menu';
import { bodyCommands } from '../../../renderer/src/editor/commands/body-commands';
import { editorKeymaps } from '../../../renderer/src/editor/keymap/keymap';
import { shortcutGroups } from '../../../renderer/src/editor/help/shortcuts';
import { schema } from '../../../shared/article/schema';
import { doc, p } from '../../support/docs';

type Item = { id?: string; label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: Item[]; type?: string };

function menuItems(actions: MenuActions): Item[] {
  const walk = (items: Item[]): Item[] => items.flatMap((item) => [item, ...walk(item.submenu ?? [])]);
  return walk(menuTemplate(actions, 'linux') as Item[]);
}

const noActions = () => ({ openLinkEditor: vi.fn(), showShortcuts: vi.fn(), insertPhoto: vi.fn() });

describe('the command registry', () => {
  it('the menu agrees with the registry: every command item has its label, accelerator and event, and nothing else clicks', () => {
    const sent: EventName[] = [];
    const actions = Object.fromEntries((Object.keys(EVENTS) as EventName[]).map((e) => [e, () => sent.push(e)])) as unknown as MenuActions;
    const items = menuItems(actions);
    for (const command of MENU_COMMANDS) {
      const matching = items.filter((i) => i.id === command.id);
      expect(matching, command.id).toHaveLength(1);
      const item = matching[0]!;
      expect(item.label).toBe(command.menuLabel);
      expect(item.accelerator).toBe(command.keys[0] ? acceleratorOf(command.keys[0]) : undefined);
      item.click!();
      expect(sent.at(-1)).toBe(command.menuEvent);
    }
    // A hand-written item with its own click or accelerator would bypass the registry (roles are Electron's own).
    const handWritten = items.filter((i) => !i.role && !i.submenu && i.type !== 'separator' && !MENU_COMMANDS.some((c) => c.id === i.id));
    expect(handWritten).toEqual([]);
  });

  it('no key does two things', () => {
    const owners = new Map<string, string>();
    for (const command of COMMANDS) {
      for (const key of command.keys) {
        expect(owners.get(key.toLowerCase()), `${key}: ${command.id}`).toBeUndefined();
        owners.set(key.toLowerCase(), command.id);
      }
    }
  });

  it('every body command is bound, and the keymap runs it on its keys', () => {
    const run = noActions();
    const commands = bodyCommands(run);
    const body = COMMANDS.filter((c) => c.scope === 'body');
    expect([...commands.keys()].sort()).toEqual(body.map((c) => c.id).sort());

    // Mod-/ reaches its action through the keymap built from the declarations; Mod-S is no longer
    // the body's (Save Version, a window command, took it from "Save now"), so the body lets it pass.
    const [bindings] = editorKeymaps(commands);
    let state = EditorState.create({ doc: schema.nodeFromJSON(doc(p('Ferry back'))), plugins: [] });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 6)));
    const view = { state, dispatch: (tr: never) => void tr } as never;
    const press = (key: string, mods: Partial<KeyboardEvent> = {}) =>
      (bindings!.props.handleKeyDown as (v: unknown, e: KeyboardEvent) => boolean)(view, new KeyboardEvent('keydown', { key, ...mods }));
    expect(press('s', { ctrlKey: true })).toBe(false);
    expect(press('/', { ctrlKey: true })).toBe(true);
    expect(run.showShortcuts).toHaveBeenCalledOnce();
    expect(press('k', { ctrlKey: true })).toBe(true);
    expect(run.openLinkEditor).toHaveBeenCalledOnce();
  });

  it('enabled is the command asked without a dispatch', () => {
    const commands = bodyCommands(noActions());
    const inText = EditorState.create({ doc: schema.nodeFromJSON(doc(p('Ferry'))) });
    expect(commands.get('bold')!.isEnabled(inText)).toBe(true);
    expect(commands.get('undo')!.isEnabled(inText)).toBe(false); // no history plugin, nothing to undo
    expect(commands.get('outdent')!.isEnabled(inText)).toBe(false); // not in a list
    expect(commands.get('link')!.isEnabled(inText)).toBe(true);
  });

  it('the shortcuts panel lists every listed command with a key, once', () => {
    const listed = shortcutGroups().flatMap((g) => g.commands);
    const expected = COMMANDS.filter((c: CommandDeclaration) => c.keys.length > 0 && !c.unlisted);
    expect(listed.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });

  it('keys heard outside the body match their declaration', () => {
    const event = (key: string, mods: Partial<KeyboardEvent>) => ({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
    expect(matchesKey(event('f', { ctrlKey: true }), ['Mod-f'])).toBe(true);
    expect(matchesKey(event('f', { ctrlKey: true, shiftKey: true }), ['Mod-f'])).toBe(false);
    // ⌥P types π on a Mac: the physical key still counts.
    expect(matchesKey({ ...event('π', { metaKey: true, altKey: true }), code: 'KeyP' }, ['Mod-Alt-p'])).toBe(true);
    expect(acceleratorOf('Mod-Shift-e')).toBe('CmdOrCtrl+Shift+E');
  });
});
