// The short run of the crash harness (tests/crash/harness.ts): about 30
// SIGKILLs of a process saving through the real store. The long run is
// `npm run test:crash -- 500`.
import { expect, it } from 'vitest';
import { describeFigures, runCrashTrials } from '../../crash/harness';

it('SIGKILL at random moments never corrupts the file, loses an acknowledged save, or parts an article from its newest version', async () => {
  const figures = await runCrashTrials(Number(process.env.COPYDESK_CRASH_TRIALS ?? 30));
  console.log(describeFigures(figures));
  expect(figures.failures).toEqual([]);
  expect(figures.integrityFailures).toBe(0);
  expect(figures.lostAcknowledgedSaves).toBe(0);
  expect(figures.acknowledgedSaves).toBeGreaterThan(0); // a harness that never saw a save proves nothing
  expect(figures.versionMismatches).toBe(0);
  expect(figures.versionsChecked).toBeGreaterThan(0);
}, 180_000);
