// Autosave for one article. Changes are merged and sent at most `delayMs`
// after the last one; the body is serialized only when a save actually goes
// out (a thunk), never on the keystroke path. One save is in flight at a time,
// each based on the revision the previous one returned. A conflict stops the
// queue and keeps the unsaved changes until the user chooses what to do.
import type { ArticleChanges } from '../../../shared/article/fields';
import type { SaveAck } from '../../../shared/article/fields';
import type { SentBody } from './save/body-text';

/** The body goes out as an object or as its JSON text (save/body-text.ts: cheaper to send), with its blocks' lengths. */
export type SaveChanges = Omit<ArticleChanges, 'body'> & { body?: ArticleChanges['body'] | string; bodyBlockLengths?: number[] };
export type PendingChanges = Omit<ArticleChanges, 'body'> & { body?: () => SaveChanges['body'] | SentBody };

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** `code`: the error's code when it has one (a failure of the machine — disk full, read-only — is said in words by the status). */
  | { kind: 'retrying'; reason: string; code?: string }
  | { kind: 'conflict'; reason: string };

export interface SaveQueueOptions {
  id: string;
  revision: number;
  save(request: { id: string; baseRevision: number; changes: SaveChanges; restoreFrom?: number }): Promise<SaveAck>;
  onState(state: SaveState): void;
  onSaved?(ack: SaveAck): void;
  isConflict(error: unknown): boolean;
  delayMs?: number;
  retryMs?: number;
}

export class SaveQueue {
  private pending: PendingChanges | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private revision: number;
  private state: SaveState = { kind: 'saved', at: null };
  private stopped = false;
  /** History → Restore: the next save brings back this version (main keeps what it replaces first). */
  private restoreFrom: number | null = null;

  constructor(private readonly options: SaveQueueOptions) {
    this.revision = options.revision;
  }

  get currentRevision(): number {
    return this.revision;
  }

  get currentState(): SaveState {
    return this.state;
  }

  hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /** Records a change; cheap enough for every keystroke. */
  change(changes: PendingChanges): void {
    this.pending = { ...(this.pending ?? {}), ...changes };
    if (this.state.kind === 'conflict') return;
    // Once per run of keystrokes: listeners re-render on every state they are told.
    if (this.state.kind !== 'pending') this.setState({ kind: 'pending' });
    this.schedule(this.options.delayMs ?? 750);
  }

  /** Sends everything now and resolves once it is stored (or has failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (!this.stopped && this.state.kind !== 'conflict' && (this.pending || this.inFlight)) {
      if (this.inFlight) await this.inFlight;
      else await this.sendPending();
      if (this.state.kind === 'retrying') return;
    }
  }

  /**
   * Saves the pending changes onto `revision` now: after a conflict, the stored
   * revision the writer chose to overwrite; for restored rescue words, the
   * revision they were made on (so a newer stored version shows as a conflict).
   */
  saveOnto(revision: number): void {
    this.revision = revision;
    this.setState({ kind: 'pending' });
    this.schedule(0);
  }

  /** Marks the pending changes as bringing back version `number` (they go with the next save, or the one after a conflict). */
  markRestore(number: number): void {
    this.restoreFrom = number;
  }

  /** After a conflict: the user chose the stored version; drop local changes. */
  discardPending(revision: number): void {
    this.pending = null;
    this.restoreFrom = null;
    this.revision = revision;
    this.setState({ kind: 'saved', at: null });
  }

  dispose(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.inFlight) {
        void this.inFlight.then(() => this.pending && this.schedule(0));
        return;
      }
      void this.sendPending();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private sendPending(): Promise<void> {
    const pending = this.pending;
    if (!pending || this.inFlight) return this.inFlight ?? Promise.resolve();
    this.pending = null;
    const { body, ...rest } = pending;
    const changes: SaveChanges = body ? { ...rest, ...bodyChanges(body()) } : rest;
    const restoreFrom = this.restoreFrom;
    this.restoreFrom = null;
    this.setState({ kind: 'saving' });
    this.inFlight = this.options
      .save({ id: this.options.id, baseRevision: this.revision, changes, ...(restoreFrom === null ? {} : { restoreFrom }) })
      .then(
        (ack) => {
          this.revision = ack.revision;
          this.options.onSaved?.(ack);
          this.setState(this.pending ? { kind: 'pending' } : { kind: 'saved', at: ack.updatedAt });
        },
        (error: unknown) => {
          // Put the changes back under anything typed since, which is newer.
          this.pending = { ...pending, ...(this.pending ?? {}) };
          this.restoreFrom ??= restoreFrom;
          const reason = error instanceof Error ? error.message : String(error);
          if (this.options.isConflict(error)) {
            this.setState({ kind: 'conflict', reason });
            return;
          }
          const code = (error as { code?: unknown } | null)?.code;
          this.setState(typeof code === 'string' ? { kind: 'retrying', reason, code } : { kind: 'retrying', reason });
          if (!this.stopped) this.schedule(this.options.retryMs ?? 3000);
        },
      )
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }
}

/** The body as the save sends it: an object, or its text with its blocks' lengths. */
function bodyChanges(body: SaveChanges['body'] | SentBody): Pick<SaveChanges, 'body' | 'bodyBlockLengths'> {
  if (typeof body === 'object' && body !== null && 'blockLengths' in body) return { body: body.text, bodyBlockLengths: body.blockLengths };
  return { body };
}
