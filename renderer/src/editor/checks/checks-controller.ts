// The copy checks of one open article, outside React: what the newest answer
// found (from check-feed.ts), the flags drawn near the screen, the suggestion
// menu, and the edits a journalist asks for (Fix, Fix all, Ignore, Add to
// dictionary). Never changes a word without being asked. Components
// subscribe with useSyncExternalStore; the body editor tells it of edits.
import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Dialect } from '../../../../shared/checks/dialect';
import { normalizeWord } from '../../../../shared/checks/spelling/newsroom-dictionary';
import type { HeaderField } from '../../../../shared/article/header';
import { SnapshotStore } from '../../hooks/snapshot-store';
import type { Client } from '../../ipc/client';
import type { ArticleSession } from '../session/article-session';
import { fixAllTransaction, fixedText, fixTransaction } from './check-edits';
import { flagAt, ignoreRange, isIgnoredRange, shownFlags, type LocatedFlag, type PlacedFlag } from './checks-plugin';
import { BodyFlags } from './body-flags';
import { FlagDrawing, type ApplyMeta } from './flag-drawing';
import { placeFlags } from './place-flags';
import { showsAlready, type Answer } from './answer-changes';
import { describeKey } from '../help/shortcuts';
import { CheckFeed, type CheckFeedOptions } from './check-feed';
import { fieldFlagBox, fieldKey, focusField, isFieldFlag, isInField, replaceInField, returnToField } from './field-flags';

export interface SuggestionMenuState {
  flag: PlacedFlag;
  /** Where to show it (viewport coordinates, under the word). */
  left: number;
  top: number;
  /** null while the dictionary looks (spelling suggestions are found on demand). */
  suggestions: string[] | null;
  /** Keyboard focus in the menu (Mod-., the context menu); after a click the caret stays in the text. */
  focused: boolean;
}

export interface ChecksSnapshot {
  status: 'loading' | 'ready' | 'failed';
  /** What went wrong, or what the last action did, in words. */
  message: string | null;
  dialect: Dialect | null;
  /** Every open flag of the last check, in reading order. */
  flags: readonly PlacedFlag[];
  menu: SuggestionMenuState | null;
}

export interface ChecksOptions extends Pick<CheckFeedOptions, 'startWorker' | 'delay'> {
  client: Pick<Client, 'getCheckContext' | 'addNewsroomWord'>;
  session: Pick<ArticleSession, 'doc' | 'getSnapshot' | 'subscribe' | 'changeField'>;
}


export class ChecksController extends SnapshotStore<ChecksSnapshot> {
  private readonly feed: CheckFeed;
  private viewOf: () => EditorView | null = () => null;
  private applyMeta: ApplyMeta = () => undefined;
  private readonly body = new BodyFlags();
  private readonly drawing = new FlagDrawing(this.body, () => this.viewOf(), () => this.applyMeta);
  private readonly ignoredFields = new Set<string>();
  /** The texts of flags fixed or ignored since the last answer. */
  private readonly dropped: string[] = [];

  constructor(private readonly options: ChecksOptions) {
    super({ status: 'loading', message: null, dialect: null, flags: [], menu: null });
    this.feed = new CheckFeed({
      ...options,
      onReady: (dialect) => this.update({ dialect }),
      onFlags: (version, flags, texts, changed) => this.answered({ version, flags, texts }, changed),
      onFailure: (message) => this.update({ status: 'failed', message }),
    });
  }

  /** Whether these are the checks of that session (the window's hook keeps one per open article). */
  isFor(session: unknown): boolean {
    return this.options.session === session;
  }

  /** The body's view, read when needed (it exists once the editor has mounted). */
  attachView(view: () => EditorView | null, applyMeta: ApplyMeta): void {
    this.viewOf = view;
    this.applyMeta = applyMeta;
    this.drawing.draw();
  }

  private get view(): EditorView | null {
    return this.viewOf();
  }

