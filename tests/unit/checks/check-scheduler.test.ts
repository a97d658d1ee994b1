// The scheduling of copy checks off the typing path: one request after the
// pause, only the changed texts, stale answers dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckScheduler, type CheckTextsRequest } from '../../../renderer/src/editor/checks/check-scheduler';
import type { ArticleText } from '../../../shared/checks/article-texts';

const text = (key: string, t: string): ArticleText => ({ key, label: key, text: t });

function setup(initial: ArticleText[]) {
  let texts = initial;
  const sent: CheckTextsRequest[] = [];
  const collect = vi.fn(() => texts);
  const scheduler = new CheckScheduler({ delay: 400, collect, send: (r) => sent.push(r) });
  return { scheduler, sent, collect, setTexts: (next: ArticleText[]) => (texts = next) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CheckScheduler', () => {
  it('waits for a pause: a burst of edits is one request, sent 400 ms after the last, and reads the texts once', () => {
    const { scheduler, sent, collect } = setup([text('block:0', 'Teh cat.')]);
    for (let i = 0; i < 10; i++) {
      scheduler.edited();
      vi.advanceTimersByTime(100);
    }
    expect(sent).toHaveLength(0);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(299);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{ type: 'check', version: 1, keys: ['block:0'], changed: [{ key: 'block:0', text: 'Teh cat.' }] }]);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('sets one timer per pause, not one per keystroke, and still sends 400 ms after the last edit', () => {
    let clock = 0;
    const pending: { at: number; run: () => void }[] = [];
    let set = 0;
    let cleared = 0;
    const fakeClock = {
      setTimeout: (run: () => void, ms: number) => (set++, pending.push({ at: clock + ms, run }), pending.length - 1),
      clearTimeout: () => void cleared++,
      now: () => clock,
    };
    const sent: CheckTextsRequest[] = [];
    const scheduler = new CheckScheduler({ delay: 400, collect: () => [text('block:0', 'Teh.')], send: (r) => sent.push(r), clock: fakeClock });
    const advance = (ms: number) => {
      const end = clock + ms;
      for (let due = pending.find((p) => p.at <= end); due; due = pending.find((p) => p.at <= end)) {
        pending.splice(pending.indexOf(due), 1);
        clock = due.at;
        due.run();
      }
      clock = end;
    };
    // 100 keys 30 ms apart: 3 s of typing.
    for (let i = 0; i < 100; i++) {
      scheduler.edited();
      advance(30);
    }
    expect(sent).toHaveLength(0);
    // Each timer that fired early set one more for the rest of the wait: about one per 400 ms of typing, not 100.
    expect(set).toBeLessThanOrEqual(10);
    expect(cleared).toBe(0);
    advance(369);
    expect(sent).toHaveLength(0);
    advance(1);
    expect(sent).toHaveLength(1);
  });

  it('sends only the texts that changed, with every key in order so the checker drops the deleted ones', () => {
    const { scheduler, sent, setTexts } = setup([text('headline', 'Hed'), text('block:0', 'One.'), text('block:1', 'Two.')]);
    scheduler.checkNow();
    setTexts([text('headline', 'Hed'), text('block:0', 'One, edited.')]);
    scheduler.edited();
    vi.advanceTimersByTime(400);
    expect(sent[1]).toEqual({ type: 'check', version: 2, keys: ['headline', 'block:0'], changed: [{ key: 'block:0', text: 'One, edited.' }] });
    // Nothing changed: an empty request still asks for the flags (after a dictionary word, say).
    scheduler.checkNow();
    expect(sent[2]).toEqual({ type: 'check', version: 3, changed: [] }); // the same keys: not sent again
    // A new worker holds nothing: everything goes again, keys too.
    scheduler.forgetHeld();
    scheduler.checkNow();
    expect(sent[3]!.changed.map((t) => t.key)).toEqual(['headline', 'block:0']);
    expect(sent[3]!.keys).toEqual(['headline', 'block:0']);
  });

  it('says which texts went out changed since an answer was last accepted, across requests', () => {
    const { scheduler, setTexts } = setup([text('block:0', 'One.'), text('block:1', 'Two.')]);
    scheduler.checkNow();
    scheduler.takeEdited();
    setTexts([text('block:0', 'One!'), text('block:1', 'Two.')]);
    scheduler.checkNow();
    setTexts([text('block:0', 'One!'), text('block:1', 'Two!')]);
    scheduler.checkNow();
    expect([...scheduler.takeEdited()]).toEqual(['block:0', 'block:1']);
    expect([...scheduler.takeEdited()]).toEqual([]);
  });

  it('drops an answer for an older request, or for one edited since it was sent; accepts the newest with its texts', () => {
    const texts = [text('block:0', 'Teh.')];
    const { scheduler } = setup(texts);
    scheduler.checkNow();
    scheduler.checkNow();
    expect(scheduler.accept(1)).toBeNull();
    expect(scheduler.accept(2)).toBe(texts);
    scheduler.edited();
    expect(scheduler.accept(2)).toBeNull();
    expect(scheduler.pending).toBe(true);
    vi.advanceTimersByTime(400);
    expect(scheduler.accept(3)).toBe(texts);
  });

  it('does nothing once disposed (the article was closed)', () => {
    const { scheduler, sent } = setup([text('block:0', 'x')]);
    scheduler.edited();
    scheduler.dispose();
    vi.advanceTimersByTime(1000);
    scheduler.edited();
    scheduler.checkNow();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
  });
});
