// @vitest-environment happy-dom
// Safety copies of words a failing save could not store: what is kept when,
// what is read back (untrusted: it lives in the browser profile), and which
// copies are offered when an article opens.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RescueKeeper } from '../../../renderer/src/editor/rescue/rescue-keeper';
import { clearRescue, keepRescue, pruneRescues, readRescue, type RescueDraft } from '../../../renderer/src/editor/rescue/rescue-store';
import { rescueOnOffer } from '../../../renderer/src/editor/rescue/RescueBar';
import type { Article } from '../../../shared/article/fields';
import { doc, p } from '../../support/docs';

const ID = '6f1c1f3e-8a4b-4b7e-9a53-0c2f5b1d7e10';
const OTHER = '0b9e2c44-1d2f-4c3b-8e5a-7f6d5c4b3a21';
const KEY = `copydesk:rescue:${ID}`;
const fields = { headline: 'Flood', standfirst: '', byline: 'Tom Reyes', dateline: '' };

function draft(over: Partial<RescueDraft> = {}): RescueDraft {
  return { articleId: ID, baseRevision: 3, keptAt: '2026-11-25T14:32:00.000Z', fields, body: doc(p('Unsaved words.')) as RescueDraft['body'], ...over };
}

function article(over: Partial<Article> = {}): Article {
  return {
    id: ID, revision: 3, createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-25T14:00:00.000Z',
    ...fields, section: '', tags: [], status: 'draft', body: doc(p('Saved words.')) as Article['body'], ...over,
  } as Article;
}

beforeEach(() => localStorage.clear());

describe('the rescue store', () => {
  it('keeps a draft and reads it back', () => {
    expect(keepRescue(draft())).toBe(true);
    expect(readRescue(ID)).toEqual(draft());
    clearRescue(ID);
    expect(readRescue(ID)).toBeNull();
  });

  it('drops what does not parse: broken JSON, a body the schema refuses, a field too long, another article', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ ...draft(), body: { type: 'doc', content: [{ type: 'video' }] } }),
      JSON.stringify({ ...draft(), fields: { ...fields, headline: 'line\nbreak' } }),
      JSON.stringify({ ...draft(), articleId: OTHER }),
      JSON.stringify({ ...draft(), baseRevision: -1 }),
    ]) {
      localStorage.setItem(KEY, raw);
      expect(readRescue(ID), raw).toBeNull();
      expect(localStorage.getItem(KEY), raw).toBeNull();
    }
  });

  it('says so when storage refuses a copy', () => {
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    expect(keepRescue(draft(), full)).toBe(false);
  });

  it('prunes copies whose article no longer exists, and nothing else; answers which articles have one', () => {
    keepRescue(draft());
    keepRescue(draft({ articleId: OTHER }));
    localStorage.setItem('copydesk:open-article', ID);
    expect(pruneRescues(new Set([ID, '11111111-2222-4333-8444-555555555555']))).toEqual(new Set([ID]));
    expect(readRescue(ID)).not.toBeNull();
    expect(readRescue(OTHER)).toBeNull();
    expect(localStorage.getItem('copydesk:open-article')).toBe(ID);
  });
});

describe('the rescue keeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    let words = 'First words.';
    const read = vi.fn(() => ({ baseRevision: 3, fields, body: doc(p(words)) as RescueDraft['body'] }));
    const onRefused = vi.fn();
    const keeper = new RescueKeeper({ articleId: ID, read, onRefused, delayMs: 750, now: () => new Date('2026-11-25T14:32:00Z') });
    return { keeper, read, onRefused, type: (w: string) => { words = w; keeper.changed(); } };
  }
  const kept = () => readRescue(ID)?.body.content?.[0];

  it('keeps nothing while saves succeed: no serializing on the keystroke path', () => {
    const { keeper, read, type } = setup();
    type('a');
    keeper.onState({ kind: 'pending' });
    keeper.onState({ kind: 'saving' });
    keeper.onState({ kind: 'saved', at: 't' });
    vi.advanceTimersByTime(5000);
    expect(read).not.toHaveBeenCalled();
    expect(readRescue(ID)).toBeNull();
  });

  it('keeps a copy when a save fails, a fresh one after each pause while it keeps failing, and drops it once saved', () => {
    const { keeper, read, type } = setup();
    keeper.onState({ kind: 'retrying', reason: 'database is locked' });
    expect(kept()).toEqual(p('First words.'));
    expect(readRescue(ID)?.keptAt).toBe('2026-11-25T14:32:00.000Z');
    type('More');
    type('More words.');
    vi.advanceTimersByTime(749);
    expect(kept()).toEqual(p('First words.'));
    vi.advanceTimersByTime(1);
    expect(kept()).toEqual(p('More words.'));
    expect(read).toHaveBeenCalledTimes(2);
    keeper.onState({ kind: 'saving' });
    keeper.onState({ kind: 'pending' });
    expect(readRescue(ID)).not.toBeNull();
    keeper.onState({ kind: 'saved', at: 't' });
    expect(readRescue(ID)).toBeNull();
  });

  it('treats a conflict like a failing save', () => {
    const { keeper } = setup();
    keeper.onState({ kind: 'conflict', reason: 'revision 4 is stored' });
    expect(kept()).toEqual(p('First words.'));
  });

  it('takes a last copy at once when the editor closes with words still waiting', () => {
    const { keeper, type } = setup();
    keeper.onState({ kind: 'retrying', reason: 'disk full' });
    type('Last words.');
    keeper.dispose();
    expect(kept()).toEqual(p('Last words.'));
  });

  it('leaves an earlier session’s copy alone while it is on offer', () => {
    keepRescue(draft());
    const { keeper, type } = setup();
    keeper.hold(true);
    keeper.onState({ kind: 'retrying', reason: 'disk full' });
    type('x');
    vi.advanceTimersByTime(1000);
    keeper.onState({ kind: 'saved', at: 't' });
    expect(readRescue(ID)).toEqual(draft());
  });

  it('tells the writer when storage refuses the copy', () => {
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    const onRefused = vi.fn();
    const keeper = new RescueKeeper({ articleId: ID, read: () => ({ baseRevision: 1, fields, body: doc(p('x')) as RescueDraft['body'] }), onRefused, storage: full });
    keeper.onState({ kind: 'retrying', reason: 'disk full' });
    expect(onRefused).toHaveBeenCalledOnce();
  });
});

describe('the offer when an article opens', () => {
  it('offers a copy that differs from the stored article', () => {
    keepRescue(draft());
    expect(rescueOnOffer(article())).toEqual(draft());
  });

  it('drops, without asking, a copy identical to what is stored (the save landed after all)', () => {
    keepRescue(draft({ body: doc(p('Saved words.')) as RescueDraft['body'] }));
    expect(rescueOnOffer(article())).toBeNull();
    expect(readRescue(ID)).toBeNull();
  });
});

describe('what the keeper says at quit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes a copy of edits still in the debounce, and says whether one is kept', () => {
    let words = 'Before.';
    const keeper = new RescueKeeper({ articleId: ID, read: () => ({ baseRevision: 1, fields, body: doc(p(words)) as RescueDraft['body'] }) });
    expect(keeper.keepPending()).toBe(false);
    keeper.onState({ kind: 'retrying', reason: 'disk full' });
    words = 'Before. After.';
    keeper.changed();
    expect(keeper.keepPending()).toBe(true);
    expect(readRescue(ID)?.body.content?.[0]).toEqual(p('Before. After.'));
    keeper.onState({ kind: 'saved', at: 't' });
    expect(keeper.keepPending()).toBe(false);
  });
});
