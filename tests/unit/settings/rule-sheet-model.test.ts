// Publication settings → Style rules, the class behind the dialog, through the
// renderer's real client and dispatch on a real SQLite file: paging and the
// filter, add and edit (the open article told each time), a pattern that does
// not compile refused in the form with the rule's id and the reason before
// anything is sent (and main's own refusal shown the same way), delete,
// restore after asking, import and export.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { DEFAULT_RULES } from '../../../shared/checks/rules/default-rules';
import { checkDraft, rulePage, RULES_PER_PAGE, RuleSheetModel } from '../../../renderer/src/settings/rules/rule-sheet-model';
import { dispatchClient } from '../../support/dispatch-client';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
let services: Services;
let model: RuleSheetModel;
let changes: number;
let exportTo: string | null;

beforeEach(async () => {
  services = openServices(tmp.file(`m-${Math.random().toString(16).slice(2)}.db`));
  changes = 0;
  exportTo = null;
  const dispatch = createDispatch(createHandlers(services, { chooseRulesExportPath: async () => exportTo }), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => undefined });
  model = new RuleSheetModel(dispatchClient(dispatch), () => changes++);
  await model.load();
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

const rows = () => services.db.prepare('SELECT * FROM house_rules ORDER BY position').all();

describe('rulePage', () => {
  it('pages the sheet and filters it by id, pattern, category or description, clamping the page', () => {
    expect(rulePage(DEFAULT_RULES, '', 0).rules).toEqual(DEFAULT_RULES.slice(0, RULES_PER_PAGE));
    const pages = Math.ceil(DEFAULT_RULES.length / RULES_PER_PAGE);
    expect(rulePage(DEFAULT_RULES, '', 99)).toMatchObject({ page: pages - 1, pages, matching: DEFAULT_RULES.length });
    const times = rulePage(DEFAULT_RULES, '  DATES AND times ', 0);
    expect(times.matching).toBe(DEFAULT_RULES.filter((r) => r.category === 'Dates and times').length);
    expect(rulePage(DEFAULT_RULES, 'no rule says this', 3)).toEqual({ rules: [], page: 0, pages: 1, matching: 0 });
  });

  it('checkDraft trims the id and refuses a pattern that does not compile with the id and the reason', () => {
    expect(checkDraft({ ...DEFAULT_RULES[0]!, id: ' house-x ' })).toMatchObject({ ok: true, rule: { id: 'house-x' } });
    expect(checkDraft({ ...DEFAULT_RULES[0]!, id: 'house-x', type: 'regex', pattern: '(?<=x' })).toEqual({ ok: false, error: expect.stringMatching(/^Rule "house-x": the pattern does not compile \(/) });
  });
});

describe('RuleSheetModel', () => {
  it('loads the defaults, adds a rule at the end and edits one in place; each change tells the open article', async () => {
    expect(model.getSnapshot()).toMatchObject({ status: 'ready', custom: false, rules: DEFAULT_RULES });
    model.startAdd();
    model.changeDraft({ id: 'house-barriers', pattern: 'flood defences', replacement: 'flood barriers', description: 'We say barriers.' });
    expect(await model.saveDraft()).toBe(true);
    const s = model.getSnapshot();
    expect(s).toMatchObject({ custom: true, edit: null, message: 'Rule “house-barriers” added; the open article is checked again.' });
    expect(s.rules.at(-1)).toMatchObject({ id: 'house-barriers', category: 'House style' });
    // The list shows the page the new rule is on.
    expect(model.page().rules.map((r) => r.id)).toContain('house-barriers');

    model.startEdit('abbrev-ok');
    model.changeDraft({ replacement: 'O.K.' });
    expect(await model.saveDraft()).toBe(true);
    expect(services.checks.rules().find((r) => r.id === 'abbrev-ok')?.replacement).toBe('O.K.');
    expect(changes).toBe(2);
  });

  it('refuses a bad pattern in the form (nothing sent, the sheet as it was) and shows main’s refusal of a clashing id the same way', async () => {
    model.startEdit('abbrev-ok');
    model.changeDraft({ type: 'regex', pattern: 'ok(ay' });
    expect(await model.saveDraft()).toBe(false);
    expect(model.getSnapshot().edit?.error).toMatch(/^Rule "abbrev-ok": the pattern does not compile \(.*Unterminated group/);
    expect(rows()).toEqual([]);
    expect(services.checks.hasCustomRules()).toBe(false);

    model.changeDraft({ pattern: 'okay', id: 'abbrev-us-dots' });
    expect(await model.saveDraft()).toBe(false);
    expect(model.getSnapshot().edit?.error).toBe('Rule "abbrev-us-dots": another rule already has this id.');
    expect(services.checks.hasCustomRules()).toBe(false);
    expect(changes).toBe(0);
    model.cancelEdit();
    expect(model.getSnapshot().edit).toBeNull();
  });

  it('deletes a rule, restores the defaults after asking, imports a sheet and refuses a bad one whole, exports', async () => {
    await model.remove('abbrev-ok');
    expect(model.getSnapshot().rules.some((r) => r.id === 'abbrev-ok')).toBe(false);
    model.askReset();
    expect(model.getSnapshot().confirmingReset).toBe(true);
    await model.restoreDefaults();
    expect(model.getSnapshot()).toMatchObject({ custom: false, confirmingReset: false, message: 'The default sheet is back.' });

    const csv = 'type,pattern,replacement,category,description,id\nwords,utilise,use,Words,Plain words.,plain-utilise\n';
    await model.importCsv(csv, 'desk.csv');
    expect(model.getSnapshot()).toMatchObject({ custom: true, rules: [{ id: 'plain-utilise' }], message: 'Imported 1 rule from desk.csv; they replace the sheet.' });
    const before = rows();
    await model.importCsv(`${csv}regex,[oops,x,Words,Broken.,broken-one\n`, 'bad.csv');
    expect(model.getSnapshot().error).toMatch(/^bad\.csv: The file was not imported; the sheet is unchanged\. Rule "broken-one" \(line 3\): the pattern does not compile/);
    expect(rows()).toEqual(before);

    exportTo = tmp.file('out.csv');
    await model.exportCsv();
    expect(model.getSnapshot().message).toBe(`Wrote 1 rule to ${exportTo}.`);
    expect(changes).toBe(3);
  });
});
