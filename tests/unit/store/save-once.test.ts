// A save through dispatch parses and checks the body once: the IPC schema's
// check leaves its node for the store, which derives plain text and word
// count from it. A save that does not change the body does not parse it.
// The whole check (shape, limits, characters, schema) is remembered the same
// way, with the photos its walk found: the store's check of the body dispatch
// checked, and dispatch's check of the article get() read, are lookups; and a
// save never reads back the body it replaces to learn which photos it held.
import fc from 'fast-check';
import { Node } from 'prosemirror-model';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { METHODS } from '../../../shared/ipc/channels';
import { doc, p, photo } from '../../support/docs';
import { checkBody, photoDigestsOf } from '../../../shared/article/body';
import { ArticleChanges } from '../../../shared/article/fields';
import { digestsIn } from '../../../shared/article/assets-used';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { body as randomBody } from '../../support/random-docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => vi.restoreAllMocks());
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

function setup() {
  const services = openServices(tmp.file(`once-${Math.random().toString(16).slice(2)}.db`));
  const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
  return { services, dispatch };
}

/** Whole documents built from JSON (Node.fromJSON also runs for every child). */
function countDocParses() {
  const spy = vi.spyOn(Node, 'fromJSON');
  return () => spy.mock.calls.filter(([, json]) => (json as { type?: string } | null)?.type === 'doc').length;
}

describe('a save', () => {
  it('parses a new body once, from the IPC payload to the stored word count', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create();
    const parses = countDocParses();
    // A fresh object, as IPC deserializes it: nothing was checked for it before.
    const body = JSON.parse(JSON.stringify(doc(...Array.from({ length: 50 }, (_, i) => p(`Paragraph ${i} has five words.`)))));
    const saved = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body } }, APP);
    expect(saved).toMatchObject({ ok: true, value: { revision: 2, wordCount: 250 } });
    expect(parses()).toBe(1);
    services.close();
  });

  it('that leaves the body alone does not parse it at all, and keeps its derived text', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create({ body: doc(p('Three words here')) });
    const parses = countDocParses();
    const saved = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { headline: 'Now with a headline' } }, APP);
    expect(saved).toMatchObject({ ok: true, value: { revision: 2, wordCount: 3, headline: 'Now with a headline' } });
    expect(parses()).toBe(0);
    // Nor does the catch-up that follows (the text the create derived is remembered, store/search-catch-up.ts).
    services.articles.searchCatchUp.catchUp();
    expect(parses()).toBe(0);
    expect(services.db.prepare('SELECT plain_text FROM articles WHERE id = ?').get(id)).toEqual({ plain_text: 'Three words here' });
    services.close();
  });

  it('called directly (the CLI, the tests) still checks the body itself', () => {
    const { services } = setup();
    const { id } = services.articles.create();
    const parses = countDocParses();
    expect(() => services.articles.save(id, 1, { body: { type: 'doc', content: [{ type: 'script' }] } as never })).toThrow(/unknown node type/);
    expect(services.articles.save(id, 1, { body: doc(p('Fine')) }).wordCount).toBe(1);
    expect(parses()).toBe(2);
    services.close();
  });

  it("walks the body once: the store's check of what dispatch checked is a lookup", async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create();
    // Counts the walks: every check reads the document's `content` once (the shape walk, ProseMirror's fromJSON, stringify…).
    const reads = { n: 0 };
    const watched = (json: object) =>
      new Proxy(json, { get: (target, key, receiver) => (key === 'content' && reads.n++, Reflect.get(target, key, receiver)) });
    const fresh = () => JSON.parse(JSON.stringify(doc(p('One'), p('Two')))) as object;
    const alone = watched(fresh());
    expect(checkBody(alone)).toBeNull();
    const oneCheck = reads.n;
    expect(checkBody(alone)).toBeNull();
    expect(ArticleChanges.safeParse({ body: alone }).success).toBe(true);
    expect(reads.n).toBe(oneCheck);
    reads.n = 0;
    JSON.stringify(fresh());
    const saved = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body: watched(fresh()) } }, APP);
    expect(saved).toMatchObject({ ok: true });
    // One check and the stringify for the row: nothing more (no second walk, no walk for the photos).
    expect(reads.n).toBe(oneCheck + 1);
    services.close();
  });

  it("an article read by get() is already accepted, so getArticle's answer is not walked again", async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create({ body: doc(p('Stored'), photo({ asset: 'c'.repeat(64) })) });
    const article = services.articles.get(id);
    expect(photoDigestsOf(article.body)).toEqual(new Set(['c'.repeat(64)]));
    expect(await dispatch(METHODS.getArticle, { id }, APP)).toMatchObject({ ok: true, value: { body: doc(p('Stored'), photo({ asset: 'c'.repeat(64) })) } });
    services.close();
  });

  it('the check finds exactly the photos digestsIn finds', () => {
    fc.assert(
      fc.property(randomBody, (node) => {
        const json = JSON.parse(JSON.stringify(node.toJSON())) as object;
        expect(checkBody(json)).toBeNull();
        expect(photoDigestsOf(json)).toEqual(digestsIn(json));
      }),
      { numRuns: 200 },
    );
  });

  it('releases the photos a save drops, from what it remembers or, when another writer saved since, from the stored row', () => {
    const { services } = setup();
    const released = (sha: string) =>
      (services.db.prepare('SELECT released_at AS t FROM assets WHERE sha256 = ?').get(sha) as { t: string | null } | undefined)?.t ?? null;
    const [a, b, c] = ['a', 'b', 'c'].map((x) => {
      const sha = x.repeat(64);
      services.db.prepare("INSERT INTO assets (sha256, mime, size, bytes, created_at) VALUES (?, 'image/png', 1, x'00', '2026-01-01T00:00:00.000Z')").run(sha);
      return sha;
    }) as [string, string, string];
    const mine = services.articles;
    const created = mine.create({ body: doc(photo({ asset: a }), photo({ asset: b })) });
    const r2 = mine.save(created.id, 1, { body: doc(photo({ asset: b })) });
    expect([released(a), released(b)]).toEqual([expect.any(String), null]);
    // Another writer on the same file (the CLI) swaps b for c: what this store remembers (b, at revision 2) no longer counts.
    const other = new ArticleStore(services.db);
    other.save(created.id, r2.revision, { body: doc(photo({ asset: c })) });
    expect(released(b)).toEqual(expect.any(String));
    mine.save(created.id, r2.revision + 1, { body: doc(p('No photos now')) });
    expect(released(c)).toEqual(expect.any(String));
    services.close();
  });
});

