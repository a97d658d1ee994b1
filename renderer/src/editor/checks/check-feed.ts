// Where the article's flags come from: the checker's worker, built from the
// context main hands over (dictionary, newsroom words, rules), asked after
// every pause in the typing (CheckScheduler) with the texts that changed —
// the body's and the headline's and standfirst's — and answering with flags
// for the newest request only. Spelling suggestions are asked of it on demand.
// The article's dialect (the metadata row's, else the publication's) picks the
// dictionary: changing it fetches the other context and checks everything again.
import { articleTexts, type ArticleText } from '../../../../shared/checks/article-texts';
import type { ArticleDialect } from '../../../../shared/article/fields';
import type { Dialect } from '../../../../shared/checks/dialect';
import type { CheckFlag } from '../../../../shared/checks/flag';
import type { Client } from '../../ipc/client';
import type { ArticleSession } from '../session/article-session';
import { CHECK_DELAY_MS, CheckScheduler } from './check-scheduler';
import type { CheckAnswer, CheckWorker } from './protocol';
import { SuggestionRequests } from './suggestion-requests';

export interface CheckFeedOptions {
  client: Pick<Client, 'getCheckContext'>;
  session: Pick<ArticleSession, 'doc' | 'getSnapshot' | 'subscribe'>;
  startWorker(): CheckWorker;
  delay?: number;
  onReady(dialect: Dialect): void;
  /**
   * An answer for the article as it is now: every text's flags by key, the texts they are about, and the keys whose
   * flags may have changed since the last answer shown (the checker says they changed, or their text was edited).
   */
  onFlags(version: number, flags: ReadonlyMap<string, CheckFlag[]>, texts: readonly ArticleText[], changed: ReadonlySet<string>): void;
  onFailure(message: string): void;
}

export class CheckFeed {
  private readonly worker: CheckWorker;
  private readonly scheduler: CheckScheduler;
  private readonly suggestions: SuggestionRequests;
  /** Every text's flags (texts with none left out), kept from the checker's answers, which say only what changed. */
  private readonly flags = new Map<string, CheckFlag[]>();
  /** Keys whose flags answers changed since the last answer shown (a stale answer's changes are merged, not shown). */
  private readonly unshown = new Set<string>();
  private idle: IdleHandle = null;
  private fields: { headline: string; standfirst: string };
  private dialect: ArticleDialect;
  /** Counts context requests, so an answer for a dialect since changed is dropped. */
  private loads = 0;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: CheckFeedOptions) {
    this.worker = options.startWorker();
    this.worker.onmessage = (event) => this.answered(event.data);
    this.worker.onerror = () => options.onFailure('The copy checker stopped; reopen the article to check it again.');
    this.suggestions = new SuggestionRequests((request) => this.worker.postMessage(request));
    this.scheduler = new CheckScheduler({ delay: options.delay ?? CHECK_DELAY_MS, collect: () => this.collect(), send: (r) => this.worker.postMessage(r) });
    this.fields = this.headerTexts();
    this.dialect = this.articleDialect();
    // A headline or standfirst typed in: checked after the same pause as the body.
    this.unsubscribe = options.session.subscribe(() => {
      const dialect = this.articleDialect();
      if (dialect !== this.dialect) {
        this.dialect = dialect;
        void this.load();
      }
      const next = this.headerTexts();
      if (next.headline === this.fields.headline && next.standfirst === this.fields.standfirst) return;
      this.fields = next;
      this.scheduler.edited();
    });
    void this.load();
  }

  /** The body changed: checked after the pause. */
  edited(): void {
    this.scheduler.edited();
  }

  suggest(word: string): Promise<string[]> {
    return this.suggestions.ask(word);
  }

  /** The sheet or the dictionary changed in main (Publication settings → Style rules): fetch the context again and check everything. */
  reload(): void {
    void this.load();
  }

  /** A word main has stored in the newsroom dictionary: the checker learns it and the whole article is checked again. */
  learned(word: string): void {
    this.worker.postMessage({ type: 'add-word', word });
    this.scheduler.checkNow();
  }

  /** A word main has taken out of the newsroom dictionary: the checker forgets it and the article is checked again. */
  forgot(word: string): void {
    this.worker.postMessage({ type: 'remove-word', word });
    this.scheduler.checkNow();
  }

  /** Checks the article again now (a flag an undo brought back shows without waiting for an edit). */
  recheck(): void {
    this.scheduler.checkNow();
  }

  dispose(): void {
    this.loads++;
    cancelIdle(this.idle);
    this.unsubscribe();
    this.scheduler.dispose();
    this.worker.terminate();
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    try {
      const context = await this.options.client.getCheckContext({ dialect: this.dialect });
      if (load !== this.loads) return;
      this.worker.postMessage({ type: 'context', context });
      this.options.onReady(context.dialect);
      this.scheduler.checkNow();
    } catch (error) {
      if (load === this.loads) this.options.onFailure(`Copy checks are off for now: ${(error as Error).message}`);
    }
  }

  private collect(): ArticleText[] {
    // Timed (User Timing) for bench/typing-checks.ts: the main thread's share of a check, after the pause.
    const start = performance.now();
    const texts = articleTexts(this.fields, this.options.session.doc);
    performance.measure('copydesk:checks-collect', { start });
    return texts;
  }

  private articleDialect(): ArticleDialect {
    return this.options.session.getSnapshot().metadata.dialect;
  }

  private headerTexts() {
    const { headline, standfirst } = this.options.session.getSnapshot().header;
    return { headline, standfirst };
  }

  private answered(answer: CheckAnswer): void {
    if (answer.type === 'suggestions') return this.suggestions.answered(answer.id, answer.suggestions);
    if (answer.type === 'error') return this.options.onFailure(`The copy checker failed: ${answer.message}`);
    // Merged even when stale: the checker's next answer is a change from this one.
    for (const [key, flags] of answer.changed) {
      if (flags.length) this.flags.set(key, flags);
      else this.flags.delete(key);
    }
    for (const [key] of answer.changed) this.unshown.add(key);
    if (!this.scheduler.accept(answer.version)) return;
    // Shown when the main thread is idle, not in the middle of a keystroke's frame, and dropped if a key came first
    // (that edit has scheduled the next check).
    cancelIdle(this.idle);
    this.idle = whenIdle(() => {
      this.idle = null;
      const texts = this.scheduler.accept(answer.version);
      if (!texts) return;
      const changed = new Set([...this.unshown, ...this.scheduler.takeEdited()]);
      this.unshown.clear();
      this.options.onFlags(answer.version, this.flags, texts, changed);
    });
  }
}

type IdleHandle = { idle: number } | { timer: ReturnType<typeof setTimeout> } | null;

/** requestIdleCallback where there is one (a second at most: the flags show even while the window stays busy). */
function whenIdle(run: () => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') return { idle: requestIdleCallback(run, { timeout: 1000 }) };
  return { timer: setTimeout(run, 0) };
}

function cancelIdle(handle: IdleHandle): void {
  if (handle && 'idle' in handle) cancelIdleCallback(handle.idle);
  else if (handle) clearTimeout(handle.timer);
}
