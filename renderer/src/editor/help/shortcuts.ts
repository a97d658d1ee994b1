// The keyboard shortcuts as data: the keymap binds them and the Help panel
// lists them, so the two cannot drift apart.
export interface Shortcut {
  /** ProseMirror key name, e.g. "Mod-b". */
  key: string;
  label: string;
  group: 'Text' | 'Paragraphs' | 'Editing';
  /** A second key that does the same. */
  alt?: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'Mod-b', label: 'Bold', group: 'Text' },
  { key: 'Mod-i', label: 'Italic', group: 'Text' },
  { key: 'Mod-k', label: 'Add or edit link', group: 'Text' },
  { key: 'Shift-Enter', label: 'Line break within a paragraph', group: 'Text' },
  { key: 'Mod-Alt-0', label: 'Body text', group: 'Paragraphs' },
  { key: 'Mod-Alt-2', label: 'Subhead', group: 'Paragraphs' },
  { key: 'Mod-Alt-3', label: 'Smaller subhead', group: 'Paragraphs' },
  { key: 'Mod-Alt-4', label: 'Smallest subhead', group: 'Paragraphs' },
  { key: 'Mod-Shift-8', label: 'Bulleted list', group: 'Paragraphs' },
  { key: 'Mod-Shift-7', label: 'Numbered list', group: 'Paragraphs' },
  { key: 'Mod-Alt-q', label: 'Quote on or off', group: 'Paragraphs' },
  { key: 'Mod-Alt-a', label: 'Attribution under a quote', group: 'Paragraphs' },
  { key: 'Mod-Alt-h', label: 'Horizontal rule', group: 'Paragraphs' },
  { key: 'Tab', label: 'Indent list item', group: 'Paragraphs' },
  { key: 'Shift-Tab', label: 'Outdent list item', group: 'Paragraphs' },
  { key: 'Mod-z', label: 'Undo', group: 'Editing' },
  { key: 'Mod-Shift-z', alt: 'Mod-y', label: 'Redo', group: 'Editing' },
  { key: 'Mod-s', label: 'Save now and keep a version (History)', group: 'Editing' },
  { key: 'Mod-Alt-Shift-h', label: 'History: every version of the article', group: 'Editing' },
  { key: 'Mod-f', label: 'Find in the body', group: 'Editing' },
  { key: 'Mod-h', label: 'Find and replace', group: 'Editing' },
  { key: 'Mod-/', label: 'Keyboard shortcuts', group: 'Editing' },
  // The desk (renderer/src/desk/): the menu's accelerators.
  { key: 'Mod-Shift-f', label: 'Search articles', group: 'Editing' },
  { key: 'Mod-Backspace', label: 'Spike the article (Undo for 10 seconds)', group: 'Editing' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Shift-8" → "Ctrl+Shift+8" (or "⌘⇧8" on a Mac). */
export function describeKey(key: string): string {
  const parts = key.split('-').map((part) => {
    if (part === 'Mod') return isMac ? '⌘' : 'Ctrl';
    if (part === 'Alt') return isMac ? '⌥' : 'Alt';
    if (part === 'Shift') return isMac ? '⇧' : 'Shift';
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return parts.join(isMac ? '' : '+');
}
