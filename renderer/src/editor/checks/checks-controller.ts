// The copy checks of one open article, outside React: what the newest answer
// found (from check-feed.ts, placed by flag-placing.ts), the flags drawn near
// the screen, the suggestion menu, and the edits a journalist asks for (Fix,
// Fix all, Ignore, Mark correct, Add to dictionary: flag-fixes.ts) — each one
// undo step of the body's history. Never changes a word without being asked.
// Components subscribe with useSyncExternalStore; the body editor tells it of
// edits.
import { TextSelection, type Transaction } from 'prosemirror-state';
import { isHistoryTransaction, redo, undo } from 'prosemirror-history';
import type { EditorView } from 'prosemirror-view';
import type { Dialect } from '../../../../shared/checks/dialect';
import { SnapshotStore } from '../../hooks/snapshot-store';
import type { Client } from '../../ipc/client';
import type { ArticleSession } from '../session/article-session';
import { FlagFixes } from './flag-fixes';
import { isIgnoredRange, shownFlags, type LocatedFlag, type PlacedFlag } from './checks-plugin';
import type { Answer } from './answer-changes';
import { recordAction, type CheckAction } from './check-action-step';
import { CheckActions } from './check-actions';
import { FlagMenu, type SuggestionMenuState } from './flag-menu';
import { FlagPlacing } from './flag-placing';
import { FlagDrawing, type ApplyMeta } from './flag-drawing';
import { CheckFeed, type CheckFeedOptions } from './check-feed';
import { fieldFlagBox, focusField, isFieldFlag, replaceInField } from './field-flags';
import { ShowTiming } from './show-timing';

export type { SuggestionMenuState };

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
  client: Pick<Client, 'getCheckContext' | 'addNewsroomWord' | 'removeNewsroomWord' | 'listAcceptedFlags' | 'acceptCheckFlag' | 'unacceptCheckFlag'>;
  session: Pick<ArticleSession, 'id' | 'doc' | 'getSnapshot' | 'subscribe' | 'changeField'>;
}

export class ChecksController extends SnapshotStore<ChecksSnapshot> {
  private readonly feed: CheckFeed;
  private viewOf: () => EditorView | null = () => null;
  private applyMeta: ApplyMeta = () => undefined;
  private readonly placing = new FlagPlacing();
  private readonly body = this.placing.body;
  private readonly drawing = new FlagDrawing(this.body, () => this.viewOf(), () => this.applyMeta);
  private readonly actions: CheckActions;
  private readonly fixes: FlagFixes;
  private readonly menu = new FlagMenu({
    get: () => this.getSnapshot().menu,
    set: (menu) => this.update({ menu }),
    suggest: (word) => this.feed.suggest(word),
    locate: (flag) => this.locate(flag),
  });

