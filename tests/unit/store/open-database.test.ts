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
