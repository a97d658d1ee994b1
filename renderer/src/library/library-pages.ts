// The part of the library the window has seen: loaded pages of list rows, the
// cursor of the next page, the filter, and the rows changed in place since.
// Outside React (it outlives renders); the list subscribes with
// useSyncExternalStore. The window never holds the whole library: rows arrive
// a page at a time as the list scrolls (main reads them with a keyset cursor,
// electron/main/store/desk-page.ts), and a search or filter is a new query in
// SQLite, not a search over these rows.
import type { ArticleSummary } from '../../../shared/article/fields';
import type { ArticlePage, DeskRow, ListArticlesRequest, ListCursor, StatusCounts } from '../../../shared/article/list-page';
import { PLAIN_LIST, isPlainList, requestFor, type DeskQuery } from '../desk/desk-query';

export type FetchPage = (request: ListArticlesRequest) => Promise<ArticlePage>;

export interface LibrarySnapshot {
  /** Rows in list order, as loaded so far. */
  readonly rows: readonly DeskRow[];
  /** The search box's text as typed (desk.text). */
  readonly filter: string;
  /** Search words, filters, order and view the rows answer (or will, once loaded). */
  readonly desk: DeskQuery;
  /** Articles per status on the desk, spiked apart (from the last first page). */
  readonly counts: StatusCounts | null;
  /** Articles in the library (unfiltered), or null before the first page. */
  readonly total: number | null;
  /** Whether more rows follow the loaded ones. */
  readonly hasMore: boolean;
  /** True until the current query's first page has arrived. */
  readonly loading: boolean;
  readonly error: string | null;
  /** Changes when the rows shown start answering a new query (the list then goes back to the top). */
  readonly query: number;
  /** The search had too many matches to rank (shared/search/query.ts RANK_LIMIT): rows come newest first. */
  readonly broad: boolean;
  /** Bumped when the desk goes back to the plain list from outside the search box (New Article): the box drops words it was about to send. */
  readonly resets: number;
}

export const DEFAULT_PAGE_SIZE = 100;

export class LibraryPages {
  private snapshot: LibrarySnapshot = { rows: [], filter: '', desk: PLAIN_LIST, counts: null, total: null, hasMore: false, loading: true, error: null, query: 0, broad: false, resets: 0 };
  private readonly listeners = new Set<() => void>();
  private cursor: ListCursor | null = null;
  /** Bumped by every new query: a page that arrives for an older one is dropped. */
  private generation = 0;
  private pending: Promise<void> | null = null;
  /** Every row seen, by id, including ones a save updated: find() answers for the open article even when filtered out. */
  private readonly known = new Map<string, DeskRow>();

