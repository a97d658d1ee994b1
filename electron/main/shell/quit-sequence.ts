// Quitting never drops a journalist's last words: the renderer is asked to
// flush its pending saves and says when it has; only then may the app quit.
// If some words could not be saved (the disk is full, the article changed
// elsewhere), the journalist is asked before they are thrown away.
// A renderer that never answers (hung, crashed) must not keep the app alive
// forever, so a deadline lets the quit go ahead.
export interface QuitSequenceOptions {
  requestFlush(): void;
  /**
   * flushConfirmed: the renderer answered the flush request we sent. false when
   * the deadline fired (its state is unknown, it may still hold unsaved work).
   */
  finish(flushConfirmed: boolean): void;
  /**
   * The renderer answered, but could not save everything (`reason` says why).
   * Resolves true to quit and lose those changes, false to stay. Without it,
   * the quit goes ahead.
   */
  confirmDiscard?(reason: string): Promise<boolean>;
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export class QuitSequence {
  private state: 'running' | 'flushing' | 'confirming' | 'done' = 'running';
  /** Which quit attempt a deadline belongs to: one from an attempt the user cancelled must not end a later one. */
  private attempt = 0;

  constructor(private readonly options: QuitSequenceOptions) {}

  /** A quit has begun: the window is going away, nothing should bring it back. */
  get quitting(): boolean {
    return this.state === 'flushing' || this.state === 'done';
  }

  /** Asked on every close/quit attempt. false means: prevent it, a flush (or a question) is under way. */
  mayQuit(): boolean {
    if (this.state === 'done') return true;
    if (this.state === 'running') {
      this.state = 'flushing';
      const attempt = ++this.attempt;
      this.options.requestFlush();
      const setTimer = this.options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
      setTimer(() => {
        // Only while waiting for the renderer: never behind an open question to the user.
        if (attempt === this.attempt && this.state === 'flushing') this.end(false);
      }, this.options.timeoutMs ?? 5000);
    }
    return false;
  }

  /**
   * The renderer has saved what it could: `unsaved` says why some of it is not
   * saved. Only an answer to our own request counts: a renderer saying "ready"
   * unasked (a bug, or a compromised page) must not be able to close the window.
   */
  flushed(unsaved?: string): void {
    if (this.state !== 'flushing') return;
    if (!unsaved || !this.options.confirmDiscard) {
      this.end(true);
      return;
    }
    this.state = 'confirming';
    void this.options.confirmDiscard(unsaved).then(
      (discard) => (discard ? this.end(true) : (this.state = 'running')),
      () => (this.state = 'running'), // no answer is not a yes: keep the words
    );
  }

  private end(flushConfirmed: boolean): void {
    if (this.state === 'done') return;
    this.state = 'done';
    this.options.finish(flushConfirmed);
  }
}
