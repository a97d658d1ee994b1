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
  it('are numbered 1..N without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
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