  constructor(
    private readonly fetchPage: FetchPage,
    private readonly pageSize = DEFAULT_PAGE_SIZE,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LibrarySnapshot => this.snapshot;

  /** Loads the first page of the current query again (start-up, a reload). */
  reload(): Promise<void> {
    return this.query(this.snapshot.desk);
  }

  /** New search words: a new query from the first page. The rows shown stay until its answer arrives. */
  setFilter(text: string): Promise<void> {
    return this.setQuery({ text });
  }

  /** A change of words, filters, order or view: a new query from the first page. */
  setQuery(change: Partial<DeskQuery>): Promise<void> {
    const desk = { ...this.snapshot.desk, ...change };
    if ((Object.keys(desk) as (keyof DeskQuery)[]).every((k) => desk[k] === this.snapshot.desk[k])) return Promise.resolve();
    return this.query(desk);
  }

  /** Resolves once the page on its way (if any) has arrived. */
  whenLoaded(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  /** The next page, if there is one and none is on its way. */
  loadMore(): Promise<void> {
    if (this.pending || !this.cursor || this.snapshot.loading) return this.pending ?? Promise.resolve();
    return this.fetch(this.generation, this.cursor);
  }

  /** A save's answer: the article's row changes where it stands (the list does not jump while someone types). */
  updateRow(row: ArticleSummary): void {
    this.known.set(row.id, row);
    const index = this.snapshot.rows.findIndex((r) => r.id === row.id);
    if (index < 0) return;
    const rows = this.snapshot.rows.slice();
    rows[index] = { ...rows[index]!, ...row }; // its snippet stays until the query is asked again
    this.set({ rows });
  }

  /** A new or imported article: it is the newest, so it goes on top of the plain list (a search or filter is asked again when changed). */
  prepend(row: ArticleSummary): void {
    this.known.set(row.id, row);
    const total = this.snapshot.total === null ? null : this.snapshot.total + 1;
    if (this.snapshot.rows.some((r) => r.id === row.id)) return this.set({ total });
    const shown = isPlainList(this.snapshot.desk);
    this.set({ total, rows: shown ? [row, ...this.snapshot.rows] : this.snapshot.rows });
  }

  /**
   * File → New Article: the new article must be in sight. On the plain list it
   * goes on top; under search words, filters, another order or the Spiked
   * view the desk goes back to the plain list (newest first, so the new
   * article heads it) and asks for it again: the journalist never writes
   * into a story the list does not show.
   */
  showCreated(row: ArticleSummary): Promise<void> {
    if (isPlainList(this.snapshot.desk)) {
      this.prepend(row);
      return Promise.resolve();
    }
    this.known.set(row.id, row);
    // The count and the plain desk in one change: a listener told of the reset reads the desk it resets to.
    return this.query(PLAIN_LIST, { resets: this.snapshot.resets + 1 });
  }

  remove(id: string): void {
    this.known.delete(id);
    const rows = this.snapshot.rows.filter((r) => r.id !== id);
    if (rows.length === this.snapshot.rows.length) return;
    this.set({ rows, total: this.snapshot.total === null ? null : Math.max(0, this.snapshot.total - 1) });
  }

  find(id: string): DeskRow | undefined {
    return this.known.get(id);
  }

  private query(desk: DeskQuery, change: Partial<LibrarySnapshot> = {}): Promise<void> {
    const generation = ++this.generation;
    this.cursor = null;
    this.pending = null;
    this.set({ desk, filter: desk.text, loading: true, error: null, ...change });
    return this.fetch(generation, null);
  }

  private fetch(generation: number, cursor: ListCursor | null): Promise<void> {
    const request: ListArticlesRequest = {
      limit: this.pageSize,
      ...(cursor ? { cursor } : {}),
      ...requestFor(this.snapshot.desk, new Date()),
    };
    const pending = this.fetchPage(request).then(
      (page) => {
        if (generation !== this.generation) return; // a newer query answers instead
        this.pending = null;
        this.cursor = page.nextCursor;
        // A row updated in place since this page was read is newer than the page.
        const items = page.items.map((row) => this.newer(row));
        for (const row of items) this.known.set(row.id, row);
        const rows = cursor ? appendNew(this.snapshot.rows, items) : items;
        this.set({
          rows,
          hasMore: page.nextCursor !== null,
          loading: false,
          query: cursor ? this.snapshot.query : generation,
          ...(cursor ? {} : { broad: page.broad === true }),
          ...(page.total === null ? {} : { total: page.total }),
          ...(page.counts ? { counts: page.counts } : {}),
        });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.pending = null;
        this.set({ loading: false, error: error instanceof Error ? error.message : String(error) });
      },
    );
    this.pending = pending;
    return pending;
  }

  private newer(row: DeskRow): DeskRow {
    const seen = this.known.get(row.id);
    // A newer save's row, keeping this page's snippet.
    return seen && seen.revision > row.revision ? { ...seen, ...(row.snippet ? { snippet: row.snippet } : {}) } : row;
  }

  private set(change: Partial<LibrarySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}

// A row can appear twice across pages when it was saved between two reads; keep its first place.
function appendNew(rows: readonly DeskRow[], page: readonly DeskRow[]): DeskRow[] {
  const have = new Set(rows.map((r) => r.id));
  return [...rows, ...page.filter((r) => !have.has(r.id))];
}
