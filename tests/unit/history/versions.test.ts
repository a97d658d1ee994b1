// Versions on real SQLite files (migration 008, store/versions.ts): which
// writes take one, identical content stored once, restore keeping what it
// replaces, thinning keeping what matters, and photos a version still uses.
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/main/services';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { AssetStore } from '../../../electron/main/assets/asset-store';
import { openDatabase } from '../../../electron/main/store/open-database';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { contentSha256 } from '../../../electron/main/store/versions';
import { examineDatabase } from '../../../electron/main/store/doctor';
import { doc, p, photo } from '../../support/docs';
import { appError } from '../../support/app-error';
import { tempDir } from '../../support/temp';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const tmp = tempDir();
let services: Services;
let clock: Date;
let store: ArticleStore;

const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));
const history = (id: string) => store.versions.list(id).items.map((v) => [v.number, v.reason, v.name]);
const words = (text: string) => doc(p(text));

/** An article as a version-6 Copydesk stored it (its row and its list row), saved on 1 January. */
function insertVersion6Article(db: Database.Database, headline: string, body: unknown): string {
  const id = crypto.randomUUID();
  const at = '2026-01-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO articles (id, slug, headline, body_json, plain_text, word_count, revision, created_at, updated_at)
     VALUES (?, 'old', ?, ?, 'Old words.', 2, 1, ?, ?)`,
  ).run(id, headline, JSON.stringify(body), at, at);
  db.prepare(
    `INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
     VALUES (?, ?, ?, ?, 'old', 'draft', '', 2, 1)`,
  ).run(at, id, headline, headline.toLowerCase());
  return id;
}

beforeEach(() => {
  services = openServices(tmp.file(`versions-${crypto.randomUUID()}.db`));
  clock = new Date('2026-11-24T09:00:00.000Z');
  store = new ArticleStore(services.db, () => clock);
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

describe('when versions are taken', () => {
  it('on creation and import, then at most one automatic version per 5 minutes of changes', () => {
    const blank = store.create();
    const imported = store.create({ headline: 'Wire copy', body: words('From the agency.') }, 'import');
    expect(history(blank.id)).toEqual([[1, 'created', null]]);
    expect(history(imported.id)).toEqual([[1, 'import', null]]);

    let revision = blank.revision;
    const save = (text: string) => (revision = store.save(blank.id, revision, { body: words(text) }).revision);
    tick(MINUTE);
    save('First words.'); // no automatic version yet: this one is due
    tick(MINUTE);
    save('First words, more.');
    tick(2 * MINUTE);
    save('First words, more, and more.');
    expect(history(blank.id)).toEqual([[2, 'autosave', null], [1, 'created', null]]);
    tick(3 * MINUTE); // 5 minutes after the last automatic version
    save('Five minutes in.');
    expect(history(blank.id)).toEqual([[3, 'autosave', null], [2, 'autosave', null], [1, 'created', null]]);
    expect(store.versions.get(blank.id, 3).body).toEqual(words('Five minutes in.'));
    expect(store.versions.get(blank.id, 3).revision).toBe(revision);
  });

  it("keeps the 5-minute rule across processes: an autosave onto another process's save reads that process's versions", () => {
    const other = openServices(services.dbPath);
    try {
      const otherStore = new ArticleStore(other.db, () => clock);
      const { id } = store.create();
      tick(MINUTE);
      let revision = store.save(id, 1, { body: words('The app types.') }).revision; // automatic version 2, remembered by this store
      tick(5 * MINUTE);
      revision = otherStore.save(id, revision, { body: words('The CLI writes.') }).revision; // due there: version 3
      tick(MINUTE);
      // One minute after version 3: not due, although this store's own last automatic version is six minutes old.
      revision = store.save(id, revision, { body: words('The app types again.') }).revision;
      expect(history(id)).toEqual([[3, 'autosave', null], [2, 'autosave', null], [1, 'created', null]]);
      // Five minutes after version 3, the next one is due.
      tick(4 * MINUTE);
      store.save(id, revision, { body: words('Five minutes after version 3.') });
      expect(history(id).map(([n, reason]) => [n, reason])).toEqual([[4, 'autosave'], [3, 'autosave'], [2, 'autosave'], [1, 'created']]);
    } finally {
      other.close();
    }
  });

  it('identical content is not stored twice, whatever the reason', () => {
    const { id } = store.create({ body: words('Same.') });
    tick(10 * MINUTE);
    let revision = store.save(id, 1, { body: words('Same.') }).revision; // due, but identical to version 1
    expect(history(id)).toEqual([[1, 'created', null]]);
    expect(store.versions.closing(id)).toBeNull();
    // Save Version on unchanged content names the newest version instead of copying it.
    expect(store.versions.saveVersion(id, revision, 'filed')).toMatchObject({ number: 1, name: 'filed' });
    expect(history(id)).toEqual([[1, 'created', 'filed']]);
    tick(10 * MINUTE);
    revision = store.save(id, revision, { body: words('Changed.') }).revision;
    tick(10 * MINUTE);
    store.save(id, revision, { body: words('Same.') });
    // Back to the words of version 1, but not identical to the newest: stored.
    expect(history(id).map(([n]) => n)).toEqual([3, 2, 1]);
    const rows = services.db.prepare('SELECT content_sha256 FROM article_versions WHERE article_id = ? ORDER BY number').pluck().all(id);
    expect(rows[0]).toBe(rows[2]);
    expect(rows[1]).not.toBe(rows[0]);
  });

  it('on each status change, and on Save Version (named or not)', () => {
    const { id } = store.create({ headline: 'Council' });
    let revision = store.save(id, 1, { body: words('Draft.') }).revision;
    revision = store.save(id, revision, { status: 'editing' }).revision;
    revision = store.save(id, revision, { status: 'editing', headline: 'Council votes' }).revision; // not a change of status
    revision = store.save(id, revision, { body: words('Edited.') }).revision;
    expect(store.versions.saveVersion(id, revision, 'filed')).toMatchObject({ reason: 'manual', name: 'filed', revision });
    revision = store.save(id, revision, { body: words('Edited again.') }).revision;
    expect(store.versions.saveVersion(id, revision, null)).toMatchObject({ reason: 'manual', name: null });
    expect(history(id)).toEqual([
      [5, 'manual', null],
      [4, 'manual', 'filed'],
      [3, 'status', null],
      [2, 'autosave', null],
      [1, 'created', null],
    ]);
    expect(store.versions.get(id, 3)).toMatchObject({ status: 'editing', body: words('Draft.') });
  });

  it('Save Version refuses a stale revision as a conflict, and stores nothing', () => {
    const { id } = store.create();
    store.save(id, 1, { body: words('Elsewhere.') });
    expect(appError(() => store.versions.saveVersion(id, 1, 'filed'))).toMatchObject({ code: 'conflict' });
    expect(history(id).some(([, , name]) => name === 'filed')).toBe(false);
  });

  it('on closing an article that changed since its newest version, and not otherwise', () => {
    const { id } = store.create();
    tick(MINUTE);
    let revision = store.save(id, 1, { body: words('One.') }).revision;
    tick(MINUTE);
    revision = store.save(id, revision, { body: words('One. Two.') }).revision;
    expect(store.versions.closing(id)).toMatchObject({ number: 3, reason: 'autosave', revision });
    expect(store.versions.closing(id)).toBeNull();
    expect(appError(() => store.versions.closing(crypto.randomUUID()))).toMatchObject({ code: 'not-found' });
  });

  it('an article stored before versions existed gets its old state as version 1 on its first save', () => {
    const file = tmp.file(`v6-${crypto.randomUUID()}.db`);
    const v6 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 6) });
    const id = insertVersion6Article(v6, 'Old story', words('Old words.'));
    v6.close();
    const upgraded = openServices(file);
    try {
      expect(upgraded.versions.list(id).items).toEqual([]);
      upgraded.articles.save(id, 1, { body: words('New words.') });
      const [second, first] = upgraded.versions.list(id).items;
      expect(first).toMatchObject({ number: 1, reason: 'created', revision: 1, createdAt: '2026-01-01T00:00:00.000Z' });
      expect(upgraded.versions.get(id, 1).body).toEqual(words('Old words.'));
      expect(second).toMatchObject({ number: 2, reason: 'autosave', revision: 2 });
    } finally {
      upgraded.close();
    }
  });
});

describe('restore', () => {
  it('keeps the state it replaces as before-restore and brings the words back as a new revision; every version stays', () => {
    const { id } = store.create({ headline: 'First', body: words('The first text.') });
    tick(10 * MINUTE);
    let revision = store.save(id, 1, { headline: 'Second', body: words('The second text.'), status: 'editing' }).revision;
    tick(10 * MINUTE);
    revision = store.save(id, revision, { body: words('The third text.') }).revision;
    const before = history(id);

    const ack = store.restore(id, 1);
    expect(ack.revision).toBe(revision + 1);
    const now = store.get(id);
    expect(now).toMatchObject({ headline: 'First', body: words('The first text.'), status: 'editing' }); // status is the desk's: kept
    const after = store.versions.list(id).items;
    // The third text was already an automatic version: it is not copied, it becomes the before-restore one (kept forever).
    expect(after.slice(0, 2).map((v) => [v.number, v.reason, v.restoredFrom])).toEqual([[4, 'restore', 1], [3, 'before-restore', null]]);
    expect(store.versions.get(id, 3).body).toEqual(words('The third text.'));
    expect(after.slice(1).map((v) => v.number)).toEqual(before.map(([n]) => n));
  });

  it('a restore onto a stale revision is a conflict and changes nothing', () => {
    const { id } = store.create({ body: words('One.') });
    store.save(id, 1, { body: words('Two.') });
    const before = history(id);
    expect(appError(() => store.restore(id, 1, 1))).toMatchObject({ code: 'conflict' });
    expect(history(id)).toEqual(before);
    expect(store.get(id).body).toEqual(words('Two.'));
    expect(appError(() => store.restore(id, 99))).toMatchObject({ code: 'not-found' });
  });

  it('restoring through a save (the window) records the same versions', () => {
    const { id } = store.create({ body: words('One.') });
    tick(10 * MINUTE);
    const r2 = store.save(id, 1, { body: words('Two.') }).revision;
    store.save(id, r2, { body: words('One.') }, { restoreFrom: 1 });
    expect(history(id).slice(0, 2)).toEqual([[3, 'restore', null], [2, 'before-restore', null]]); // version 2, not copied
    store.save(id, store.get(id).revision, { body: words('Three.') });
    expect(store.restore(id, 3).revision).toBe(5);
    expect(history(id).slice(0, 2)).toEqual([[5, 'restore', null], [4, 'before-restore', null]]); // not yet a version: copied
  });
});

describe('versions and articles stay consistent', () => {
  it('spiking keeps the state it was spiked in as a version, once', () => {
    const { id } = store.create({ body: words('First words.') });
    tick(MINUTE);
    const revision = store.save(id, 1, { body: words('Changed once.') }).revision;
    tick(MINUTE);
    store.save(id, revision, { body: words('Words not yet in any version.') }); // inside the 5 minutes: no automatic version
    const before = history(id);
    store.spike(id);
    store.spike(id); // already spiked: nothing new
    expect(history(id)).toEqual([[before.length + 1, 'spike', null], ...before]);
    expect(store.versions.closing(id)).toBeNull(); // the newest version is what is stored
  });

  it('a failed save writes no version', () => {
    const { id } = store.create();
    tick(10 * MINUTE);
    expect(appError(() => store.save(id, 1, { headline: 'a\nb' }))).toMatchObject({ code: 'bad-request' });
    expect(history(id)).toEqual([[1, 'created', null]]);
  });

  it('each stored hash is the sha256 of its content, and deleting an article deletes its versions', () => {
    const { id } = store.create({ body: words('Kept.') });
    const row = services.db.prepare('SELECT * FROM article_versions WHERE article_id = ?').get(id) as Parameters<typeof contentSha256>[0] & { content_sha256: string };
    expect(row.content_sha256).toBe(contentSha256(row));
    store.delete(id, { force: true });
    expect(services.db.prepare('SELECT count(*) FROM article_versions').pluck().get()).toBe(0);
  });

  it('copydesk doctor finds a version whose content no longer matches its checksum, and leaves the rest alone', () => {
    const { id } = store.create({ body: words('Kept.') });
    store.save(id, 1, { body: words('Second.') });
    expect(examineDatabase(services.dbPath).problems).toEqual([]);
    services.db.prepare("UPDATE article_versions SET body_json = replace(body_json, 'Kept', 'Kelp') WHERE number = 1").run();
    expect(examineDatabase(services.dbPath).problems).toEqual([`version 1 of the article ${id} is damaged: its content no longer matches the checksum stored with it`]);
  });

  it('lists newest first a page at a time, without reading bodies', () => {
    const { id } = store.create();
    let revision = 1;
    for (let i = 0; i < 7; i++) revision = store.save(id, revision, { status: i % 2 ? 'draft' : 'editing' }).revision;
    const first = store.versions.list(id, { limit: 3 });
    expect(first.items.map((v) => v.number)).toEqual([8, 7, 6]);
    const second = store.versions.list(id, { limit: 3, before: first.nextBefore! });
    expect(second.items.map((v) => v.number)).toEqual([5, 4, 3]);
    expect(store.versions.list(id, { limit: 3, before: 3 })).toMatchObject({ nextBefore: null });
    const plan = services.db.prepare("EXPLAIN QUERY PLAN SELECT number FROM article_versions WHERE article_id = 'x' AND number < 5 ORDER BY number DESC LIMIT 3").all();
    expect(JSON.stringify(plan)).toMatch(/USING (COVERING )?INDEX/);
  });
});

describe('thinning', () => {
  it('keeps protected versions and the newest; thins automatic ones to one per hour after 7 days and one per day after 90', () => {
    clock = new Date('2026-01-01T08:00:00.000Z');
    const { id } = store.create({ body: words('v0') });
    let revision = 1;
    let n = 0;
    const autosave = () => {
      tick(6 * MINUTE);
      revision = store.save(id, revision, { body: words(`v${++n}`) }).revision;
    };
    for (let i = 0; i < 20; i++) autosave(); // 2 hours of automatic versions on 1 January
    revision = store.save(id, revision, { status: 'editing' }).revision;
    store.versions.saveVersion(id, revision, 'filed'); // the same content as the status version: it gets the name
    clock = new Date('2026-03-01T10:00:00.000Z');
    for (let i = 0; i < 5; i++) autosave(); // half an hour on 1 March
    clock = new Date('2026-06-01T10:00:00.000Z');
    autosave(); // the newest: an automatic one
    const all = store.versions.list(id, { limit: 200 }).items;
    expect(all).toHaveLength(1 + 20 + 1 + 5 + 1);

    // Today is 10 March: January's versions are past 7 days, March's not yet.
    clock = new Date('2026-03-05T12:00:00.000Z');
    expect(store.versions.thin().removed).toBe(20 - 3); // 08:06…08:54, 09:00…09:54, 10:00: one per hour
    const kept = () => store.versions.list(id, { limit: 200 }).items;
    expect(kept().filter((v) => v.reason === 'autosave' && v.createdAt < '2026-02').map((v) => v.createdAt)).toEqual([
      '2026-01-01T10:00:00.000Z',
      '2026-01-01T09:54:00.000Z',
      '2026-01-01T08:54:00.000Z',
    ]);
    expect(store.versions.thin().removed).toBe(0); // nothing new crossed a line

    // 1 May: January is past 90 days (one per day), March past 7 (one per hour); June's newest stays.
    clock = new Date('2026-05-01T12:00:00.000Z');
    expect(store.versions.thin().removed).toBe(2 + 4);
    const left = kept();
    expect(left.map((v) => [v.reason, v.name, v.createdAt.slice(0, 16)])).toEqual([
      ['autosave', null, '2026-06-01T10:06'],
      ['autosave', null, '2026-03-01T10:30'],
      ['status', 'filed', '2026-01-01T10:00'],
      ['autosave', null, '2026-01-01T10:00'],
      ['created', null, '2026-01-01T08:00'],
    ]);
    // Years later nothing protected or newest goes.
    clock = new Date('2030-01-01T00:00:00.000Z');
    store.versions.thin();
    expect(kept().map((v) => v.number)).toEqual(left.map((v) => v.number));
  });
});

describe('unused photos and versions', () => {
  const png = () => Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), crypto.randomBytes(24)]);

  it('a photo only a kept version uses is not collected; once no version uses it, it goes', () => {
    const assets = new AssetStore(services.db, () => clock);
    const sha = assets.add(png()).sha256;
    const { id } = store.create({ body: doc(p('Lead.'), photo({ asset: sha, alt: 'A', caption: 'C' })) });
    tick(10 * MINUTE);
    store.save(id, 1, { body: doc(p('Lead, no photo.')) });
    tick(30 * DAY);
    expect(assets.collectUnused().collected.count).toBe(0);
    expect(services.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
    store.delete(id, { force: true }); // its versions go with it
    tick(2 * DAY);
    expect(assets.collectUnused().collected.assets.map((a) => a.sha256)).toEqual([sha]);
  });
});

describe('migration 008', () => {
  it('adds the versions tables to a database made by the previous version (7), keeping its articles', () => {
    const file = tmp.file(`m8-${crypto.randomUUID()}.db`);
    const v6 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 8) });
    insertVersion6Article(v6, 'Before', words('Old words.'));
    v6.close();
    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 8) });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(8);
      expect(db.prepare('SELECT count(*) FROM article_versions').pluck().get()).toBe(0);
      expect(db.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Before']);
      const insert = db.prepare(
        `INSERT INTO article_versions (article_id, number, revision, created_at, reason, word_count, content_sha256,
           headline, standfirst, byline, dateline, section, tags_json, status, body_json)
         VALUES ('a', ?, 1, 't', 'autosave', 0, ?, '', '', '', '', '', '[]', 'draft', '{}')`,
      );
      expect(() => insert.run(0, 'f'.repeat(64))).toThrow(/CHECK/);
      expect(() => insert.run(1, 'short')).toThrow(/CHECK/);
      insert.run(1, 'f'.repeat(64));
      expect(() => insert.run(1, 'f'.repeat(64))).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
    expect(new Database(`${file}.v7-backup`, { readonly: true }).pragma('user_version', { simple: true })).toBe(7);
  });
});
