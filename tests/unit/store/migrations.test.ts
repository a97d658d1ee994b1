// Each migration, on a real database file, brought up to exactly its version.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/store/migrate';
import { MIGRATIONS, LATEST_VERSION } from '../../../electron/main/store/migrations';
import { APPLICATION_ID } from '../../../electron/main/store/application-id';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function freshDb() {
  return new Database(tmp.file(`m-${Math.random().toString(16).slice(2)}.db`));
}

describe('migrations', () => {
  it('are numbered in order from 1, the latest last', () => {
    // Every number once, in order, none missing.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it('001 creates the articles table and stamps the application id', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const columns = (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining(['id', 'slug', 'headline', 'body_json', 'plain_text', 'word_count', 'revision', 'created_at', 'updated_at']),
    );
    expect(() =>
      db
        .prepare("INSERT INTO articles (id, slug, body_json, status, created_at, updated_at) VALUES ('x', 'x', '{}', 'lost', 't', 't')")
        .run(),
    ).toThrow(/CHECK constraint/);
    db.close();
  });

  it('004 adds assets.released_at: existing photos keep their rows, with no release time', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS, 3);
    db.prepare("INSERT INTO assets (sha256, mime, size, bytes, created_at) VALUES (?, 'image/png', 1, x'00', '2026-01-01T00:00:00.000Z')").run('a'.repeat(64));
    migrate(db, MIGRATIONS, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT sha256, released_at FROM assets').all()).toEqual([{ sha256: 'a'.repeat(64), released_at: null }]);
    expect(() => db.prepare("UPDATE assets SET released_at = ''").run()).toThrow(/CHECK constraint/);
    db.close();
  });

  it('005 adds app_sessions, empty, refusing a row without a real pid or start time', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS, 4);
    migrate(db, MIGRATIONS, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT * FROM app_sessions').all()).toEqual([]);
    const insert = db.prepare('INSERT INTO app_sessions (id, host, pid, started_at) VALUES (?, ?, ?, ?)');
    expect(() => insert.run('a', 'desk', 0, '2026-11-25T08:00:00.000Z')).toThrow(/CHECK constraint/);
    expect(() => insert.run('b', 'desk', 12, '')).toThrow(/CHECK constraint/);
    expect(() => insert.run('c', 'desk', 'twelve', 't')).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('006 builds article_summaries from the articles of a version-5 database, with folded headline keys', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS, 5);
    const insert = db.prepare(
      `INSERT INTO articles (id, slug, headline, section, status, body_json, plain_text, word_count, revision, created_at, updated_at)
       VALUES (?, ?, ?, 'World', ?, '{"type":"doc","content":[]}', 'x', ?, ?, '2026-01-01T00:00:00.000Z', ?)`,
    );
    insert.run('a', 'cafe-reopens', 'Café reopens', 'published', 120, 3, '2026-02-01T00:00:00.000Z');
    insert.run('b', 'untitled', '', 'draft', 0, 1, '2026-03-01T00:00:00.000Z');
    migrate(db, MIGRATIONS, 6);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT * FROM article_summaries ORDER BY updated_at DESC, id').all()).toEqual([
      { updated_at: '2026-03-01T00:00:00.000Z', id: 'b', headline: '', headline_key: 'untitled article', slug: 'untitled', status: 'draft', section: 'World', word_count: 0, revision: 1 },
      { updated_at: '2026-02-01T00:00:00.000Z', id: 'a', headline: 'Café reopens', headline_key: 'cafe reopens', slug: 'cafe-reopens', status: 'published', section: 'World', word_count: 120, revision: 3 },
    ]);
    const indexes = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'articles'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).not.toContain('articles_updated_at');
    // Deleting an article, by any route, deletes its summary.
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT id FROM article_summaries').all()).toEqual([{ id: 'b' }]);
    expect(() => db.prepare("INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision) VALUES ('t', 'b', '', '', '', 'draft', '', 0, 1)").run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('a version-5 database opened by this Copydesk is backed up, upgraded, and listed from its summaries', async () => {
    const { openDatabase } = await import('../../../electron/main/store/open-database');
    const { openServices } = await import('../../../electron/main/services');
    const file = tmp.file('v5.db');
    const v5 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
    v5.prepare(
      `INSERT INTO articles (id, slug, headline, body_json, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000001', 'old-story', 'Old story', '{"type":"doc","content":[{"type":"paragraph"}]}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    ).run();
    v5.close();
    const services = openServices(file);
    expect(services.articles.listPage({ limit: 10, filter: { headline: 'OLD' } }).items.map((a) => a.headline)).toEqual(['Old story']);
    const ack = services.articles.save('00000000-0000-4000-8000-000000000001', 1, { headline: 'Old story, revised' });
    expect(services.articles.listPage({ limit: 10 }).items).toEqual([{ id: ack.id, headline: 'Old story, revised', status: 'draft', section: '', wordCount: 0, revision: 2, updatedAt: ack.updatedAt }]);
    services.close();
    const backup = new Database(`${file}.v5-backup`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(5);
    backup.close();
  });

  it('009 adds published_at (the creation time for articles already published) and the page time settings, on a database of the version before', async () => {
    const { openDatabase } = await import('../../../electron/main/store/open-database');
    const { openServices } = await import('../../../electron/main/services');
    const file = tmp.file('before-009.db');
    // Whatever migrations come before 009 on this branch make "the previous version".
    const previous = MIGRATIONS.filter((m) => m.version < 9);
    const old = openDatabase(file, { migrations: previous });
    const insert = old.prepare(
      `INSERT INTO articles (id, slug, headline, status, body_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, '{"type":"doc","content":[{"type":"paragraph"}]}', '2026-01-01T08:00:00.000Z', '2026-01-05T09:30:00.000Z')`,
    );
    insert.run('00000000-0000-4000-8000-000000000001', 'out', 'Out already', 'published');
    insert.run('00000000-0000-4000-8000-000000000002', 'draft', 'Still a draft', 'editing');
    old.exec(`INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
      SELECT updated_at, id, headline, lower(headline), slug, status, section, word_count, revision FROM articles`);
    old.close();
    const services = openServices(file);
    try {
      expect(services.articles.get('00000000-0000-4000-8000-000000000001').publishedAt).toBe('2026-01-01T08:00:00.000Z');
      expect(services.articles.get('00000000-0000-4000-8000-000000000002').publishedAt).toBeNull();
      expect(services.settings.get()).toMatchObject({ timeZone: '', apDateline: false });
    } finally {
      services.close();
    }
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(() => raw.prepare("UPDATE articles SET published_at = ''").run()).toThrow(/CHECK constraint/);
    expect(() => raw.prepare('UPDATE publication_settings SET ap_dateline = 2').run()).toThrow(/CHECK constraint/);
    raw.close();
  });

  it('016 adds accepted_flags on a database of the version before: its articles can have flags marked correct, deleted with them', async () => {
    const { openDatabase } = await import('../../../electron/main/store/open-database');
    const { openServices } = await import('../../../electron/main/services');
    const file = tmp.file('before-016.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 16) });
    expect(old.pragma('user_version', { simple: true })).toBe(15);
    const id = '00000000-0000-4000-8000-000000000013';
    old.prepare(
      `INSERT INTO articles (id, slug, headline, status, body_json, created_at, updated_at)
       VALUES (?, 'depot', 'Depot opens', 'draft', '{"type":"doc","content":[{"type":"paragraph"}]}', '2026-01-01T08:00:00.000Z', '2026-01-01T08:00:00.000Z')`,
    ).run(id);
    old.exec(`INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
      SELECT updated_at, id, headline, lower(headline), slug, status, section, word_count, revision FROM articles`);
    old.close();
    const flag = { scope: 'body', rule: 'spelling', text: 'Kestrelbury', before: 'The ', after: ' depot' } as const;
    const services = openServices(file);
    try {
      expect(services.acceptedFlags.list(id)).toEqual([]);
      expect(services.acceptedFlags.accept(id, flag)).toBe(true);
      expect(services.articles.get(id).headline).toBe('Depot opens');
    } finally {
      services.close();
    }
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.prepare('SELECT text FROM accepted_flags').pluck().all()).toEqual(['Kestrelbury']);
    raw.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(raw.prepare('SELECT count(*) FROM accepted_flags').pluck().get()).toBe(0);
    raw.close();
  });

  it('019 keys the list rows by rowid on a database of the version before: every row, its counts and its order kept', async () => {
    const { openDatabase } = await import('../../../electron/main/store/open-database');
    const { openServices } = await import('../../../electron/main/services');
    const file = tmp.file('before-019.db');
    // A version-18 library made by that version's own store: drafts, a published article, a spiked one.
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 19) });
    expect(old.pragma('user_version', { simple: true })).toBe(18);
    old.close();
    const before = openServices(file, { migrations: MIGRATIONS.filter((m) => m.version < 19) });
    const ids: string[] = [];
    for (const [i, status] of (['draft', 'published', 'ready', 'draft', 'published'] as const).entries()) {
      const a = before.articles.create({ headline: `Story ${i} élan`, section: i % 2 ? 'World' : 'Local', status });
      ids.push(a.id);
    }
    before.articles.spike(ids[3]!);
    const columns = 'updated_at, id, headline, headline_key, slug, status, section, word_count, revision, created_at, spiked_at';
    const rowsBefore = before.db.prepare(`SELECT ${columns} FROM article_summaries ORDER BY updated_at DESC, id`).all();
    const countsBefore = before.db.prepare('SELECT status, n FROM status_counts ORDER BY status').all();
    const pageBefore = before.articles.listPage({ limit: 10 }).items;
    before.close();

    const services = openServices(file);
    try {
      const db = services.db;
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare(`SELECT ${columns} FROM article_summaries ORDER BY updated_at DESC, id`).all()).toEqual(rowsBefore);
      expect(db.prepare('SELECT status, n FROM status_counts ORDER BY status').all()).toEqual(countsBefore);
      expect(services.articles.listPage({ limit: 10 }).items).toEqual(pageBefore);
      // A rowid table now, with every index and counting trigger of the old one.
      const table = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_summaries'").pluck().get() as string;
      expect(table).not.toMatch(/WITHOUT ROWID/);
      const objects = db.prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'article_summaries' AND type IN ('index', 'trigger') ORDER BY name").pluck().all();
      expect(objects).toEqual([
        'article_summaries_created', 'article_summaries_headline', 'article_summaries_id', 'article_summaries_list', 'article_summaries_published',
        'article_summaries_section', 'article_summaries_spiked', 'status_counts_delete', 'status_counts_insert', 'status_counts_update',
      ]);
      // The triggers count again: a new article, a status change, a delete.
      const fresh = services.articles.create({ headline: 'After the upgrade' });
      services.articles.save(fresh.id, fresh.revision, { status: 'ready' });
      services.articles.delete(ids[3]!, { force: true });
      const counted = db.prepare("SELECT iif(spiked_at IS NULL, status, 'spiked') AS status, count(*) AS n FROM article_summaries GROUP BY 1").all() as { status: string; n: number }[];
      for (const row of db.prepare('SELECT status, n FROM status_counts').all() as { status: string; n: number }[]) {
        expect(row.n, row.status).toBe(counted.find((c) => c.status === row.status)?.n ?? 0);
      }
      expect(services.articles.listPage({ limit: 10 }).items.map((r) => r.id)[0]).toBe(fresh.id);
      expect(db.prepare('SELECT count(*) FROM article_summaries WHERE id = ?').pluck().get(ids[3])).toBe(0);
    } finally {
      services.close();
    }
  });

  it('a failing migration rolls back completely and leaves the version alone', () => {
    const db = freshDb();
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        name: 'broken',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('running twice changes nothing', () => {
    const db = freshDb();
    migrate(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });
});
