// Quitting with words the renderer could not save: the journalist decides,
// and nothing — not the deadline, not an old attempt's timer — decides for them.
import { describe, expect, it } from 'vitest';
import { QuitSequence } from '../../../electron/main/shell/quit-sequence';

function setup(answer: () => Promise<boolean>) {
  const log: string[] = [];
  const timers: (() => void)[] = [];
  const quit = new QuitSequence({
    requestFlush: () => log.push('flush'),
    finish: (confirmed) => log.push(`finish ${confirmed}`),
    confirmDiscard: (reason) => {
      log.push(`ask: ${reason}`);
      return answer();
    },
    setTimer: (fn) => timers.push(fn),
  });
  return { quit, log, timers };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('QuitSequence with unsaved words', () => {
  it('asks, and quits only when the journalist says to lose them', async () => {
    const { quit, log } = setup(async () => true);
    quit.mayQuit();
    quit.flushed('Saving failed: disk full');
    expect(quit.mayQuit()).toBe(false); // while the question is open, nothing closes
    await settle();
    expect(log).toEqual(['flush', 'ask: Saving failed: disk full', 'finish true']);
    expect(quit.mayQuit()).toBe(true);
  });

  it('stays when the journalist says so; the deadline and the old attempt never end a later one', async () => {
    const { quit, log, timers } = setup(async () => false);
    quit.mayQuit();
    quit.flushed('conflict');
    timers[0]!(); // the deadline fires while the question is open: ignored
    await settle();
    expect(log).toEqual(['flush', 'ask: conflict']);
    expect(quit.quitting).toBe(false);

    // A second quit asks the renderer again; the first attempt's timer cannot end it.
    expect(quit.mayQuit()).toBe(false);
    timers[0]!();
    expect(log).toEqual(['flush', 'ask: conflict', 'flush']);
    quit.flushed();
    expect(log.at(-1)).toBe('finish true');
  });

  it('keeps the words when the question itself fails', async () => {
    const { quit, log } = setup(() => Promise.reject(new Error('no window')));
    quit.mayQuit();
    quit.flushed('conflict');
    await settle();
    expect(log).toEqual(['flush', 'ask: conflict']);
    expect(quit.quitting).toBe(false);
  });

  it('quits straight away when everything was saved', () => {
    const { quit, log } = setup(async () => false);
    quit.mayQuit();
    quit.flushed();
    expect(log).toEqual(['flush', 'finish true']);
  });
});
