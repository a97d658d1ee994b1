// The copy checks of one open article, outside React: the worker that checks,
// when it is asked (CheckScheduler), what the last answer found, the
// suggestion menu, and the edits a journalist asks for (Fix, Fix all, Ignore,
// Add to dictionary). Never changes a word without being asked. Components
// subscribe with useSyncExternalStore; the body editor tells it of edits.
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { articleTexts, type ArticleText } from '../../../../shared/checks/article-texts';
import type { Dialect } from '../../../../shared/checks/dialect';
import { normalizeWord } from '../../../../shared/checks/spelling/newsroom-dictionary';
import type { HeaderField } from '../../../../shared/article/header';
import { SnapshotStore } from '../../hooks/snapshot-store';
import type { Client } from '../../ipc/client';
import type { ArticleSession } from '../session/article-session';
import { CHECK_DELAY_MS, CheckScheduler } from './check-scheduler';
import { fixAllTransaction, fixedText, fixTransaction } from './check-edits';
import { changeFlags, flagAt, ignoreRange, isIgnoredRange, shownFlags, type PlacedFlag } from './checks-plugin';
import { diffFlags } from './flag-diff';
import { placeFlags } from './place-flags';
import { fieldKey, focusField, isFieldFlag } from './field-flags';
import type { CheckAnswer, CheckWorker } from './protocol';
import { SuggestionRequests } from './suggestion-requests';

export interface SuggestionMenuState {
  flag: PlacedFlag;
  /** Where to show it (viewport coordinates, under the word). */
  left: number;
  top: number;
  /** null while the dictionary looks (spelling suggestions are found on demand). */
  suggestions: string[] | null;
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

export interface ChecksOptions {
  client: Pick<Client, 'getCheckContext' | 'addNewsroomWord'>;
  session: Pick<ArticleSession, 'doc' | 'getSnapshot' | 'subscribe' | 'changeField'>;
  startWorker(): CheckWorker;
  delay?: number;
}

export class ChecksController extends SnapshotStore<ChecksSnapshot> {
  private readonly worker: CheckWorker;
  private readonly scheduler: CheckScheduler;
  private readonly suggestions: SuggestionRequests;
  private viewOf: () => EditorView | null = () => null;
  /** An accepted answer not yet in the body (it came before the view). */
  private unshown: { placed: PlacedFlag[]; texts: readonly ArticleText[] } | null = null;
  private readonly unsubscribe: () => void;
  private fields: { headline: string; standfirst: string };
  private readonly ignoredFields = new Set<string>();

  constructor(private readonly options: ChecksOptions) {
    super({ status: 'loading', message: null, dialect: null, flags: [], menu: null });
    this.worker = options.startWorker();
    this.worker.onmessage = (event) => this.answered(event.data);
    this.worker.onerror = () => this.update({ status: 'failed', message: 'The copy checker stopped; reopen the article to check it again.' });
    this.suggestions = new SuggestionRequests((request) => this.worker.postMessage(request));
    this.scheduler = new CheckScheduler({ delay: options.delay ?? CHECK_DELAY_MS, collect: () => this.collect(), send: (r) => this.worker.postMessage(r) });
    this.fields = this.headerTexts();
    // A headline or standfirst typed in: checked after the same pause as the body.
    this.unsubscribe = options.session.subscribe(() => {
      const next = this.headerTexts();
      if (next.headline === this.fields.headline && next.standfirst === this.fields.standfirst) return;
      this.fields = next;
      this.scheduler.edited();
    });
    void this.load();
  }

  /** Whether these are the checks of that session (the window's hook keeps one per open article). */
  isFor(session: unknown): boolean {
    return this.options.session === session;
  }

  /** The body's view, read when needed (it exists once the editor has mounted). */
  attachView(view: () => EditorView | null): void {
    this.viewOf = view;
    this.showInBody();
  }

  private get view(): EditorView | null {
    return this.viewOf();
  }

  /** The body changed (every transaction that changed the document). */
  bodyChanged(): void {
    this.scheduler.edited();
    if (this.getSnapshot().menu) this.closeMenu();
  }

  /** Mod-., a click or the context menu on a flagged word: its menu, with suggestions. */
  openMenuAt(view: EditorView, pos: number): boolean {
    const shown = flagAt(view.state, pos);
    if (!shown) return false;
    const coords = view.coordsAtPos(shown.from);
    const { flag } = shown;
    const needsLookup = flag.kind === 'spelling' && flag.suggestions.length === 0;
    this.update({ menu: { flag, left: coords.left, top: coords.bottom + 4, suggestions: needsLookup ? null : flag.suggestions } });
    if (needsLookup) {
      void this.suggestions.ask(flag.text).then((found) => {
        const menu = this.getSnapshot().menu;
        if (menu?.flag.id === flag.id) this.update({ menu: { ...menu, suggestions: found } });
      });
    }
    return true;
  }

  closeMenu(): void {
    this.update({ menu: null });
  }

  /** Fix (the panel) or a suggestion (the menu): one undo step; refused when the text has changed since. */
  apply(flag: PlacedFlag, replacement = flag.suggestions[0]): void {
    if (replacement === undefined) return;
    this.closeMenu();
    if (isFieldFlag(flag)) return this.fixField(flag, replacement);
    const view = this.view;
    const tr = view && fixTransaction(view.state, flag, replacement);
    if (!view || !tr) return this.say('That text has changed since it was checked; it is checked again now.');
    view.dispatch(tr.scrollIntoView());
    this.drop(flag);
  }

