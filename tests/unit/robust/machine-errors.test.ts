// The one mapping from a machine failure to a code and a sentence, and its use by dispatch.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { classifyMachineError, machineMessage } from '../../../shared/errors/machine-errors';
import { ERROR_CODES, isMachineCode } from '../../../shared/errors/error-codes';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices } from '../../../electron/main/services';
import { injectFault } from '../../../electron/main/store/fault-injection';
import { METHODS } from '../../../shared/ipc/channels';
import { fingerprint, tempDir } from '../../support/temp';
import { doc, p } from '../../support/docs';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

describe('classifyMachineError', () => {
  it.each([
    [{ code: 'SQLITE_FULL' }, 'disk-full'],
    [{ code: 'ENOSPC' }, 'disk-full'],
    [{ code: 'SQLITE_READONLY' }, 'read-only'],
    [{ code: 'SQLITE_READONLY_DBMOVED' }, 'read-only'],
    [{ code: 'EROFS' }, 'read-only'],
    [{ code: 'EACCES' }, 'permission-denied'],
    [{ code: 'EISDIR' }, 'path-is-folder'],
    [{ code: 'SQLITE_CANTOPEN_ISDIR' }, 'path-is-folder'],
    [{ code: 'ENOTDIR' }, 'path-not-folder'],
    [{ code: 'EEXIST', syscall: 'mkdir' }, 'path-not-folder'],
    [{ code: 'SQLITE_BUSY' }, 'busy'],
    [{ code: 'SQLITE_BUSY_SNAPSHOT' }, 'busy'],
    [{ code: 'SQLITE_CORRUPT' }, 'damaged-file'],
    [{ code: 'SQLITE_NOTADB' }, 'damaged-file'],
    [{ code: 'SQLITE_IOERR_WRITE' }, 'io-error'],
    [new Error('database is locked'), 'busy'],
  ])('%o is %s', (error, code) => {
    expect(classifyMachineError(error)).toBe(code);
  });

  it('is null for what is not the machine (bugs, bad input)', () => {
    for (const error of [new TypeError('x is undefined'), { code: 'SQLITE_CONSTRAINT_CHECK' }, { code: 'EEXIST', syscall: 'open' }, null, 'text', 42]) {
      expect(classifyMachineError(error)).toBeNull();
    }
  });

  it('every machine code has a sentence with what happened and what to do', () => {
    for (const code of ERROR_CODES.filter(isMachineCode)) {
      const message = machineMessage(code, { file: '/data/copydesk.db' });
      expect(message).toMatch(/^[A-Z].*\(\/data\/copydesk\.db\)\. [A-Z].*\.$/);
    }
  });
});

describe('dispatch on a store whose writes fail (fault-injection point)', () => {
  it('a save on a full disk is a disk-full Result, not internal, and nothing is written', async () => {
    const file = tmp.file('full.db');
    const services = openServices(file);
    const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true, explain: services.explain });
    const { id } = services.articles.create({ headline: 'Stored' });
    services.db.pragma('wal_checkpoint(TRUNCATE)');
    const lift = injectFault(services.db, 'disk-full');
    const before = fingerprint(file);
    const result = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body: doc(p('New words.')) } }, APP);
    expect(result).toEqual({
      ok: false,
      error: { code: 'disk-full', message: expect.stringMatching(/^The disk that holds the database is full \(.*full\.db\)\. Free some space/) },
    });
    expect(await dispatch(METHODS.createArticle, {}, APP)).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(fingerprint(file)).toBe(before);
    lift();
    expect(await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { headline: 'Saved again' } }, APP)).toMatchObject({ ok: true });
    services.close();
  });

  it('read-only too; and reads keep working', async () => {
    const services = openServices(tmp.file('ro.db'));
    const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true });
    const { id } = services.articles.create({ headline: 'Readable' });
    injectFault(services.db, 'read-only');
    expect(await dispatch(METHODS.spikeArticle, { id }, APP)).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await dispatch(METHODS.getArticle, { id }, APP)).toMatchObject({ ok: true, value: { headline: 'Readable' } });
    services.close();
  });

  it('the injected failure is a real SqliteError raised inside the statement', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x)');
    injectFault(db, 'disk-full');
    expect(() => db.prepare('INSERT INTO t VALUES (1)').run()).toThrow(expect.objectContaining({ name: 'SqliteError', code: 'SQLITE_FULL' }));
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
    db.close();
  });
});

describe('closing', () => {
  it('never throws, even twice or after the connection was lost', () => {
    const services = openServices(tmp.file('close.db'));
    services.db.close(); // the connection went away under it
    expect(() => services.close()).not.toThrow();
    expect(services.close()).toBeNull();
  });
});
