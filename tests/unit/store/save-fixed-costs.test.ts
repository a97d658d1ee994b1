// A save's fixed costs (issue 11), on real SQLite files: what an autosave
// leaves unwritten must change nothing a reader sees. The list row's status
// counts (status_counts, kept by migration 007's triggers) are rewritten only
// when a save changes the status or the row was out of step, and stay equal
// to a count of the rows either way.
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openServices } from '../../../electron/main/services';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function setup() {
  const services = openServices(tmp.file(`fixed-${Math.random().toString(16).slice(2)}.db`));
  // Counts every write to status_counts (a temporary trigger: it lives and dies with this connection).
  services.db.exec(`CREATE TEMP TABLE counts_written (n INTEGER);
    CREATE TEMP TRIGGER counts_written AFTER UPDATE ON main.status_counts BEGIN INSERT INTO counts_written VALUES (1); END;`);
  return services;
}

const countsWritten = (db: Database) => db.prepare('SELECT count(*) FROM counts_written').pluck().get() as number;
/** The stored counts against a count of the list rows themselves. */
function expectCountsInStep(db: Database): void {
  const stored = Object.fromEntries((db.prepare('SELECT status, n FROM status_counts').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
  const counted = db.prepare("SELECT iif(spiked_at IS NULL, status, 'spiked') AS s, count(*) AS n FROM article_summaries GROUP BY s").all() as { s: string; n: number }[];
  for (const status of ['draft', 'editing', 'ready', 'published', 'spiked']) expect(stored[status], status).toBe(counted.find((c) => c.s === status)?.n ?? 0);
}

describe("a save's list row", () => {
  it('leaves the status counts unwritten when the status stays, and keeps them in step when it changes', () => {
    const services = setup();
    const store = services.articles;
    const a = store.create({ headline: 'Bridge reopens', body: doc(p('The bridge reopens.')) });
    store.create({ headline: 'Another', status: 'ready' });
    let revision = a.revision;
    const before = countsWritten(services.db);
    for (const words of ['The bridge reopens on Monday.', 'The bridge reopens on Tuesday.']) revision = store.save(a.id, revision, { body: doc(p(words)) }).revision;
    revision = store.save(a.id, revision, { headline: 'Bridge reopens at last', status: 'draft' }).revision;
    expect(countsWritten(services.db)).toBe(before);
    expectCountsInStep(services.db);

    revision = store.save(a.id, revision, { status: 'published' }).revision;
    expect(countsWritten(services.db)).toBeGreaterThan(before);
    expectCountsInStep(services.db);
    const row = services.db.prepare('SELECT headline, status, revision, word_count FROM article_summaries WHERE id = ?').get(a.id);
    expect(row).toEqual({ headline: 'Bridge reopens at last', status: 'published', revision, word_count: 5 });
    services.close();
  });

  it("names in an autosave's UPDATE only the columns it changes (time, word count, revision): no other index entry is rewritten", () => {
    const services = setup();
    const db = services.db;
    // Fires whenever an UPDATE names one of these columns, whatever their values (as SQLite rewrites their index entries).
    db.exec(`CREATE TEMP TABLE others_named (n INTEGER);
      CREATE TEMP TRIGGER others_named AFTER UPDATE OF headline, headline_key, slug, section, created_at, status, spiked_at ON main.article_summaries
      BEGIN INSERT INTO others_named VALUES (1); END;`);
    const named = () => db.prepare('SELECT count(*) FROM others_named').pluck().get() as number;
    const store = services.articles;
    const a = store.create({ headline: 'Ferry strike', section: 'Local', body: doc(p('Ferries stop.')) });
    let revision = a.revision;
    for (const words of ['Ferries stop at noon.', 'Ferries stop at noon today.']) revision = store.save(a.id, revision, { body: doc(p(words)) }).revision;
    expect(named()).toBe(0);
    expect(db.prepare('SELECT word_count, revision FROM article_summaries WHERE id = ?').get(a.id)).toEqual({ word_count: 5, revision });
    revision = store.save(a.id, revision, { headline: 'Ferry strike ends' }).revision;
    expect(named()).toBeGreaterThan(0);
    expect(db.prepare('SELECT headline, slug, revision FROM article_summaries WHERE id = ?').get(a.id)).toEqual({ headline: 'Ferry strike ends', slug: 'ferry-strike-ends', revision });
    expectCountsInStep(db);
    services.close();
  });

  it('repairs a list row out of step (its status, or the row missing) on the next save, counts included', () => {
    const services = setup();
    const store = services.articles;
    const a = store.create({ headline: 'Out of step', body: doc(p('Words.')) });
    // As a crash of another writer, or an edit by hand, could leave it (copydesk doctor reports it).
    services.db.prepare("UPDATE article_summaries SET status = 'ready', headline = 'stale' WHERE id = ?").run(a.id);
    let revision = store.save(a.id, a.revision, { body: doc(p('More words.')) }).revision;
    expect(services.db.prepare('SELECT headline, status, revision FROM article_summaries WHERE id = ?').get(a.id)).toEqual({ headline: 'Out of step', status: 'draft', revision });
    expectCountsInStep(services.db);
    services.db.prepare('DELETE FROM article_summaries WHERE id = ?').run(a.id);
    revision = store.save(a.id, revision, { body: doc(p('Even more words.')) }).revision;
    expect(services.db.prepare('SELECT headline, status, revision FROM article_summaries WHERE id = ?').get(a.id)).toEqual({ headline: 'Out of step', status: 'draft', revision });
    expectCountsInStep(services.db);
    services.close();
  });
});
