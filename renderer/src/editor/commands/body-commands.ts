// What each body command does (declared in shared/commands/commands.ts): the
// keymap (../keymap/keymap.ts) and the toolbar (../toolbar/Toolbar.tsx) are
// both built from this one table.
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { undo, redo } from 'prosemirror-history';
import { sinkListItem, liftListItem } from 'prosemirror-schema-list';
import { nodes, marks } from '../schema-types';
import { isMarkActive, toggleBold, toggleItalic } from './marks';
import { resolveNotes, toggleNote } from './notes';
import type { NoteAttrs } from '../../../../shared/article/note-mark';
import { canLink, linkAt } from './link';
import { headingLevelAt, insertHardBreak, insertHorizontalRule, listTypeAt, setHeading, setParagraph, toggleBulletList, toggleHeading, toggleOrderedList } from './blocks';
import { addAttribution, quoteAt, toggleQuote } from './quote';
import { canInsertPhoto } from '../photo/insert-photo';
import { moveBlockDown, moveBlockUp } from './move-block';
import { flagAt } from '../checks/checks-plugin';
import { bindCommands, type BoundCommand, type CommandBinding } from '../../commands/bound-command';
import type { CommandId } from '../../../../shared/commands/commands';

/** What body commands do outside the document: opened panels, the file dialog. */
export interface BodyCommandActions {
  openLinkEditor(): void;
  showShortcuts(): void;
  insertPhoto(view: EditorView): void;
  /** Mod-. on a flagged word: its suggestion menu. */
  openCheckMenu?(view: EditorView, pos: number): void;
  /** Who is making a note, and when (Your initials, else the byline's). */
  noteAttrs?(): NoteAttrs;
  /** A note is about to be resolved: History keeps the version that has it. */
  beforeResolvingNote?(): void;
}

const NOBODY_NOW = (): NoteAttrs => ({ author: '', at: new Date().toISOString() });

type Dispatch = (tr: Transaction) => void;
export type BodyCommand = BoundCommand<EditorState, Dispatch, EditorView>;
export type BodyCommands = ReadonlyMap<CommandId, BodyCommand>;

const pm = (run: Command, isActive?: (state: EditorState) => boolean): CommandBinding<EditorState, Dispatch, EditorView> => ({
  run,
  ...(isActive ? { isActive } : {}),
});

/** A command that acts outside the document (a panel, a dialog, saving): always taken when its key is pressed. */
const action = (act: (view?: EditorView) => void, isEnabled?: (state: EditorState) => boolean): CommandBinding<EditorState, Dispatch, EditorView> => ({
  ...pm((state, dispatch, view) => {
    if (!dispatch) return isEnabled?.(state) ?? true;
    act(view);
    return true;
  }),
  takesFocus: true,
});

export function bodyCommands(actions: BodyCommandActions): BodyCommands {
  const item = nodes.list_item;
  return bindCommands<EditorState, Dispatch, EditorView>({
    bold: pm(toggleBold, (s) => isMarkActive(s, marks.strong)),
    italic: pm(toggleItalic, (s) => isMarkActive(s, marks.em)),
    note: pm(toggleNote(actions.noteAttrs ?? NOBODY_NOW), (s) => isMarkActive(s, marks.note)),
    'resolve-note': pm(resolveNotes(actions.beforeResolvingNote)),
    link: { ...action(() => actions.openLinkEditor(), canLink), isActive: (s) => !!linkAt(s) },
    'hard-break': pm(insertHardBreak),
    paragraph: pm(setParagraph),
    subhead: pm(setHeading(2)),
    'subhead-3': pm(setHeading(3)),
    'subhead-4': pm(setHeading(4)),
    'toggle-subhead': pm(toggleHeading(2), (s) => headingLevelAt(s) === 2),
    'bullet-list': pm(toggleBulletList, (s) => listTypeAt(s) === nodes.bullet_list),
    'ordered-list': pm(toggleOrderedList, (s) => listTypeAt(s) === nodes.ordered_list),
    quote: pm(toggleQuote, (s) => !!quoteAt(s)),
    attribution: pm(addAttribution),
    'horizontal-rule': pm(insertHorizontalRule),
    'insert-photo': action((view) => view && actions.insertPhoto(view), canInsertPhoto),
    'move-block-up': pm(moveBlockUp),
    'move-block-down': pm(moveBlockDown),
    indent: pm(sinkListItem(item)),
    outdent: pm(liftListItem(item)),
    undo: pm(undo),
    redo: pm(redo),
    'show-shortcuts': action(() => actions.showShortcuts()),
    // Taken only on a flagged word (elsewhere Mod-. does nothing, as a command that does not apply).
    'check-suggestions': pm((state, dispatch, view) => {
      if (!flagAt(state, state.selection.head)) return false;
      if (dispatch && view) actions.openCheckMenu?.(view, state.selection.head);
      return true;
    }),
  });
}