  constructor(private readonly options: ChecksOptions) {
    super({ status: 'loading', message: null, dialect: null, flags: [], menu: null });
    this.feed = new CheckFeed({
      ...options,
      onReady: (dialect) => this.update({ dialect }),
      onFlags: (version, flags, texts, changed) => this.actions.whenReady(() => this.answered({ version, flags, texts }, changed)),
      onFailure: (message) => this.update({ status: 'failed', message }),
    });
    const { session } = options;
    this.actions = new CheckActions({
      client: options.client,
      articleId: session.id,
      record: (action) => this.record(action),
      learned: (word) => this.feed.learned(word),
      forgot: (word) => this.feed.forgot(word),
      // An undo or redo replayed a check action: its flag may come back unchanged, so the next answer is placed whole.
      recheck: () => (this.placing.placeWholeNext(), this.feed.recheck()),
      fieldText: (name) => session.getSnapshot().header[name],
      changeField: (name, text) => session.changeField(name, text),
      typeIntoField: replaceInField,
      say: (message) => this.say(message),
    });
    this.fixes = new FlagFixes({
      view: () => this.viewOf(),
      actions: this.actions,
      locate: (flag) => this.locate(flag),
      bodyFlags: () => this.body.all(),
      flags: () => this.getSnapshot().flags,
      record: (action) => this.record(action),
      drop: (settled) => this.dropWhere(settled),
      say: (message) => this.say(message),
      closeMenu: () => this.closeMenu(),
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

  /** Every transaction that changed the document: the effects of the check actions an undo or redo replayed (true when it had any). */
  replayed(tr: Transaction): boolean {
    // What the last action said ("Ignored here… Undo brings it back") is no longer so; an undo with more to say says it.
    if (isHistoryTransaction(tr) && this.getSnapshot().message) this.update({ message: null });
    return this.actions.replay(tr);
  }

  /** The body changed (every transaction that changed the document's content). */
  bodyChanged(tr: Transaction): void {
    this.body.edited(tr);
    this.drawing.edited(tr);
    this.feed.edited();
    this.menu.close();
  }

  /** The caret moved without an edit: the word it was typing is finished, and may show its flag. */
  caretMoved(tr: Transaction): void {
    this.menu.caretMoved(tr);
    this.drawing.caretMoved();
  }

  /** Mod-., a click or the context menu on a flagged word: its menu, with suggestions. */
  openMenuAt(view: EditorView, pos: number, focus = true): boolean {
    return this.menu.openAt(view, pos, focus);
  }

  /** The same for a flag of the headline, standfirst or a caption, under its word in the field. */
  openFieldMenu(flag: PlacedFlag, focus: boolean): void {
    const box = fieldFlagBox(flag);
    if (box) this.menu.openBelow(flag, box, focus);
  }

  closeMenu(): void {
    this.menu.close();
  }

  /** Escape in the text while a click's menu is shown: closes it; true when it did. */
  closeShownMenu(): boolean {
    return this.menu.closeShown();
  }

  /** Fix, Fix all automatic, Ignore here, Mark correct here, Add to newsroom dictionary: flag-fixes.ts. */
  apply(flag: PlacedFlag, replacement?: string): void {
    this.fixes.apply(flag, replacement);
  }

  fixAllAutomatic(): void {
    this.fixes.fixAllAutomatic();
  }

  ignore(flag: PlacedFlag): void {
    this.fixes.ignore(flag);
  }

  markCorrect(flag: PlacedFlag): Promise<void> {
    return this.fixes.markCorrect(flag);
  }

  addToDictionary(flag: PlacedFlag): Promise<void> {
    return this.fixes.addToDictionary(flag);
  }

  /** The house-style sheet changed (Publication settings): the article is checked again with the new rules. */
  reloadContext(): void {
    this.feed.reload();
  }

  /** Mod-Z / Mod-Shift-Z in the Checks panel: the body's own undo and redo, so what was done there is undone there. */
  undo(redoing = false): boolean {
    const view = this.viewOf();
    return !!view && (redoing ? redo : undo)(view.state, view.dispatch);
  }

  /** The panel's click: the caret on the flag, the flag on screen. */
  jumpTo(flag: PlacedFlag): void {
    const view = this.viewOf();
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
    this.jumpTo(flag);
    // Where the word is once the view has scrolled to it (react-prosemirror updates the view after React renders).
    requestAnimationFrame(() => {
      const at = this.locate(flag);
      const view = this.viewOf();
      if (view && at) this.menu.openFor(view, flag, at.from, true);
    });
  }

  dispose(): void {
    this.actions.dispose();
    this.drawing.dispose();
    this.feed.dispose();
  }

  private answered(answer: Answer, changed: ReadonlySet<string>): void {
    const timing = new ShowTiming();
    // Only the texts whose flags changed are placed again; an answer that agrees with the screen draws nothing.
    if (this.getSnapshot().status !== 'ready') this.placing.placeWholeNext();
    const flags = this.placing.answered(answer, changed, this.kept);
    if (!flags) return timing.unchanged();
    timing.placed();
    this.update({ status: 'ready', flags });
    timing.listed();
    this.drawing.draw();
    timing.shown();
  }

  /** The flags not kept away: marked correct, ignored in a field, or ignored in the body (a range of the plugin). */
  private readonly kept = (placed: PlacedFlag[]) => {
    const state = this.viewOf()?.state;
    return placed.filter((f) => !this.actions.hides(f) && !(f.range && state && isIgnoredRange(state, f.range)));
  };

  /** Where a body flag is now: its decoration, else the newest answer's range carried through the edits since. */
  private locate(flag: PlacedFlag): LocatedFlag | null {
    const view = this.viewOf();
    return (view && shownFlags(view.state).find((s) => s.flag.id === flag.id)) || this.body.locate(flag);
  }

  /** A check action as its own undo event in the body's history (built on the newest state, see ApplyMeta). */
  private record(action: CheckAction): void {
    this.applyMeta((state) => recordAction(state.tr, action));
  }

  private dropWhere(dropped: (f: PlacedFlag) => boolean): void {
    this.update({ flags: this.placing.drop(dropped) });
    this.drawing.draw();
  }

  private say(message: string): void {
    this.update({ message });
  }
}
