// Errors from the machine, on real files, through the real `copydesk` CLI:
// each one is one line on stderr in words, exit 1, no stack trace, no
// "unexpected error" — and nothing stored is lost. A full or read-only disk
// is a real small tmpfs where this machine lets us mount one (root, as CI);
// otherwise the in-process run through the fault-injection point stands in.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openServices } from '../../../electron/main/services';
import { main } from '../../../electron/cli/main';
import { injectFaultOnOpen } from '../../../electron/main/store/fault-injection';
import { runCli, type CliRun } from '../../support/cli';
import { smallDisk, type SmallDisk } from '../../support/small-disk';
import { tempDir } from '../../support/temp';
import { doc, p } from '../../support/docs';
import { emptyFields } from '../../../shared/article/fields';

const tmp = tempDir();
fs.chmodSync(tmp.dir, 0o777); // the "another user" cases run the CLI as nobody
afterAll(() => tmp.cleanup());

const ARTICLE = JSON.stringify({ ...emptyFields(), headline: 'Flood warning', body: doc(p('The river rose overnight.')) });
const articleFile = tmp.file('article.json');
fs.writeFileSync(articleFile, ARTICLE);
fs.chmodSync(articleFile, 0o644);

/** One line on stderr, in words, and the exit code for a failure. */
function expectOneLine(run: CliRun, pattern: RegExp): void {
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/unexpected error|\n\s+at |SqliteError|SQLITE_|E[A-Z]{3,}:/);
  expect(run.status).toBe(1);
}

function newDb(name: string, headline = 'Kept'): string {
  const file = tmp.file(name);
  const services = openServices(file);
  services.articles.create({ headline, body: doc(p('Words that must survive.')) });
  services.close();
  fs.chmodSync(file, 0o666);
  return file;
}

function headlines(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT headline FROM articles ORDER BY headline').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('the database path is wrong', () => {
  it('a folder where the database file should be', () => {
    const dir = tmp.file('folder.db');
    fs.mkdirSync(dir);
    expectOneLine(runCli(['list', '--db', dir]), /There is a folder where the database file should be \(.*folder\.db\)\. Move that folder away/);
  });

  it('a file where a folder of the path should be', () => {
    const file = tmp.file('plain-file');
    fs.writeFileSync(file, 'not a folder');
    expectOneLine(runCli(['list', '--db', `${file}/sub/copydesk.db`, '--create']), /A file stands where a folder of the database path should be \(.*plain-file\)/);
    expectOneLine(runCli(['import-json', articleFile, '--db', `${file}/copydesk.db`, '--create']), /A file stands where a folder/);
  });

  it('a damaged file (its pages overwritten) says so and points at doctor and the backups', () => {
    const file = newDb('damaged.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 100, bytes.length); // the header survives, everything after it is garbage
    fs.writeFileSync(file, bytes);
    expectOneLine(runCli(['list', '--db', file]), /The database file is damaged \(.*damaged\.db\)\. Go back to a good backup: .*copydesk restore-backup/);
  });
});

describe('another program holds the lock', () => {
  let holder: ChildProcess | undefined;
  afterEach(() => holder?.kill('SIGKILL'));

  /** A second process that records itself as a running app (app_sessions) and keeps a write transaction open. */
  async function holdLock(file: string): Promise<number> {
    const script = `
      const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Database(process.argv[1]);
      db.prepare('INSERT INTO app_sessions (id, host, pid, started_at) VALUES (?, ?, ?, ?)')
        .run('holder', require('node:os').hostname(), process.pid, '2026-12-01T09:00:00.000Z');
      db.exec('BEGIN IMMEDIATE');
      db.prepare("UPDATE articles SET headline = 'held'").run();
      process.stdout.write('held\\n');
      setInterval(() => {}, 1000);`;
    holder = spawn(process.execPath, ['-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
      holder!.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
    });
    return holder.pid!;
  }

  it('waits a bounded time, then says the database is busy and names the app holding it', async () => {
    const file = newDb('locked.db');
    const pid = await holdLock(file);
    const run = runCli(['import-json', articleFile, '--db', file]);
    expectOneLine(run, new RegExp(`Another program is using the database .* it is open in Copydesk on ${os.hostname()} \\(process ${pid}, since 2026-12-01T09:00:00.000Z\\)\\. Wait a moment`));
    // Readers are not blocked by a writer (WAL): list still answers.
    const list = runCli(['list', '--db', file]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/Kept/);
  });
});

const disk: SmallDisk | { unavailable: string } = smallDisk(1280); // room for a 60,000-character article in the file, its WAL and its search index
const realDisk = 'dir' in disk ? disk : null;
afterAll(() => realDisk?.cleanup());

