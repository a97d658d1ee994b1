// The search tests' shared parts: a store on a fresh real file per test (a
// clock that moves a minute per write), the index compared with a rebuild,
// and every page of a search read through readPage with a chosen rank limit.
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import type Database from 'better-sqlite3';
import { openServices, type Services } from '../../electron/main/services';
import { ArticleStore } from '../../electron/main/store/article-store';
import { indexDifferencesFromRebuild, searchIndexProblems } from '../../electron/main/store/search-check';
import { readPage } from '../../electron/main/store/desk-page';
import { SearchIndex } from '../../electron/main/store/search-index';
import { SearchCatchUp } from '../../electron/main/store/search-catch-up';
import { statementCache } from '../../electron/main/store/statements';
import type { ArticlePage, DeskRow, ListArticlesRequest, ListCursor, ListFilter } from '../../shared/article/list-page';
import { tempDir } from './temp';

export interface SearchDesk {
  services: Services;
  store: ArticleStore;
  /** A fresh file name in the test's folder. */
  newFile(name: string): string;
  /** The store's clock now (ms). */
  clock(): number;
  /** A store over `services` with the same clock (after reopening). */
  storeOf(services: Services): ArticleStore;
}

/** Registers the hooks: a new file and store before each test, closed after. */
export function searchDesk(name: string): SearchDesk {
  const tmp = tempDir();
  let clock = Date.parse('2026-11-01T09:00:00Z');
  const newFile = (n: string) => tmp.file(`${n}-${Math.random().toString(16).slice(2)}.db`);
  const storeOf = (services: Services) => new ArticleStore(services.db, () => new Date((clock += 60_000)));
  const desk = { newFile, clock: () => clock, storeOf } as SearchDesk;
  beforeEach(() => {
    desk.services = openServices(newFile(name));
    desk.store = storeOf(desk.services);
  });
  afterEach(() => desk.services.close());
  afterAll(() => tmp.cleanup());
  return desk;
}

/** The index in step with the articles: the doctor's check and a term-by-term rebuild. */
export function expectIndexInStep(db: Database.Database): void {
  expect(searchIndexProblems(db)).toEqual([]);
  expect(indexDifferencesFromRebuild(db)).toEqual({ missing: 0, extra: 0 });
}

/** Every page of a search, with the given rank limit (small or 0, so both modes run on a few articles). */
export function allPages(
  db: Database.Database,
  filter: ListFilter,
  options: { limit?: number; rankLimit?: number; sort?: ListArticlesRequest['sort'] } = {},
): { rows: DeskRow[]; pages: ArticlePage[] } {
  const search = new SearchIndex(db);
  // As every reader of the index does (ArticleStore.listPage): the text the saves left behind first.
  new SearchCatchUp(db, search).catchUp();
  const deps = { statement: statementCache(db), search, counts: () => ({ draft: 0, editing: 0, ready: 0, published: 0, spiked: 0 }), rankLimit: options.rankLimit };
  const rows: DeskRow[] = [];
  const pages: ArticlePage[] = [];
  let cursor: ListCursor | undefined;
  do {
    const page = readPage({ limit: options.limit ?? 2, filter, ...(cursor ? { cursor } : {}), ...(options.sort ? { sort: options.sort } : {}) }, deps);
    pages.push(page);
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 200);
  return { rows, pages };
}
