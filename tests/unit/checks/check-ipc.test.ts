// The copy checks' IPC methods through the real dispatch on a real SQLite file:
// the context the renderer's checker is built from, and the newsroom
// dictionary's add and remove, with bad words and foreign senders refused.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { CopyChecker } from '../../../shared/checks/copy-checker';
import { compileRule } from '../../../shared/checks/rules/house-rule';
import { createSpeller } from '../../../shared/checks/spelling/speller';
import { NewsroomDictionary } from '../../../shared/checks/spelling/newsroom-dictionary';
import type { CheckContext } from '../../../shared/checks/check-context';
import { tempDir } from '../../support/temp';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const tmp = tempDir();
let services: Services;
let dispatch: Dispatch;

beforeEach(() => {
  services = openServices(tmp.file(`c-${Math.random().toString(16).slice(2)}.db`));
  dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => undefined });
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

async function context(): Promise<CheckContext> {
  const answer = await dispatch(METHODS.getCheckContext, {}, APP);
  expect(answer.ok).toBe(true);
  return (answer as { value: CheckContext }).value;
}

describe('the copy checks over IPC', () => {
  it('hands over the dialect\'s dictionary, the newsroom words and the rules of that dialect only, enough to build a checker', async () => {
    services.checks.addWords(['Lavrov']);
    services.checks.setDialect('en-US');
    const ctx = await context();
    expect(ctx.dialect).toBe('en-US');
    expect(ctx.dictionary.dic.length).toBeGreaterThan(100_000);
    expect(ctx.words).toEqual(['Lavrov']);
    expect(ctx.rules.length).toBeGreaterThan(40);
    expect(ctx.rules.every((r) => r.dialect === '' || r.dialect === 'en-US')).toBe(true);
    const checker = new CopyChecker(createSpeller(ctx.dictionary), ctx.rules.map(compileRule), new NewsroomDictionary(ctx.words));
    const flags = checker.check([{ key: 'block:0', text: 'Lavrov said the the report was recieved.' }]).get('block:0')!;
    expect(flags.map((f) => f.text)).toEqual(['the the', 'recieved']);
  });

  it('adds and removes a newsroom word, which every later context carries', async () => {
    expect(await dispatch(METHODS.addNewsroomWord, { word: ' Aleppo ' }, APP)).toEqual({ ok: true, value: { added: true } });
    expect(await dispatch(METHODS.addNewsroomWord, { word: 'Aleppo' }, APP)).toEqual({ ok: true, value: { added: false } });
    expect((await context()).words).toEqual(['Aleppo']);
    expect(await dispatch(METHODS.removeNewsroomWord, { word: 'Aleppo' }, APP)).toEqual({ ok: true, value: { removed: true } });
    expect((await context()).words).toEqual([]);
  });

  it('refuses what is not a word with a sentence, and a foreign frame before reading anything; the list is left as it was', async () => {
    services.checks.addWords(['Lavrov']);
    const bad = await dispatch(METHODS.addNewsroomWord, { word: 'two words' }, APP);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/one word or name/);
    const foreign = await dispatch(METHODS.addNewsroomWord, { word: 'Aleppo' }, { url: 'https://evil.example/', isTopFrame: true });
    expect(foreign.ok).toBe(false);
    const sub = await dispatch(METHODS.removeNewsroomWord, { word: 'Lavrov' }, { ...APP, isTopFrame: false });
    expect(sub.ok).toBe(false);
    expect(services.checks.words()).toEqual(['Lavrov']);
  });
});
