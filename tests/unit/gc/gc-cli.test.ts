// `copydesk gc` as a user runs it: report, dry run, --all-unused, --json, exit codes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { AssetStore } from '../../../electron/main/assets/asset-store';
import { beginAppSession } from '../../../electron/main/store/app-session';
import { doc, photo } from '../../support/docs';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';

const DAY = 24 * 60 * 60 * 1000;
const png = () => Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), crypto.randomBytes(1016)]); // 1 KB each

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let db: string;
let used: string, oldUnused: string, recentUnused: string;

/** One article with one photo, plus an unused photo from three days ago and one from an hour ago. */
beforeEach(() => {
  db = tmp.file(`gc-cli-${crypto.randomUUID()}.db`);
  const services = openServices(db);
  let when = new Date(Date.now() - 3 * DAY);
  const assets = new AssetStore(services.db, () => when);
  used = assets.add(png()).sha256;
  oldUnused = assets.add(png()).sha256;
  when = new Date(Date.now() - 60 * 60 * 1000);
  recentUnused = assets.add(png()).sha256;
  services.articles.create({ headline: 'Riverside', body: doc(photo({ asset: used, alt: 'The river' })) });
  services.close();
});

function storedAssets(): string[] {
  const services = openServices(db);
  try {
    return (services.db.prepare('SELECT sha256 FROM assets ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);
  } finally {
    services.close();
  }
}

describe('copydesk gc', () => {
  it('--dry-run --json reports what would go and leaves the file byte-identical', () => {
    const before = fingerprint(db);
    const run = runCli(['gc', '--dry-run', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      dryRun: true,
      graceHours: 24,
      collected: { count: 1, bytes: 1024, assets: [{ sha256: oldUnused, mime: 'image/png', size: 1024 }] },
      keptRecent: { count: 1, bytes: 1024 },
    });
    expect(fingerprint(db)).toBe(before);
  });

  it('removes unused photos older than 24 hours, keeps recent and used ones, and says so', () => {
    const run = runCli(['gc', '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Removed 1 photo no article uses \(1\.0 KB\):\n/);
    expect(run.stdout).toContain(oldUnused.slice(0, 12));
    expect(run.stdout).toMatch(/Kept 1 photo no article uses \(1\.0 KB\), added or removed from an article in the last 24 hours/);
    expect(storedAssets()).toEqual([used, recentUnused].sort());

    const again = runCli(['gc', '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^No photos unused for more than 24 hours\./);
  });

  it('--all-unused ignores the grace period but never removes a used photo', () => {
    const dry = runCli(['gc', '--all-unused', '--dry-run', '--db', db]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Would remove 2 photos no article uses \(2\.0 KB\):/);
    expect(dry.stdout).toMatch(/Dry run: nothing was removed\.\n$/);
    expect(storedAssets()).toHaveLength(3);

    const run = runCli(['gc', '--all-unused', '--json', '--db', db]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ dryRun: false, graceHours: 0, cutoff: null, collected: { count: 2, bytes: 2048 }, keptRecent: { count: 0 } });
    expect(storedAssets()).toEqual([used]);
    expect(runCli(['gc', '--all-unused', '--db', db]).stdout).toBe('No unused photos.\n');
  });

  it('--all-unused refuses while the app has the database open, touching nothing; a dry run and plain gc still work', () => {
    // The app records itself while it runs; this test process stands in for it (a live pid on this machine).
    const app = openServices(db);
    const session = beginAppSession(app.db);
    const run = runCli(['gc', '--all-unused', '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^copydesk gc: Copydesk is open on this database \(on .+, process \d+, since .+\): its undo history may still need photos/);
    expect(run.stderr).toMatch(/Nothing was removed\.\n$/);
    expect(storedAssets()).toEqual(expect.arrayContaining([used, oldUnused, recentUnused]));
    expect(runCli(['gc', '--all-unused', '--dry-run', '--db', db]).status).toBe(0);
    expect(runCli(['gc', '--db', db]).stdout).toMatch(/^Removed 1 photo no article uses/);
    expect(storedAssets()).toEqual(expect.arrayContaining([used, recentUnused]));

    // Quitting the app forgets it.
    session.end();
    app.close();
    expect(runCli(['gc', '--all-unused', '--db', db]).status).toBe(0);
    expect(storedAssets()).toEqual([used]);
  });

  it('deleting the article (spiked first: delete refuses one that is not), then gc --all-unused, removes its photo', () => {
    const services = openServices(db);
    const [article] = services.articles.list();
    services.close();
    expect(runCli(['delete', article!.id, '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/is not spiked: spike it first .*--force\.\n$/) });
    expect(runCli(['spike', article!.id, '--db', db]).status).toBe(0);
    expect(runCli(['delete', article!.id, '--db', db]).status).toBe(0);
    expect(runCli(['gc', '--all-unused', '--db', db]).status).toBe(0);
    expect(storedAssets()).toEqual([]);
  });

  it('refuses arguments and unknown flags with exit 2, touching nothing', () => {
    const before = fingerprint(db);
    for (const args of [['gc', 'now'], ['gc', '--force'], ['gc', '--grace', '1'], ['gc', '--dry-run', '--compact']]) {
      const run = runCli([...args, '--db', db]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^copydesk gc: /);
    }
    expect(fingerprint(db)).toBe(before);
  });

  it('is listed in --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/gc \[--dry-run\] \[--all-unused\] \[--compact\] \[--json\]\s+Remove photos no article uses/);
  });

  it('--compact gives the freed space back: the file shrinks, and what is used stays', () => {
    // Big unused photos, so that the difference is plain.
    const services = openServices(db);
    const assets = new AssetStore(services.db, () => new Date(Date.now() - 3 * DAY));
    for (let i = 0; i < 4; i++) assets.add(Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), crypto.randomBytes(256 * 1024)]));
    services.close();
    const bytesBefore = fs.statSync(db).size;

    const run = runCli(['gc', '--compact', '--json', '--db', db]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { collected: { count: number }; compacted: { before: number; after: number } };
    expect(report.collected.count).toBe(5);
    expect(report.compacted.before).toBeGreaterThan(report.compacted.after + 1024 * 1024);
    expect(fs.statSync(db).size).toBeLessThan(bytesBefore - 1024 * 1024);
    expect(storedAssets()).toEqual([used, recentUnused].sort());

    expect(runCli(['gc', '--compact', '--db', db]).stdout).toMatch(/Compacted the database file: [\d.]+ KB → [\d.]+ KB\./);
  });

  it('--compact works while the app has the file open and reading, and the app connection reads on', () => {
    const app = openServices(db);
    const reader = app.db.prepare('SELECT sha256 FROM assets ORDER BY sha256').iterate(); // a read in progress
    reader.next();
    try {
      const run = runCli(['gc', '--compact', '--db', db]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Compacted the database file/);
    } finally {
      reader.return?.();
    }
    const seen = (app.db.prepare('SELECT sha256 FROM assets ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);
    expect(seen).toEqual([used, recentUnused].sort());
    expect(app.articles.list()).toHaveLength(1);
    app.close();
    expect(storedAssets()).toEqual([used, recentUnused].sort());
  });
});
