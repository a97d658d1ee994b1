// The rebuilt index (migration 010: contentless, prefixes of 2, 3 and 4, bm25
// as the table's rank) on real SQLite files: migrating a database made by
// migration 009's version, the index in step with a rebuild after every kind
// of write, ranked and broad searches paging correctly with filters, and no
// user query ever raising an FTS5 error.
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openServices, type Services } from '../../../electron/main/services';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { indexDifferencesFromRebuild, searchIndexProblems } from '../../../electron/main/store/search-check';
import { openDatabase } from '../../../electron/main/store/open-database';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { readPage } from '../../../electron/main/store/desk-page';
import { SearchIndex } from '../../../electron/main/store/search-index';
import { statementCache } from '../../../electron/main/store/statements';
import { examineDatabase } from '../../../electron/main/store/doctor';
import type { ArticlePage, DeskRow, ListArticlesRequest, ListCursor, ListFilter } from '../../../shared/article/list-page';
import { doc, p, photo } from '../../support/docs';
import { tempDir } from '../../support/temp';
import { allPages as pagesOf, expectIndexInStep } from '../../support/search-desk';

const tmp = tempDir();
let services: Services;
let store: ArticleStore;
let clock = Date.parse('2026-11-01T09:00:00Z');
const newFile = (name: string) => tmp.file(`${name}-${Math.random().toString(16).slice(2)}.db`);
beforeEach(() => {
  services = openServices(newFile('search'));
  store = new ArticleStore(services.db, () => new Date((clock += 60_000)));
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

const inStep = () => expectIndexInStep(services.db);
const allPages = (filter: ListFilter, options: Parameters<typeof pagesOf>[2] = {}) => pagesOf(services.db, filter, options);

function seed(n: number) {
  const made = [];
  for (let i = 0; i < n; i++) {
    // "harbour" in every body, more often in some; "quay" in the headline of every third; statuses cycle.
    made.push(
      store.create({
        headline: i % 3 === 0 ? `Quay story ${i}` : `Story ${i}`,
        status: (['draft', 'editing', 'ready', 'published'] as const)[i % 4],
        body: doc(p(`The harbour ${'harbour '.repeat(i % 5)}report number ${i}.`), photo({ caption: 'At the water', photographer: i === 4 ? 'Zanele Mokoena' : 'Tom Becker' })),
      }),
    );
  }
  return made;
}

describe('migration 010 on a database made by migration 009', () => {
  it('rebuilds the index contentless with prefixes of 4, after the backup, keeping every article findable', () => {
    const file = newFile('v9');
    const raw = openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
    const insert = raw.prepare(
      `INSERT INTO articles (id, slug, headline, standfirst, section, tags_json, status, body_json, plain_text, word_count, created_at, updated_at)
       VALUES (?, 'x', ?, ?, 'World', ?, ?, ?, ?, 3, ?, ?)`,
    );
    const body = JSON.stringify(doc(p('Floods in the valley.'), photo({ photographer: 'Olga Petrova', agency: 'Reuters' })));
    insert.run('00000000-0000-4000-8000-000000000001', 'Valley floods', 'Rain for a week', '["Weather"]', 'ready', body, 'Floods in the valley.', '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
    insert.run('00000000-0000-4000-8000-000000000002', 'Damaged one', '', '{"not":"a list"}', 'draft', '{"type":"doc"}', 'Still searchable thunderstorms.', '2025-01-02T00:00:00.000Z', '2025-02-02T00:00:00.000Z');
    raw.prepare(`INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
      SELECT updated_at, id, headline, lower(headline), slug, status, section, word_count, revision FROM articles`).run();
    raw.close();
    // Migrations 7 to 9 as that version ran them: the content-keeping index of 007.
    const v9 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 9) });
    expect(v9.pragma('user_version', { simple: true })).toBe(9);
    expect(v9.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").pluck().get()).toMatch(/prefix = '2 3'/);
    v9.close();

    services.close();
    services = openServices(file);
    store = new ArticleStore(services.db);
    const db = services.db;
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(10);
    const backup = new Database(`${file}.v9-backup`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(9);
    backup.close();
    const schema = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").pluck().get() as string;
    expect(schema).toMatch(/contentless_delete = 1/);
    expect(schema).toMatch(/prefix = '2 3 4'/);
    expect(db.prepare("SELECT v FROM article_search_config WHERE k = 'rank'").pluck().get()).toBe('bm25(10.0, 4.0, 2.0, 1.0, 4.0, 1.0, 1.0)');
    // No copy of the text is kept.
    expect(db.prepare('SELECT body FROM article_search').pluck().all()).toEqual([null, null]);
    const found = (query: string) => store.listPage({ limit: 5, filter: { query } }).items.map((r) => r.headline);
    expect(found('petrova ')).toEqual(['Valley floods']);
    expect(found('reuters ')).toEqual(['Valley floods']);
    expect(found('thund')).toEqual(['Damaged one']);
    expect(found('"in the valley"')).toEqual(['Valley floods']);
    expect(found('week ')).toEqual(['Valley floods']);
    expect(searchIndexProblems(db)).toEqual([]);
    expect(indexDifferencesFromRebuild(db)).toEqual({ missing: 0, extra: 0 });
    // A four-letter prefix (now a prefix index of its own).
    expect(db.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH 'vall*'").pluck().get()).toBe(1);
    // Saves after the upgrade keep it in step (the credits kept beside the key are used when the body does not change).
    const [valley] = store.listPage({ limit: 5, filter: { query: 'valley ' } }).items;
    store.save(valley!.id, valley!.revision, { headline: 'Valley floods again' });
    expect(found('petrova ')).toEqual(['Valley floods again']);
    expect(indexDifferencesFromRebuild(db)).toEqual({ missing: 0, extra: 0 });
  });
});

describe('the index stays in step with a rebuild', () => {
  it('after create, a save of one field, a save of the body, spike, unspike, delete and purge', () => {
    const [a, b, c] = seed(3);
    inStep();
    const a2 = store.save(a!.id, a!.revision, { headline: 'Ferry strike' });
    inStep();
    expect(store.listPage({ limit: 5, filter: { query: 'quay ' } }).items.map((r) => r.id)).toEqual([]);
    store.save(a!.id, a2.revision, { body: doc(p('Entirely new words.')) });
    inStep();
    expect(store.listPage({ limit: 5, filter: { query: 'becker ' } }).items.map((r) => r.id).sort()).toEqual([b!.id, c!.id].sort());
    expect(store.listPage({ limit: 5, filter: { query: 'entirely ' } }).items.map((r) => r.headline)).toEqual(['Ferry strike']);
    store.save(b!.id, b!.revision, { tags: ['Ports'], standfirst: 'Dockers out' });
    inStep();
    store.spike(b!.id);
    store.unspike(b!.id);
    store.spike(c!.id);
    inStep();
    expect(store.purgeSpiked(new Date(clock + 1))).toBe(1);
    store.delete(b!.id, { force: true });
    inStep();
    expect(services.db.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(1);
  });

  it('doctor names an article whose index row no longer matches it', () => {
    const [a] = seed(2);
    store.searchCatchUp.catchUp();
    // The article changed behind the store's back: the index was not told.
    services.db.prepare("UPDATE articles SET plain_text = 'something else' WHERE id = ?").run(a!.id);
    expect(indexDifferencesFromRebuild(services.db).missing).toBeGreaterThan(0);
    const file = services.dbPath;
    services.close();
    const report = examineDatabase(file);
    expect(report.problems.join('\n')).toMatch(/Quay story 0.*search index row is out of step/);
    services = openServices(file);
  });
});

describe('ranked and broad searches', () => {
  it('ranked (at most the rank limit): best match first, every match once across pages, filters applied', () => {
    seed(12);
    const { rows, pages } = allPages({ query: 'harbour ' }, { rankLimit: 100 });
    expect(pages.every((pg) => !pg.broad)).toBe(true);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.id)).size).toBe(12);
    // More "harbour" in a short body ranks higher: i % 5 == 4 first.
    expect(rows[0]!.headline).toMatch(/[Ss]tory (4|9)$/);
    const filtered = allPages({ query: 'harbour ', status: 'published' }, { rankLimit: 100 }).rows;
    expect(filtered.map((r) => r.status)).toEqual(Array(3).fill('published'));
    // A headline hit counts ten body hits: "quay" is only in headlines, "story" in all; both words, quay stories only.
    expect(allPages({ query: 'story quay ' }, { rankLimit: 100 }).rows).toHaveLength(4);
    // Words left out, inside the same FTS expression.
    expect(allPages({ query: 'harbour -quay ' }, { rankLimit: 100 }).rows).toHaveLength(8);
    expect(rows.every((r) => r.snippet && r.snippet.highlights.length > 0)).toBe(true);
  });

  it('broad (more than the rank limit): newest first, keyset-paged like the list, and the page says so', () => {
    seed(12);
    const { rows, pages } = allPages({ query: 'harbour ' }, { rankLimit: 5, limit: 5 });
    expect(pages.every((pg) => pg.broad === true)).toBe(true);
    expect(rows.map((r) => r.headline)).toEqual(Array.from({ length: 12 }, (_, i) => (11 - i) % 3 === 0 ? `Quay story ${11 - i}` : `Story ${11 - i}`));
    expect(rows.every((r) => r.snippet && r.snippet.highlights.length > 0)).toBe(true);
    const filtered = allPages({ query: 'harbour -quay ', status: 'draft' }, { rankLimit: 1, limit: 1 }).rows;
    expect(filtered.map((r) => r.headline)).toEqual(['Story 8', 'Story 4']);
    // The chosen order holds in broad mode too.
    expect(allPages({ query: 'harbour ' }, { rankLimit: 5, limit: 4, sort: 'headline' }).rows.map((r) => r.headline)[0]).toBe('Quay story 0');
    // A cursor of one mode is never read as the other's.
    const ranked = allPages({ query: 'harbour ' }, { rankLimit: 100, limit: 2 }).pages[0]!;
    expect(ranked.nextCursor).toHaveProperty('rank');
    expect(pages[0]!.nextCursor).toHaveProperty('updatedAt');
  });

  it('at the real limit, a common word is broad and a rarer one is ranked', () => {
    // Enough articles to cross RANK_LIMIT (5,000) cheaply: tiny bodies, one transaction.
    const insert = services.db.transaction(() => {
      for (let i = 0; i < 5001; i++) store.create({ headline: `Note ${i}`, body: doc(p(i % 1000 === 0 ? 'tide rare' : 'tide')) });
    });
    insert();
    const common = store.listPage({ limit: 10, filter: { query: 'tide ' } });
    expect(common.broad).toBe(true);
    expect(common.items[0]!.headline).toBe('Note 5000');
    const rare = store.listPage({ limit: 10, filter: { query: 'rare ' } });
    expect(rare.broad).toBeUndefined();
    expect(rare.items).toHaveLength(6);
  }, 60_000);
});

describe('user queries on the real index', () => {
  it('never raise an FTS5 error, ranked or broad, with or without words left out', () => {
    seed(4);
    const hostile = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(fc.constantFrom('"', '-', 'OR', 'AND', 'NOT', 'NEAR(', ')', '(', '*', ':', '^', 'harbour', 'qu', 'col:', ' ', 'café', '\u0000', '""'), { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, fc.boolean(), (query, broad) => {
        expect(() => allPages({ query }, { rankLimit: broad ? 0 : 100 })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
