// One open article, outside React: its fields and live body document, autosave
// (../save-queue.ts), the rescue copy kept while saves fail (../rescue/), the
// conflict choices, and whether the writer may leave it. Components subscribe
// (useSyncExternalStore) and call its methods; the body editor attaches a
// BodyPort so words can be put back into it. Leaving and quitting are one veto
// protocol, as in VS Code's lifecycle service: `close()` saves what is waiting
// and answers that the article may go (a blank draft is discarded, a changed one
// gets a version on leaving) or why it may not.
import type { Node } from 'prosemirror-model';
import type { Article, ArticleMeta, BodyJSON } from '../../../../shared/article/fields';
import { bodyFromJSON } from '../../../../shared/article/body';
import { schema } from '../../../../shared/article/schema';
import { isBlankDoc, isBlankHeader } from '../../../../shared/article/blank';
import { HEADER_FIELDS, headerOf, type HeaderField } from '../../../../shared/article/header';
import { isAppError } from '../../../../shared/errors/app-error';
import { keptMetadata, metadataEdit, metadataOf, type MetadataValues } from '../../../../shared/article/metadata';
import { DraftSource } from '../../preview/draft';
import { SaveQueue } from '../save-queue';
import { BodyText, type SentBody } from '../save/body-text';
import { RescueKeeper } from '../rescue/rescue-keeper';
import { rescueOnOffer } from '../rescue/RescueBar';
import { clearRescue } from '../rescue/rescue-store';
import { SnapshotStore } from '../../hooks/snapshot-store';
import { sessionVersions } from './session-versions';
import { lastSavedAt, unsavedReasonOf, type ArticleSessionOptions, type BodyPort, type CloseAnswer, type SessionSnapshot } from './session-types';

export type { ArticleSessionOptions, BodyPort, CloseAnswer, SessionClient, SessionSnapshot } from './session-types';

export class ArticleSession extends SnapshotStore<SessionSnapshot> {
  readonly id: string;
  readonly meta: ArticleMeta;
  readonly draft = new DraftSource(); // the article as on screen, for the live preview
  private currentDoc: Node;
  private body: BodyPort | null = null;
  private readonly bodyText = new BodyText();
  private readonly queue: SaveQueue;
  private readonly keeper: RescueKeeper;
  private disposed = false;

  constructor(private readonly options: ArticleSessionOptions) {
    const { body, ...meta } = options.article;
    const offer = rescueOnOffer(options.article, options.storage);
    super({
      save: { kind: 'saved', at: meta.updatedAt },
      header: headerOf(meta),
      metadata: metadataOf(meta),
      resolving: false,
      notice: null,
      rescue: offer && { draft: offer, storedSinceChanged: offer.baseRevision !== meta.revision },
    });
    this.id = meta.id;
    this.meta = meta;
    // Stored bodies were checked by main before they were written; parsed once, here, for the editor.
    this.currentDoc = schema.nodeFromJSON(body);
    this.keeper = new RescueKeeper({
      articleId: this.id,
      held: offer !== null, // the copy on offer when this article opened; answering it calls hold(false)
      read: () => ({ baseRevision: this.queue.currentRevision, fields: this.fields(), body: this.currentDoc.toJSON() as BodyJSON }),
      onRefused: () => this.setNotice('Saving is failing, and a safety copy of your changes could not be kept either. Keep Copydesk open until they are saved.'),
      ...(options.storage ? { storage: options.storage } : {}),
      ...options.timing,
    });
    this.queue = new SaveQueue({
      id: this.id,
      revision: meta.revision,
      save: (request) => options.client.saveArticle(request),
      onState: (save) => {
        this.update({ save });
        this.keeper.onState(save);
      },
      onSaved: (ack) => this.options.onSaved?.(ack),
      isConflict: (error) => isAppError(error) && error.code === 'conflict',
      ...options.timing,
    });
    this.publishDraft();
  }

  /** The document the body editor opens with; setDoc: its newest, told from every state it makes. */
  get doc(): Node {
    return this.currentDoc;
  }

  setDoc(doc: Node): void {
    this.currentDoc = doc;
  }

  attachBody(port: BodyPort | null): void {
    this.body = port;
  }

  /** The body's content changed (a transaction with docChanged): autosave, rescue and preview hear of it. */
  bodyEdited(): void {
    this.queue.change({ body: this.bodyThunk });
    this.keeper.changed();
    this.publishDraft();
  }

  changeField(name: HeaderField, value: string): void {
    if (this.getSnapshot().header[name] !== value) this.edited({ header: { ...this.getSnapshot().header, [name]: value } }, { [name]: value });
  }

  /** Status, section or tags (the metadata row): saved like the text fields. */
  changeMetadata<K extends keyof MetadataValues>(name: K, value: MetadataValues[K]): void {
    const edit = metadataEdit(this.getSnapshot().metadata, name, value, new Date().toISOString());
    if (edit) this.edited({ metadata: edit.metadata }, edit.change);
  }
  /** Save Version (Mod-S) and Restore: session-versions.ts. */
  readonly versions = sessionVersions({
    ...{ id: () => this.id, client: () => this.options.client, flush: () => this.queue.flush(), unsavedReason: () => this.unsavedReason() },
    ...{ revision: () => this.queue.currentRevision, body: () => this.body, markRestore: (n: number) => this.queue.markRestore(n) },
    changeField: (name, value) => this.changeField(name, value),
  });

