// What the window has open, outside React: an article (its session), a damaged
// article's notice, or nothing; and the steps that change it — open, new,
// import, recover, delete, quit. Every step that would close the open article
// asks its session first (ArticleSession.close): the session may veto, and the
// article then stays open with the reason on screen, so no word is lost.
import type { Article, ArticleSummary, SaveAck } from '../../../shared/article/fields';
import { isAppError } from '../../../shared/errors/app-error';
import type { Client } from '../ipc/client';
import { ArticleSession } from '../editor/session/article-session';
import { clearRescue } from '../editor/rescue/rescue-store';
import { SnapshotStore } from '../hooks/snapshot-store';

/** The library list as the workspace changes it (library/library-pages.ts). */
export interface WorkspaceLibrary {
  prepend(row: ArticleSummary): void;
  /** A new article: in sight, clearing a search or filters that would hide it. */
  showCreated(row: ArticleSummary): Promise<void>;
  remove(id: string): void;
  updateRow(row: ArticleSummary): void;
  reload(): Promise<void>;
}

export interface WorkspaceOptions {
  client: Client;
  library: WorkspaceLibrary;
  /** The list row of an article the window created or imported. */
  summaryOf(article: Article): ArticleSummary;
  /** The list's "unsaved edits kept" marks, read again after a save or a delete. */
  refreshKeptMarks(): Promise<void>;
}

export interface WorkspaceSnapshot {
  readonly session: ArticleSession | null;
  /** An article that could not be opened because it is damaged (its words are on offer). */
  readonly damaged: { readonly id: string; readonly message: string } | null;
  readonly error: string | null;
  /** The delete confirmation is showing; busy once confirmed. */
  readonly deleting: { readonly busy: boolean } | null;
}

export class Workspace extends SnapshotStore<WorkspaceSnapshot> {
  constructor(private readonly options: WorkspaceOptions) {
    super({ session: null, damaged: null, error: null, deleting: null });
  }

  get openId(): string | null {
    return this.getSnapshot().session?.id ?? null;
  }

  async open(id: string): Promise<void> {
    try {
      if (id === this.openId) return;
      if (!(await this.leave())) return;
      // Opening reads the article only; the list is already there.
      this.update({ damaged: null });
      this.show(await this.options.client.getArticle({ id }));
    } catch (e) {
      // One damaged article never blocks the rest: it is shown as damaged, with its words on offer.
      if (isAppError(e, 'damaged')) return this.update({ session: this.replaceSession(null), error: null, damaged: { id, message: e.message } });
      this.update({ error: (e as Error).message });
    }
  }

  async create(): Promise<void> {
    try {
      if (!(await this.leave())) return;
      const article = await this.options.client.createArticle({});
      void this.options.library.showCreated(this.options.summaryOf(article));
      this.show(article);
    } catch (e) {
      this.update({ error: (e as Error).message });
    }
  }

  /** An import was kept (it is stored either way): it opens once the current article has nothing unsaved. */
  async imported(article: Article): Promise<void> {
    this.options.library.prepend(this.options.summaryOf(article));
    if (await this.leave()) this.show(article);
  }

  /** The text of the damaged article, as a new article beside it. */
  async recoverDamaged(): Promise<void> {
    const damaged = this.getSnapshot().damaged;
    if (!damaged) return;
    const recovered = await this.options.client.recoverArticleText({ id: damaged.id });
    this.update({ damaged: null });
    this.show(recovered);
    this.options.library.prepend(this.options.summaryOf(recovered));
  }

  /** File → Delete Article…: ask first. */
  askToDelete(): void {
    if (this.getSnapshot().session) this.update({ deleting: { busy: false } });
  }

  cancelDelete(): void {
    this.update({ deleting: null });
  }

  async deleteOpen(): Promise<void> {
    const session = this.getSnapshot().session;
    if (!session) return;
    this.update({ deleting: { busy: true } });
    try {
      // Let any save in flight land first, then close the editor: no save can follow the delete.
      await session.flush().catch(() => undefined);
      this.update({ session: this.replaceSession(null) });
      await this.options.client.deleteArticle({ id: session.id });
      clearRescue(session.id);
      this.options.library.remove(session.id);
      this.update({ error: null });
    } catch (e) {
      this.update({ error: `The article could not be deleted: ${(e as Error).message}` });
      // Whether it is still there is main's to say: read the list again.
      await this.options.library.reload();
    } finally {
      this.update({ deleting: null });
      await this.options.refreshKeptMarks().catch(() => undefined);
    }
  }

  /** Main is about to quit: what would be lost, if anything (main asks the journalist before throwing it away). */
  async quit(): Promise<string | null> {
    const answer = await this.close();
    return answer.ok ? null : answer.reason;
  }

  /** Before spiking the open article: leave it (saved, versioned) and close the editor; throws when it may not close. */
  async leaveForSpike(): Promise<void> {
    if (!(await this.leave())) throw new Error('its changes are not saved yet');
    this.update({ session: this.replaceSession(null) });
  }

  /** For the list's rows (a stable function). */
  readonly openFromList = (id: string): void => void this.open(id);

  showError(message: string): void {
    this.update({ error: message });
  }

  private async leave(): Promise<boolean> {
    const answer = await this.close();
    if (!answer.ok) this.update({ error: `${answer.reason} The article stays open until its changes are saved, so nothing is lost.` });
    return answer.ok;
  }

  private async close() {
    const session = this.getSnapshot().session;
    if (!session) return { ok: true as const };
    const answer = await session.close();
    if (answer.ok && answer.discarded) this.options.library.remove(session.id);
    return answer;
  }

  private show(article: Article): void {
    this.update({ session: this.replaceSession(article), error: null });
  }

  /** The session for `article` (or none); the one it replaces sends what is waiting and stops. */
  private replaceSession(article: Article | null): ArticleSession | null {
    this.getSnapshot().session?.dispose();
    if (!article) return null;
    return new ArticleSession({
      client: this.options.client,
      article,
      onSaved: (ack: SaveAck) => {
        this.options.library.updateRow(ack);
        void this.options.refreshKeptMarks().catch(() => undefined);
      },
    });
  }
}
