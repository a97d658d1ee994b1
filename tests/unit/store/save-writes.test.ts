// What a save writes, on real SQLite files. The full-text index row is
// rewritten only when the indexed text changed (FTS5 re-tokenizes the whole
// row on any write), and stays in step with a rebuild either way; a body that
// came as JSON text (the autosave) is stored as that text once checked,
// unless the text is padded beyond compact JSON — and a body refused as an
// object is refused as text, with the same sentence.
import crypto from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openServices } from '../../../electron/main/services';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { searchIndexProblems } from '../../../electron/main/store/search-check';
import { METHODS } from '../../../shared/ipc/channels';
import { doc, em, everyNodeBody, p, photo, strong } from '../../support/docs';
import { tempDir } from '../../support/temp';
import { headlineSearchKey } from '../../../shared/article/headline-search';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

function setup() {
  const services = openServices(tmp.file(`writes-${Math.random().toString(16).slice(2)}.db`));
  const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
  return { services, dispatch };
}

/** Everything FTS5 keeps for the index (segments, structure, sizes, its copy of the text). */
function indexState(db: Database): string {
  const hash = crypto.createHash('sha256');
  for (const table of ['article_search_data', 'article_search_idx', 'article_search_docsize', 'article_search_keys']) {
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}

/** The index equals a rebuild from the articles, and FTS5's own check of its index against its text passes. */
function expectInStep(db: Database): void {
  expect(searchIndexProblems(db)).toEqual([]);
  expect(() => db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
}

function search(db: Database, query: string): number {
  return db.prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?').pluck().get(query) as number;
}

describe('the search index row', () => {
  it('is left untouched by saves that change no indexed text, and rewritten by those that do', () => {
    const { services } = setup();
    const store = services.articles;
    const a = store.create({ headline: 'Bridge reopens', body: doc(p('The bridge reopens on Monday.'), photo({ photographer: 'Li Wei', agency: 'AP' })) });
    store.create({ headline: 'Another story', body: doc(p('Unrelated words.')) });
    let revision = a.revision;
    // A save and the catch-up of its search text that follows it (store/search-catch-up.ts).
    const save = (changes: Parameters<typeof store.save>[2]) => {
      revision = store.save(a.id, revision, changes).revision;
      store.searchCatchUp.catchUp();
    };
    store.searchCatchUp.catchUp();

    const noIndexChange: Parameters<typeof store.save>[2][] = [
      // The same words with marks: the body's JSON changes, its plain text does not.
      { body: doc(p('The ', strong('bridge'), ' reopens on ', em('Monday'), '.'), photo({ photographer: 'Li Wei', agency: 'AP' })) },
      { status: 'editing' },
      { headline: 'Bridge reopens' },
      { body: doc(p('The bridge reopens on Monday.'), photo({ photographer: 'Li Wei', agency: 'AP' })), headline: 'Bridge reopens', byline: '' },
      { section: 'Local' },
    ];
    for (const changes of noIndexChange) {
      const before = indexState(services.db);
      save(changes);
      expect(indexState(services.db), JSON.stringify(changes)).toBe(before);
      expectInStep(services.db);
    }

    const indexChange: [Parameters<typeof store.save>[2], string][] = [
      [{ body: doc(p('The bridge reopens on Tuesday.'), photo({ photographer: 'Li Wei', agency: 'AP' })) }, 'tuesday'],
      // Only a photo's credit: the plain text is the same, the credits column is not.
      [{ body: doc(p('The bridge reopens on Tuesday.'), photo({ photographer: 'Mei Tanaka', agency: 'AP' })) }, 'tanaka'],
      [{ headline: 'Bridge reopens at last' }, 'last'],
      [{ tags: ['Transport'] }, 'transport'],
    ];
    for (const [changes, word] of indexChange) {
      const before = indexState(services.db);
      expect(search(services.db, word)).toBe(0);
      save(changes);
      expect(indexState(services.db), JSON.stringify(changes)).not.toBe(before);
      expect(search(services.db, word)).toBe(1);
      expectInStep(services.db);
    }
    expect(search(services.db, 'monday')).toBe(0);
    expect(search(services.db, 'wei')).toBe(0);
    services.close();
  });

  it('stays in step with a rebuild over random runs of saves that do and do not change its text', () => {
    const { services } = setup();
    const store = services.articles;
    const ids = ['One', 'Two', 'Three'].map((headline) => store.create({ headline, body: doc(p(`${headline} starts here.`)) }));
    const revisions = new Map(ids.map((a) => [a.id, a.revision]));
    const words = ['alpha', 'beta', 'gamma'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 60; i++) {
      const { id } = ids[next(ids.length)]!;
      const word = words[next(words.length)]!;
      const choice = next(4);
      const changes =
        choice === 0
          ? { body: doc(p(`Now ${word}.`)) }
          : choice === 1
            ? { body: doc(p('Now ', strong(word), '.')) }
            : choice === 2
              ? { standfirst: word }
              : { status: (['draft', 'editing', 'ready'] as const)[next(3)]! };
      revisions.set(id, store.save(id, revisions.get(id)!, changes).revision);
    }
    expectInStep(services.db);
    services.close();
  });
});

describe('a body sent as JSON text', () => {
  const stored = (db: Database, id: string) => db.prepare('SELECT body_json FROM articles WHERE id = ?').pluck().get(id) as string;

  it('is stored as sent once checked, and reads back as the body that was checked', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create();
    const body = everyNodeBody();
    const text = JSON.stringify(body);
    const stringify = vi.spyOn(JSON, 'stringify');
    const saved = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body: text } }, APP);
    // Not serialized again on the way in (a 5,000-paragraph body: ~4 ms).
    expect(stringify.mock.calls.filter(([value]) => (value as { type?: unknown } | null)?.type === 'doc')).toEqual([]);
    stringify.mockRestore();
    expect(saved).toMatchObject({ ok: true, value: { revision: 2 } });
    expect(stored(services.db, id)).toBe(text);
    expect(services.articles.get(id).body).toEqual(body);
    expectInStep(services.db);
    services.close();
  });

  it('is stored compact when it came padded (whitespace, escapes): never longer than its JSON', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create();
    const body = doc(p('A short paragraph.'), p('Another one.'));
    const padded = JSON.stringify(body, null, 2).replace(/"type"/g, `${' '.repeat(400)}"\\u0074ype"`);
    expect(JSON.parse(padded)).toEqual(body);
    const saved = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body: padded } }, APP);
    expect(saved).toMatchObject({ ok: true });
    expect(stored(services.db, id)).toBe(JSON.stringify(body));
    services.close();
  });

  it('is refused with the same sentence as the same body sent as an object, and changes nothing', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create({ body: doc(p('Kept.')) });
    const before = stored(services.db, id);
    const bad = [
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }], extra: 'y' }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bell \u0007' }] }] },
      { type: 'doc', content: [{ type: 'nonsense' }] },
      { type: 'doc', content: [{ type: 'text', text: 'text straight in the doc' }] },
    ];
    for (const body of bad) {
      const asObject = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body } }, APP);
      const asText = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body: JSON.stringify(body) } }, APP);
      expect(asObject).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(asText).toEqual(asObject);
    }
    expect(await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body: '{"type":"doc",' } }, APP)).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('not valid JSON') },
    });
    expect(stored(services.db, id)).toBe(before);
    expect(services.articles.revisionOf(id)).toBe(1);
    services.close();
  });

  it('as an object (the CLI, an import) is stored as its JSON', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create();
    const body = doc(p('An object body.'));
    await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body } }, APP);
    expect(stored(services.db, id)).toBe(JSON.stringify(body));
    services.close();
  });
});

