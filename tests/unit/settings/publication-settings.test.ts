// Migration 3 and the SettingsStore, on real SQLite files.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/store/migrate';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { migration003 } from '../../../electron/main/store/migrations/003-publication-settings';
import { SettingsStore } from '../../../electron/main/settings/settings-store';
import { openServices } from '../../../electron/main/services';
import { AppError } from '../../../shared/errors/app-error';
import { DEFAULT_PUBLICATION, PublicationSettings } from '../../../shared/settings/publication';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-settings-');
afterAll(() => tmp.cleanup());
const freshDb = () => new Database(tmp.file(`s-${Math.random().toString(16).slice(2)}.db`));

describe('migration 003 (publication settings)', () => {
  it('is registered as version 3', () => {
    expect(MIGRATIONS[2]).toBe(migration003);
    expect(migration003.version).toBe(3);
  });

  it('up to exactly version 3: creates the one-row table with the default publication', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS, 2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'publication_settings'").get()).toEqual({ n: 0 });
    migrate(db, MIGRATIONS, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const rows = db.prepare('SELECT publication_name, site_url, default_byline, locale, theme FROM publication_settings').all();
    expect(rows).toEqual([{ publication_name: 'Copydesk News', site_url: '', default_byline: '', locale: 'en-US', theme: 'classic' }]);
    // Exactly one row, ever.
    expect(() =>
      db.prepare("INSERT INTO publication_settings (id, publication_name, updated_at) VALUES (2, 'Other', 't')").run(),
    ).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE publication_settings SET publication_name = '  '").run()).toThrow(/CHECK constraint/);
    db.close();
  });

  it('keeps articles written at version 2', () => {
    const db = freshDb();
    migrate(db, MIGRATIONS, 2);
    db.prepare(
      "INSERT INTO articles (id, slug, body_json, created_at, updated_at) VALUES ('a', 'a', '{\"type\":\"doc\",\"content\":[]}', 't', 't')",
    ).run();
    migrate(db, MIGRATIONS, 3);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('SettingsStore', () => {
  it('a new database has a sensible default publication', () => {
    const services = openServices(tmp.file('fresh.db'));
    expect(services.settings.get()).toEqual(DEFAULT_PUBLICATION);
    services.close();
  });

  it('saves, normalises and survives reopening', () => {
    const file = tmp.file('saved.db');
    let services = openServices(file);
    const saved = services.settings.save({
      publicationName: '  Inquisitr ',
      siteUrl: 'https://www.inquisitr.com/',
      defaultByline: 'Staff Writer',
      locale: 'en-gb',
      theme: 'modern',
      spikePurgeDays: 14,
    });
    // Saved without the settings of migration 009 (an older caller): they keep their defaults.
    expect(saved).toEqual({ publicationName: 'Inquisitr', siteUrl: 'https://www.inquisitr.com', defaultByline: 'Staff Writer', locale: 'en-GB', theme: 'modern', spikePurgeDays: 14, timeZone: '', apDateline: false });
    services.close();
    services = openServices(file);
    expect(services.settings.get()).toEqual(saved);
    expect(services.settings.save({ ...saved, timeZone: ' Europe/London ', apDateline: true })).toMatchObject({ timeZone: 'Europe/London', apDateline: true });
    services.close();
    services = openServices(file);
    expect(services.settings.get()).toMatchObject({ timeZone: 'Europe/London', apDateline: true });
    services.close();
  });

  it.each([
    [{ ...DEFAULT_PUBLICATION, publicationName: '' }, 'publication name is required'],
    [{ ...DEFAULT_PUBLICATION, siteUrl: 'javascript:alert(1)' }, 'site URL must be empty or an http'],
    [{ ...DEFAULT_PUBLICATION, siteUrl: 'https://example.com/?a=1' }, 'without ? or #'],
    [{ ...DEFAULT_PUBLICATION, locale: 'not a locale!' }, 'is not a language tag'],
    [{ ...DEFAULT_PUBLICATION, theme: 'neon' }, 'theme must be one of classic, modern'],
    [{ ...DEFAULT_PUBLICATION, defaultByline: 'a\nb' }, 'default byline must be a single line'],
    [{ ...DEFAULT_PUBLICATION, extra: 1 }, 'extra'],
    [{ ...DEFAULT_PUBLICATION, timeZone: 'Mars/Olympus' }, '"Mars/Olympus" is not a time zone such as Europe/London'],
    [{ ...DEFAULT_PUBLICATION, apDateline: 'yes' }, 'AP dateline must be true or false'],
    ['not an object', 'expected object'],
  ])('refuses %j with a readable message and changes nothing', (input, message) => {
    const services = openServices(tmp.file('refuse.db'));
    const before = services.settings.get();
    let error: unknown;
    try {
      services.settings.save(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad-request');
    expect((error as AppError).message).toContain(message);
    expect(services.settings.get()).toEqual(before);
    services.close();
  });

  it('reports a hand-edited invalid row instead of rendering it', () => {
    const services = openServices(tmp.file('tampered.db'));
    services.db.prepare("UPDATE publication_settings SET theme = 'neon'").run();
    expect(() => services.settings.get()).toThrow(/stored publication settings are invalid/);
    services.close();
  });

  it('the shared schema is what the store uses', () => {
    const db = freshDb();
    migrate(db);
    const store = new SettingsStore(db);
    expect(PublicationSettings.parse(store.get())).toEqual(store.get());
    db.close();
  });
});
