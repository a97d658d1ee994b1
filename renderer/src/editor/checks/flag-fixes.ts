// The edits a journalist asks of a flag: Fix (a suggestion), Fix all
// automatic, Ignore here, Mark correct here and Add to newsroom dictionary —
// each one undo step of the body's history (check-edits.ts for the words,
// check-actions.ts for what the wordless ones do outside the document). Each
// takes the flags it settled off the screen and the list at once, without
// waiting for the next check, and says what it did and how to undo it.
import type { EditorView } from 'prosemirror-view';
import { acceptedKey } from '../../../../shared/checks/accepted-flag';
import { normalizeWord } from '../../../../shared/checks/spelling/newsroom-dictionary';
import { describeKey } from '../help/shortcuts';
import type { CheckAction } from './check-action-step';
import type { CheckActions } from './check-actions';
import { fixAllTransaction, fixTransaction } from './check-edits';
import type { LocatedFlag, PlacedFlag } from './checks-plugin';
import { isFieldFlag, isInField, replaceInField, returnToField } from './field-flags';

export interface FlagFixesOptions {
  view(): Pick<EditorView, 'state' | 'dispatch' | 'focus'> | null;
  actions: Pick<CheckActions, 'fixField' | 'ignoreField' | 'markCorrect' | 'addWord'>;
  /** Where a body flag is now. */
  locate(flag: PlacedFlag): LocatedFlag | null;
  /** Every open body flag, where it is now. */
  bodyFlags(): LocatedFlag[];
  /** Every open flag (the captions' are fixed by Fix all too). */
  flags(): readonly PlacedFlag[];
  /** A check action as its own undo event in the body's history. */
  record(action: CheckAction): void;
  /** Takes the flags settled away from the list and the screen. */
  drop(settled: (f: PlacedFlag) => boolean): void;
  say(message: string): void;
  closeMenu(): void;
}

const undoKey = describeKey('Mod-z');
const CHANGED = 'That text has changed since it was checked; it is checked again now.';

export class FlagFixes {
  constructor(private readonly options: FlagFixesOptions) {}

  /** Fix (the panel) or a suggestion (the menu): one undo step; refused when the text has changed since. */
  apply(flag: PlacedFlag, replacement = flag.suggestions[0]): void {
    if (replacement === undefined) return;
    const { actions, closeMenu, say, view: viewOf, locate } = this.options;
    closeMenu();
    if (isFieldFlag(flag)) return actions.fixField(flag, replacement) ? this.dropOne(flag) : say(CHANGED);
    // A caption's fix is typed into its field when it is there, so the field's Undo takes it back (the photo's edit reaches the body's history).
    if (flag.photoPos !== undefined && replaceInField(flag, replacement)) return this.dropOne(flag);
    const view = viewOf();
    const tr = view && fixTransaction(view.state, flag, replacement, locate(flag));
    if (!view || !tr) return say(CHANGED);
    view.dispatch(tr.scrollIntoView());
    this.dropOne(flag);
  }

  fixAllAutomatic(): void {
    const view = this.options.view();
    if (!view) return;
    const result = fixAllTransaction(view.state, this.options.bodyFlags(), this.options.flags().filter((f) => f.photoPos !== undefined));
    if (!result) return this.options.say('Nothing to fix automatically.');
    view.dispatch(result.tr.scrollIntoView());
    this.options.say(`Fixed ${result.count} automatically. Undo (${undoKey}) takes them all back.`);
    view.focus();
  }

  /** "Ignore here": while the article is open. */
  ignore(flag: PlacedFlag): void {
    this.options.closeMenu();
    const at = this.options.locate(flag);
    if (at && this.options.view()) this.options.record({ type: 'ignore', from: at.from, to: at.to });
    else this.options.actions.ignoreField(flag);
    this.dropOne(flag);
    this.options.say(`Ignored here while the article is open. Undo (${undoKey}) brings it back.`);
    this.caretBack(flag);
  }

  /** "Mark correct here": remembered with the article (the same words in the same place stay unflagged after a restart). */
  async markCorrect(flag: PlacedFlag): Promise<void> {
    this.options.closeMenu();
    if (!(await this.options.actions.markCorrect(flag))) return;
    const key = acceptedKey(flag.mark);
    this.options.drop((f) => acceptedKey(f.mark) === key);
    this.options.say(`“${flag.text}” is marked correct in this article. Undo (${undoKey}) brings the flag back.`);
    this.caretBack(flag);
  }

  /** Into the newsroom dictionary (shared by every article), then the whole article is checked again. */
  async addToDictionary(flag: PlacedFlag): Promise<void> {
    this.options.closeMenu();
    const word = normalizeWord(flag.text);
    if (!(await this.options.actions.addWord(word))) return;
    this.options.drop((f) => f.kind === 'spelling' && normalizeWord(f.text) === word);
    this.options.say(`“${word}” is in the newsroom dictionary. Undo (${undoKey}) takes it out again.`);
    this.caretBack(flag);
  }

  private dropOne(flag: PlacedFlag): void {
    this.options.drop((f) => f.id === flag.id);
  }

  /** Focus back where the flag is: its field, or the body. */
  private caretBack(flag: PlacedFlag): void {
    if (isInField(flag)) returnToField(flag);
    else this.options.view()?.focus();
  }
}