describe.skipIf(!realDisk)(`a real small disk (tmpfs)${realDisk ? '' : ` — skipped: ${(disk as { unavailable: string }).unavailable}`}`, () => {
  const d = realDisk!;
  afterEach(() => {
    d.readOnly(false);
    for (const name of fs.readdirSync(d.dir)) fs.rmSync(d.file(name), { force: true });
  });

  it('disk full: every command says so in one line, and the stored article is intact afterwards', () => {
    const file = d.file('full.db');
    expect(runCli(['import-json', articleFile, '--db', file, '--create']).status).toBe(0);
    d.fill();
    expectOneLine(runCli(['import-json', articleFile, '--db', file]), /The disk that holds the database is full \(.*full\.db\)\. Free some space/);
    expectOneLine(runCli(['list', '--db', file]), /The disk that holds the database is full/);
    d.unfill();
    const list = runCli(['list', '--db', file]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/Flood warning/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('disk full during a write inside the app store: SQLITE_FULL becomes disk-full, nothing half-written', () => {
    const file = d.file('grow.db');
    const services = openServices(file);
    const id = services.articles.create({ headline: 'Before' }).id;
    const filler = 'x'.repeat(60_000);
    let failure: unknown;
    try {
      for (let i = 0; i < 100; i++) services.articles.create({ headline: `Filler ${i}`, body: doc(p(filler)) });
    } catch (error) {
      failure = error;
    }
    expect(services.explain(failure)).toMatchObject({ code: 'disk-full' });
    // Closing on a full disk never throws; a checkpoint (or a search catch-up) it cannot run is reported instead.
    const closing = services.close();
    expect(services.db.open).toBe(false);
    expect(closing === null || /could not be folded back|search index could not be brought up to date/.test(closing.message)).toBe(true);
    d.unfill();
    const reopened = openServices(file);
    expect(reopened.articles.get(id).headline).toBe('Before');
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('closing on a full disk: the checkpoint that cannot run is reported, the connection still closes, nothing is lost', () => {
    const file = d.file('close.db');
    const services = openServices(file);
    services.db.pragma('wal_autocheckpoint = 0'); // keep every page in the WAL until close
    const { id } = services.articles.create({ headline: 'In the WAL only', body: doc(p('w'.repeat(60_000))) });
    d.fill();
    let problem: ReturnType<typeof services.close> = null;
    expect(() => (problem = services.close())).not.toThrow();
    expect(services.db.open).toBe(false);
    expect(problem).toMatchObject({ code: 'disk-full', message: expect.stringMatching(/^Every saved change is kept, but the database's write-ahead log .* could not be folded back/) });
    for (const name of fs.readdirSync(d.dir)) if (name === '.filler') fs.rmSync(d.file(name));
    const reopened = openServices(file);
    expect(reopened.articles.get(id).headline).toBe('In the WAL only');
    expect(reopened.close()?.message ?? null).toBeNull();
  });

  it('read-only disk: reads and writes say the disk is read-only', () => {
    const file = d.file('ro.db');
    expect(runCli(['import-json', articleFile, '--db', file, '--create']).status).toBe(0);
    d.readOnly(true);
    expectOneLine(runCli(['import-json', articleFile, '--db', file]), /The database file or its folder is read-only \(.*\)\. Make it writable again/);
    expectOneLine(runCli(['list', '--db', file]), /read-only/);
    d.readOnly(false);
    expect(headlines(file)).toEqual(['Flood warning']);
  });
});

const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

describe.skipIf(!asRoot)(`another user's file (the CLI run as nobody)${asRoot ? '' : ' — skipped: needs root to switch users'}`, () => {
  it('a read-only file: list prints its rows (no stack trace after them), import-json says the file is read-only', () => {
    const file = newDb('readonly-file.db', 'Readable');
    fs.chmodSync(file, 0o644);
    const list = runCli(['list', '--db', file], { uid: NOBODY });
    expect(list.stdout).toMatch(/Readable/);
    expect(list.stderr).not.toMatch(/\n\s+at |unexpected error/);
    expect(list.status).toBe(0);
    expectOneLine(runCli(['import-json', articleFile, '--db', file], { uid: NOBODY }), /The database file or its folder is read-only \(.*readonly-file\.db\)/);
    expect(headlines(file)).toEqual(['Readable']);
  });

  it('a file this user may not read: permission denied', () => {
    const file = newDb('forbidden.db');
    fs.chmodSync(file, 0o600);
    expectOneLine(runCli(['list', '--db', file], { uid: NOBODY }), /This user account is not allowed to read or write the database .*forbidden\.db/);
  });
});

describe('the fault-injection point (works on any machine)', () => {
  it.each([
    ['disk-full', /The disk that holds the database is full \(.*\)\. Free some space/],
    ['read-only', /The database file or its folder is read-only/],
  ] as const)('%s: the CLI says it in one line and stores nothing', async (fault, pattern) => {
    const file = newDb(`injected-${fault}.db`, 'Only');
    const lift = injectFaultOnOpen(file, fault);
    let stderr = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), readStdin: async () => '', cwd: tmp.dir };
    try {
      const status = await main(['import-json', articleFile, '--db', file], io, {});
      expectOneLine({ status, stdout: '', stderr }, pattern);
    } finally {
      lift();
    }
    expect(headlines(file)).toEqual(['Only']);
  });
});
