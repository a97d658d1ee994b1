// The app's record of itself in app_sessions, on a real SQLite file: what
// counts as "the app has this database open".
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { beginAppSession, openApps } from '../../../electron/main/store/app-session';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-app-session-');
afterAll(() => tmp.cleanup());
let n = 0;
const fresh = () => openServices(tmp.file(`session-${n++}.db`));
const alive = (pids: number[]) => (pid: number) => pids.includes(pid);

describe('app sessions', () => {
  it('an app is listed while it runs and forgotten when it ends', () => {
    const { db, close } = fresh();
    const session = beginAppSession(db, { host: 'desk-1', pid: 4242, now: () => new Date('2026-11-25T08:00:00Z') });
    expect(openApps(db, { host: 'desk-1', isAlive: alive([4242]) })).toEqual([{ host: 'desk-1', pid: 4242, startedAt: '2026-11-25T08:00:00.000Z' }]);
    session.end();
    expect(openApps(db, { host: 'desk-1', isAlive: alive([4242]) })).toEqual([]);
    close();
  });

  it('a crashed app’s row does not count once its process is gone, and the next app start clears it', () => {
    const { db, close } = fresh();
    beginAppSession(db, { host: 'desk-1', pid: 1111 }); // never ended: the app crashed
    expect(openApps(db, { host: 'desk-1', isAlive: alive([]) })).toEqual([]);
    // Its pid was reused by something else: still counted, until an app starts on this machine.
    expect(openApps(db, { host: 'desk-1', isAlive: alive([1111]) })).toHaveLength(1);
    beginAppSession(db, { host: 'desk-1', pid: 2222 });
    expect(openApps(db, { host: 'desk-1', isAlive: alive([1111, 2222]) }).map((a) => a.pid)).toEqual([2222]);
    close();
  });

  it('an app on another machine (a shared drive) cannot be checked, so it counts', () => {
    const { db, close } = fresh();
    beginAppSession(db, { host: 'laptop-2', pid: 77 });
    expect(openApps(db, { host: 'desk-1', isAlive: alive([]) }).map((a) => a.host)).toEqual(['laptop-2']);
    close();
  });

  it('ending after the database was closed is harmless', () => {
    const { db, close } = fresh();
    const session = beginAppSession(db, { host: 'desk-1', pid: 5 });
    close();
    expect(() => session.end()).not.toThrow();
  });
});
