// At start-up: the background quick_check (a worker thread, its own read-only
// connection) and, when the file is damaged, the offer of the newest good backup.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { openAtStartup, StartupDeclined } from '../../../electron/main/startup';
import { quickCheckInBackground } from '../../../electron/main/store/background-check';
import { listBackups, takeBackup } from '../../../electron/main/store/backups';
import { beginAppSession } from '../../../electron/main/store/app-session';
import { damagePage } from '../../support/damage';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function withArticles(name: string, count = 40) {
  const file = tmp.file(name);
  const services = openServices(file);
  for (let i = 0; i < count; i++) services.articles.create({ headline: `Story ${i}`, body: doc(p('x'.repeat(3000))) });
  const session = beginAppSession(services.db);
  const backup = await takeBackup(services.db, file, { now: () => new Date(Date.UTC(2026, 11, 1, 8)) });
  session.end();
  services.close();
  return { file, backup };
}

describe('the background quick_check', () => {
  it('says ok for a healthy file, while the app keeps its own connection open', async () => {
    const { file } = await withArticles('healthy.db', 3);
    const services = openServices(file);
    expect(await quickCheckInBackground(file)).toEqual({ status: 'ok', problems: [], backup: null });
    services.close();
  });

  it('reports a damaged page and the newest good backup to offer', async () => {
    const { file, backup } = await withArticles('damaged.db');
    damagePage(file);
    const report = await quickCheckInBackground(file);
    expect(report.status).toBe('problems');
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.backup).toEqual({ name: backup.name, takenAt: '2026-12-01T08:00:00.000Z' });
  });
});

describe('opening a damaged database at start-up', () => {
  function breakHeader(file: string) {
    const bytes = fs.readFileSync(file);
    bytes.fill(0x77, 100, bytes.length);
    fs.writeFileSync(file, bytes);
  }

  it('offers the newest good backup; accepted, the app opens on it and the damaged file is kept', async () => {
    const { file } = await withArticles('offer.db', 5);
    breakHeader(file);
    const damagedBytes = fs.readFileSync(file);
    const asked: string[] = [];
    const services = await openAtStartup(file, {
      offerBackup: async (problem, backup) => {
        asked.push(`${problem.code}: ${backup.name}`);
        return true;
      },
    });
    expect(asked).toEqual([expect.stringMatching(/^damaged-file: offer-20261201T080000000Z\.db$/)]);
    expect(services.articles.list()).toHaveLength(5);
    // The copy's session row (the app was running when it was made) did not come back with it.
    expect(services.db.prepare('SELECT count(*) FROM app_sessions').pluck().get()).toBe(0);
    services.close();
    const kept = listBackups(file).find((b) => b.kind === 'before-restore')!;
    expect(fs.readFileSync(kept.file).equals(damagedBytes)).toBe(true);
  });

  it('declined, or with no backup, the damage is said in words and nothing is changed', async () => {
    const { file } = await withArticles('declined.db', 2);
    breakHeader(file);
    const before = fs.readFileSync(file);
    await expect(openAtStartup(file, { offerBackup: async () => false })).rejects.toMatchObject({ code: 'damaged-file', message: expect.stringMatching(/^The database file is damaged/) });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    fs.rmSync(tmp.file('backups'), { recursive: true, force: true });
    await expect(openAtStartup(file, { offerBackup: async () => true })).rejects.toMatchObject({ message: expect.stringMatching(/There is no good backup of it/) });
  });
});

describe('a database named by --db that is not there', () => {
  const noBackup = async () => false;

  it('is asked about; declined, nothing is made at the path', async () => {
    const file = tmp.file('typo/stories.db');
    const asked: string[] = [];
    await expect(
      openAtStartup(file, {
        offerBackup: noBackup,
        createMissing: async (at) => (asked.push(at), false),
      }),
    ).rejects.toBeInstanceOf(StartupDeclined);
    expect(asked).toEqual([file]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('accepted, a new, empty library is started there; an existing file is never asked about', async () => {
    const file = tmp.file('new-library.db');
    const created = await openAtStartup(file, { offerBackup: noBackup, createMissing: async () => true });
    expect(created.articles.list()).toEqual([]);
    created.close();
    const { file: existing } = await withArticles('existing.db', 2);
    const reopened = await openAtStartup(existing, {
      offerBackup: noBackup,
      createMissing: async () => {
        throw new Error('asked about a file that exists');
      },
    });
    expect(reopened.articles.list()).toHaveLength(2);
    reopened.close();
  });
});
