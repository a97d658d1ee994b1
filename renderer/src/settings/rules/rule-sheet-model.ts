// The house-style sheet as Publication settings → Style rules edits it,
// outside React: the rules main answered with, the filter and page the list
// shows, the rule being added or edited, and what the last action did. Every
// change goes to main at once (main compiles the rule again and keeps the
// sheet as it was when it refuses); a rule is compiled here first too, so the
// form says what is wrong with a pattern before anything is sent. After each
// change `onChanged` lets the open article be checked again with the new sheet.
import { compileRule, RuleError, type HouseRule } from '../../../../shared/checks/rules/house-rule';
import type { RuleSheet } from '../../../../shared/checks/check-context';
import { SnapshotStore } from '../../hooks/snapshot-store';
import type { Client } from '../../ipc/client';

export const RULES_PER_PAGE = 15;

export interface RuleEdit {
  draft: HouseRule;
  /** The id of the rule being edited as it was stored; null for a new rule. */
  replacing: string | null;
  /** Why the rule was refused, with its id (from this side's compile or main's answer). */
  error: string | null;
}

export interface RuleSheetSnapshot {
  status: 'loading' | 'ready' | 'failed';
  custom: boolean;
  rules: readonly HouseRule[];
  filter: string;
  page: number;
  edit: RuleEdit | null;
  /** Asking before the publication's own sheet is replaced by the defaults. */
  confirmingReset: boolean;
  busy: boolean;
  /** What the last action did, for the live status line. */
  message: string | null;
  /** What went wrong with the last action that was not a rule's form (import, export, delete). */
  error: string | null;
}

export interface RulePage {
  rules: readonly HouseRule[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Rules the filter lets through. */
  matching: number;
}

export type RuleClient = Pick<Client, 'getHouseRules' | 'saveHouseRule' | 'deleteHouseRule' | 'resetHouseRules' | 'importHouseRules' | 'exportHouseRules'>;

export const BLANK_RULE: HouseRule = { id: '', type: 'words', pattern: '', replacement: '', category: 'House style', description: '', kind: 'style', autoFix: false, dialect: '' };

/** The rules a filter lets through (id, pattern, replacement, category or description containing it, case ignored), one page of them. */
export function rulePage(rules: readonly HouseRule[], filter: string, page: number, size = RULES_PER_PAGE): RulePage {
  const needle = filter.trim().toLowerCase();
  const matching = needle ? rules.filter((r) => [r.id, r.pattern, r.replacement, r.category, r.description].some((f) => f.toLowerCase().includes(needle))) : rules;
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { rules: matching.slice(at * size, at * size + size), page: at, pages, matching: matching.length };
}

/** The draft as it would be stored (trimmed id and category), or the sentence saying why it cannot be. */
export function checkDraft(draft: HouseRule): { ok: true; rule: HouseRule } | { ok: false; error: string } {
  const rule: HouseRule = { ...draft, id: draft.id.trim(), category: draft.category.trim() || 'House style', description: draft.description.trim() };
  try {
    compileRule(rule);
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, error: error.message };
    throw error;
  }
  return { ok: true, rule };
}

export class RuleSheetModel extends SnapshotStore<RuleSheetSnapshot> {
  constructor(
    private readonly client: RuleClient,
    private readonly onChanged: () => void = () => undefined,
  ) {
    super({ status: 'loading', custom: false, rules: [], filter: '', page: 0, edit: null, confirmingReset: false, busy: false, message: null, error: null });
  }

  async load(): Promise<void> {
    try {
      this.take(await this.client.getHouseRules({}));
      this.update({ status: 'ready' });
    } catch (error) {
      this.update({ status: 'failed', error: (error as Error).message });
    }
  }

  page(): RulePage {
    const s = this.getSnapshot();
    return rulePage(s.rules, s.filter, s.page);
  }

  setFilter(filter: string): void {
    this.update({ filter, page: 0 });
  }

