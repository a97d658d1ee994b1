// Every check action is undoable (issue 18): Ignore here, Mark correct here,
// Add to newsroom dictionary and a headline fix are steps of the body's own
// ProseMirror history that change no word (check-action-step.ts), so undo and
// redo take them back in the order they were done, mixed with typing. Their
// effects outside the document (check-actions.ts) go through the real
// dispatch to a real SQLite file.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorState, type Transaction } from 'prosemirror-state';
import { history, redo, undo, undoDepth } from 'prosemirror-history';
import { schema } from '../../../shared/article/schema';
import { METHODS, METHOD_NAMES } from '../../../shared/ipc/channels';
import type { Bridge } from '../../../shared/ipc/contract';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { createClient } from '../../../renderer/src/ipc/client';
import { changesContent, recordAction, type CheckAction } from '../../../renderer/src/editor/checks/check-action-step';
import { CheckActions } from '../../../renderer/src/editor/checks/check-actions';
import { checksPlugin, isIgnoredRange, type PlacedFlag } from '../../../renderer/src/editor/checks/checks-plugin';
import { nextStats, docStats } from '../../../renderer/src/editor/status/text-stats';
import { NewsroomDictionary } from '../../../shared/checks/spelling/newsroom-dictionary';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-check-undo-');
afterAll(() => tmp.cleanup());

/** An editor state as the body has it (history, the checks plugin), and the transactions it went through. */
function editor(text = 'The Kestrelbury depot opened.') {
  let state = EditorState.create({ doc: schema.nodeFromJSON(doc(p(text))), plugins: [history(), checksPlugin({ openAt: () => false, closeMenu: () => false })] });
  const seen: Transaction[] = [];
  const apply = (tr: Transaction) => {
    seen.push(tr);
    state = state.apply(tr);
  };
  return {
    get state() {
      return state;
    },
    seen,
    record: (action: CheckAction) => apply(recordAction(state.tr, action)),
    type: (at: number, text: string) => apply(state.tr.insertText(text, at).setTime(Date.now() + seen.length * 10_000)),
    undo: () => undo(state, apply),
    redo: () => redo(state, apply),
  };
}

// "Kestrelbury" in <p>The Kestrelbury …</p>: positions 5–16.
const RANGE = { from: 5, to: 16 };

describe('a check action in the body’s history', () => {
  it('is one undo event that changes no word; undo and redo take "Ignore here" back and forth', () => {
    const e = editor();
    const before = e.state.doc;
    e.record({ type: 'ignore', ...RANGE });
    expect(e.state.doc).toBe(before);
    expect(changesContent(e.seen[0]!)).toBe(false);
    expect(nextStats(docStats(before), e.seen[0]!)).toEqual(docStats(before));
    expect(undoDepth(e.state)).toBe(1);
    expect(isIgnoredRange(e.state, RANGE)).toBe(true);
    expect(e.undo()).toBe(true);
    expect(isIgnoredRange(e.state, RANGE)).toBe(false);
    expect(e.state.doc).toBe(before);
    expect(e.redo()).toBe(true);
    expect(isIgnoredRange(e.state, RANGE)).toBe(true);
  });

  it('takes its place in the order of things: typing after Ignore is undone first, then the Ignore, then the typing before it', () => {
    const e = editor();
    e.type(30, ' Early');
    e.record({ type: 'ignore', ...RANGE });
    e.type(1, 'Now: ');
    const moved = { from: RANGE.from + 5, to: RANGE.to + 5 };
    expect(isIgnoredRange(e.state, moved)).toBe(true);
    e.undo();
    expect(e.state.doc.textContent).toBe('The Kestrelbury depot opened. Early');
    expect(isIgnoredRange(e.state, RANGE)).toBe(true);
    e.undo();
    expect(isIgnoredRange(e.state, RANGE)).toBe(false);
    expect(e.state.doc.textContent).toBe('The Kestrelbury depot opened. Early');
    e.undo();
    expect(e.state.doc.textContent).toBe('The Kestrelbury depot opened.');
  });

  it('carries the ignored range through later edits, so undo un-ignores the words where they are now', () => {
    const e = editor();
    e.record({ type: 'ignore', ...RANGE });
    e.type(1, 'Today ');
    // The typing is undone (its own event), then the Ignore: the range moved back with it.
    e.undo();
    e.undo();
    expect(isIgnoredRange(e.state, RANGE)).toBe(false);
    expect(e.seen.at(-1)!.steps).toHaveLength(1);
  });
});

describe('the checker forgetting a newsroom word (the undo of adding it)', () => {
  it('takes out that entry and keeps the forms another entry gives', () => {
    const words = new NewsroomDictionary(['Okafor', 'okafor', 'Aleppo']);
    words.remove('Okafor');
    expect([words.has('Okafor'), words.has('okafor'), words.has('OKAFOR')]).toEqual([true, true, true]);
    words.remove('okafor');
    expect([words.has('Okafor'), words.has('OKAFOR'), words.has('Aleppo')]).toEqual([false, false, true]);
    words.remove('Nobody');
    expect(words.has('ALEPPO')).toBe(true);
  });
});

