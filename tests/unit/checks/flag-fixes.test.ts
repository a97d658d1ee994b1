// The edits a journalist asks of a flag (flag-fixes.ts), on a real editor
// state with the body's history and the checks plugin, the flags placed as an
// answer places them, and the check actions going through the real dispatch
// to a real SQLite file: each fix is one undo step, a stale flag is refused
// with a sentence and leaves the text as it was, and what was settled leaves
// the list at once.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorState, type Transaction } from 'prosemirror-state';
import { history, undo, undoDepth } from 'prosemirror-history';
import { schema } from '../../../shared/article/schema';
import { articleTexts } from '../../../shared/checks/article-texts';
import type { CheckFlag } from '../../../shared/checks/flag';
import { METHODS, METHOD_NAMES } from '../../../shared/ipc/channels';
import type { Bridge } from '../../../shared/ipc/contract';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { createClient } from '../../../renderer/src/ipc/client';
import { recordAction } from '../../../renderer/src/editor/checks/check-action-step';
import { CheckActions } from '../../../renderer/src/editor/checks/check-actions';
import { checksPlugin, isIgnoredRange, type PlacedFlag } from '../../../renderer/src/editor/checks/checks-plugin';
import { FlagFixes } from '../../../renderer/src/editor/checks/flag-fixes';
import { FlagPlacing } from '../../../renderer/src/editor/checks/flag-placing';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-flag-fixes-');
afterAll(() => tmp.cleanup());
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

const finding = (text: string, from: number, over: Partial<CheckFlag> = {}): CheckFlag => ({
  from, to: from + text.length, text, kind: 'spelling', ruleId: 'spelling', category: 'Spelling', message: 'Not in the dictionary', suggestions: [], autoFix: false, ...over,
});

describe('the fixes of a flag', () => {
  let services: Services;
  let articleId: string;
  beforeEach(() => {
    services = openServices(tmp.file(`f-${Math.random().toString(16).slice(2)}.db`));
    articleId = services.articles.create({ headline: 'Depot opens' }).id;
  });
  afterEach(() => services.close());

  const FINDINGS = [finding('recieved', 3, { suggestions: ['received'] }), finding('percent', 14, { kind: 'style', ruleId: 'per-cent', suggestions: ['per cent'], autoFix: true }), finding('recieved', 23, { suggestions: ['received'] })];

  async function setup(text = 'It recieved 5 percent, recieved twice.', findings = FINDINGS) {
    let state = EditorState.create({ doc: schema.nodeFromJSON(doc(p(text))), plugins: [history(), checksPlugin({ openAt: () => false, closeMenu: () => false })] });
    const view = { get state() { return state; }, dispatch: (tr: Transaction) => { state = state.apply(tr); placing.body.edited(tr); }, focus: () => undefined };
    const placing = new FlagPlacing();
    const texts = articleTexts({ headline: '', standfirst: '' }, state.doc);
    const flags = new Map([['block:0', findings]]);
    placing.answered({ version: 1, flags, texts }, new Set(), (f) => f);
    const said: string[] = [];
    const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://'), log: () => undefined });
    const bridge = Object.fromEntries(METHOD_NAMES.map((m) => [m, (request: unknown) => dispatch(METHODS[m], request, APP)])) as unknown as Bridge;
    const actions = new CheckActions({
      client: createClient({ ...bridge, on: () => () => undefined }),
      articleId,
      record: (action) => view.dispatch(recordAction(state.tr, action)),
      learned: () => undefined,
      forgot: () => undefined,
      recheck: () => undefined,
      fieldText: () => '',
      changeField: () => undefined,
      say: (m) => said.push(m),
    });
    await new Promise<void>((resolve) => actions.whenReady(resolve));
    const fixes = new FlagFixes({
      view: () => view,
      actions,
      locate: (flag) => placing.body.locate(flag),
      bodyFlags: () => placing.body.all(),
      flags: () => placing.flags,
      record: (action) => view.dispatch(recordAction(state.tr, action)),
      drop: (settled) => placing.drop(settled),
      say: (m) => said.push(m),
      closeMenu: () => undefined,
    });
    const open = () => placing.flags.map((f) => f.text);
    return { view, placing, fixes, said, open, flag: (i: number) => placing.flags[i]! };
  }

  it('Fix replaces the flagged word in one undo step and takes the flag off the list; a flag whose word was typed over is refused and the text kept', async () => {
    const { view, fixes, said, open, flag } = await setup();
    const [first, , last] = [flag(0), flag(1), flag(2)];
    fixes.apply(first);
    expect(view.state.doc.textContent).toBe('It received 5 percent, recieved twice.');
    expect(undoDepth(view.state)).toBe(1);
    expect(open()).toEqual(['percent', 'recieved']);
    // The second "recieved" moved by one with the fix: it is still found where it is now.
    view.dispatch(view.state.tr.insertText('X', view.state.doc.textContent.indexOf('recieved') + 3));
    fixes.apply(last);
    expect(said.at(-1)).toMatch(/has changed since it was checked/);
    expect(view.state.doc.textContent).toBe('It received 5 percent, reXcieved twice.');
    expect(open()).toEqual(['percent', 'recieved']);
    undo(view.state, view.dispatch);
    undo(view.state, view.dispatch);
    expect(view.state.doc.textContent).toBe('It recieved 5 percent, recieved twice.');
  });

  it('Fix all automatic is one undo step and says how many; with none left it says so', async () => {
    const { view, fixes, said } = await setup();
    fixes.fixAllAutomatic();
    expect(view.state.doc.textContent).toBe('It recieved 5 per cent, recieved twice.');
    expect(said.at(-1)).toMatch(/^Fixed 1 automatically/);
    expect(undoDepth(view.state)).toBe(1);
    const { fixes: none, said: nothing } = await setup('It recieved it.', [finding('recieved', 3, { suggestions: ['received'] })]);
    none.fixAllAutomatic();
    expect(nothing.at(-1)).toBe('Nothing to fix automatically.');
  });

  it('Ignore here keeps the range ignored as an undo step and drops that flag only; Mark correct drops its flag and is stored with the article', async () => {
    const { view, fixes, open, flag } = await setup();
    const first = flag(0);
    const at = { from: first.range!.from, to: first.range!.to };
    fixes.ignore(first);
    expect(isIgnoredRange(view.state, at)).toBe(true);
    expect(open()).toEqual(['percent', 'recieved']);
    expect(view.state.doc.textContent).toBe('It recieved 5 percent, recieved twice.');
    await fixes.markCorrect(flag(0));
    expect(open()).toEqual(['recieved']);
    expect(services.acceptedFlags.list(articleId)).toEqual([{ scope: 'body', rule: 'per-cent', text: 'percent', before: '5 ', after: ',' }]);
  });

  it('Add to newsroom dictionary drops every spelling flag of the word and stores it', async () => {
    const { fixes, open, flag, said } = await setup();
    await fixes.addToDictionary(flag(0));
    expect(open()).toEqual(['percent']);
    expect(said.at(-1)).toMatch(/“recieved” is in the newsroom dictionary/);
    expect(services.checks.words()).toContain('recieved');
  });
});