  /** Saves what is waiting now (leaving the window, before a version). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  setNotice(notice: string | null): void {
    this.update({ notice });
  }

  /** Headline, standfirst, byline, dateline and body all blank (see shared/article/blank.ts). */
  isBlank(): boolean {
    return isBlankHeader(this.getSnapshot().header) && isBlankDoc(this.currentDoc);
  }

  /**
   * Fills the still-blank article with a reviewed import: the fields through the
   * usual change path, the body in one transaction that Undo does not split.
   */
  async fill(imported: Pick<Article, HeaderField | 'body'>): Promise<void> {
    // The review is modal, so this only fails if something else wrote meanwhile: never replace words.
    if (!this.body || !this.isBlank()) throw new Error('The article is no longer empty. Paste the text as plain paragraphs instead.');
    const doc = bodyFromJSON(imported.body);
    doc.check();
    for (const name of HEADER_FIELDS) if (imported[name]) this.changeField(name, imported[name]);
    this.body.replace(doc, { undoable: false });
    await this.queue.flush();
  }

  /** Keep mine: save everything on screen over the stored version. */
  keepMine(): Promise<void> {
    return this.resolve((stored) => {
      this.queue.change({ ...this.fields(), body: this.bodyThunk });
      this.queue.saveOnto(stored.revision);
    });
  }

  /** Take the stored version: drop what is unsaved and show what is stored. */
  takeStored(): Promise<void> {
    return this.resolve((stored) => {
      this.queue.discardPending(stored.revision);
      this.update({ header: headerOf(stored), metadata: metadataOf(stored) });
      this.body?.reset(bodyFromJSON(stored.body));
      this.publishDraft();
    });
  }

  /** The kept words back in the editor (one undo step in the body), saved onto the right revision. */
  restoreRescue(): void {
    const offer = this.getSnapshot().rescue;
    if (!offer) return;
    this.answerRescue();
    // Nothing saved since the copy was made: save onto what is stored now. Otherwise onto
    // the copy's own revision, so the newer stored version shows as a conflict to choose from.
    const revision = offer.storedSinceChanged ? offer.draft.baseRevision : this.queue.currentRevision;
    this.body?.replace(bodyFromJSON(offer.draft.body), { undoable: true });
    const kept = offer.draft.fields;
    for (const name of HEADER_FIELDS) this.changeField(name, kept[name]);
    // Copies kept before the metadata row (issue 15) have none of its fields.
    const metadata = { ...this.getSnapshot().metadata, ...keptMetadata(kept) };
    this.edited({ metadata }, metadata);
    this.queue.saveOnto(revision);
    this.body?.focus();
  }

  discardRescue(): void {
    if (!this.getSnapshot().rescue) return;
    this.answerRescue();
    clearRescue(this.id, this.options.storage);
    this.body?.focus();
  }

  /** Why some changes are still not stored (after a flush), or null when everything is. */
  unsavedReason(): string | null {
    return this.queue.hasUnsaved() ? unsavedReasonOf(this.queue.currentState, this.keeper.keepPending()) : null;
  }

  /** May the article close? Saves first; if something is still unsaved, says why and it stays open.
   * A draft nothing was written in is discarded (main deletes it only if still blank at this revision). */
  async close(): Promise<CloseAnswer> {
    await this.queue.flush().catch(() => undefined); // what is still unsaved is said below
    const reason = this.unsavedReason();
    if (reason) return { ok: false, reason };
    if (!this.isBlank()) {
      // Main keeps a version on leaving if it changed since its newest (issue 16); never in the way.
      await this.options.client.closeArticle({ id: this.id }).catch(() => undefined);
      return { ok: true, discarded: false };
    }
    const answer = await this.options.client.discardBlankArticle({ id: this.id, revision: this.queue.currentRevision }).catch(() => undefined);
    return { ok: true, discarded: !!answer?.deleted };
  }

  /** The editor is gone: a save still waiting goes out, then the session stops. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.body = null;
    this.keeper.dispose();
    void this.queue.flush().finally(() => this.queue.dispose());
  }

  private edited(next: Partial<SessionSnapshot>, change: Parameters<SaveQueue['change']>[0]): void {
    this.update(next);
    this.queue.change(change);
    this.keeper.changed();
    this.publishDraft();
  }

  private fields() {
    return { ...this.getSnapshot().header, ...this.getSnapshot().metadata };
  }

  private readonly bodyThunk = (): SentBody => this.bodyText.sent(this.currentDoc);

  private async resolve(choose: (stored: Article) => void): Promise<void> {
    this.update({ resolving: true });
    try {
      choose(await this.options.client.getArticle({ id: this.id }));
    } catch (e) {
      this.setNotice((e as Error).message);
    } finally {
      this.update({ resolving: false });
    }
  }

  private answerRescue(): void {
    this.update({ rescue: null });
    this.keeper.hold(false);
  }

  private publishDraft(): void {
    // A reader, not a copy: the preview reads the fields and the (immutable) document when it renders.
    this.draft.update(this.readDraft);
  }

  private readonly readDraft = () => ({ ...this.fields(), ...lastSavedAt(this.getSnapshot().save), doc: this.currentDoc });
}
