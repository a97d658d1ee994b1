// The WAL checkpointed between saves (store/idle-checkpoint.ts), on real
// SQLite files: once the writes pause, what was saved is in the database file
// itself (a copy of the file without its WAL reads it), the next save starts
// the WAL from its beginning instead of growing it; a WAL of a few short saves
// is left for later (a restarted WAL costs the next commit one fsync more);
// and a checkpoint that fails is reported, never thrown.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { IdleCheckpoint, PENDING_PAGES, pendingWalPages } from '../../../electron/main/store/idle-checkpoint';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A body of about PENDING_PAGES pages of text, in paragraphs within the limit per run of text. */
const longBody = (letter: string) => doc(...Array.from({ length: PENDING_PAGES / 10 }, () => p(letter.repeat(40_960))));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The headline as the database file alone holds it: a copy of that file without its WAL, read by SQLite. */
function headlineInFile(file: string, id: string): string | undefined {
  const copy = `${file}.alone-${Math.random().toString(16).slice(2)}`;
  fs.copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return db.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(id) as string | undefined;
  } finally {
    db.close();
  }
}

describe('checkpointing the WAL between saves', () => {
  it('moves the saves into the database file once the writes pause, and the next saves reuse the WAL from its start', async () => {
    const file = tmp.file('checkpoint.db');
    const services = openServices(file);
    try {
      const checkpoint = new IdleCheckpoint({ db: services.db, delayMs: 5, minPages: 1 });
      const a = services.articles.create({ headline: 'First words', body: doc(p('x'.repeat(20_000))) });
      // The schema and the first words in the file itself, so the copy can be read before the idle checkpoint.
      services.db.pragma('wal_checkpoint(TRUNCATE)');
      let revision = services.articles.save(a.id, a.revision, { headline: 'Second words' }).revision;
      checkpoint.changed();
      expect(headlineInFile(file, a.id)).toBe('First words');
      await sleep(60);
      expect(headlineInFile(file, a.id)).toBe('Second words');
      // Each save rewrites the body's pages; with a checkpoint between saves the WAL is reused, not grown.
      const walSizes: number[] = [];
      for (let i = 0; i < 6; i++) {
        revision = services.articles.save(a.id, revision, { body: doc(p('y'.repeat(20_000 + i))) }).revision;
        checkpoint.changed();
        checkpoint.runNow();
        walSizes.push(fs.statSync(`${file}-wal`).size);
      }
      expect(new Set(walSizes.slice(1)).size).toBe(1);
      // Nothing waiting: running again does nothing.
      checkpoint.runNow();
      checkpoint.dispose();
    } finally {
      services.close();
    }
  });

  it('counts the pages waiting in the WAL as SQLite does, and leaves a WAL of a few short saves alone', () => {
    const file = tmp.file('pending.db');
    const services = openServices(file);
    try {
      services.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(pendingWalPages(services.db)).toBe(0);
      const a = services.articles.create({ headline: 'Short', body: doc(p('A few words.')) });
      let revision = services.articles.save(a.id, a.revision, { headline: 'Short still' }).revision;
      const pending = pendingWalPages(services.db)!;
      expect(pending).toBeGreaterThan(0);
      expect(pending).toBeLessThan(PENDING_PAGES);
      const checkpoint = new IdleCheckpoint({ db: services.db });
      checkpoint.changed();
      checkpoint.runNow();
      expect(pendingWalPages(services.db)).toBe(pending);
      // A long body's save fills it past the threshold: then it runs.
      revision = services.articles.save(a.id, revision, { body: longBody('z') }).revision;
      const long = pendingWalPages(services.db)!;
      expect(long).toBeGreaterThanOrEqual(PENDING_PAGES);
      expect((services.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log).toBe(long);
      services.articles.save(a.id, revision, { body: longBody('w') });
      checkpoint.changed();
      checkpoint.runNow();
      expect(pendingWalPages(services.db)).toBe(0);
      checkpoint.dispose();
    } finally {
      services.close();
    }
  });

  it('reports a checkpoint that fails instead of throwing, and does nothing once the file is closed', () => {
    const errors: unknown[] = [];
    const file = tmp.file('closed.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    // A connection inside a write transaction cannot checkpoint: SQLite refuses, the checkpoint reports it.
    db.exec('BEGIN IMMEDIATE; INSERT INTO t VALUES (1)');
    const checkpoint = new IdleCheckpoint({ db, minPages: 0, onError: (error) => errors.push(error) });
    checkpoint.changed();
    expect(() => checkpoint.runNow()).not.toThrow();
    expect(errors).toHaveLength(1);
    db.exec('ROLLBACK');
    db.close();
    checkpoint.changed();
    expect(() => checkpoint.runNow()).not.toThrow();
    expect(errors).toHaveLength(1);
    checkpoint.dispose();
  });
});