describe('the list row a save writes', () => {
  it('matches the article after saves changing the body, headline, status and section in any mix, and the status counts stay right', async () => {
    const { services, dispatch } = setup();
    try {
      const id = services.articles.create({ headline: 'First', section: 'News' }).id;
      services.articles.create({ headline: 'Other', status: 'ready' });
      const changes = [
        { body: JSON.stringify(doc(p('One two three.'))) },
        { headline: 'Second headline', body: doc(p('Four five.')) },
        { status: 'editing' as const },
        { section: 'Sport', status: 'published' as const },
        { body: doc(p('Six.')), section: 'World' },
        { headline: 'Third' },
      ];
      for (const change of changes) {
        const revision = services.articles.revisionOf(id);
        expect(await dispatch(METHODS.saveArticle, { id, baseRevision: revision, changes: change }, APP)).toMatchObject({ ok: true });
        const row = services.db.prepare('SELECT headline, slug, status, section, word_count, revision, updated_at, created_at FROM article_summaries WHERE id = ?').get(id);
        const article = services.db.prepare('SELECT headline, slug, status, section, word_count, revision, updated_at, created_at FROM articles WHERE id = ?').get(id);
        expect(row).toEqual(article);
        expect(services.db.prepare('SELECT headline_key FROM article_summaries WHERE id = ?').pluck().get(id)).toBe(headlineSearchKey((article as { headline: string }).headline));
      }
      const counts = Object.fromEntries((services.db.prepare('SELECT status, n FROM status_counts').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
      expect(counts).toMatchObject({ draft: 0, editing: 0, ready: 1, published: 1 });
      expect(services.articles.listPage({ filter: { headline: 'third' } }).items.map((r) => r.id)).toEqual([id]);
    } finally {
      services.close();
    }
  });
});
