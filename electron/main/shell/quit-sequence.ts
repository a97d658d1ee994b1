// Quitting never drops a journalist's last words: the renderer is asked to
// flush its pending saves and says when it has; only then may the app quit.
// A renderer that never answers (hung, crashed) must not keep the app alive
// forever, so a deadline lets the quit go ahead.
export interface QuitSequenceOptions {
  requestFlush(): void;
  /**
   * flushConfirmed: the renderer answered the flush request we sent. false when
   * the deadline fired (its state is unknown, it may still hold unsaved work).
   */
  finish(flushConfirmed: boolean): void;
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export class QuitSequence {
  private state: 'running' | 'flushing' | 'done' = 'running';

  constructor(private readonly options: QuitSequenceOptions) {}

  /** A quit has begun: the window is going away, nothing should bring it back. */
  get quitting(): boolean {
    return this.state !== 'running';
  }

  /** Asked on every close/quit attempt. false means: prevent it, a flush is under way. */
  mayQuit(): boolean {
    if (this.state === 'done') return true;
    if (this.state === 'running') {
      this.state = 'flushing';
      this.options.requestFlush();
      const setTimer = this.options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
      setTimer(() => this.end(false), this.options.timeoutMs ?? 5000);
    }
    return false;
  }

  /**
   * The renderer has saved everything. Only an answer to our own request
   * counts: a renderer saying "ready" unasked (a bug, or a compromised page)
   * must not be able to close the window.
   */
  flushed(): void {
    if (this.state === 'flushing') this.end(true);
  }

  private end(flushConfirmed: boolean): void {
    if (this.state === 'done') return;
    this.state = 'done';
    this.options.finish(flushConfirmed);
  }
}
