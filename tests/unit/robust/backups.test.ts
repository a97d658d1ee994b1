// Rolling backups through SQLite's online backup API: the retention rule (pure,
// any clock), an hour of simulated editing and a quit, restore, and the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { backupsToDelete, type BackupEntry } from '../../../electron/main/store/backup-retention';
import { BackupSchedule } from '../../../electron/main/store/backup-schedule';
import { backupFolder, listBackups, newestGoodBackup, restoreBackup, takeBackup, verifyBackup } from '../../../electron/main/store/backups';
import { openServices } from '../../../electron/main/services';
import { beginAppSession } from '../../../electron/main/store/app-session';
import { runCli } from '../../support/cli';
import { damagePage } from '../../support/damage';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('backupsToDelete (the retention rule)', () => {
  const at = (ms: number, kind: BackupEntry['kind'] = 'auto'): BackupEntry => ({ name: `b${ms}-${kind}`, takenAt: new Date(Date.UTC(2026, 0, 31) + ms), kind });

  it('keeps the newest copy of each of the last 24 hours and of each of the last 14 days', () => {
    // One copy every 20 minutes for 30 days.
    const all = Array.from({ length: 30 * 72 }, (_, i) => at(i * 20 * 60_000));
    const kept = new Set(all.filter((b) => !backupsToDelete(all).includes(b)));
    const newest = all[all.length - 1]!.takenAt.getTime();
    const hours = new Set([...kept].map((b) => b.takenAt.toISOString().slice(0, 13)));
    const days = new Set([...kept].map((b) => b.takenAt.toISOString().slice(0, 10)));
    expect(days.size).toBe(14);
    for (let h = 0; h < 24; h++) expect(hours.has(new Date(newest - h * HOUR).toISOString().slice(0, 13))).toBe(true);
    // 24 hourly copies, plus one per day for the 13 days before today (today's newest is already an hourly one).
    expect(kept.size).toBe(24 + 13);
    // Each kept copy is the newest of its hour.
    for (const b of kept) expect(all.filter((o) => o.takenAt.toISOString().slice(0, 13) === b.takenAt.toISOString().slice(0, 13)).at(-1)).toBe(b);
  });

  it('never deletes copies made by hand or before a restore, and keeps everything while there are few', () => {
    const all = [at(0, 'manual'), at(1, 'before-restore'), ...Array.from({ length: 5 }, (_, i) => at(i * DAY))];
    expect(backupsToDelete(all)).toEqual([]);
    const many = [at(-100 * DAY, 'manual'), ...Array.from({ length: 40 }, (_, i) => at(i * DAY))];
    const doomed = backupsToDelete(many);
    // One copy a day for 40 days: the 24 newest are each the newest of their hour, so 24 stay.
    expect(doomed).toHaveLength(40 - 24);
    expect(doomed.every((b) => b.kind === 'auto')).toBe(true);
  });
});

describe('an hour of editing, then quitting', () => {
  it('leaves the expected rolling copies, each opening and passing quick_check', async () => {
    const file = tmp.file('editing.db');
    const services = openServices(file);
    let clock = Date.UTC(2026, 11, 1, 9, 0, 0);
    const schedule = new BackupSchedule({ db: services.db, dbPath: file, now: () => new Date(clock) });
    const { id } = services.articles.create({ headline: 'Morning story' });
    let revision = 1;
    // A save every minute from 09:00 to 10:10, as the app's autosave does while someone types.
    for (let minute = 0; minute <= 70; minute++) {
      clock = Date.UTC(2026, 11, 1, 9, minute, 0);
      revision = services.articles.save(id, revision, { body: doc(p(`Paragraph written at minute ${minute}.`)) }).revision;
      schedule.changed();
      await schedule.idle();
    }
    clock = Date.UTC(2026, 11, 1, 10, 15, 0);
    await schedule.quit();
    services.close();

    // Taken: 09:00 (the first change), 10:00 (an hour later), 10:15 (quit). Kept: the newest of each hour.
    const backups = listBackups(file);
    expect(backups.map((b) => b.takenAt.toISOString())).toEqual(['2026-12-01T10:15:00.000Z', '2026-12-01T09:00:00.000Z']);
    expect(backups.every((b) => b.kind === 'auto' && path.dirname(b.file) === backupFolder(file))).toBe(true);
    for (const backup of backups) expect(verifyBackup(backup.file)).toBeNull();
    // Each holds the state at its time; no -wal or -shm files are left in the folder.
    const words = (f: string) => {
      const db = new Database(f, { readonly: true });
      const text = db.prepare('SELECT plain_text FROM articles').pluck().get();
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      db.close();
      return text;
    };
    expect(words(backups[1]!.file)).toBe('Paragraph written at minute 0.');
    expect(words(backups[0]!.file)).toBe('Paragraph written at minute 70.');
    expect(fs.readdirSync(backupFolder(file)).sort()).toEqual(backups.map((b) => b.name).sort());
  });

  it('quitting without a change since the last copy takes none', async () => {
    const file = tmp.file('idle.db');
    const services = openServices(file);
    const schedule = new BackupSchedule({ db: services.db, dbPath: file, now: () => new Date(Date.UTC(2026, 11, 2, 8)) });
    expect(await schedule.quit()).toBeNull();
    services.close();
    expect(listBackups(file)).toEqual([]);
  });
});