  /** The body changed (every transaction that changed the document). */
  bodyChanged(tr: Transaction): void {
    this.body.edited(tr);
    this.drawing.edited(tr);
    this.feed.edited();
    if (this.getSnapshot().menu) this.closeMenu();
  }

  /** The caret moved without an edit: the word it was typing is finished, and may show its flag. */
  caretMoved(tr: Transaction): void {
    // The transaction's selection: react-prosemirror gives the view its new state only after React renders.
    const menu = this.getSnapshot().menu;
    if (menu && !menu.focused) {
      const at = this.locate(menu.flag);
      const head = tr.selection.head;
      if (!at || head < at.from || head > at.to) this.closeMenu();
    }
    this.drawing.caretMoved();
  }

  /** Mod-., a click or the context menu on a flagged word: its menu, with suggestions. */
  openMenuAt(view: EditorView, pos: number, focus = true): boolean {
    const shown = flagAt(view.state, pos);
    if (!shown) return false;
    const coords = view.coordsAtPos(shown.from);
    this.showMenu(shown.flag, coords.left, coords.bottom, focus);
    return true;
  }

  /** The same for a flag of the headline or standfirst, under its word in the field. */
  openFieldMenu(flag: PlacedFlag, focus: boolean): void {
    const box = fieldFlagBox(flag);
    if (box) this.showMenu(flag, box.left, box.bottom, focus);
  }

  private showMenu(flag: PlacedFlag, left: number, bottom: number, focused: boolean): void {
    const needsLookup = flag.kind === 'spelling' && flag.suggestions.length === 0;
    this.update({ menu: { flag, left, top: bottom + 4, suggestions: needsLookup ? null : flag.suggestions, focused } });
    if (needsLookup) {
      void this.feed.suggest(flag.text).then((found) => {
        const menu = this.getSnapshot().menu;
        if (menu?.flag.id === flag.id) this.update({ menu: { ...menu, suggestions: found } });
      });
    }
  }

  closeMenu(): void {
    this.update({ menu: null });
  }

  /** Escape in the text while a click's menu is shown (the caret in the word, the menu unfocused): closes it; true when it did. */
  closeShownMenu(): boolean {
    const menu = this.getSnapshot().menu;
    if (!menu || menu.focused) return false;
    this.closeMenu();
    return true;
  }

  /** Fix (the panel) or a suggestion (the menu): one undo step; refused when the text has changed since. */
  apply(flag: PlacedFlag, replacement = flag.suggestions[0]): void {
    if (replacement === undefined) return;
    this.closeMenu();
    if (isFieldFlag(flag)) return this.fixField(flag, replacement);
    // A caption's fix is typed into its field when it is there, so the field's Undo takes it back (the photo's edit reaches the body's history).
    if (flag.photoPos !== undefined && replaceInField(flag, replacement)) return this.drop(flag);
    const view = this.view;
    const tr = view && fixTransaction(view.state, flag, replacement, this.locate(flag));
    if (!view || !tr) return this.say('That text has changed since it was checked; it is checked again now.');
    view.dispatch(tr.scrollIntoView());
    this.drop(flag);
  }

  fixAllAutomatic(): void {
    const view = this.view;
    if (!view) return;
    const result = fixAllTransaction(view.state, this.body.all(), this.getSnapshot().flags.filter((f) => f.photoPos !== undefined));
    if (!result) return this.say('Nothing to fix automatically.');
    view.dispatch(result.tr.scrollIntoView());
    this.say(`Fixed ${result.count} automatically. Undo (${describeKey('Mod-z')}) takes them all back.`);
    view.focus();
  }

  ignore(flag: PlacedFlag): void {
    this.closeMenu();
    const at = this.locate(flag);
    if (at && this.view) this.applyMeta((state) => ignoreRange(state.tr, at.from, at.to));
    else this.ignoredFields.add(fieldKey(flag));
    this.drop(flag);
    this.caretBack(flag);
  }

