// The native menu. Built from a plain template so tests can read it.
import type { MenuItemConstructorOptions } from 'electron';

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
  /** File → Spike Article: out of the list, with Undo (deleting for good is the Spiked view's, behind a confirmation). */
  spikeArticle?(): void;
  /** Edit → Search Articles: focus the desk's search box. */
  focusSearch?(): void;
  /** View → History: the renderer shows the open article's versions. */
  showHistory?(): void;
  /** File → Save Version…: the renderer saves and asks for an optional name. */
  saveVersion?(): void;
}

/** Menu items that act on the open article: disabled (shortcut included) while none is open. */
export const ARTICLE_MENU_ITEMS = ['export-html', 'copy-html', 'spike-article', 'save-version', 'show-history'] as const;

/** Enables or disables the article items of a built menu; `menu` is Electron's application menu. */
export function setArticleItemsEnabled(menu: { getMenuItemById(id: string): { enabled: boolean } | null } | null, open: boolean): void {
  for (const id of ARTICLE_MENU_ITEMS) {
    const item = menu?.getMenuItemById(id);
    if (item) item.enabled = open;
  }
}

export function menuTemplate(actions: MenuActions, platform = process.platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Article', accelerator: 'CmdOrCtrl+N', click: () => actions.newArticle() },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFile?.() },
        { type: 'separator' },
        { id: 'save-version', enabled: false, label: 'Save Version…', accelerator: 'CmdOrCtrl+S', click: () => actions.saveVersion?.() },
        { id: 'export-html', enabled: false, label: 'Export HTML…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportHtml?.() },
        { type: 'separator' },
        // No shortcut: deleting should never be one slip of the fingers away.
        { id: 'spike-article', enabled: false, label: 'Spike Article', accelerator: 'CmdOrCtrl+Backspace', click: () => actions.spikeArticle?.() },
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
        { label: 'Search Articles', accelerator: 'CmdOrCtrl+Shift+F', click: () => actions.focusSearch?.() },
        { id: 'copy-html', enabled: false, label: 'Copy HTML', accelerator: 'CmdOrCtrl+Alt+C', click: () => actions.copyHtml?.() },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Toggle Preview', accelerator: 'CmdOrCtrl+Alt+P', click: () => actions.togglePreview?.() },
        // Ctrl+Alt+H is the horizontal rule's (editor/help/shortcuts.ts), so History takes Shift as well.
        { id: 'show-history', enabled: false, label: 'History', accelerator: 'CmdOrCtrl+Alt+Shift+H', click: () => actions.showHistory?.() },
        { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: '&Help',
      submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.showShortcuts?.() }],
    },
  ];
}
