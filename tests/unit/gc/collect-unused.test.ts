// Garbage collection of unused photos on real SQLite files: what a saved body
// refers to anywhere survives, old unreferenced assets go, recent ones stay,
// a dry run changes no byte, and the quit sequence says when it is safe to run.
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/main/services';
import { AssetStore } from '../../../electron/main/assets/asset-store';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { DEFAULT_GRACE_MS } from '../../../electron/main/assets/collect-unused';
import { QuitSequence } from '../../../electron/main/shell/quit-sequence';
import { doc, li, p, photo, ul } from '../../support/docs';
import { fingerprint, tempDir } from '../../support/temp';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

/** A distinct, valid-looking PNG each call. */
const png = () => Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), crypto.randomBytes(24)]);

const tmp = tempDir();
let services: Services;
let clock: Date;
let assets: AssetStore;
let dbPath: string;

/** Adds a photo as if it had been added at `when`. */
function addAt(when: Date): string {
  clock = when;
  return assets.add(png()).sha256;
}
const stored = () => (services.db.prepare('SELECT sha256 FROM assets ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);

beforeEach(() => {
  dbPath = tmp.file(`gc-${crypto.randomUUID()}.db`);
  services = openServices(dbPath);
  clock = NOW;
  assets = new AssetStore(services.db, () => clock);
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

describe('AssetStore.collectUnused', () => {
  it('keeps every photo a saved body refers to: top level, inside a (nested) list item, shared by two articles', () => {
    const top = addAt(ago(3 * DAY));
    const inList = addAt(ago(3 * DAY));
    const deepInList = addAt(ago(3 * DAY));
    const shared = addAt(ago(3 * DAY));
    const unused = addAt(ago(3 * DAY));
    services.articles.create({ body: doc(p('Lead.'), photo({ asset: top }), photo({ asset: shared }), photo({ asset: null })) });
    services.articles.create({
      body: doc(ul(li(p('One'), photo({ asset: inList })), li(p('Two'), ul(li(p('Nested'), photo({ asset: deepInList })))))),
    });
    services.articles.create({ body: doc(photo({ asset: shared })) });
    clock = NOW;

    const result = assets.collectUnused();

    expect(result.collected.assets.map((a) => a.sha256)).toEqual([unused]);
    expect(result.collected).toMatchObject({ count: 1, bytes: 32 });
    expect(result.cutoff).toBe(ago(DEFAULT_GRACE_MS).toISOString());
    expect(stored()).toEqual([top, inList, deepInList, shared].sort());
  });

  it('removes old unreferenced photos and keeps ones added within the grace period', () => {
    const old = addAt(ago(DAY + 1000));
    const recent = addAt(ago(DAY - 1000));
    clock = NOW;

    const result = assets.collectUnused();

    expect(result.collected.assets.map((a) => a.sha256)).toEqual([old]);
    expect(result.keptRecent).toEqual({ count: 1, bytes: 32 });
    expect(stored()).toEqual([recent]);
    // Nothing left to do: a second run removes nothing.
    expect(assets.collectUnused().collected.count).toBe(0);
  });

  it('graceMs 0 removes every unused photo, however recent, and still none that is used', () => {
    const used = addAt(NOW);
    addAt(NOW);
    services.articles.create({ body: doc(photo({ asset: used })) });

    const result = assets.collectUnused({ graceMs: 0 });

    expect(result).toMatchObject({ cutoff: null, collected: { count: 1 }, keptRecent: { count: 0, bytes: 0 } });
    expect(stored()).toEqual([used]);
  });

  it('a photo removed from a body, or whose article is deleted, is kept for the grace period from then — undo may want it — and collected after', () => {
    const articles = new ArticleStore(services.db, () => clock);
    const removed = addAt(ago(3 * DAY));
    const ofDeleted = addAt(ago(3 * DAY));
    const a = articles.create({ body: doc(p('Text'), photo({ asset: removed })) });
    const b = articles.create({ body: doc(photo({ asset: ofDeleted })) });
    clock = ago(DAY / 2); // twelve hours ago, the writer took the photo out and deleted the other article
    articles.save(a.id, a.revision, { body: doc(p('Text')) });
    articles.spike(b.id);
    articles.delete(b.id);
    // Here no version keeps the photo either (a kept version's photos count as used: tests/unit/history/versions.test.ts).
    services.db.prepare('DELETE FROM article_versions').run();
    const released = services.db.prepare('SELECT released_at AS t FROM assets ORDER BY sha256').all() as { t: string }[];
    expect(released.map((r) => r.t)).toEqual([ago(DAY / 2).toISOString(), ago(DAY / 2).toISOString()]);

    clock = NOW;
    expect(assets.collectUnused()).toMatchObject({ collected: { count: 0 }, keptRecent: { count: 2, bytes: 64 } });

    clock = new Date(NOW.getTime() + DAY / 2 + 1000); // a day and a second after the removal
    expect(assets.collectUnused().collected.assets.map((x) => x.sha256).sort()).toEqual([removed, ofDeleted].sort());
    expect(stored()).toEqual([]);
  });

  it('only a save that drops a photo releases it: headline edits, and bodies that keep it, leave it alone', () => {
    const articles = new ArticleStore(services.db, () => clock);
    const kept = addAt(ago(3 * DAY));
    const sharedElsewhere = addAt(ago(3 * DAY));
    const a = articles.create({ body: doc(photo({ asset: kept }), photo({ asset: sharedElsewhere })) });
    articles.create({ body: doc(photo({ asset: sharedElsewhere })) });
    clock = ago(DAY / 2);
    const r2 = articles.save(a.id, a.revision, { headline: 'Only the headline' });
    const r3 = articles.save(a.id, r2.revision, { body: doc(p('New lead.'), photo({ asset: kept }), photo({ asset: sharedElsewhere })) });
    const releasedAt = (sha: string) => (services.db.prepare('SELECT released_at AS t FROM assets WHERE sha256 = ?').get(sha) as { t: string | null }).t;
    expect(releasedAt(kept)).toBeNull();
    expect(releasedAt(sharedElsewhere)).toBeNull();

    // Dropped here but still used by the other article: released, and still never collected while used.
    articles.save(a.id, r3.revision, { body: doc(photo({ asset: kept })) });
    expect(releasedAt(sharedElsewhere)).toBe(ago(DAY / 2).toISOString());
    clock = new Date(NOW.getTime() + 3 * DAY);
    expect(assets.collectUnused().collected.count).toBe(0);
    expect(stored()).toEqual([kept, sharedElsewhere].sort());
  });

  it('adding bytes already stored restarts their grace period (the photo is wanted again)', () => {
    const bytes = png();
    clock = ago(5 * DAY);
    const { sha256 } = assets.add(bytes);
    clock = ago(60 * 1000); // re-added a minute ago, e.g. picked again or in an import preview
    assets.add(bytes);
    clock = NOW;

    expect(assets.collectUnused().keptRecent.count).toBe(1);
    expect(stored()).toEqual([sha256]);
    // An older clock never moves it back.
    clock = ago(9 * DAY);
    assets.add(bytes);
    const row = services.db.prepare('SELECT created_at AS t FROM assets').get() as { t: string };
    expect(row.t).toBe(ago(60 * 1000).toISOString());
  });

  it('errs on keeping: a digest anywhere in a body (not only photo.attrs.asset) counts as a reference', () => {
    const mentioned = addAt(ago(3 * DAY));
    services.articles.create({ body: doc(p('Digest of the photo:'), p(mentioned)) });
    clock = NOW;

    expect(assets.collectUnused().collected.count).toBe(0);
    expect(stored()).toEqual([mentioned]);
  });

  it('a dry run reports the same as a real run and leaves the database file byte-identical', () => {
    addAt(ago(2 * DAY));
    addAt(ago(2 * DAY));
    addAt(NOW);
    services.articles.create({ body: doc(photo({ asset: addAt(ago(2 * DAY)) })) });
    clock = NOW;
    services.close();
    const before = fingerprint(dbPath);

    services = openServices(dbPath);
    assets = new AssetStore(services.db, () => clock);
    const dry = assets.collectUnused({ dryRun: true });
    services.close();
    expect(fingerprint(dbPath)).toBe(before);

    services = openServices(dbPath);
    assets = new AssetStore(services.db, () => clock);
    const real = assets.collectUnused();
    expect(dry.dryRun).toBe(true);
    expect(real.dryRun).toBe(false);
    expect({ ...dry, dryRun: false }).toEqual(real);
    expect(real.collected.count).toBe(2);
    expect(stored()).toHaveLength(2);
  });

  it('refuses a negative grace period', () => {
    expect(() => assets.collectUnused({ graceMs: -1 })).toThrow(RangeError);
  });
});

describe('quit sequence tells whether the flush was confirmed', () => {
  const setup = () => {
    const finished: boolean[] = [];
    let timer: (() => void) | undefined;
    const quit = new QuitSequence({ requestFlush: () => {}, finish: (confirmed) => finished.push(confirmed), setTimer: (fn) => (timer = fn) });
    return { quit, finished, fire: () => timer!() };
  };

  it('confirmed when the renderer answers the flush request', () => {
    const { quit, finished, fire } = setup();
    quit.mayQuit();
    quit.flushed();
    fire();
    expect(finished).toEqual([true]);
  });

  it('not confirmed when the deadline fires first (a late answer changes nothing)', () => {
    const { quit, finished, fire } = setup();
    quit.mayQuit();
    fire();
    quit.flushed();
    expect(finished).toEqual([false]);
  });

  it('ignores a renderer that reports ready without being asked: the app keeps running', () => {
    const { quit, finished } = setup();
    quit.flushed();
    expect(finished).toEqual([]);
    expect(quit.mayQuit()).toBe(false); // a real quit still goes through the flush
  });
});