describe('the check actions’ effects, on a real database', () => {
  const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
  let services: Services;
  let articleId: string;
  let messages: string[];
  let header: { headline: string; standfirst: string };
  let log: string[];

  beforeEach(() => {
    services = openServices(tmp.file(`u-${Math.random().toString(16).slice(2)}.db`));
    articleId = services.articles.create({ headline: 'Depot opens' }).id;
    messages = [];
    log = [];
    header = { headline: 'Depot opens in 3rd place', standfirst: '' };
  });
  afterEach(() => services.close());

  function actions(e: ReturnType<typeof editor>) {
    const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://'), log: () => undefined });
    const bridge = Object.fromEntries(METHOD_NAMES.map((m) => [m, (request: unknown) => dispatch(METHODS[m], request, APP)])) as unknown as Bridge;
    return new CheckActions({
      client: createClient({ ...bridge, on: () => () => undefined }),
      articleId,
      record: (action) => e.record(action),
      learned: (word) => log.push(`learned ${word}`),
      forgot: (word) => log.push(`forgot ${word}`),
      recheck: () => log.push('recheck'),
      fieldText: (name) => header[name],
      changeField: (name, text) => (header = { ...header, [name]: text }),
      say: (message) => messages.push(message),
    });
  }
  const ready = (a: CheckActions) => new Promise<void>((resolve) => a.whenReady(resolve));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const flag = (over: Partial<PlacedFlag> = {}): PlacedFlag => ({
    from: 4, to: 15, text: 'Kestrelbury', kind: 'spelling', ruleId: 'spelling', category: 'Spelling', message: '', suggestions: [], autoFix: false,
    id: '1:block:0:0', where: 'block:0', label: 'paragraph 1', range: RANGE,
    mark: { scope: 'body', rule: 'spelling', text: 'Kestrelbury', before: 'The ', after: ' depot' },
    ...over,
  });

  it('Mark correct is stored with the article and hides the flag; undo takes it out of the database, redo puts it back', async () => {
    const e = editor();
    const a = actions(e);
    await ready(a);
    expect(await a.markCorrect(flag())).toBe(true);
    expect(services.acceptedFlags.list(articleId)).toEqual([flag().mark]);
    // Another answer's flag of the same words in the same place is hidden too.
    expect(a.hides(flag({ id: '7:block:3:2', where: 'block:3' }))).toBe(true);
    e.undo();
    a.replay(e.seen.at(-1)!);
    await settle();
    expect(services.acceptedFlags.list(articleId)).toEqual([]);
    expect(a.hides(flag())).toBe(false);
    expect(messages.at(-1)).toMatch(/flagged again/);
    expect(log).toEqual(['recheck']);
    e.redo();
    a.replay(e.seen.at(-1)!);
    await settle();
    expect(services.acceptedFlags.list(articleId)).toEqual([flag().mark]);
    // A new session of the same article reads it back.
    const again = actions(editor());
    await ready(again);
    expect(again.hides(flag())).toBe(true);
  });

  it('Add to newsroom dictionary: undo removes the word it added, and only a word it added', async () => {
    const e = editor();
    const a = actions(e);
    expect(await a.addWord('Kestrelbury')).toBe(true);
    expect(services.checks.words()).toEqual(['Kestrelbury']);
    e.undo();
    a.replay(e.seen.at(-1)!);
    await settle();
    expect(services.checks.words()).toEqual([]);
    expect(log).toEqual(['learned Kestrelbury', 'forgot Kestrelbury']);
    // A word already there records nothing to undo: the dictionary keeps it.
    services.checks.addWords(['Aleppo']);
    const depth = undoDepth(e.state);
    expect(await a.addWord('Aleppo')).toBe(true);
    expect(undoDepth(e.state)).toBe(depth);
    expect(await a.addWord('two words')).toBe(false);
    expect(messages.at(-1)).toMatch(/one word or name/);
  });

  it('Ignore on a headline flag and a headline fix are undone too; a fix is not undone over the journalist’s later typing', async () => {
    const e = editor();
    const a = actions(e);
    await ready(a);
    const field = flag({ where: 'headline', range: undefined, from: 15, to: 18, text: '3rd', kind: 'style', ruleId: 'ordinals-3rd' });
    a.ignoreField(field);
    expect(a.hides(field)).toBe(true);
    e.undo();
    a.replay(e.seen.at(-1)!);
    await settle();
    expect(a.hides(field)).toBe(false);

    expect(a.fixField({ ...field, suggestions: ['third'] }, 'third')).toBe(true);
    expect(header.headline).toBe('Depot opens in third place');
    e.undo();
    a.replay(e.seen.at(-1)!);
    await settle();
    expect(header.headline).toBe('Depot opens in 3rd place');
    e.redo();
    a.replay(e.seen.at(-1)!);
    header.headline = 'Depot opens at last';
    e.undo();
    a.replay(e.seen.at(-1)!);
    await settle();
    expect(header.headline).toBe('Depot opens at last');
    expect(messages.at(-1)).toBe('The headline has changed since that fix; it is left as it is.');
  });
});
