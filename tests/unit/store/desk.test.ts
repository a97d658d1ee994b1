// The desk on a real SQLite file: the full-text index stays in step with
// every write (compared with a rebuild from the articles), search and filters
// page like the list, spiking and purging, and migrating an older database
// builds the index.
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/main/services';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { indexDifferencesFromRebuild, searchIndexProblems } from '../../../electron/main/store/search-check';
import { openDatabase } from '../../../electron/main/store/open-database';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/main/store/migrations';
import { examineDatabase } from '../../../electron/main/store/doctor';
import { keepImport } from '../../../electron/main/import/keep-import';
import { ImportedImages } from '../../../electron/main/import/images';
import type { DeskRow, ListCursor, ListFilter } from '../../../shared/article/list-page';
import { doc, p, photo, quote } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
let services: Services;
let store: ArticleStore;
let clock = Date.parse('2026-11-01T09:00:00Z');
beforeEach(() => {
  services = openServices(tmp.file(`desk-${Math.random().toString(16).slice(2)}.db`));
  store = new ArticleStore(services.db, () => new Date((clock += 60_000)));
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

function everything(filter: ListFilter, limit = 3, sort?: 'updated' | 'created' | 'headline'): DeskRow[] {
  const rows: DeskRow[] = [];
  let cursor: ListCursor | undefined;
  do {
    const page = store.listPage({ limit, filter, ...(cursor ? { cursor } : {}), ...(sort ? { sort } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}
const headlines = (filter: ListFilter, limit?: number, sort?: 'updated' | 'created' | 'headline') => everything(filter, limit, sort).map((r) => r.headline);

function seedDesk() {
  const council = store.create({
    headline: 'Council budget passes',
    standfirst: 'A late vote on the seventh floor',
    byline: 'Amira Haddad',
    section: 'Local',
    tags: ['Council', 'Budget'],
    status: 'editing',
    body: doc(
      p('The meeting ran late.'),
      p('Councillors met on the seventh floor of the old town hall to vote.'),
      quote([p('We could not wait any longer.')], 'Mayor Rossi'),
      photo({ caption: 'The chamber after midnight', photographer: 'Tom Becker', agency: 'Reuters' }),
    ),
  });
  const bridge = store.create({ headline: 'River bridge reopens', section: 'Local', tags: ['Transport'], status: 'published', body: doc(p('Traffic is back on the bridge after the budget repairs.')) });
  const cafe = store.create({ headline: 'Café owners protest', section: 'Business', tags: ['council'], status: 'draft', body: doc(p('Owners said the council parking plan would ruin them.')) });
  return { council, bridge, cafe };
}

describe('full-text search', () => {
  it('finds words in every field, best match first (headline above body), with the words highlighted in the snippet', () => {
    const { council } = seedDesk();
    expect(headlines({ query: 'budget ' })).toEqual(['Council budget passes', 'River bridge reopens']);
    expect(headlines({ query: 'seventh floor ' })).toEqual(['Council budget passes']);
    for (const q of ['haddad ', 'mayor rossi ', 'becker ', 'reuters ', 'chamber midnight ', 'transport ']) expect(headlines({ query: q }), q).not.toEqual([]);
    expect(headlines({ query: 'cafe ' })).toEqual(['Café owners protest']);
    const [row] = store.listPage({ limit: 5, filter: { query: '"seventh floor of the old"' } }).items;
    expect(row!.id).toBe(council.id);
    const marked = row!.snippet!.highlights.map(([s, e]) => row!.snippet!.text.slice(s, e));
    expect(marked.join(' ').toLowerCase()).toContain('seventh');
    expect(row!.snippet!.text).not.toMatch(/[\u0002\u0003<]/);
  });

  it('combines the query with status, section, tag and time filters, and leaves out -words', () => {
    seedDesk();
    expect(headlines({ query: 'council ' })).toEqual(['Council budget passes', 'Café owners protest']);
    expect(headlines({ query: 'council ', status: 'draft' })).toEqual(['Café owners protest']);
    expect(headlines({ query: 'council -parking ' })).toEqual(['Council budget passes']);
    expect(headlines({ section: 'Local' })).toEqual(['River bridge reopens', 'Council budget passes']);
    expect(headlines({ tag: 'COUNCIL' })).toEqual(['Café owners protest', 'Council budget passes']);
    expect(headlines({ query: '-parking' })).toEqual(['River bridge reopens', 'Council budget passes']);
    const all = everything({});
    expect(headlines({ updatedFrom: all[1]!.updatedAt })).toEqual(['Café owners protest', 'River bridge reopens']);
    expect(headlines({ updatedBefore: all[1]!.updatedAt })).toEqual(['Council budget passes']);
  });

  it('matches the section filter ignoring case and accents, in the plain list and in a search, paging by keyset', () => {
    const { council, bridge } = seedDesk();
    const cafe = store.create({ headline: 'Café reopens after the council budget', section: 'LOCAL', body: doc(p('Budget news.')) });
    const accented = store.create({ headline: 'Budget for the Lócal fair', section: 'Lócal ', body: doc(p('Budget.')) });
    const local = new Set([council.id, bridge.id, cafe.id, accented.id]);
    for (const section of ['local', 'LOCAL', 'Local', ' lócal ']) {
      expect(new Set(everything({ section }, 2).map((r) => r.id)), section).toEqual(local);
      expect(new Set(everything({ section, query: 'budget ' }, 2).map((r) => r.id)), `${section}, searched`).toEqual(new Set([council.id, bridge.id, cafe.id, accented.id]));
    }
    expect(headlines({ section: 'business' })).toEqual(['Café owners protest']);
    expect(headlines({ section: 'Loc' })).toEqual([]);
    expect(headlines({ section: 'Sport' })).toEqual([]);
  });

  it('pages a search and every sort by keyset, never skipping or repeating a row', () => {
    for (let i = 0; i < 23; i++) store.create({ headline: `Story ${String.fromCharCode(122 - i)} ${i % 3 ? 'flood' : 'fire'}`, body: doc(p(i % 2 ? 'flood flood warning' : 'flood')) });
    const found = everything({ query: 'flood ' }, 4);
    expect(found).toHaveLength(23);
    expect(new Set(found.map((r) => r.id)).size).toBe(23);
    // Headline hits rank first.
    expect(found.slice(0, 15).every((r) => r.headline.includes('flood'))).toBe(true);
    const byHeadline = headlines({}, 5, 'headline');
    expect(byHeadline).toEqual([...byHeadline].sort());
    const byCreated = headlines({}, 5, 'created');
    expect(byCreated[0]).toBe('Story d flood');
    expect(() => store.listPage({ limit: 5, sort: 'headline', cursor: { updatedAt: '2026-01-01T00:00:00.000Z', id: found[0]!.id } })).toThrow(/another order/);
  });

  it('counts per status, spiked ones apart, as the articles change', () => {
    const { council, cafe } = seedDesk();
    expect(store.listPage({ limit: 1 }).counts).toEqual({ draft: 1, editing: 1, ready: 0, published: 1, spiked: 0 });
    store.save(cafe.id, cafe.revision, { status: 'ready' });
    store.spike(council.id);
    const page = store.listPage({ limit: 1 });
    expect(page.counts).toEqual({ draft: 0, editing: 0, ready: 1, published: 1, spiked: 1 });
    expect(page.total).toBe(2);
  });

  it('suggests sections and tags already used, by prefix, ignoring case', () => {
    seedDesk();
    expect(store.suggestions('section', '')).toEqual(['Business', 'Local']);
    expect(store.suggestions('section', 'lo')).toEqual(['Local']);
    expect(store.suggestions('tag', 'c').map((t) => t.toLowerCase())).toEqual(['council']);
    expect(store.suggestions('tag', '')).toHaveLength(3);
  });
});

describe('the index stays in step (compared with a rebuild)', () => {
  it('after create, save, import, delete, spike, unspike and purge', async () => {
    const { council, bridge, cafe } = seedDesk();
    expect(searchIndexProblems(services.db)).toEqual([]);
    store.save(council.id, council.revision, { headline: 'Council budget fails', tags: ['Votes'], body: doc(p('New text entirely.'), photo({ photographer: 'Li Wei' })) });
    store.save(bridge.id, bridge.revision, { standfirst: 'Open again' });
    expect(searchIndexProblems(services.db)).toEqual([]);
    expect(headlines({ query: 'midnight ' })).toEqual([]);
    expect(headlines({ query: 'entirely ' })).toEqual(['Council budget fails']);
    expect(headlines({ tag: 'budget' })).toEqual([]);
    // Import goes through create (electron/main/import/keep-import.ts).
    const { emptyFields } = await import('../../../shared/article/fields');
    keepImport({ db: services.db, articles: store }, { ...emptyFields(), headline: 'Imported wire copy', body: doc(p('From the wire.')) }, new ImportedImages());
    expect(headlines({ query: 'wire ' })).toEqual(['Imported wire copy']);
    store.spike(cafe.id);
    expect(headlines({ query: 'owners ' })).toEqual([]);
    expect(headlines({ query: 'owners ', spiked: true })).toEqual(['Café owners protest']);
    expect(searchIndexProblems(services.db)).toEqual([]);
    store.unspike(cafe.id);
    expect(headlines({ query: 'owners ' })).toEqual(['Café owners protest']);
    store.spike(cafe.id);
    expect(store.purgeSpiked(new Date(clock + 1))).toBe(1);
    store.delete(bridge.id, { force: true });
    expect(store.listPage({ limit: 10 }).items.map((r) => r.headline)).toEqual(expect.arrayContaining(['Council budget fails']));
    expect(searchIndexProblems(services.db)).toEqual([]);
    expect(indexDifferencesFromRebuild(services.db)).toEqual({ missing: 0, extra: 0 });
    expect(services.db.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(services.db.prepare('SELECT count(*) FROM articles').pluck().get());
    expect(services.db.prepare('SELECT count(*) FROM article_tags WHERE id NOT IN (SELECT id FROM articles)').pluck().get()).toBe(0);
  });

  it('doctor reports an index row out of step, naming the article', () => {
    const { cafe } = seedDesk();
    store.searchCatchUp.catchUp();
    // The article changed behind the store's back (the index, contentless since migration 010, was not told).
    services.db.prepare("UPDATE articles SET plain_text = 'something else' WHERE id = ?").run(cafe.id);
    const file = services.dbPath;
    services.close();
    const report = examineDatabase(file);
    expect(report.problems.join('\n')).toMatch(/Café owners protest.*search index row is out of step/);
    services = openServices(file);
  });
});

describe('spike and delete', () => {
  it('spike hides an article from the list and search, keeps its revision, and unspike returns its status', () => {
    const { bridge } = seedDesk();
    const spiked = store.spike(bridge.id);
    expect(spiked).toMatchObject({ id: bridge.id, revision: bridge.revision, status: 'published' });
    expect(spiked.spikedAt).toBeDefined();
    expect(headlines({})).not.toContain('River bridge reopens');
    expect(headlines({ spiked: true })).toEqual(['River bridge reopens']);
    expect(store.related(null).map((r) => r.id)).not.toContain(bridge.id);
    expect(store.spike(bridge.id).spikedAt).toBe(spiked.spikedAt);
    const back = store.unspike(bridge.id);
    expect(back).toMatchObject({ status: 'published', revision: bridge.revision });
    expect(back.spikedAt).toBeUndefined();
    expect(store.related(null).map((r) => r.id)).toContain(bridge.id);
  });

  it('delete refuses an article that is not spiked (unless forced) and changes nothing', () => {
    const { cafe } = seedDesk();
    expect(() => store.delete(cafe.id)).toThrow(/is not spiked/);
    expect(store.get(cafe.id).headline).toBe('Café owners protest');
    store.spike(cafe.id);
    store.delete(cafe.id);
    expect(() => store.get(cafe.id)).toThrow(/No article/);
  });

  it('purge deletes only articles spiked before the cutoff', () => {
    const { council, cafe } = seedDesk();
    store.spike(council.id);
    const cutoff = new Date(clock + 30_000);
    store.spike(cafe.id);
    expect(store.purgeSpiked(cutoff)).toBe(1);
    expect(headlines({ spiked: true })).toEqual(['Café owners protest']);
    expect(() => store.get(council.id)).toThrow(/No article/);
  });
});

describe('purge at start-up', () => {
  it('deletes articles spiked longer ago than the setting; changing the setting purges nothing by itself', async () => {
    const { purgeOldSpikes } = await import('../../../electron/main/startup');
    const { council, cafe } = seedDesk();
    store.spike(council.id); // spiked "now" by the test clock
    const spikedAt = Date.parse(store.listPage({ limit: 5, filter: { spiked: true } }).items[0]!.spikedAt!);
    store.spike(cafe.id);
    services.settings.save({ ...services.settings.get(), spikePurgeDays: 1 });
    expect(headlines({ spiked: true })).toHaveLength(2);
    purgeOldSpikes(services, new Date(spikedAt + 24 * 3600 * 1000 - 1));
    expect(headlines({ spiked: true })).toHaveLength(2);
    purgeOldSpikes(services, new Date(spikedAt + 24 * 3600 * 1000 + 30_000));
    expect(headlines({ spiked: true })).toEqual(['Café owners protest']);
    expect(services.settings.get().spikePurgeDays).toBe(1);
  });
});

describe('migration 007', () => {
  it('builds the index, tags, created times and counts for a version-6 database (after the backup)', () => {
    const file = tmp.file(`v6-${Math.random().toString(16).slice(2)}.db`);
    const raw = openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
    const insert = raw.prepare(
      `INSERT INTO articles (id, slug, headline, section, tags_json, status, body_json, plain_text, word_count, created_at, updated_at)
       VALUES (?, 'x', ?, 'World', ?, ?, ?, ?, 3, ?, ?)`,
    );
    const body = JSON.stringify(doc(p('Floods in the valley.'), photo({ photographer: 'Olga Petrova' })));
    insert.run('00000000-0000-4000-8000-000000000001', 'Valley floods', '["Weather"]', 'ready', body, 'Floods in the valley.', '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
    insert.run('00000000-0000-4000-8000-000000000002', 'Damaged one', '{"not":"a list"}', 'draft', '{"type":"doc"}', 'Still searchable words.', '2025-01-02T00:00:00.000Z', '2025-02-02T00:00:00.000Z');
    raw.prepare(`INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
      SELECT updated_at, id, headline, lower(headline), slug, status, section, word_count, revision FROM articles`).run();
    raw.close();
    services.close();
    services = openServices(file);
    store = new ArticleStore(services.db);
    expect(services.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(headlines({ query: 'petrova ' })).toEqual(['Valley floods']);
    expect(headlines({ query: 'searchable ' })).toEqual(['Damaged one']);
    expect(headlines({ tag: 'weather' })).toEqual(['Valley floods']);
    expect(headlines({}, 5, 'created')).toEqual(['Damaged one', 'Valley floods']);
    expect(store.listPage({ limit: 5 }).counts).toEqual({ draft: 1, editing: 0, ready: 1, published: 0, spiked: 0 });
    expect(searchIndexProblems(services.db)).toEqual([]);
    const backup = new Database(`${file}.v6-backup`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(6);
    backup.close();
  });
});
