// The suggestion menu of one flagged word, for the controller: where it shows
// (under the word), its suggestions (a spelling flag's are looked up on
// demand, in the checker's worker) and when it closes — a click's menu once
// the caret leaves the word, any menu on an edit.
import type { Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { flagAt, type LocatedFlag, type PlacedFlag } from './checks-plugin';

export interface SuggestionMenuState {
  flag: PlacedFlag;
  /** Where to show it (viewport coordinates, under the word); the menu goes above the word (wordTop) when there is no room below. */
  left: number;
  top: number;
  wordTop: number;
  /** null while the dictionary looks (spelling suggestions are found on demand). */
  suggestions: string[] | null;
  /** Keyboard focus in the menu (Mod-., the context menu); after a click the caret stays in the text. */
  focused: boolean;
}

export interface FlagMenuOptions {
  get(): SuggestionMenuState | null;
  set(menu: SuggestionMenuState | null): void;
  suggest(word: string): Promise<string[]>;
  locate(flag: PlacedFlag): LocatedFlag | null;
}

export class FlagMenu {
  constructor(private readonly options: FlagMenuOptions) {}

  /** Mod-., a click or the context menu on a flagged word: its menu, with suggestions; false when no flag is there. */
  openAt(view: EditorView, pos: number, focus: boolean): boolean {
    const shown = flagAt(view.state, pos);
    if (!shown) return false;
    this.openFor(view, shown.flag, shown.from, focus);
    return true;
  }

  /** The menu of a flag that starts at `from` (drawn or not: the panel's "Suggestions…" for a flag it scrolled to). */
  openFor(view: EditorView, flag: PlacedFlag, from: number, focus: boolean): void {
    this.show(flag, view.coordsAtPos(from), focus);
  }

  private show(flag: PlacedFlag, word: { left: number; top: number; bottom: number }, focus: boolean): void {
    const needsLookup = flag.kind === 'spelling' && flag.suggestions.length === 0;
    this.options.set({ flag, left: word.left, top: word.bottom + 4, wordTop: word.top, suggestions: needsLookup ? null : flag.suggestions, focused: focus });
    if (needsLookup) {
      void this.options.suggest(flag.text).then((found) => {
        const menu = this.options.get();
        if (menu?.flag.id === flag.id) this.options.set({ ...menu, suggestions: found });
      });
    }
  }

  /** The menu of a flag in a field (headline, standfirst, caption), under its word's box there. */
  openBelow(flag: PlacedFlag, box: { left: number; top: number; bottom: number }, focus: boolean): void {
    this.show(flag, box, focus);
  }

  close(): void {
    if (this.options.get()) this.options.set(null);
  }

  /** Escape in the text while a click's menu is shown (the caret in the word, the menu unfocused): closes it; true when it did. */
  closeShown(): boolean {
    const menu = this.options.get();
    if (!menu || menu.focused) return false;
    this.options.set(null);
    return true;
  }

  /** The caret moved (the transaction's selection: react-prosemirror gives the view its new state only after React renders). */
  caretMoved(tr: Transaction): void {
    const menu = this.options.get();
    if (!menu || menu.focused) return;
    const at = this.options.locate(menu.flag);
    const head = tr.selection.head;
    if (!at || head < at.from || head > at.to) this.options.set(null);
  }
}
