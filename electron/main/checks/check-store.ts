// What the copy checks keep in the database: the newsroom dictionary, the
// publication's house-style sheet and the dialect choice (migration 011).
// Every change is one transaction, and the sheet is replaced whole only after
// every rule of the new one has compiled, so a bad import leaves it as it was.
import type { Database } from 'better-sqlite3';
import { dialectOfLocale, type Dialect } from '../../../shared/checks/dialect';
import { DEFAULT_RULES } from '../../../shared/checks/rules/default-rules';
import { compileRule, RuleError, type CompiledRule, type HouseRule } from '../../../shared/checks/rules/house-rule';
import { isNewsroomWord, MAX_NEWSROOM_WORD } from '../../../shared/checks/spelling/newsroom-dictionary';
import { AppError } from '../../../shared/errors/app-error';

interface RuleRow {
  id: string;
  type: HouseRule['type'];
  pattern: string;
  replacement: string;
  category: string;
  description: string;
  kind: HouseRule['kind'];
  auto_fix: number;
  dialect: HouseRule['dialect'];
}

export const MAX_NEWSROOM_WORDS = 100_000;

export class CheckStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  words(): string[] {
    return (this.db.prepare('SELECT word FROM newsroom_words ORDER BY word COLLATE NOCASE, word').pluck().all() as string[]);
  }

  /** Adds the words (already there is fine); refuses the whole list if one is not a word. Returns how many were new. */
  addWords(words: readonly string[]): number {
    const bad = words.find((w) => !isNewsroomWord(w.trim()));
    if (bad !== undefined) {
      throw new AppError('bad-request', `"${bad.slice(0, 60)}" cannot go in the newsroom dictionary: an entry is one word or name of up to ${MAX_NEWSROOM_WORD} characters, starting with a letter.`);
    }
    const insert = this.db.prepare('INSERT OR IGNORE INTO newsroom_words (word, added_at) VALUES (?, ?)');
    return this.db.transaction(() => {
      const count = this.db.prepare('SELECT count(*) FROM newsroom_words').pluck().get() as number;
      const at = this.now().toISOString();
      let added = 0;
      for (const w of words) added += insert.run(w.trim(), at).changes;
      if (count + added > MAX_NEWSROOM_WORDS) throw new AppError('bad-request', `The newsroom dictionary holds at most ${MAX_NEWSROOM_WORDS} words.`);
      return added;
    })();
  }

  /** Removes the words; says which were not there. */
  removeWords(words: readonly string[]): { removed: number; missing: string[] } {
    const del = this.db.prepare('DELETE FROM newsroom_words WHERE word = ?');
    return this.db.transaction(() => {
      const missing: string[] = [];
      let removed = 0;
      for (const w of words) {
        const n = del.run(w.trim()).changes;
        removed += n;
        if (!n) missing.push(w);
      }
      return { removed, missing };
    })();
  }

  /** The sheet that applies: the publication's own once it has one, else the defaults. */
  rules(): HouseRule[] {
    if (!this.hasCustomRules()) return [...DEFAULT_RULES];
    const rows = this.db.prepare('SELECT id, type, pattern, replacement, category, description, kind, auto_fix, dialect FROM house_rules ORDER BY position').all() as RuleRow[];
    return rows.map(({ auto_fix, ...r }) => ({ ...r, autoFix: auto_fix === 1 }));
  }

  hasCustomRules(): boolean {
    return (this.db.prepare('SELECT custom_rules FROM check_settings WHERE id = 1').pluck().get() as number) === 1;
  }

  /** Replaces the sheet whole, after compiling every rule (RuleError names the first that does not). */
  replaceRules(rules: readonly HouseRule[]): void {
    for (const r of rules) compileRule(r);
    const ids = new Set<string>();
    for (const r of rules) {
      if (ids.has(r.id)) throw new AppError('bad-request', `Two rules have the id "${r.id}"; each rule needs its own.`);
      ids.add(r.id);
    }
    const insert = this.db.prepare(
      'INSERT INTO house_rules (position, id, type, pattern, replacement, category, description, kind, auto_fix, dialect) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM house_rules').run();
      rules.forEach((r, i) => insert.run(i + 1, r.id, r.type, r.pattern, r.replacement, r.category, r.description, r.kind, r.autoFix ? 1 : 0, r.dialect));
      this.db.prepare('UPDATE check_settings SET custom_rules = 1 WHERE id = 1').run();
    })();
  }

  /**
   * One rule added (`replacing` null: at the end) or changed in its place
   * (`replacing` its id before the edit, which may change). The sheet that
   * applies becomes the publication's own; a rule that does not compile, or
   * an id another rule has, is refused and the sheet stays as it was.
   */
  putRule(rule: HouseRule, replacing: string | null): HouseRule[] {
    const rules = this.rules();
    const at = replacing === null ? -1 : rules.findIndex((r) => r.id === replacing);
    if (replacing !== null && at < 0) throw new AppError('not-found', `There is no rule "${replacing}" in the sheet any more; reopen the sheet and try again.`);
    if (rules.some((r, i) => r.id === rule.id && i !== at)) throw new AppError('bad-request', `Rule "${rule.id}": another rule already has this id.`);
    const next = [...rules];
    if (at < 0) next.push(rule);
    else next[at] = rule;
    this.replaceSheet(next);
    return this.rules();
  }

  /** One rule out of the sheet (the sheet becomes the publication's own). */
  deleteRule(id: string): HouseRule[] {
    const rules = this.rules();
    if (!rules.some((r) => r.id === id)) throw new AppError('not-found', `There is no rule "${id}" in the sheet any more.`);
    this.replaceSheet(rules.filter((r) => r.id !== id));
    return this.rules();
  }

  /** replaceRules, with a rule that does not compile said as a refusal (bad-request), not a failure. */
  replaceSheet(rules: readonly HouseRule[]): void {
    try {
      this.replaceRules(rules);
    } catch (error) {
      if (error instanceof RuleError) throw new AppError('bad-request', error.message);
      throw error;
    }
  }

  /** Back to the shipped defaults (the custom sheet is removed). */
  resetRules(): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM house_rules').run();
      this.db.prepare('UPDATE check_settings SET custom_rules = 0 WHERE id = 1').run();
    })();
  }

  /** The rules for one dialect, compiled. */
  compiledRules(dialect: Dialect): CompiledRule[] {
    return this.rules()
      .filter((r) => !r.dialect || r.dialect === dialect)
      .map(compileRule);
  }

  /** The publication's dialect: its own choice, else what its locale implies. */
  dialect(locale: string): Dialect {
    const chosen = this.db.prepare('SELECT dialect FROM check_settings WHERE id = 1').pluck().get() as string;
    return chosen === 'en-US' || chosen === 'en-GB' ? chosen : dialectOfLocale(locale);
  }

  setDialect(dialect: Dialect | ''): void {
    this.db.prepare('UPDATE check_settings SET dialect = ? WHERE id = 1').run(dialect);
  }
}
