// The autosave queue: merging, debounce, lazy body, one save in flight,
// retry after a failure and a conflict that keeps the unsaved words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveChanges as ArticleChanges, type SaveState } from '../../../renderer/src/editor/save-queue';

class Conflict extends Error {}

function setup(save: (changes: ArticleChanges, base: number) => Promise<number>) {
  const states: SaveState[] = [];
  const requests: { baseRevision: number; changes: ArticleChanges }[] = [];
  const queue = new SaveQueue({
    id: '00000000-0000-4000-8000-000000000000',
    revision: 1,
    save: async ({ baseRevision, changes }) => {
      requests.push({ baseRevision, changes });
      const revision = await save(changes, baseRevision);
      return { id: '00000000-0000-4000-8000-000000000000', headline: '', status: 'draft', section: '', revision, updatedAt: `t${revision}`, wordCount: 0 };
    },
    onState: (s) => states.push(s),
    isConflict: (e) => e instanceof Conflict,
    delayMs: 750,
    retryMs: 3000,
  });
  return { queue, states, requests };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SaveQueue', () => {
  it('sends a body given as text with its blocks\' lengths as the two fields the contract takes', async () => {
    const { queue, requests } = setup(async (_c, base) => base + 1);
    queue.change({ headline: 'H', body: () => ({ text: '{"type":"doc","content":[{"type":"paragraph"}]}', blockLengths: [20] }) });
    await vi.advanceTimersByTimeAsync(800);
    expect(requests).toEqual([{ baseRevision: 1, changes: { headline: 'H', body: '{"type":"doc","content":[{"type":"paragraph"}]}', bodyBlockLengths: [20] } }]);
    queue.change({ body: () => ({ type: 'doc', content: [{ type: 'paragraph' }] }) });
    await vi.advanceTimersByTimeAsync(800);
    expect(requests[1]).toEqual({ baseRevision: 2, changes: { body: { type: 'doc', content: [{ type: 'paragraph' }] } } });
  });

  it('merges changes and sends one save 750 ms after the last keystroke', async () => {
    const { queue, requests } = setup(async (_c, base) => base + 1);
    queue.change({ headline: 'F' });
    await vi.advanceTimersByTimeAsync(500);
    queue.change({ headline: 'Fl' });
    await vi.advanceTimersByTimeAsync(700);
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(requests).toEqual([{ baseRevision: 1, changes: { headline: 'Fl' } }]);
    expect(queue.currentRevision).toBe(2);
    expect(queue.currentState).toEqual({ kind: 'saved', at: 't2' });
  });

  it('serializes the body only when the save goes out, never per change', async () => {
    const { queue } = setup(async (_c, base) => base + 1);
    const body = vi.fn(() => ({ type: 'doc' as const, content: [{ type: 'paragraph' }] }));
    for (let i = 0; i < 50; i++) queue.change({ body });
    expect(body).not.toHaveBeenCalled();
    await queue.flush();
    expect(body).toHaveBeenCalledTimes(1);
  });

  it('keeps one save in flight and bases the next on the revision it returned', async () => {
    let release!: () => void;
    const { queue, requests } = setup((_c, base) => new Promise((resolve) => (release = () => resolve(base + 1))));
    queue.change({ headline: 'A' });
    await vi.advanceTimersByTimeAsync(750);
    queue.change({ headline: 'AB' });
    await vi.advanceTimersByTimeAsync(750);
    expect(requests).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(1);
    expect(requests.map((r) => r.baseRevision)).toEqual([1, 2]);
    release();
    await queue.flush();
    expect(queue.currentRevision).toBe(3);
  });

  it('retries after a failure with the reason shown, and loses nothing', async () => {
    let fail = true;
    const { queue, states, requests } = setup(async (_c, base) => {
      if (fail) throw new Error('disk full');
      return base + 1;
    });
    queue.change({ standfirst: 'words' });
    await vi.advanceTimersByTimeAsync(750);
    expect(states.at(-1)).toEqual({ kind: 'retrying', reason: 'disk full' });
    fail = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(requests.at(-1)!.changes).toEqual({ standfirst: 'words' });
    expect(queue.currentState.kind).toBe('saved');
  });

  it('stops on a conflict, keeps the changes, and resumes only when told', async () => {
    let conflict = true;
    const { queue, requests } = setup(async (_c, base) => {
      if (conflict) throw new Conflict('stored revision is 5');
      return base + 1;
    });
    queue.change({ headline: 'Mine' });
    await queue.flush();
    expect(queue.currentState).toEqual({ kind: 'conflict', reason: 'stored revision is 5' });
    queue.change({ byline: 'Jo' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(requests).toHaveLength(1);
    expect(queue.hasUnsaved()).toBe(true);
    conflict = false;
    queue.saveOnto(5);
    await vi.advanceTimersByTimeAsync(1);
    await queue.flush();
    expect(requests.at(-1)).toEqual({ baseRevision: 5, changes: { headline: 'Mine', byline: 'Jo' } });
  });

  it('drops local changes when the stored version is taken', async () => {
    const { queue, requests } = setup(async () => {
      throw new Conflict('changed elsewhere');
    });
    queue.change({ headline: 'Mine' });
    await queue.flush();
    queue.discardPending(7);
    expect(queue.hasUnsaved()).toBe(false);
    expect(queue.currentRevision).toBe(7);
    expect(requests).toHaveLength(1);
  });

  it('a restore goes with the next save, and with the save after a conflict, then never again', async () => {
    const sent: Array<number | undefined> = [];
    let refuse = true;
    const queue = new SaveQueue({
      id: '00000000-0000-4000-8000-000000000000',
      revision: 1,
      save: async ({ baseRevision, restoreFrom }) => {
        sent.push(restoreFrom);
        if (refuse) throw new Conflict('saved elsewhere');
        return { id: '00000000-0000-4000-8000-000000000000', headline: '', status: 'draft', section: '', revision: baseRevision + 1, updatedAt: 't', wordCount: 0 };
      },
      onState: () => undefined,
      isConflict: (e) => e instanceof Conflict,
    });
    queue.change({ headline: 'Restored' });
    queue.markRestore(2);
    await queue.flush();
    expect(queue.currentState.kind).toBe('conflict');
    refuse = false;
    queue.saveOnto(5); // "Keep my version"
    await vi.advanceTimersByTimeAsync(0);
    await queue.flush();
    queue.change({ headline: 'Typed after' });
    await queue.flush();
    expect(sent).toEqual([2, 2, undefined]);
  });
});
