// When the editor asks the checker, and what it sends: after a pause in the
// typing (every edit restarts the wait), only the texts whose key holds a new
// text since the last request, with every key in order when the keys changed
// (so the checker knows which blocks went). Each request has a version; an answer counts only if it
// is for the newest request and nothing was edited since it was sent — an
// older one is dropped, and the edit has already scheduled the next request.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { CheckRequest } from './protocol';
import { PauseTimer, type Clock } from '../pause-timer';

export type CheckTextsRequest = Extract<CheckRequest, { type: 'check' }>;

export interface CheckSchedulerOptions {
  /** The pause after the last edit, in ms (the issue asks for a few hundred). */
  delay: number;
  /** The article's texts now (called once per request, never per keystroke). */
  collect(): readonly ArticleText[];
  send(request: CheckTextsRequest): void;
  clock?: Clock;
}

export const CHECK_DELAY_MS = 400;

export class CheckScheduler {
  /** The pause after the last edit (one timer per pause, not one per keystroke: pause-timer.ts). */
  private readonly pause: PauseTimer;
  /** What the checker holds, by key: the last text sent for each. */
  private held = new Map<string, string>();
  /** The keys of the last request (null: none sent yet, or the checker lost them). */
  private keys: string[] | null = null;
  private version = 0;
  private latest: { version: number; texts: readonly ArticleText[] } | null = null;
  /** The keys of the texts sent as changed since an answer was last accepted. */
  private sentChanged = new Set<string>();
  private editedSinceSent = false;
  private disposed = false;

  constructor(private readonly options: CheckSchedulerOptions) {
    this.pause = new PauseTimer(() => this.checkNow(), options.delay, options.clock);
  }

  /** Something the checks read changed: check after the pause (restarted by every further edit). */
  edited(): void {
    if (this.disposed) return;
    this.editedSinceSent = true;
    this.pause.changed();
  }

  /** Sends a request now (opening an article, after a word was added to the dictionary). */
  checkNow(): void {
    if (this.disposed) return;
    this.pause.cancel();
    const texts = this.options.collect();
    const held = new Map<string, string>();
    const changed = [];
    for (const t of texts) {
      held.set(t.key, t.text);
      if (this.held.get(t.key) !== t.text) changed.push({ key: t.key, text: t.text });
    }
    this.held = held;
    this.editedSinceSent = false;
    const keys = texts.map((t) => t.key);
    const sameKeys = this.keys !== null && this.keys.length === keys.length && this.keys.every((k, i) => k === keys[i]);
    this.keys = keys;
    for (const t of changed) this.sentChanged.add(t.key);
    this.latest = { version: ++this.version, texts };
    this.options.send({ type: 'check', version: this.version, ...(sameKeys ? {} : { keys }), changed });
  }

  /** The checker lost what it held (a new worker): the next request sends every text. */
  forgetHeld(): void {
    this.held.clear();
    this.keys = null;
  }

  /** The keys of the texts sent as changed since this was last asked (after an accepted answer). */
  takeEdited(): ReadonlySet<string> {
    const keys = this.sentChanged;
    this.sentChanged = new Set();
    return keys;
  }

  /** The texts an answer of this version was about, or null when it is stale and must be dropped. */
  accept(version: number): readonly ArticleText[] | null {
    if (!this.latest || version !== this.latest.version || this.editedSinceSent) return null;
    return this.latest.texts;
  }

  /** Whether a request is waiting for its pause. */
  get pending(): boolean {
    return this.pause.pending;
  }

  dispose(): void {
    this.disposed = true;
    this.pause.cancel();
  }
}
