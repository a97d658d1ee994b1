// A window whose renderer dies is reloaded, and told why; a renderer that keeps
// dying is not reloaded forever; a quit or a normal close is left alone.
import { describe, expect, it } from 'vitest';
import { RendererRecovery } from '../../../electron/main/shell/renderer-recovery';
import { QuitSequence } from '../../../electron/main/shell/quit-sequence';
import { parseRecoveryHash, recoveryHash, recoveryMessage } from '../../../shared/recovery/recovery';

function setup() {
  let clock = 0;
  const reloads: string[] = [];
  const gaveUp: string[] = [];
  const recovery = new RendererRecovery({ reload: (r) => reloads.push(r), giveUp: (r) => gaveUp.push(r), now: () => clock });
  return { recovery, reloads, gaveUp, at: (ms: number) => (clock = ms) };
}

describe('RendererRecovery', () => {
  it('reloads the window after a crash, an out-of-memory kill or an OS kill', () => {
    const { recovery, reloads } = setup();
    expect(recovery.gone('crashed', false)).toBe('reloaded');
    expect(recovery.gone('oom', false)).toBe('reloaded');
    expect(reloads).toEqual(['crashed', 'oom']);
  });

  it('leaves a clean exit and anything during a quit alone', () => {
    const { recovery, reloads } = setup();
    expect(recovery.gone('clean-exit', false)).toBe('ignored');
    expect(recovery.gone('crashed', true)).toBe('ignored');
    expect(reloads).toEqual([]);
  });

  it('gives up on the fourth crash within a minute, and reloads again once the crashes are spread out', () => {
    const { recovery, reloads, gaveUp, at } = setup();
    for (const t of [0, 10_000, 20_000]) {
      at(t);
      expect(recovery.gone('crashed', false)).toBe('reloaded');
    }
    at(30_000);
    expect(recovery.gone('crashed', false)).toBe('gave-up');
    expect(gaveUp).toEqual(['crashed']);
    at(200_000);
    expect(recovery.gone('crashed', false)).toBe('reloaded');
    expect(reloads).toHaveLength(4);
  });

  it('knows when a quit is under way (QuitSequence.quitting)', () => {
    const quit = new QuitSequence({ requestFlush: () => {}, finish: () => {}, setTimer: () => 0 });
    expect(quit.quitting).toBe(false);
    quit.mayQuit();
    expect(quit.quitting).toBe(true);
  });
});

describe('the recovery fragment', () => {
  it('round-trips every reason Electron reports, and reads an unknown one as a crash', () => {
    for (const reason of ['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure', 'unresponsive'] as const) {
      expect(parseRecoveryHash(recoveryHash(reason))).toBe(reason);
    }
    expect(recoveryHash('memory-eviction')).toBe('#recovered=crashed');
  });

  it('ignores any other fragment', () => {
    for (const hash of ['', '#', '#recovered=', '#recovered=<script>', '#recovered=crashed&x=1', '#other=crashed']) {
      expect(parseRecoveryHash(hash)).toBeNull();
    }
  });

  it('tells the journalist what happened and what may be missing', () => {
    expect(recoveryMessage('oom')).toMatch(/ran out of memory.*reopened.*last saved/);
    expect(recoveryMessage('unresponsive')).toMatch(/stopped responding/);
  });
});
