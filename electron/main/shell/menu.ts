// The native menu. Built from a plain template so tests can read it.
// Items that run a command take their label and accelerator from its declaration
// (shared/commands/commands.ts), so the menu, the keymap and the shortcuts panel agree.
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, acceleratorOf, commandDeclaration, type CommandId } from '../../../shared/commands/commands';
import type { EventName } from '../../../shared/ipc/channels';

export interface MenuActions {
  newArticle(): void;
  /** Help → Keyboard Shortcuts: the renderer shows its panel. */
  showShortcuts?(): void;
  /** File → Import…: the renderer asks for a .txt, .html or .docx file and shows the review panel. */
  importFile?(): void;
  /** File → Export HTML…: the renderer flushes and asks main to export the open article. */
  exportHtml?(): void;
  /** Edit → Copy HTML: the open article's body fragment onto the clipboard. */
  copyHtml?(): void;
  /** View → Toggle Preview. */
  togglePreview?(): void;
  /** View → Toggle Article List: the library folds to a rail or opens again. */
  toggleLibrary?(): void;
  /** File → Spike Article: out of the list, with Undo (deleting for good is the Spiked view's, behind a confirmation). */
  spikeArticle?(): void;
  /** Edit → Search Articles: focus the desk's search box. */
  focusSearch?(): void;
  /** View → History: the renderer shows the open article's versions. */
  showHistory?(): void;
  /** File → Save Version…: the renderer saves and asks for an optional name. */
  saveVersion?(): void;
  /** View → Checks: the renderer shows the open article's spelling, grammar and house-style flags. */
  showChecks?(): void;
}

/** Every command's menu item tells the renderer by sending the command's event. */
export function menuActionsSending(send: (event: EventName) => void): MenuActions {
  const actions: Partial<Record<EventName, () => void>> = {};
  for (const command of MENU_COMMANDS) {
    const event = command.menuEvent;
    if (event) actions[event] = () => send(event);
  }
  return actions as MenuActions;
}

/** Menu items that act on the open article: disabled (shortcut included) while none is open. */
export const ARTICLE_MENU_ITEMS = ['export-html', 'copy-html', 'spike-article', 'save-version', 'show-history', 'show-checks'] as const satisfies readonly CommandId[];

/** Enables or disables the article items of a built menu; `menu` is Electron's application menu. */
export function setArticleItemsEnabled(menu: { getMenuItemById(id: string): { enabled: boolean } | null } | null, open: boolean): void {
  for (const id of ARTICLE_MENU_ITEMS) {
    const item = menu?.getMenuItemById(id);
    if (item) item.enabled = open;
  }
}

/** The menu item of a declared command: its id, menu label and first key as the accelerator. */
/** Choosing it calls the action named after the command's menu event (main sends that event to the renderer). */
function commandItem(actions: MenuActions, id: CommandId, enabled?: boolean): MenuItemConstructorOptions {
  const command = commandDeclaration(id);
  const key = command.keys[0];
  const event = command.menuEvent as keyof MenuActions;
  return {
    id,
    label: command.menuLabel ?? command.label,
    ...(key ? { accelerator: acceleratorOf(key) } : {}),
    ...(enabled === undefined ? {} : { enabled }),
    click: () => actions[event]?.(),
  };
}

export function menuTemplate(actions: MenuActions, platform = process.platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        commandItem(actions, 'new-article'),
        commandItem(actions, 'import-file'),
        { type: 'separator' },
        commandItem(actions, 'save-version', false),
        commandItem(actions, 'export-html', false),
        { type: 'separator' },
        commandItem(actions, 'spike-article', false),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
        { type: 'separator' },
        commandItem(actions, 'focus-search'),
        commandItem(actions, 'copy-html', false),
      ],
    },
    {
      label: '&View',
      submenu: [commandItem(actions, 'toggle-library'), commandItem(actions, 'toggle-preview'), commandItem(actions, 'show-history', false), commandItem(actions, 'show-checks', false), { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: '&Help',
      submenu: [commandItem(actions, 'show-shortcuts')],
    },
  ];
}
