// LibraryPages: the window's pages of the list. Backed by the real store on a
// real SQLite file, and by hand-held answers where the order of answers is
// the point (a filter typed faster than SQLite answers).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/main/services';
import { LibraryPages, type FetchPage } from '../../../renderer/src/library/library-pages';
import type { ArticleSummary } from '../../../shared/article/fields';
import type { ArticlePage, ListArticlesRequest } from '../../../shared/article/list-page';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
let services: Services;
let requests: ListArticlesRequest[];
beforeEach(() => {
  services = openServices(tmp.file(`pages-${Math.random().toString(16).slice(2)}.db`));
  requests = [];
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

const fromStore: () => FetchPage = () => async (request) => {
  requests.push(request);
  return services.articles.listPage(request);
};

function held() {
  const waiting: { request: ListArticlesRequest; answer(page: ArticlePage): void }[] = [];
  const fetch: FetchPage = (request) => new Promise((resolve) => waiting.push({ request, answer: resolve }));
  return { fetch, waiting };
}

const row = (id: string, headline: string, revision = 1): ArticleSummary => ({
  id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  headline,
  status: 'draft',
  section: '',
  wordCount: 0,
  revision,
  updatedAt: '2026-11-24T09:00:00.000Z',
});

describe('LibraryPages', () => {
  it('loads one page, then the next only when asked, one request at a time', async () => {
    for (let i = 0; i < 25; i++) services.articles.create({ headline: `Story ${i}` });
    const pages = new LibraryPages(fromStore(), 10);
    await pages.reload();
    expect(pages.getSnapshot()).toMatchObject({ total: 25, hasMore: true, loading: false });
    expect(pages.getSnapshot().rows).toHaveLength(10);
    await Promise.all([pages.loadMore(), pages.loadMore(), pages.loadMore()]);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.cursor).toEqual({ updatedAt: pages.getSnapshot().rows[9]!.updatedAt, id: pages.getSnapshot().rows[9]!.id });
    await pages.loadMore();
    expect(pages.getSnapshot().rows).toHaveLength(25);
    expect(new Set(pages.getSnapshot().rows.map((r) => r.id)).size).toBe(25);
    expect(pages.getSnapshot().hasMore).toBe(false);
    await pages.loadMore();
    expect(requests).toHaveLength(3);
  });

  it('asks SQLite for each filter and drops an answer to a filter that was typed over', async () => {
    const { fetch, waiting } = held();
    const pages = new LibraryPages(fetch, 10);
    void pages.reload();
    waiting[0]!.answer({ items: [row('1', 'Flood'), row('2', 'Café')], nextCursor: null, total: 2 });
    await Promise.resolve();
    void pages.setFilter('c');
    void pages.setFilter('ca');
    expect(waiting.map((w) => w.request.filter)).toEqual([undefined, { query: 'c' }, { query: 'ca' }]);
    // The shown rows stay until the newest query answers; the older answer, arriving last, is dropped.
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Flood', 'Café']);
    waiting[2]!.answer({ items: [row('2', 'Café')], nextCursor: null, total: null });
    await Promise.resolve();
    waiting[1]!.answer({ items: [row('3', 'Council'), row('2', 'Café')], nextCursor: null, total: null });
    await Promise.resolve();
    expect(pages.getSnapshot()).toMatchObject({ filter: 'ca', total: 2, loading: false });
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Café']);
  });

  it('updates a saved row where it stands, adds new articles on top of the plain list (not of a search), removes deleted ones', async () => {
    const a = services.articles.create({ headline: 'Alpha' });
    // Created in the same millisecond, the two would tie on updated_at and sort by their random ids.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = services.articles.create({ headline: 'Beta' });
    const pages = new LibraryPages(fromStore(), 10);
    await pages.reload();
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Beta', 'Alpha']);
    const ack = services.articles.save(a.id, 1, { headline: 'Alpha, revised' });
    pages.updateRow(ack);
    // Saved last, yet it stays in place: the list does not jump under the writer.
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Beta', 'Alpha, revised']);
    expect(requests).toHaveLength(1);
    pages.prepend({ ...row('8', 'Alpine pass closes'), updatedAt: ack.updatedAt });
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Alpine pass closes', 'Beta', 'Alpha, revised']);
    await pages.setFilter('alp');
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Alpha, revised']);
    // Whether a new article matches a search is main's to say: it is not guessed into the results.
    pages.prepend({ ...row('9', 'Alpaca farm'), updatedAt: ack.updatedAt });
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Alpha, revised']);
    expect(pages.getSnapshot().total).toBe(4);
    pages.remove(a.id);
    expect(pages.getSnapshot()).toMatchObject({ total: 3 });
    expect(pages.getSnapshot().rows).toEqual([]);
    // find() still knows rows the filter hides (the delete dialog names the open article).
    expect(pages.find(b.id)?.headline).toBe('Beta');
  });

  it('shows a new article: on top of the plain list, and under a search, filters or another order by going back to the plain list', async () => {
    services.articles.create({ headline: 'Flood warning', section: 'Local' });
    const pages = new LibraryPages(fromStore(), 10);
    await pages.reload();
    const created = async (headline: string) => {
      // A millisecond apart at least: two articles saved in the same one tie on updated_at and sort by their random ids.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const article = services.articles.create({ headline });
      return { id: article.id, headline, status: article.status, section: '', wordCount: 0, revision: 1, updatedAt: article.updatedAt };
    };
    await pages.showCreated(await created('First new'));
    expect(requests).toHaveLength(1);
    expect(pages.getSnapshot().resets).toBe(0);
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['First new', 'Flood warning']);
    await pages.setQuery({ text: 'flood', section: 'local', sort: 'headline' });
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['Flood warning']);
    // A listener told of the reset reads the desk it resets to (the search box shows its words), never the old one.
    const seenAtReset: string[] = [];
    const unsubscribe = pages.subscribe(() => {
      const snapshot = pages.getSnapshot();
      if (snapshot.resets === 1 && seenAtReset.length === 0) seenAtReset.push(snapshot.desk.text);
    });
    await pages.showCreated(await created(''));
    unsubscribe();
    expect(seenAtReset).toEqual(['']);
    // The search words, filters and order are gone: the new, untitled article heads the list.
    expect(pages.getSnapshot().desk).toMatchObject({ text: '', section: '', sort: 'updated' });
    expect(pages.getSnapshot().filter).toBe('');
    // The search box is told to drop words it was about to send (they would bring the search back).
    expect(pages.getSnapshot().resets).toBe(1);
    expect(requests.at(-1)).toEqual({ limit: 10 });
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['', 'First new', 'Flood warning']);
    await pages.setQuery({ spiked: true, sort: 'updated' });
    await pages.showCreated(await created('Third new'));
    expect(pages.getSnapshot().desk.spiked).toBe(false);
    expect(pages.getSnapshot().rows[0]!.headline).toBe('Third new');
  });

  it('keeps a row saved in place over an older copy of it in a page read before the save', async () => {
    const { fetch, waiting } = held();
    const pages = new LibraryPages(fetch, 1);
    void pages.reload();
    waiting[0]!.answer({ items: [row('1', 'One')], nextCursor: { updatedAt: '2026-11-24T09:00:00.000Z', id: row('1', '').id }, total: 2 });
    await Promise.resolve();
    void pages.loadMore();
    pages.updateRow(row('2', 'Two, saved', 2));
    waiting[1]!.answer({ items: [row('2', 'Two')], nextCursor: null, total: null });
    await Promise.resolve();
    expect(pages.getSnapshot().rows.map((r) => r.headline)).toEqual(['One', 'Two, saved']);
  });

  it('says when a page could not be read', async () => {
    const pages = new LibraryPages(async () => {
      throw new Error('The database is locked.');
    });
    await pages.reload();
    expect(pages.getSnapshot()).toMatchObject({ loading: false, error: 'The database is locked.' });
  });
});
