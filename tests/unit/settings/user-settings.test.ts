// Migration 017 and the initials on editorial notes: a database made by the
// version before gains the one row with no initials, the store keeps what is
// saved and refuses what is not initials (leaving the row as it was), and the
// IPC channels go through the real dispatch — on real SQLite files.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/store/open-database';
import { openServices } from '../../../electron/main/services';
import { MIGRATIONS, LATEST_VERSION } from '../../../electron/main/store/migrations';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { METHODS } from '../../../shared/ipc/channels';
import { tempDir } from '../../support/temp';
import { insertOldArticle } from '../../support/old-article';

const tmp = tempDir('copydesk-user-settings-');
afterAll(() => tmp.cleanup());
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
/** A note as stored before notes had authors and times. */
const OLD_BODY = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Copy.' }, { type: 'text', marks: [{ type: 'note' }], text: ' old note' }] }] };

describe('migration 017', () => {
  it('adds user_settings, one row with no initials, to a database made by the version before, and its articles are untouched', () => {
    const file = tmp.file('before-017.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 17) });
    old.close();
    const raw12 = new Database(file);
    expect(raw12.pragma('user_version', { simple: true })).toBe(16);
    insertOldArticle(raw12, { id: '00000000-0000-4000-8000-000000000013', headline: 'Noted before initials', body: OLD_BODY, plainText: 'Copy.', wordCount: 1 });
    raw12.close();

    const services = openServices(file);
    try {
      expect(services.userSettings.get()).toEqual({ noteInitials: '' });
      // The note stored before attributes existed loads as it was.
      const article = services.articles.get('00000000-0000-4000-8000-000000000013');
      expect(article.body).toEqual(OLD_BODY);
      expect(services.userSettings.save({ noteInitials: 'JB' })).toEqual({ noteInitials: 'JB' });
    } finally {
      services.close();
    }
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.prepare('SELECT note_initials FROM user_settings').all()).toEqual([{ note_initials: 'JB' }]);
    expect(() => raw.prepare("INSERT INTO user_settings (id, note_initials, updated_at) VALUES (2, '', 'now')").run()).toThrow(/CHECK constraint/);
    expect(() => raw.prepare("UPDATE user_settings SET note_initials = 'ABCDEFGHIJKLM'").run()).toThrow(/CHECK constraint/);
    raw.close();
  });
});

describe('the initials through the IPC', () => {
  it('are kept across a reopen, and a refusal says why and changes nothing', async () => {
    const file = tmp.file('ipc.db');
    let services = openServices(file);
    const dispatchOf = () => createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
    let dispatch = dispatchOf();
    expect(await dispatch(METHODS.getUserSettings, {}, APP)).toEqual({ ok: true, value: { noteInitials: '' } });
    expect(await dispatch(METHODS.saveUserSettings, { settings: { noteInitials: ' AK ' } }, APP)).toEqual({ ok: true, value: { noteInitials: 'AK' } });
    const refused = await dispatch(METHODS.saveUserSettings, { settings: { noteInitials: '<b>' } }, APP);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/initials may hold only letters/);
    services.close();
    services = openServices(file);
    dispatch = dispatchOf();
    expect(await dispatch(METHODS.getUserSettings, {}, APP)).toEqual({ ok: true, value: { noteInitials: 'AK' } });
    services.close();
  });
});
