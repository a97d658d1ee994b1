// The search text written behind the saves (store/search-catch-up.ts,
// migration 018), on real SQLite files: a save leaves the plain text and the
// index to the catch-up and records the article; every reader catches up
// first, in this process and in another one on the same file; what is waiting
// survives a reopen; a save landing between the catch-up's read and write
// leaves the article waiting; a damaged body never wedges the queue.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/main/services';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { openDatabase } from '../../../electron/main/store/open-database';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/main/store/migrations';
import { IdleSearchMerge } from '../../../electron/main/store/search-merge';
import { CATCH_UP_STEP } from '../../../electron/main/store/search-catch-up';
import { examineDatabase } from '../../../electron/main/store/doctor';
import { indexDifferencesFromRebuild, searchIndexProblems } from '../../../electron/main/store/search-check';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const newFile = (name: string) => tmp.file(`${name}-${Math.random().toString(16).slice(2)}.db`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const plainTextOf = (services: Services, id: string) => services.db.prepare('SELECT plain_text FROM articles WHERE id = ?').pluck().get(id) as string;
const waiting = (services: Services) => services.db.prepare('SELECT id, revision, problem FROM search_pending ORDER BY id').all() as { id: string; revision: number; problem: string | null }[];
/** What the CLI's `copydesk search` reads: every page of a search through the store. */
const searched = (articles: ArticleStore, query: string) => [...articles.eachSummary(50, { query })].map((r) => r.id).sort();
const expectInStep = (services: Services) => {
  expect(searchIndexProblems(services.db)).toEqual([]);
  expect(indexDifferencesFromRebuild(services.db)).toEqual({ missing: 0, extra: 0 });
};

describe('a save', () => {
  it('leaves the plain text and the index to the catch-up, recording the article in the same transaction', () => {
    const services = openServices(newFile('deferred'));
    try {
      const a = services.articles.create({ headline: 'Harbour', body: doc(p('Ferries resume sailing.')) });
      expect(waiting(services)).toEqual([{ id: a.id, revision: 1, problem: null }]);
      services.articles.searchCatchUp.catchUp();
      expect(waiting(services)).toEqual([]);
      expect(plainTextOf(services, a.id)).toBe('Ferries resume sailing.');
      const saved = services.articles.save(a.id, 1, { body: doc(p('Ferries cancelled by the storm.')) });
      // The save itself wrote neither: the old text is still stored, the article waits at its new revision.
      expect(plainTextOf(services, a.id)).toBe('Ferries resume sailing.');
      expect(waiting(services)).toEqual([{ id: a.id, revision: saved.revision, problem: null }]);
      expect(saved.wordCount).toBe(5);
    } finally {
      services.close();
    }
  });

  it('leaves the row of an article already waiting untouched (no page written), and clears a problem', () => {
    const services = openServices(newFile('waiting'));
    try {
      const a = services.articles.create({ headline: 'Harbour', body: doc(p('Ferries resume sailing.')) });
      // Counts every write to search_pending (temporary triggers: they live and die with this connection).
      services.db.exec(`CREATE TEMP TABLE pending_written (n INTEGER);
        CREATE TEMP TRIGGER pending_updated AFTER UPDATE ON main.search_pending BEGIN INSERT INTO pending_written VALUES (1); END;
        CREATE TEMP TRIGGER pending_inserted AFTER INSERT ON main.search_pending BEGIN INSERT INTO pending_written VALUES (1); END;`);
      const written = services.db.prepare('SELECT count(*) FROM pending_written').pluck();
      let revision = a.revision;
      for (const words of ['Ferries cancelled.', 'Ferries cancelled again.']) revision = services.articles.save(a.id, revision, { body: doc(p(words)) }).revision;
      expect(written.get()).toBe(0);
      expect(waiting(services)).toEqual([{ id: a.id, revision: 1, problem: null }]);
      // What the catch-up writes is the current revision's text, whatever revision the row started at.
      services.articles.searchCatchUp.catchUp();
      expect(plainTextOf(services, a.id)).toBe('Ferries cancelled again.');
      expect(searched(services.articles, 'again')).toEqual([a.id]);
      // A row holding a problem (a damaged body, say) is cleared by the next save, which makes it wait again.
      services.db.prepare("INSERT INTO search_pending (id, revision, problem) VALUES (?, ?, 'damaged')").run(a.id, revision);
      revision = services.articles.save(a.id, revision, { body: doc(p('Ferries sail tonight.')) }).revision;
      expect(waiting(services)).toEqual([{ id: a.id, revision, problem: null }]);
      services.articles.searchCatchUp.catchUp();
      expect(searched(services.articles, 'tonight')).toEqual([a.id]);
      expectInStep(services);
    } finally {
      services.close();
    }
  });

  it('is found by its new words at once, in this process and in another on the same file (the CLI)', () => {
    const file = newFile('readers');
    const app = openServices(file);
    const cli = openServices(file);
    try {
      const a = app.articles.create({ headline: 'Harbour', body: doc(p('Ferries resume sailing.')) });
      expect(searched(app.articles, 'ferries')).toEqual([a.id]);
      const saved = app.articles.save(a.id, 1, { headline: 'Storm', body: doc(p('Gales close the port.')) });
      expect(waiting(app)).toHaveLength(1);
      // Another connection sees the committed pending row and catches up itself before it searches.
      expect(searched(cli.articles, 'gales')).toEqual([a.id]);
      expect(searched(cli.articles, 'ferries')).toEqual([]);
      expect(searched(cli.articles, 'storm')).toEqual([a.id]);
      expect(waiting(app)).toEqual([]);
      app.articles.save(a.id, saved.revision, { body: doc(p('The port reopens.')) });
      expect(app.articles.listPage({ filter: { query: 'reopens' } }).items.map((r) => r.id)).toEqual([a.id]);
      expect(app.articles.listPage({ filter: { query: 'gales' } }).items).toEqual([]);
      expectInStep(app);
    } finally {
      cli.close();
      app.close();
    }
  });
});

describe('the catch-up', () => {
  it('finds what was waiting after a reopen (a crash or a quit before it ran) and brings it up to date', () => {
    const file = newFile('reopen');
    let services = openServices(file);
    const a = services.articles.create({ headline: 'Budget', body: doc(p('The council debates the budget.')) });
    services.articles.save(a.id, 1, { body: doc(p('The council passes the budget.')) });
    // A crash: the file is left without the catch-up that services.close() runs.
    services.db.close();
    services = openServices(file);
    try {
      expect(waiting(services).map((w) => w.id)).toEqual([a.id]);
      // A new article's plain text is written with it (for "Open as plain text"); the save's waits.
      expect(plainTextOf(services, a.id)).toBe('The council debates the budget.');
      // At start-up the app's idle pass catches up, a few articles per timer turn.
      services.articles.searchCatchUp.catchUp();
      expect(waiting(services)).toEqual([]);
      expect(plainTextOf(services, a.id)).toBe('The council passes the budget.');
      expectInStep(services);
    } finally {
      services.close();
    }
  });

  it('leaves an article waiting when a save lands between reading its body and writing its text', () => {
    const file = newFile('race');
    const services = openServices(file);
    let landed = false;
    let revision = 0;
    // A second store on the same connection whose catch-up lets a save in just before it writes.
    const racing = new ArticleStore(services.db, () => new Date(), {
      beforeWrite: (id) => {
        if (landed) return;
        landed = true;
        revision = services.articles.save(id, revision, { body: doc(p('Second draft wins.')) }).revision;
      },
    });
    try {
      const a = services.articles.create({ headline: 'Race', body: doc(p('First draft.')) });
      revision = a.revision;
      expect(racing.searchCatchUp.step()).toBe(0);
      // Nothing derived from the first draft was written (its text is still the one stored with the new article,
      // and the index never holds it, below); the row still waits, from the revision it started waiting at.
      expect(plainTextOf(services, a.id)).toBe('First draft.');
      expect(waiting(services)).toEqual([{ id: a.id, revision: 1, problem: null }]);
      racing.searchCatchUp.catchUp();
      expect(plainTextOf(services, a.id)).toBe('Second draft wins.');
      expect(waiting(services)).toEqual([]);
      expect(searched(racing, 'first')).toEqual([]);
      expect(searched(racing, 'second')).toEqual([a.id]);
      expectInStep(services);
    } finally {
      services.close();
    }
  });

  it('is not wedged by a damaged body: the others are caught up, the reason kept, doctor told, the old words recoverable', () => {
    const file = newFile('damaged');
    let services = openServices(file);
    const broken = services.articles.create({ headline: 'Broken', body: doc(p('Words worth keeping.')) });
    services.articles.searchCatchUp.catchUp();
    const fine = services.articles.create({ headline: 'Fine', body: doc(p('Nothing wrong here.')) });
    // The body damaged on disk after a save recorded it (a save never stores an unreadable body).
    services.db.prepare('UPDATE articles SET body_json = ? WHERE id = ?').run('{"type":"doc","content":[{"type":"hologram"}]}', broken.id);
    services.db.prepare('INSERT OR REPLACE INTO search_pending (id, revision, problem) VALUES (?, 1, NULL)').run(broken.id);
    expect(() => services.articles.searchCatchUp.catchUp()).not.toThrow();
    expect(searched(services.articles, 'nothing')).toEqual([fine.id]);
    expect(waiting(services)).toEqual([{ id: broken.id, revision: 1, problem: expect.stringMatching(/cannot be read for search/) }]);
    expect(services.articles.searchCatchUp.waiting()).toBe(false);
    expect(plainTextOf(services, broken.id)).toBe('Words worth keeping.');
    const recovered = services.articles.recoverAsPlainText(broken.id);
    expect(services.articles.get(recovered.id).body).toEqual(doc(p('Words worth keeping.')));
    services.close();
    const report = examineDatabase(file);
    expect(report.problems.join('\n')).toMatch(/Broken.*search text could not be brought up to date/);
    services = openServices(file);
    services.close();
  });

  it('runs by itself once the writes pause, in bounded steps, and then merges', async () => {
    const services = openServices(newFile('idle'));
    const catchUp = services.articles.searchCatchUp;
    const steps: number[] = [];
    const pending = { waiting: () => catchUp.waiting(), catchUp: () => catchUp.catchUp(), step: (limit?: number) => (steps.push(limit!), catchUp.step(limit)) };
    const merge = new IdleSearchMerge({ db: services.db, delayMs: 5, pending });
    try {
      const ids = Array.from({ length: 20 }, (_, i) => services.articles.create({ headline: `Item ${i}`, body: doc(p(`Tide table ${i}.`)) }).id);
      merge.changed();
      expect(waiting(services)).toHaveLength(20);
      for (let i = 0; i < 500 && waiting(services).length > 0; i++) await sleep(10);
      expect(waiting(services)).toEqual([]);
      // A bounded step per timer turn, never everything at once.
      expect(steps).toEqual([CATCH_UP_STEP, CATCH_UP_STEP, CATCH_UP_STEP]);
      expect(searched(services.articles, 'tide')).toEqual([...ids].sort());
      expectInStep(services);
    } finally {
      merge.dispose();
      services.close();
    }
  });

  it('search always equals a scan of the latest texts, whatever saves and catch-up steps interleave', () => {
    const services = openServices(newFile('property'));
    try {
      const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
      const ids = WORDS.slice(0, 3).map((w) => services.articles.create({ headline: 'Story', body: doc(p(w)) }).id);
      const latest = new Map(ids.map((id, i) => [id, WORDS[i]!]));
      const action = fc.oneof(
        fc.record({ save: fc.integer({ min: 0, max: 2 }), word: fc.constantFrom(...WORDS) }),
        fc.record({ step: fc.integer({ min: 0, max: 2 }) }),
      );
      fc.assert(
        fc.property(fc.array(action, { maxLength: 12 }), fc.constantFrom(...WORDS), (actions, query) => {
          for (const a of actions) {
            if ('save' in a) {
              const id = ids[a.save]!;
              services.articles.save(id, services.articles.revisionOf(id), { body: doc(p(a.word)) });
              latest.set(id, a.word);
            } else services.articles.searchCatchUp.step(a.step);
          }
          expect(searched(services.articles, query)).toEqual(ids.filter((id) => latest.get(id) === query).sort());
        }),
        { numRuns: 40 },
      );
      expectInStep(services);
    } finally {
      services.close();
    }
  });
});

describe('migration 018 on a database made by migration 017', () => {
  it('starts with nothing waiting, finds the words indexed before, and defers the next save', () => {
    const file = newFile('v17');
    const raw = openDatabase(file, { migrations: MIGRATIONS.slice(0, 9) });
    raw
      .prepare(
        `INSERT INTO articles (id, slug, headline, standfirst, section, tags_json, status, body_json, plain_text, word_count, created_at, updated_at)
         VALUES (?, 'x', 'Old story', '', 'World', '[]', 'draft', ?, 'The lighthouse keeper retires.', 4, '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z')`,
      )
      .run('00000000-0000-4000-8000-000000000001', JSON.stringify(doc(p('The lighthouse keeper retires.'))));
    raw.prepare(`INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
      SELECT updated_at, id, headline, lower(headline), slug, status, section, word_count, revision FROM articles`).run();
    raw.close();
    const v17 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 17) });
    expect(v17.pragma('user_version', { simple: true })).toBe(17);
    v17.close();

    const services = openServices(file);
    try {
      expect(services.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(waiting(services)).toEqual([]);
      expectInStep(services);
      const id = '00000000-0000-4000-8000-000000000001';
      expect(searched(services.articles, 'lighthouse')).toEqual([id]);
      services.articles.save(id, services.articles.revisionOf(id), { body: doc(p('The lighthouse goes automatic.')) });
      expect(waiting(services).map((w) => w.id)).toEqual([id]);
      expect(searched(services.articles, 'automatic')).toEqual([id]);
      expect(searched(services.articles, 'keeper')).toEqual([]);
      // Deleting an article takes its waiting row with it (the trigger).
      services.articles.save(id, services.articles.revisionOf(id), { body: doc(p('Gone.')) });
      services.articles.delete(id, { force: true });
      expect(waiting(services)).toEqual([]);
      expectInStep(services);
    } finally {
      services.close();
    }
  });
});
