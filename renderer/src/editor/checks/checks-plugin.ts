// The flags in the body, as decorations (those near the screen: body-flags.ts): each kind its own underline (wavy for
// spelling, dotted for grammar, double for house style — not colour alone),
// named for assistive technology by aria-describedby and for the pointer by a
// title. Decorations move with every edit; a new set arrives from the checker
// after a pause. "Ignore here" keeps an ignored range that moves with the text
// and keeps the flag away for as long as the article is open; it arrives as a
// step of the history (check-action-step.ts), so undo takes it back.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { CHECK_KIND_LABELS, type CheckFlag } from '../../../../shared/checks/flag';
import type { AcceptedFlag } from '../../../../shared/checks/accepted-flag';
import { actionsOf } from './check-action-step';

/** A flag of one of the article's texts, with an id for this answer and where it is. */
export interface PlacedFlag extends CheckFlag {
  id: string;
  /** The text's key (headline, standfirst, block:N, caption:N) and its name for people. */
  where: string;
  label: string;
  /** Its range in the body document when it is in a body text block (not headline, standfirst or a caption). */
  range?: { from: number; to: number };
  /** A caption's photo: its position in the body. */
  photoPos?: number;
  /** What "Mark correct here" remembers it as (shared/checks/accepted-flag.ts). */
  mark: AcceptedFlag;
}

interface ChecksState {
  flags: DecorationSet;
  ignored: DecorationSet;
}

/** A flag and where it is now. */
export interface LocatedFlag {
  flag: PlacedFlag;
  from: number;
  to: number;
}

type ChecksMeta = { remove: readonly Decoration[]; add: readonly LocatedFlag[] };

export const checksKey = new PluginKey<ChecksState>('copy-checks');

export const kindDescriptionId = (kind: CheckFlag['kind']) => `check-kind-${kind}`;

function decorationOf({ flag, from, to }: LocatedFlag): Decoration {
  return Decoration.inline(
    from,
    to,
    {
      class: `check-flag check-${flag.kind}`,
      'data-check-kind': flag.kind,
      'aria-describedby': kindDescriptionId(flag.kind),
      title: `${CHECK_KIND_LABELS[flag.kind]}: ${flag.message}`,
    },
    { flag },
  );
}

export interface ChecksPluginHandlers {
  /** A click (the menu shown, the caret kept in the text) or the context menu (the menu focused) on a flagged word; true when a menu opened. */
  openAt(view: EditorView, pos: number, focus: boolean): boolean;
  /** Escape in the text: closes a menu a click opened (the caret stayed here); true when one was open. */
  closeMenu(): boolean;
}

export function checksPlugin(handlers: ChecksPluginHandlers): Plugin<ChecksState> {
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: () => ({ flags: DecorationSet.empty, ignored: DecorationSet.empty }),
      apply(tr, value) {
        const meta = tr.getMeta(checksKey) as ChecksMeta | undefined;
        let flags = tr.docChanged ? value.flags.map(tr.mapping, tr.doc) : value.flags;
        let ignored = tr.docChanged ? value.ignored.map(tr.mapping, tr.doc) : value.ignored;
        for (const action of tr.docChanged ? actionsOf(tr) : []) {
          if (action.type !== 'ignore') continue;
          const { from, to } = action;
          const exactly = (set: DecorationSet) => set.find(from, to).filter((d) => d.from === from && d.to === to);
          if (action.undo) {
            ignored = ignored.remove(exactly(ignored));
          } else {
            ignored = ignored.add(tr.doc, [Decoration.inline(from, to, {}, { ignored: true })]);
            flags = flags.remove(exactly(flags));
          }
        }
        if (meta) {
          const shown = meta.add.filter((f) => !isIgnored(ignored, f));
          flags = flags.remove([...meta.remove]).add(tr.doc, shown.map(decorationOf));
        }
        return { flags, ignored };
      },
    },
    props: {
      decorations: (state) => checksKey.getState(state)?.flags,
      handleClick: (view, pos) => {
        if (!flagAt(view.state, pos)) return false;
        handlers.openAt(view, pos, false);
        return false;
      },
      handleKeyDown: (_view, event) => event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && handlers.closeMenu(),
      handleDOMEvents: {
        contextmenu: (view, event) => {
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
          if (!at || !flagAt(view.state, at.pos)) return false;
          event.preventDefault();
          return handlers.openAt(view, at.pos, true);
        },
      },
    },
  });
}

/** Whether "Ignore here" was chosen for exactly this range (it moves with the text). */
export function isIgnoredRange(state: EditorState, range: { from: number; to: number }): boolean {
  const ignored = checksKey.getState(state)?.ignored;
  return !!ignored && isIgnored(ignored, range);
}

function isIgnored(ignored: DecorationSet, range: { from: number; to: number }): boolean {
  return ignored.find(range.from, range.to).some((d) => d.from === range.from && d.to === range.to);
}

/** A flag shown in the body now, where it is now (its range moved with the edits since). */
export interface ShownFlag extends LocatedFlag {
  decoration: Decoration;
}

export function shownFlags(state: EditorState, from?: number, to?: number): ShownFlag[] {
  const set = checksKey.getState(state)?.flags;
  if (!set) return [];
  return set
    .find(from, to)
    .map((d) => ({ flag: d.spec.flag as PlacedFlag, from: d.from, to: d.to, decoration: d }))
    .sort((a, b) => a.from - b.from);
}

/** The flag under a position (the caret, a click), if any. */
export function flagAt(state: EditorState, pos: number): ShownFlag | null {
  return shownFlags(state, pos, pos).find((f) => f.from <= pos && pos <= f.to) ?? null;
}

/** A still-valid flag: its text is still what was flagged (typing inside it makes it stale until the next check). */
export function isCurrent(state: EditorState, shown: LocatedFlag): boolean {
  return state.doc.textBetween(shown.from, shown.to, undefined, '\uFFFC') === shown.flag.text;
}

export const changeFlags = (tr: Transaction, remove: readonly ShownFlag[], add: readonly LocatedFlag[]) =>
  tr.setMeta(checksKey, { remove: remove.map((s) => s.decoration), add } satisfies ChecksMeta).setMeta('addToHistory', false);
