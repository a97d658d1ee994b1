// The style rules as Publication settings edits them, through the real
// dispatch on a real SQLite file: list, add, edit in place, delete, restore the
// defaults, import and export CSV. A rule that does not compile, a clashing id
// and a bad CSV are refused with the rule's id and the reason, and the sheet
// (bytes of the table included) stays as it was.
import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import type { RuleSheet } from '../../../shared/checks/check-context';
import { DEFAULT_RULES } from '../../../shared/checks/rules/default-rules';
import type { HouseRule } from '../../../shared/checks/rules/house-rule';
import { rulesFromCsv } from '../../../shared/checks/rules/rules-csv';
import { tempDir } from '../../support/temp';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const tmp = tempDir();
let services: Services;
let dispatch: Dispatch;
let exportTo: string | null;

beforeEach(() => {
  exportTo = null;
  services = openServices(tmp.file(`r-${Math.random().toString(16).slice(2)}.db`));
  dispatch = createDispatch(createHandlers(services, { chooseRulesExportPath: async () => exportTo }), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => undefined });
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

const barriers: HouseRule = { id: 'house-barriers', type: 'words', pattern: 'flood defences', replacement: 'flood barriers', category: 'House', description: 'We say barriers.', kind: 'style', autoFix: true, dialect: '' };

async function ok<T = RuleSheet>(method: keyof typeof METHODS, payload: unknown): Promise<T> {
  const answer = await dispatch(METHODS[method], payload, APP);
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`);
  return answer.value as T;
}

const tableRows = () => services.db.prepare('SELECT * FROM house_rules ORDER BY position').all();

describe('style rules over IPC', () => {
  it('lists the defaults, then adds a rule at the end and edits one in its place, making the sheet the publication’s own', async () => {
    expect(await ok('getHouseRules', {})).toEqual({ custom: false, rules: DEFAULT_RULES });
    const added = await ok('saveHouseRule', { rule: barriers, replacing: null });
    expect(added.custom).toBe(true);
    expect(added.rules.at(-1)).toEqual(barriers);
    expect(added.rules).toHaveLength(DEFAULT_RULES.length + 1);

    const ok1 = DEFAULT_RULES.findIndex((r) => r.id === 'abbrev-ok');
    const edited = await ok('saveHouseRule', { rule: { ...DEFAULT_RULES[ok1]!, id: 'house-ok', replacement: 'O.K.' }, replacing: 'abbrev-ok' });
    expect(edited.rules[ok1]).toMatchObject({ id: 'house-ok', replacement: 'O.K.' });
    expect(edited.rules.some((r) => r.id === 'abbrev-ok')).toBe(false);
    // The checker's context carries the edit.
    const context = await ok<{ rules: HouseRule[] }>('getCheckContext', { dialect: 'en-US' });
    expect(context.rules.find((r) => r.id === 'house-ok')?.replacement).toBe('O.K.');

    const deleted = await ok('deleteHouseRule', { id: 'house-barriers' });
    expect(deleted.rules.some((r) => r.id === 'house-barriers')).toBe(false);
    expect(await ok('resetHouseRules', {})).toEqual({ custom: false, rules: DEFAULT_RULES });
  });

  it('refuses a rule that does not compile with its id and the reason, and a clashing id; the sheet stays as it was', async () => {
    await ok('saveHouseRule', { rule: barriers, replacing: null });
    const before = tableRows();
    const bad = await dispatch(METHODS.saveHouseRule, { rule: { ...barriers, id: 'house-broken', type: 'regex', pattern: 'flood (defences' }, replacing: null }, APP);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^Rule "house-broken": the pattern does not compile \(.*Unterminated group/) } });
    const empty = await dispatch(METHODS.saveHouseRule, { rule: { ...barriers, type: 'regex', pattern: 'x*' }, replacing: 'house-barriers' }, APP);
    expect(empty).toMatchObject({ ok: false, error: { message: /matches empty text/ } });
    const clash = await dispatch(METHODS.saveHouseRule, { rule: { ...barriers, id: 'abbrev-ok' }, replacing: 'house-barriers' }, APP);
    expect(clash).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'Rule "abbrev-ok": another rule already has this id.' } });
    const gone = await dispatch(METHODS.saveHouseRule, { rule: barriers, replacing: 'no-such-rule' }, APP);
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const badId = await dispatch(METHODS.saveHouseRule, { rule: { ...barriers, id: 'Bad Id' }, replacing: null }, APP);
    expect(badId).toMatchObject({ ok: false, error: { code: 'bad-request', message: /rule\.id: a rule id is 1–80 lower-case letters/ } });
    expect(tableRows()).toEqual(before);
  });

  it('imports a CSV whole, refuses a bad one naming the rule, and exports the sheet to the file main was told', async () => {
    const csv = 'type,pattern,replacement,category,description,id\nwords,utilise,use,Words,Plain words.,plain-utilise\n';
    expect(await ok('importHouseRules', { csv })).toMatchObject({ custom: true, rules: [{ id: 'plain-utilise', replacement: 'use' }] });
    const before = tableRows();
    const bad = await dispatch(METHODS.importHouseRules, { csv: `${csv}regex,(unclosed,x,Words,Broken.,broken-one\n` }, APP);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', message: /^The file was not imported; the sheet is unchanged\. Rule "broken-one" \(line 3\): the pattern does not compile/ } });
    expect(tableRows()).toEqual(before);

    exportTo = tmp.file('sheet.csv');
    expect(await ok('exportHouseRules', {})).toEqual({ saved: true, path: exportTo, rules: 1 });
    expect(rulesFromCsv(fs.readFileSync(exportTo, 'utf8'))).toEqual((await ok('getHouseRules', {})).rules);
    exportTo = null;
    expect(await ok('exportHouseRules', {})).toEqual({ saved: false, rules: 1 });
  });

  it('refuses a foreign frame before changing anything', async () => {
    const answer = await dispatch(METHODS.resetHouseRules, {}, { url: 'https://example.com/', isTopFrame: true });
    expect(answer.ok).toBe(false);
    await ok('saveHouseRule', { rule: barriers, replacing: null });
    expect((await dispatch(METHODS.deleteHouseRule, { id: 'house-barriers' }, { url: 'app://copydesk/index.html', isTopFrame: false })).ok).toBe(false);
    expect((await ok('getHouseRules', {})).rules.at(-1)).toEqual(barriers);
  });
});