  fixAllAutomatic(): void {
    const view = this.view;
    if (!view) return;
    const result = fixAllTransaction(view.state, this.getSnapshot().flags.filter((f) => f.photoPos !== undefined));
    if (!result) return this.say('Nothing to fix automatically.');
    view.dispatch(result.tr.scrollIntoView());
    this.say(`Fixed ${result.count} automatically. Undo (Ctrl+Z) takes them all back.`);
    view.focus();
  }

  ignore(flag: PlacedFlag): void {
    this.closeMenu();
    const shown = this.view && shownFlags(this.view.state).find((s) => s.flag.id === flag.id);
    if (shown && this.view) this.view.dispatch(ignoreRange(this.view.state.tr, shown.from, shown.to));
    else this.ignoredFields.add(fieldKey(flag));
    this.drop(flag);
    this.view?.focus();
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
    this.worker.postMessage({ type: 'add-word', word });
    this.update({ flags: this.getSnapshot().flags.filter((f) => normalizeWord(f.text) !== word || f.kind !== 'spelling'), message: `“${word}” is in the newsroom dictionary.` });
    this.scheduler.checkNow();
    this.view?.focus();
  }

  /** The panel's click: the caret on the flag, the flag on screen. */
  jumpTo(flag: PlacedFlag): void {
    const view = this.view;
    const shown = view && shownFlags(view.state).find((s) => s.flag.id === flag.id);
    if (view && shown) {
      view.focus();
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, shown.from, shown.to)).scrollIntoView());
      return;
    }
    if (isFieldFlag(flag)) focusField(flag);
  }

  /** Export and Copy HTML warn (never block) while spelling flags are open. */
  openSpellingNotice(): string | null {
    const n = this.getSnapshot().flags.filter((f) => f.kind === 'spelling').length;
    return n ? `Note: ${n} spelling flag${n === 1 ? ' is' : 's are'} still open (View → Checks).` : null;
  }

  dispose(): void {
    this.unsubscribe();
    this.scheduler.dispose();
    this.worker.terminate();
  }

  private async load(): Promise<void> {
    try {
      const context = await this.options.client.getCheckContext({});
      this.worker.postMessage({ type: 'context', context });
      this.update({ dialect: context.dialect });
      this.scheduler.checkNow();
    } catch (error) {
      this.update({ status: 'failed', message: `Copy checks are off for now: ${(error as Error).message}` });
    }
  }

  private collect() {
    // Timed (User Timing) for bench/typing-checks.ts: the main thread's share of a check, after the pause.
    const start = performance.now();
    const texts = articleTexts(this.fields, this.options.session.doc);
    performance.measure('copydesk:checks-collect', { start });
    return texts;
  }

  private headerTexts() {
    const { headline, standfirst } = this.options.session.getSnapshot().header;
    return { headline, standfirst };
  }

  private answered(answer: CheckAnswer): void {
    if (answer.type === 'suggestions') return this.suggestions.answered(answer.id, answer.suggestions);
    if (answer.type === 'error') return this.update({ status: 'failed', message: `The copy checker failed: ${answer.message}` });
    const texts = this.scheduler.accept(answer.version);
    if (!texts) return;
    const start = performance.now();
    this.unshown = { placed: placeFlags(answer.version, answer.flags, texts), texts };
    this.showInBody();
    performance.measure('copydesk:checks-show', { start });
  }

  /** The last answer into the body (only the blocks whose flags changed) and the panel's list. */
  private showInBody(): void {
    const view = this.view;
    if (!view || !this.unshown) return;
    const { placed, texts } = this.unshown;
    this.unshown = null;
    const diff = diffFlags(shownFlags(view.state), placed.filter((f) => f.range && !isIgnoredRange(view.state, f.range)), texts);
    if (diff.remove.length || diff.add.length) view.dispatch(changeFlags(view.state.tr, diff.remove, diff.add));
    // Ignored ranges stay out of the body: the panel lists what the body shows, the fields' and captions' flags first by place.
    const fields = placed.filter((f) => isFieldFlag(f) && !this.ignoredFields.has(fieldKey(f)));
    const body = [...shownFlags(view.state).map((s) => s.flag), ...placed.filter((f) => f.photoPos !== undefined && !this.ignoredFields.has(fieldKey(f)))];
    const at = (f: PlacedFlag) => f.range?.from ?? f.photoPos!;
    this.update({ status: 'ready', flags: [...fields, ...body.sort((x, y) => at(x) - at(y))] });
  }

  private fixField(flag: PlacedFlag, replacement: string): void {
    const name = flag.where as HeaderField;
    const text = fixedText(this.options.session.getSnapshot().header[name], flag, replacement);
    if (text === null) return this.say('That text has changed since it was checked; it is checked again now.');
    this.options.session.changeField(name, text);
    this.drop(flag);
  }

  private drop(flag: PlacedFlag): void {
    this.update({ flags: this.getSnapshot().flags.filter((f) => f.id !== flag.id) });
  }

  private say(message: string): void {
    this.update({ message });
  }
}
