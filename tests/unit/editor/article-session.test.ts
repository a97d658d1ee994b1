// @vitest-environment happy-dom
// The article session outside React: edits reach autosave, a conflict offers
// keep-mine / take-stored, failing saves keep a rescue copy, and closing is a
// veto — with a fake client in place of main (like save-queue.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Node } from 'prosemirror-model';
import { ArticleSession, type BodyPort, type SessionClient } from '../../../renderer/src/editor/session/article-session';
import { keepRescue, readRescue } from '../../../renderer/src/editor/rescue/rescue-store';
import { AppError } from '../../../shared/errors/app-error';
import { emptyFields, type Article, type BodyJSON } from '../../../shared/article/fields';
import { schema } from '../../../shared/article/schema';
import { doc, p } from '../../support/docs';

const ID = '00000000-0000-4000-8000-000000000001';

function article(over: Partial<Article> = {}): Article {
  return { ...emptyFields(), id: ID, revision: 1, createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-25T10:00:00.000Z', ...over };
}

/** Main as the session sees it: a stored article, saves that bump its revision, optional failures. */
function fakeMain(stored: Article) {
  const saves: { baseRevision: number; changes: Record<string, unknown> }[] = [];
  let fail: AppError | null = null;
  const discarded: number[] = [];
  const closed: string[] = [];
  const client: SessionClient = {
    saveArticle: async ({ baseRevision, changes }) => {
      saves.push({ baseRevision, changes: changes as Record<string, unknown> });
      if (fail) throw fail;
      if (baseRevision !== stored.revision) throw new AppError('conflict', 'the article was saved elsewhere');
      const body = typeof changes.body === 'string' ? (JSON.parse(changes.body) as BodyJSON) : (changes.body ?? stored.body);
      stored = { ...stored, ...changes, body, revision: stored.revision + 1, updatedAt: `2026-11-25T10:00:0${stored.revision}.000Z` } as Article;
      return { id: ID, headline: stored.headline, status: stored.status, section: stored.section, revision: stored.revision, updatedAt: stored.updatedAt, wordCount: 0 };
    },
    getArticle: async () => stored,
    discardBlankArticle: async ({ revision }) => {
      discarded.push(revision);
      return { deleted: true };
    },
    saveVersion: async () => {
      throw new AppError('unavailable', 'not in this test');
    },
    closeArticle: async ({ id }) => {
      closed.push(id);
      return { version: null };
    },
  };
  return {
    client,
    saves,
    discarded,
    closed,
    get stored() {
      return stored;
    },
    set stored(next: Article) {
      stored = next;
    },
    failWith(error: AppError | null) {
      fail = error;
    },
  };
}

/** The body editor, reduced to its document: what the session asks of it goes straight to `doc`. */
function fakeBody(session: ArticleSession): BodyPort & { doc: Node } {
  const port = {
    doc: session.doc,
    replace(next: Node) {
      port.doc = next;
      session.setDoc(next);
      session.bodyEdited();
    },
    reset(next: Node) {
      port.doc = next;
      session.setDoc(next);
    },
    focus: vi.fn(),
  };
  session.attachBody(port);
  return port;
}

function type(session: ArticleSession, text: string) {
  session.setDoc(schema.nodeFromJSON(doc(p(text))));
  session.bodyEdited();
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('ArticleSession', () => {
  it('sends field and body edits through autosave, and the snapshot follows the save', async () => {
    const main = fakeMain(article());
    const session = new ArticleSession({ client: main.client, article: main.stored });
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getSnapshot().save.kind));
    session.changeField('headline', 'Ferry back');
    type(session, 'The ferry returns on Monday.');
    expect(session.getSnapshot().header.headline).toBe('Ferry back');
    await vi.advanceTimersByTimeAsync(800);
    expect(main.saves).toHaveLength(1);
    expect(main.saves[0]!.changes.headline).toBe('Ferry back');
    expect(JSON.parse(main.saves[0]!.changes.body as string)).toEqual(doc(p('The ferry returns on Monday.')));
    expect(session.getSnapshot().save.kind).toBe('saved');
    expect(seen).toContain('saving');
    // The preview reads what is on screen, unsaved or not.
    session.changeField('byline', 'Ann');
    expect(session.draft.read()).toMatchObject({ headline: 'Ferry back', byline: 'Ann' });
  });

  it('a conflict offers the choice: keep mine saves over the stored version', async () => {
    const main = fakeMain(article());
    const session = new ArticleSession({ client: main.client, article: main.stored });
    fakeBody(session);
    main.stored = { ...main.stored, revision: 5, headline: 'Theirs' };
    session.changeField('headline', 'Mine');
    await session.flush();
    expect(session.getSnapshot().save.kind).toBe('conflict');
    await session.keepMine();
    await session.flush();
    expect(main.stored.headline).toBe('Mine');
    expect(main.saves.at(-1)!.baseRevision).toBe(5);
    expect(session.getSnapshot()).toMatchObject({ resolving: false, save: { kind: 'saved' } });
  });

  it('a conflict offers the choice: take stored shows the stored words and drops mine', async () => {
    const main = fakeMain(article());
    const session = new ArticleSession({ client: main.client, article: main.stored });
    const body = fakeBody(session);
    main.stored = { ...main.stored, revision: 5, headline: 'Theirs', body: doc(p('Their words.')) as BodyJSON };
    session.changeField('headline', 'Mine');
    await session.flush();
    await session.takeStored();
    expect(session.getSnapshot().header.headline).toBe('Theirs');
    expect(body.doc.textContent).toBe('Their words.');
    expect(session.unsavedReason()).toBeNull();
    expect(main.stored.headline).toBe('Theirs');
  });

  it('closing is vetoed while words are unsaved, with the reason, and a rescue copy is kept', async () => {
    const main = fakeMain(article({ headline: 'Ferry' }));
    const session = new ArticleSession({ client: main.client, article: main.stored, timing: { retryMs: 60_000 } });
    main.failWith(new AppError('unavailable', 'the disk is full'));
    session.changeField('headline', 'Ferry back on Monday');
    const answer = await session.close();
    expect(answer).toEqual({
      ok: false,
      reason: 'Saving failed: the disk is full A copy is kept on this computer and offered when the article is next opened.',
    });
    expect(readRescue(ID)?.fields.headline).toBe('Ferry back on Monday');
    main.failWith(null);
    await session.flush();
    expect(await session.close()).toEqual({ ok: true, discarded: false });
    // Stored at last: the copy is no longer needed.
    expect(readRescue(ID)).toBeNull();
  });

  it('a blank draft is discarded on closing, at the revision the window saw; one with a word is kept and main asked for its version on leaving', async () => {
    const main = fakeMain(article());
    const blank = new ArticleSession({ client: main.client, article: main.stored });
    expect(blank.isBlank()).toBe(true);
    expect(await blank.close()).toEqual({ ok: true, discarded: true });
    expect(main.discarded).toEqual([1]);
    expect(main.closed).toEqual([]); // a discarded draft gets no version on leaving

    const written = new ArticleSession({ client: main.client, article: main.stored });
    type(written, 'A');
    expect(await written.close()).toEqual({ ok: true, discarded: false });
    expect(main.discarded).toEqual([1]);
    expect(main.closed).toEqual([written.id]); // History's version on leaving (issue 16)
  });

  it("an earlier session's copy is offered; restoring puts its words back and saves them", async () => {
    const stored = article({ headline: 'Ferry', revision: 3 });
    keepRescue({ articleId: ID, baseRevision: 3, keptAt: '2026-11-25T10:00:00.000Z', fields: { headline: 'Ferry back', standfirst: '', byline: '', dateline: '' }, body: doc(p('Kept words.')) as BodyJSON });
    const main = fakeMain(stored);
    const session = new ArticleSession({ client: main.client, article: stored });
    const body = fakeBody(session);
    expect(session.getSnapshot().rescue).toMatchObject({ storedSinceChanged: false });
    session.restoreRescue();
    expect(session.getSnapshot().rescue).toBeNull();
    expect(body.doc.textContent).toBe('Kept words.');
    await session.flush();
    expect(main.stored).toMatchObject({ headline: 'Ferry back', revision: 4 });
    expect(body.focus).toHaveBeenCalled();
  });

  it('a paste reviewed as an import fills only a blank article', async () => {
    const main = fakeMain(article());
    const session = new ArticleSession({ client: main.client, article: main.stored });
    const body = fakeBody(session);
    await session.fill({ headline: 'Imported', standfirst: '', byline: 'Ann', dateline: '', body: doc(p('Imported words.')) as BodyJSON });
    expect(main.stored).toMatchObject({ headline: 'Imported', byline: 'Ann' });
    expect(body.doc.textContent).toBe('Imported words.');
    await expect(session.fill({ headline: 'Again', standfirst: '', byline: '', dateline: '', body: doc(p('x')) as BodyJSON })).rejects.toThrow(/no longer empty/);
    expect(main.stored.headline).toBe('Imported');
  });
});
