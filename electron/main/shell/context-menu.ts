// The right-click menu. Electron shows none by default, so without this a
// journalist could see a spelling squiggle but never pick the right word, and
// right-click → Paste would do nothing. Built from a plain template so tests
// can read it; only the wiring in index.ts touches Electron.
import type { MenuItemConstructorOptions } from 'electron';

/** The parts of Electron's ContextMenuParams this menu reads. */
export interface ContextParams {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 5;

export function contextMenuTemplate(params: ContextParams, actions: ContextActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ label: `Add “${word}” to Dictionary`, click: () => actions.addToDictionary(word) });
    items.push({ type: 'separator' });
  }
  const { canCut, canCopy, canPaste, canSelectAll } = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: canCut },
      { role: 'copy', enabled: canCopy },
      { role: 'paste', enabled: canPaste },
      { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', enabled: canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: canSelectAll },
    );
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy', enabled: canCopy });
  }
  return items;
}
