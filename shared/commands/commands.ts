// Every user command, declared once: its id, what it is called, its keys and
// where it is listed. The renderer binds what each one does (renderer/src/commands/),
// and from these declarations come the editor keymap, the toolbar's labels and
// key hints, the shortcuts panel and the Electron menu's accelerators
// (electron/main/shell/menu.ts). Main cannot import renderer code, so only the
// data lives here.

import type { EventName } from '../ipc/channels';

/** Groups of the shortcuts panel, in the order it lists them. */
export const COMMAND_GROUPS = ['Text', 'Paragraphs', 'Editing', 'Article', 'View'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/**
 * Where the command's keys are heard:
 * - `body`: the body editor's keymap (ProseMirror);
 * - `editor`: anywhere in the open article (the body or a field);
 * - `window`: anywhere in the window;
 * - `menu-only`: only as the Electron menu's accelerator (the renderer hears the menu's event).
 * A command with a `menuLabel` also has a menu item, whatever its scope.
 */
export type CommandScope = 'body' | 'editor' | 'window' | 'menu-only';

export interface CommandDeclaration {
  readonly id: string;
  readonly label: string;
  /** ProseMirror key names ("Mod-Shift-8"); the first is the one shown. Empty: no shortcut. */
  readonly keys: readonly string[];
  readonly group: CommandGroup;
  readonly scope: CommandScope;
  /** The label of its Electron menu item, when it has one (menus write "…" and title case). */
  readonly menuLabel?: string;
  /** The push event main sends the renderer when the menu item is chosen. */
  readonly menuEvent?: EventName;
  /** The toolbar button's name, where it is shorter than the label. */
  readonly toolbarLabel?: string;
  /** Left out of the shortcuts panel (a command only the menu or the toolbar offers). */
  readonly unlisted?: boolean;
}

function command<const Id extends string>(id: Id, label: string, group: CommandGroup, scope: CommandScope, keys: readonly string[] = [], extra: Partial<CommandDeclaration> = {}) {
  return { id, label, keys, group, scope, ...extra } satisfies CommandDeclaration;
}

export const COMMANDS = [
  command('bold', 'Bold', 'Text', 'body', ['Mod-b']),
  command('italic', 'Italic', 'Text', 'body', ['Mod-i']),
  command('link', 'Add or edit link', 'Text', 'body', ['Mod-k'], { toolbarLabel: 'Link' }),
  // The desk's inline remark, kept with the article but never published or counted (shared/article/notes.ts).
  command('note', 'Editorial note on or off (never published)', 'Text', 'body', ['Mod-Alt-m'], { toolbarLabel: 'Note' }),
  // The caret in a note (or a selection over notes): they leave the body, History keeps them (renderer editor/commands/notes.ts).
  command('resolve-note', 'Resolve the editorial note (History keeps it)', 'Text', 'body', ['Mod-Alt-Shift-m'], { toolbarLabel: 'Resolve note' }),
  command('hard-break', 'Line break within a paragraph', 'Text', 'body', ['Shift-Enter']),
  command('paragraph', 'Body text', 'Paragraphs', 'body', ['Mod-Alt-0']),
  command('subhead', 'Subhead', 'Paragraphs', 'body', ['Mod-Alt-2']),
  command('subhead-3', 'Smaller subhead', 'Paragraphs', 'body', ['Mod-Alt-3']),
  command('subhead-4', 'Smallest subhead', 'Paragraphs', 'body', ['Mod-Alt-4']),
  // The toolbar's Heading button: a subhead on or off (Mod-Alt-2 only sets one).
  command('toggle-subhead', 'Heading', 'Paragraphs', 'body', [], { unlisted: true }),
  command('bullet-list', 'Bulleted list', 'Paragraphs', 'body', ['Mod-Shift-8']),
  command('ordered-list', 'Numbered list', 'Paragraphs', 'body', ['Mod-Shift-7']),
  command('quote', 'Quote on or off', 'Paragraphs', 'body', ['Mod-Alt-q'], { toolbarLabel: 'Quote' }),
  command('attribution', 'Attribution under a quote', 'Paragraphs', 'body', ['Mod-Alt-a']),
  command('horizontal-rule', 'Horizontal rule', 'Paragraphs', 'body', ['Mod-Alt-h']),
  // At the caret, before the block when the caret is at its start (a lead photo). Mod-Alt-P, as issue 17
  // asks: the writer's command gets the plain chord, the preview's toggle takes Shift as well.
  command('insert-photo', 'Insert photo', 'Paragraphs', 'body', ['Mod-Alt-p']),
  // Any block: a photo, a paragraph, a quote, a list item within its list (editor/commands/move-block.ts).
  command('move-block-up', 'Move the block up', 'Paragraphs', 'body', ['Mod-Alt-ArrowUp']),
  command('move-block-down', 'Move the block down', 'Paragraphs', 'body', ['Mod-Alt-ArrowDown']),
  command('indent', 'Indent list item', 'Paragraphs', 'body', ['Tab']),
  command('outdent', 'Outdent list item', 'Paragraphs', 'body', ['Shift-Tab']),
  command('undo', 'Undo', 'Editing', 'body', ['Mod-z']),
  command('redo', 'Redo', 'Editing', 'body', ['Mod-Shift-z', 'Mod-y']),
  // Mod-. on a flagged word: its suggestions, Ignore here, Add to newsroom dictionary (renderer/src/checks/).
  command('check-suggestions', 'Suggestions for the flagged word', 'Editing', 'body', ['Mod-.']),
  command('find', 'Find in the body', 'Editing', 'editor', ['Mod-f']),
  command('find-replace', 'Find and replace', 'Editing', 'editor', ['Mod-h']),
  // Heard by the search box itself in a browser (desk/SearchBox.tsx), the menu's accelerator in the app.
  command('focus-search', 'Search articles', 'Editing', 'menu-only', ['Mod-Shift-f'], { menuLabel: 'Search Articles', menuEvent: 'focusSearch' }),
  command('show-shortcuts', 'Keyboard shortcuts', 'Editing', 'body', ['Mod-/'], { menuLabel: 'Keyboard Shortcuts', menuEvent: 'showShortcuts' }),
  command('new-article', 'New article', 'Article', 'menu-only', ['Mod-n'], { menuLabel: 'New Article', menuEvent: 'newArticle' }),
  command('import-file', 'Import a file', 'Article', 'menu-only', ['Mod-o'], { menuLabel: 'Import…', menuEvent: 'importFile' }),
  command('export-html', 'Export HTML', 'Article', 'menu-only', ['Mod-Shift-e'], { menuLabel: 'Export HTML…', menuEvent: 'exportHtml' }),
  command('copy-html', 'Copy HTML', 'Article', 'menu-only', ['Mod-Alt-c'], { menuLabel: 'Copy HTML', menuEvent: 'copyHtml' }),
  // Mod-S saves and keeps a named version (issue 16): the old "Save now" is folded in,
  // since saving a version flushes the pending save first.
  command('save-version', 'Save now and keep a version (History)', 'Article', 'window', ['Mod-s'], { menuLabel: 'Save Version…', menuEvent: 'saveVersion' }),
  // Spiking replaces deleting in the menu (issue 15): out of the list with Undo; deleting for
  // good is the Spiked view's, behind a confirmation, and has no shortcut.
  command('spike-article', 'Spike the article (Undo for 10 seconds)', 'Article', 'menu-only', ['Mod-Backspace'], { menuLabel: 'Spike Article', menuEvent: 'spikeArticle' }),
  command('unspike-article', 'Unspike the article', 'Article', 'window', [], { unlisted: true }),
  // The article list folds to a rail and back (renderer/src/layout/layout-model.ts); remembered across reloads.
  command('toggle-library', 'Article list on or off', 'View', 'window', ['Mod-\\'], { menuLabel: 'Toggle Article List', menuEvent: 'toggleLibrary' }),
  command('toggle-preview', 'Preview on or off', 'View', 'window', ['Mod-Alt-Shift-p'], { menuLabel: 'Toggle Preview', menuEvent: 'togglePreview' }),
  // Ctrl+Alt+H is the horizontal rule's, so History takes Shift as well.
  command('show-history', 'History: every version of the article', 'View', 'window', ['Mod-Alt-Shift-h'], { menuLabel: 'History', menuEvent: 'showHistory' }),
  // Mod-K is the link's, so Checks takes Alt as well (as the preview does beside Mod-P).
  command('show-checks', 'Checks: spelling, grammar and house style', 'View', 'window', ['Mod-Alt-k'], { menuLabel: 'Checks', menuEvent: 'showChecks' }),
] as const;

export type CommandId = (typeof COMMANDS)[number]['id'];

const BY_ID = new Map<string, CommandDeclaration>(COMMANDS.map((c) => [c.id, c]));

export function commandDeclaration(id: CommandId): CommandDeclaration {
  return BY_ID.get(id)!;
}

/** The shortcuts panel's sections (and README's table): every listed command with a key, by group, in declaration order. */
export function shortcutGroups(): { group: CommandGroup; commands: CommandDeclaration[] }[] {
  const listed = COMMANDS.filter((c: CommandDeclaration) => c.keys.length > 0 && !c.unlisted);
  return COMMAND_GROUPS.map((group) => ({ group, commands: listed.filter((c) => c.group === group) })).filter((g) => g.commands.length > 0);
}

/** The commands that have an Electron menu item. */
export const MENU_COMMANDS: readonly CommandDeclaration[] = COMMANDS.filter((c) => 'menuLabel' in c);

/** "Mod-Shift-e" → Electron's "CmdOrCtrl+Shift+E". */
export function acceleratorOf(key: string): string {
  return key
    .split('-')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/** "Mod-Shift-8" → "Ctrl+Shift+8", or "⌘⇧8" on a Mac; arrow keys as arrows. */
export function describeKey(key: string, mac: boolean): string {
  const parts = key.split('-').map((part) => {
    if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
    if (part === 'Alt') return mac ? '⌥' : 'Alt';
    if (part === 'Shift') return mac ? '⇧' : 'Shift';
    if (part in ARROWS) return ARROWS[part]!;
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return parts.join(mac ? '' : '+');
}

/** Whether a keyboard event is one of `keys` (ProseMirror names), for keys heard outside the body's keymap. */
export function matchesKey(event: { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }, keys: readonly string[]): boolean {
  return keys.some((key) => {
    const parts = key.split('-');
    const base = parts.pop()!;
    const mod = parts.includes('Mod');
    if (mod !== (event.ctrlKey || event.metaKey)) return false;
    if (parts.includes('Alt') !== event.altKey || parts.includes('Shift') !== event.shiftKey) return false;
    // With Alt held a letter key may type another character (⌥P is π on a Mac): compare the physical key too.
    const letter = base.length === 1 && /[a-z]/i.test(base);
    return event.key.toLowerCase() === base.toLowerCase() || (letter && event.code === `Key${base.toUpperCase()}`);
  });
}