  setPage(page: number): void {
    this.update({ page: rulePage(this.getSnapshot().rules, this.getSnapshot().filter, page).page });
  }

  startAdd(): void {
    this.update({ edit: { draft: { ...BLANK_RULE }, replacing: null, error: null }, message: null, error: null });
  }

  startEdit(id: string): void {
    const rule = this.getSnapshot().rules.find((r) => r.id === id);
    if (rule) this.update({ edit: { draft: { ...rule }, replacing: rule.id, error: null }, message: null, error: null });
  }

  changeDraft(change: Partial<HouseRule>): void {
    const edit = this.getSnapshot().edit;
    if (edit) this.update({ edit: { ...edit, draft: { ...edit.draft, ...change } } });
  }

  cancelEdit(): void {
    this.update({ edit: null });
  }

  /** The form's Save: refused in the form (the sheet untouched) when the rule does not compile here or main says no. */
  async saveDraft(): Promise<boolean> {
    const edit = this.getSnapshot().edit;
    if (!edit || this.getSnapshot().busy) return false;
    const checked = checkDraft(edit.draft);
    if (!checked.ok) {
      this.update({ edit: { ...edit, error: checked.error } });
      return false;
    }
    this.update({ busy: true });
    try {
      this.take(await this.client.saveHouseRule({ rule: checked.rule, replacing: edit.replacing }));
    } catch (error) {
      this.update({ busy: false, edit: { ...edit, error: (error as Error).message } });
      return false;
    }
    const index = this.getSnapshot().rules.findIndex((r) => r.id === checked.rule.id);
    this.update({ busy: false, edit: null, filter: '', page: Math.floor(Math.max(0, index) / RULES_PER_PAGE), message: `Rule “${checked.rule.id}” ${edit.replacing === null ? 'added' : 'saved'}; the open article is checked again.` });
    this.onChanged();
    return true;
  }

  async remove(id: string): Promise<void> {
    await this.act(() => this.client.deleteHouseRule({ id }), `Rule “${id}” deleted.`);
  }

  askReset(ask = true): void {
    this.update({ confirmingReset: ask });
  }

  async restoreDefaults(): Promise<void> {
    this.update({ confirmingReset: false, edit: null });
    await this.act(() => this.client.resetHouseRules({}), 'The default sheet is back.');
  }

  /** A CSV file's text: replaces the sheet whole, or is refused naming the rule (the sheet kept). */
  async importCsv(csv: string, fileName: string): Promise<void> {
    await this.act(() => this.client.importHouseRules({ csv }), (sheet) => `Imported ${sheet.rules.length} rule${sheet.rules.length === 1 ? '' : 's'} from ${fileName}; they replace the sheet.`, `${fileName}: `);
  }

  async exportCsv(): Promise<void> {
    if (this.getSnapshot().busy) return;
    this.update({ busy: true, message: null, error: null });
    try {
      const done = await this.client.exportHouseRules({});
      this.update({ busy: false, message: done.saved ? `Wrote ${done.rules} rule${done.rules === 1 ? '' : 's'} to ${done.path}.` : null });
    } catch (error) {
      this.update({ busy: false, error: (error as Error).message });
    }
  }

  private async act(call: () => Promise<RuleSheet>, said: string | ((sheet: RuleSheet) => string), errorPrefix = ''): Promise<void> {
    if (this.getSnapshot().busy) return;
    this.update({ busy: true, message: null, error: null });
    let sheet: RuleSheet;
    try {
      sheet = await call();
    } catch (error) {
      this.update({ busy: false, error: `${errorPrefix}${(error as Error).message}` });
      return;
    }
    this.take(sheet);
    this.update({ busy: false, page: this.page().page, message: typeof said === 'string' ? said : said(sheet) });
    this.onChanged();
  }

  private take(sheet: RuleSheet): void {
    this.update({ custom: sheet.custom, rules: sheet.rules });
  }
}
