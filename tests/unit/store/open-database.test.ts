import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/store/open-database';
import { LATEST_VERSION } from '../../../electron/main/store/migrations';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('openDatabase', () => {
  it('creates a WAL database with foreign keys, migrated to the latest version, in a new folder', () => {
    const file = tmp.file('nested/folder/copydesk.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database from a newer Copydesk, naming both versions, without touching the file', () => {
    const file = tmp.file('newer.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fingerprint(file);
    expect(() => openDatabase(file)).toThrow(
      new RegExp(`database version ${LATEST_VERSION + 5}.*up to version ${LATEST_VERSION}`),
    );
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a file that is not a database, and one that belongs to another program', () => {
    const text = tmp.file('notes.db');
    fs.writeFileSync(text, 'Dear diary, this is not SQLite at all. '.repeat(50));
    const before = fingerprint(text);
    expect(() => openDatabase(text)).toThrow(/not a Copydesk database/);
    expect(fingerprint(text)).toBe(before);

    const other = tmp.file('other.db');
    const raw = new Database(other);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    const otherBefore = fingerprint(other);
    expect(() => openDatabase(other)).toThrow(/not a Copydesk database/);
    expect(fingerprint(other)).toBe(otherBefore);
  });
});

describe('upgrades', () => {
  it('keep a consistent copy of the old database before migrating it', async () => {
    const { MIGRATIONS } = await import('../../../electron/main/store/migrations');
    const file = tmp.file('upgrade.db');
    const v1 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    // A raw row: today's ArticleStore writes today's schema (migration 006's summaries), not version 1's.
    v1.prepare(
      "INSERT INTO articles (id, slug, headline, body_json, created_at, updated_at) VALUES ('a', 'written', 'Written before the upgrade', '{}', 't', 't')",
    ).run();
    v1.close();

    const extra = { version: LATEST_VERSION + 1, name: 'future', up: (d: Database.Database) => d.exec('CREATE TABLE future (x)') };
    const upgraded = openDatabase(file, { migrations: [...MIGRATIONS, extra] });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    upgraded.close();

    const backup = new Database(`${file}.v1-backup`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT headline FROM articles').all()).toEqual([{ headline: 'Written before the upgrade' }]);
    backup.close();
  });

  it('do not make a copy of a brand-new or already current database', () => {
    const file = tmp.file('fresh.db');
    openDatabase(file).close();
    openDatabase(file).close();
    expect(fs.readdirSync(tmp.dir).filter((f) => f.startsWith('fresh.db.'))).toEqual([]);
  });
});