  /** Into the newsroom dictionary (shared by every article), then the whole article is checked again. */
  async addToDictionary(flag: PlacedFlag): Promise<void> {
    this.closeMenu();
    const word = normalizeWord(flag.text);
    try {
      await this.options.client.addNewsroomWord({ word });
    } catch (error) {
      return this.say((error as Error).message);
    }
    this.update({ flags: this.getSnapshot().flags.filter((f) => normalizeWord(f.text) !== word || f.kind !== 'spelling'), message: `“${word}” is in the newsroom dictionary.` });
    this.feed.learned(word);
    this.caretBack(flag);
  }

  /** The house-style sheet changed (Publication settings): the article is checked again with the new rules. */
  reloadContext(): void {
    this.feed.reload();
  }

  /** The panel's click: the caret on the flag, the flag on screen. */
  jumpTo(flag: PlacedFlag): void {
    const view = this.view;
    const at = this.locate(flag);
    if (view && at) {
      view.focus();
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at.from, at.to)).scrollIntoView());
      return;
    }
    if (isFieldFlag(flag)) focusField(flag);
  }

  /** The panel's "Suggestions…" for a flag with none ready (spelling): the caret on it and its menu. */
  openMenuFor(flag: PlacedFlag): void {
    const at = this.locate(flag);
    this.jumpTo(flag);
    if (this.view && at) this.openMenuAt(this.view, at.from);
  }

  /** Export and Copy HTML warn (never block) while spelling flags are open. */
  openSpellingNotice(): string | null {
    const n = this.getSnapshot().flags.filter((f) => f.kind === 'spelling').length;
    return n ? `Note: ${n} spelling flag${n === 1 ? ' is' : 's are'} still open (View → Checks).` : null;
  }

  dispose(): void {
    this.drawing.dispose();
    this.feed.dispose();
  }

  private answered(answer: Answer, changed: ReadonlySet<string>): void {
    const start = performance.now();
    // Most answers after a pause find what is shown, moved with the edits: nothing is placed or drawn again. A text
    // whose flag was fixed is compared too: an Undo since may have brought the flag back unchanged.
    const { status, flags: current } = this.getSnapshot();
    const compared = new Set([...changed, ...this.dropped.splice(0)]);
    if (status === 'ready' && showsAlready({ body: this.body, flags: current }, compared, answer, this.unignored)) return void performance.measure('copydesk:checks-unchanged', { start });
    const placed = this.unignored(placeFlags(answer.version, answer.flags, answer.texts));
    this.body.reset(placed);
    this.update({ status: 'ready', flags: placed });
    this.drawing.draw();
    performance.measure('copydesk:checks-show', { start });
  }

  /** The flags a journalist has not ignored. */
  private readonly unignored = (placed: PlacedFlag[]) => {
    const state = this.view?.state;
    return placed.filter((f) => (f.range ? !(state && isIgnoredRange(state, f.range)) : !this.ignoredFields.has(fieldKey(f))));
  };

  /** Where a body flag is now: its decoration, else the newest answer's range carried through the edits since. */
  private locate(flag: PlacedFlag): LocatedFlag | null {
    const view = this.view;
    return (view && shownFlags(view.state).find((s) => s.flag.id === flag.id)) || this.body.locate(flag);
  }

  /** Typed into the field as the browser's edit, so the field's Undo takes it back; straight into the session if the field is not there. */
  private fixField(flag: PlacedFlag, replacement: string): void {
    const name = flag.where as HeaderField;
    const text = fixedText(this.options.session.getSnapshot().header[name], flag, replacement);
    if (text === null) return this.say('That text has changed since it was checked; it is checked again now.');
    if (!replaceInField(flag, replacement)) this.options.session.changeField(name, text);
    this.drop(flag);
  }

  private drop(flag: PlacedFlag): void {
    this.dropped.push(flag.where);
    this.body.drop(flag);
    this.update({ flags: this.getSnapshot().flags.filter((f) => f.id !== flag.id) });
  }

  /** Focus back where the flag is: its field, or the body. */
  private caretBack(flag: PlacedFlag): void {
    if (isInField(flag)) returnToField(flag);
    else this.view?.focus();
  }

  private say(message: string): void {
    this.update({ message });
  }
}
