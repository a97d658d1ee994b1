// What copy checks keep in SQLite (migration 011): the newsroom dictionary, the
// house sheet (defaults until the desk has its own) and the dialect — on a real
// file, surviving a reopen, and refusing bad input without a trace.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckStore } from '../../../electron/main/checks/check-store';
import { migration011 } from '../../../electron/main/store/migrations/011-checks';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { openDatabase } from '../../../electron/main/store/open-database';
import { DEFAULT_RULES } from '../../../shared/checks/rules/default-rules';
import { RuleError, type HouseRule } from '../../../shared/checks/rules/house-rule';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-check-store-');
afterAll(() => tmp.cleanup());

const houseRule: HouseRule = { id: 'house-barriers', type: 'words', pattern: 'flood defences', replacement: 'flood barriers', category: 'House', description: 'We say barriers.', kind: 'style', autoFix: true, dialect: '' };

describe('migration 011 (checks)', () => {
  it('adds the tables to a database of the version before, keeping its articles, with defaults that apply', () => {
    const file = tmp.file('before.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < migration011.version) });
    old.prepare(`INSERT INTO articles (id, slug, headline, status, body_json, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'kept', 'Kept', 'draft', '{"type":"doc","content":[{"type":"paragraph"}]}', '2026-01-01T08:00:00.000Z', '2026-01-01T08:00:00.000Z')`).run();
    old.close();
    const db = openDatabase(file);
    try {
      expect(db.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Kept']);
      const store = new CheckStore(db);
      expect(store.words()).toEqual([]);
      expect(store.hasCustomRules()).toBe(false);
      expect(store.rules()).toEqual(DEFAULT_RULES);
      expect(store.dialect('en-GB')).toBe('en-GB');
      expect(store.dialect('en-US')).toBe('en-US');
      expect(() => db.prepare("INSERT INTO house_rules (position, id, type, pattern, replacement, category, description, kind, auto_fix, dialect) VALUES (1, 'x', 'sql', 'a', '', 'c', 'd', 'style', 0, '')").run()).toThrow(/CHECK constraint/);
    } finally {
      db.close();
    }
  });
});

describe('the check store', () => {
  it('keeps the dictionary, the sheet and the dialect across a reopen', () => {
    const file = tmp.file('keeps.db');
    let db = openDatabase(file);
    let store = new CheckStore(db);
    expect(store.addWords(['Okafor', 'dataset', 'Okafor'])).toBe(2);
    store.replaceRules([houseRule]);
    store.setDialect('en-US');
    db.close();
    db = openDatabase(file);
    store = new CheckStore(db);
    expect(store.words()).toEqual(['dataset', 'Okafor']);
    expect(store.rules()).toEqual([houseRule]);
    expect(store.compiledRules('en-GB').map((c) => c.rule.id)).toEqual(['house-barriers']);
    expect(store.dialect('en-GB')).toBe('en-US');
    store.replaceRules([]);
    expect(store.rules()).toEqual([]);
    store.resetRules();
    expect(store.rules()).toEqual(DEFAULT_RULES);
    db.close();
  });

  it('refuses a sheet with a bad rule or a duplicate id, and a list with a non-word, leaving the file as it was', () => {
    const file = tmp.file('refuses.db');
    const db = openDatabase(file);
    const store = new CheckStore(db);
    store.replaceRules([houseRule]);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fingerprint(file);
    expect(() => store.replaceRules([houseRule, { ...houseRule, id: 'broken', type: 'regex', pattern: '(' }])).toThrow(RuleError);
    expect(() => store.replaceRules([houseRule, houseRule])).toThrow(/Two rules have the id "house-barriers"/);
    expect(() => store.addWords(['Fine', 'two words'])).toThrow(/"two words" cannot go in the newsroom dictionary/);
    expect(fingerprint(file)).toBe(before);
    expect(store.rules()).toEqual([houseRule]);
    expect(store.words()).toEqual([]);
    db.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM house_rules').pluck().get()).toBe(1);
    raw.close();
  });
});