describe('restoring', () => {
  it('brings back an earlier state and keeps the replaced file as a backup', async () => {
    const file = tmp.file('restore.db');
    let services = openServices(file);
    const { id } = services.articles.create({ headline: 'Version one' });
    const earlier = await takeBackup(services.db, file, { kind: 'manual', now: () => new Date(Date.UTC(2026, 11, 1, 8)) });
    services.articles.save(id, 1, { headline: 'Version two' });
    services.close();

    const { keptAs } = await restoreBackup(file, earlier.file, { now: () => new Date(Date.UTC(2026, 11, 1, 9)) });
    services = openServices(file);
    expect(services.articles.get(id).headline).toBe('Version one');
    services.close();
    expect(keptAs).toMatch(/before-restore\.db$/);
    const kept = new Database(keptAs!, { readonly: true });
    expect(kept.prepare('SELECT headline FROM articles').pluck().get()).toBe('Version two');
    kept.close();
  });

  it('a damaged database is kept byte for byte, and the newest good backup is the one offered', async () => {
    const file = tmp.file('damaged-restore.db');
    const services = openServices(file);
    for (let i = 0; i < 40; i++) services.articles.create({ headline: `Story ${i}`, body: doc(p('x'.repeat(3000))) });
    const good = await takeBackup(services.db, file, { now: () => new Date(Date.UTC(2026, 11, 1, 8)) });
    services.close();
    const bad = path.join(backupFolder(file), 'copydesk-20261201T090000000Z.db'); // a newer copy that does not check out
    fs.writeFileSync(bad, 'not a database');
    expect(newestGoodBackup(file)?.file).toBe(good.file);
    damagePage(file);
    const damagedBytes = fs.readFileSync(file);
    const { keptAs } = await restoreBackup(file, good.file);
    expect(fs.readFileSync(keptAs!).equals(damagedBytes)).toBe(true);
    const reopened = openServices(file);
    expect(reopened.articles.list()).toHaveLength(40);
    reopened.close();
  });
});

describe('the CLI', () => {
  it('backup, backups, restore-backup; restore refuses while the app is open', () => {
    const file = tmp.file('cli.db');
    const services = openServices(file);
    const { id } = services.articles.create({ headline: 'Before' });
    services.close();
    const made = runCli(['backup', '--db', file]);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/^Backed up to .*backups\/cli-\d{8}T\d{9}Z-manual\.db \(.*\); the copy opens and passes SQLite's quick check\./);
    const to = tmp.file('elsewhere.db');
    expect(runCli(['backup', '--to', to, '--db', file]).status).toBe(0);
    expect(verifyBackup(to)).toBeNull();
    expect(runCli(['backup', '--to', to, '--db', file])).toMatchObject({ status: 1, stderr: expect.stringMatching(/already exists/) });

    const list = runCli(['backups', '--db', file]);
    expect(list.stdout).toMatch(/by hand/);
    const name = listBackups(file)[0]!.name;

    const edit = openServices(file);
    edit.articles.save(id, 1, { headline: 'After' });
    const session = beginAppSession(edit.db);
    const refused = runCli(['restore-backup', name, '--db', file]);
    expect(refused).toMatchObject({ status: 1, stderr: expect.stringMatching(/Copydesk is open on this database .* quit it first.*Nothing was changed\.\n$/) });
    session.end();
    edit.close();

    const restored = runCli(['restore-backup', name, '--db', file]);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/^Restored .* The file it replaced is kept as .*before-restore\.db\./);
    expect(runCli(['list', '--db', file]).stdout).toMatch(/Before/);
    expect(runCli(['restore-backup', 'nope.db', '--db', file])).toMatchObject({ status: 1, stderr: expect.stringMatching(/There is no backup nope\.db/) });
  });
});
