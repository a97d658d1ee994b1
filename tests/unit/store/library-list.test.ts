// The library list on a real SQLite file: keyset pages that never skip or
// repeat a row, the headline filter in SQLite (case- and accent-insensitive,
// as the list shows headlines), summaries kept in step with every write, and
// query plans that never touch the articles table (where the bodies are).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/main/services';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { METHODS } from '../../../shared/ipc/channels';
import { headlineSearchKey } from '../../../shared/article/headline-search';
import type { ArticleSummary } from '../../../shared/article/fields';
import type { ListCursor } from '../../../shared/article/list-page';
import { doc, p } from '../../support/docs';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir();
let services: Services;
let store: ArticleStore;
beforeEach(() => {
  services = openServices(tmp.file(`list-${Math.random().toString(16).slice(2)}.db`));
  // Every other article shares its second with the one before: the cursor's id part must break the ties.
  let tick = Date.parse('2026-11-24T09:00:00Z');
  let n = 0;
  store = new ArticleStore(services.db, () => new Date((n++ % 2 === 0 ? (tick += 1000) : tick)));
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

function allPages(limit: number, filter?: string): ArticleSummary[][] {
  const pages: ArticleSummary[][] = [];
  let cursor: ListCursor | undefined;
  do {
    const page = store.listPage({ limit, cursor, ...(filter ? { filter: { headline: filter } } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

const summaryRows = () =>
  services.db.prepare('SELECT id, headline, headline_key, slug, status, section, word_count, revision, updated_at FROM article_summaries ORDER BY id').all();
const derivedRows = () =>
  (
    services.db.prepare('SELECT id, headline, slug, status, section, word_count, revision, updated_at FROM articles ORDER BY id').all() as {
      headline: string;
    }[]
  ).map((r) => ({ ...r, headline_key: headlineSearchKey(r.headline) }));

describe('listPage', () => {
  it('pages through the library newest first with a keyset cursor, never skipping or repeating a row', () => {
    for (let i = 0; i < 53; i++) store.create({ headline: `Story ${i}` });
    const pages = allPages(10);
    expect(pages.map((page) => page.length)).toEqual([10, 10, 10, 10, 10, 3]);
    const ids = pages.flat().map((a) => a.id);
    expect(new Set(ids).size).toBe(53);
    const sorted = pages.flat().slice().sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1));
    expect(ids).toEqual(sorted.map((a) => a.id));
    expect(store.listPage({ limit: 10 }).total).toBe(53);
    // Counting would need a full scan of the matches: a filtered list and later pages say null.
    expect(store.listPage({ limit: 10, filter: { headline: 'story' } }).total).toBeNull();
    expect(store.listPage({ limit: 10, cursor: store.listPage({ limit: 10 }).nextCursor! }).total).toBeNull();
  });

  it('filters headlines in SQLite ignoring case and accents, as the list shows them', () => {
    for (const headline of ['Flood barriers stay up', 'Café owners fight rent rise', 'CAFÉS close early', 'Crème brûlée week', '', 'Bridge repairs'])
      store.create({ headline });
    const match = (q: string) => allPages(2, q).flat().map((a) => a.headline).sort();
    expect(match('cafe')).toEqual(['CAFÉS close early', 'Café owners fight rent rise']);
    expect(match('  CRÈME BRU ')).toEqual(['Crème brûlée week']);
    // The list calls an article with no headline "Untitled article", and the filter finds it by that.
    expect(match('untitled')).toEqual(['']);
    expect(match('election')).toEqual([]);
    // % and _ are text, not patterns.
    expect(match('%')).toEqual([]);
  });

  it('keeps every summary equal to its article through creates, saves, discards and deletes', () => {
    const ids = Array.from({ length: 12 }, (_, i) => store.create({ headline: `Draft ${i}`, body: doc(p(`word `.repeat(i + 1))) }).id);
    const revisions = new Map(ids.map((id) => [id, 1]));
    for (let round = 0; round < 40; round++) {
      const id = ids[(round * 7) % ids.length]!;
      if (!revisions.has(id)) continue;
      const changes = [
        { headline: `Été ${round}` },
        { status: 'published' as const },
        { body: doc(p('One two three'), p(`round ${round}`)) },
        { section: 'World', headline: '' },
      ][round % 4]!;
      store.save(id, revisions.get(id)!, changes);
      revisions.set(id, revisions.get(id)! + 1);
      if (round % 9 === 8) {
        services.articles.delete(id, { force: true });
        revisions.delete(id);
      }
    }
    const blank = store.create();
    expect(store.discardIfBlank(blank.id, 1)).toBe(true);
    // A delete from outside the store (the trigger of migration 006) also removes the summary.
    services.db.prepare('DELETE FROM articles WHERE id = ?').run(ids[1]);
    expect(summaryRows()).toEqual(derivedRows());
    expect(summaryRows()).toHaveLength(derivedRows().length);
  });

  it('reads only article_summaries, seeking to the cursor, with no sort and no look at the bodies', async () => {
    const plan = (sql: string) =>
      (services.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ after: 'x', afterId: 'y', q: 'a', n: 5, exclude: '', blank: ' ', limit: 5 }) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    const { pageQuery } = await import('../../../electron/main/store/desk-page');
    const id = '00000000-0000-4000-8000-000000000001';
    const planOf = (request: Parameters<typeof pageQuery>[0]) => {
      const query = pageQuery(request);
      return (services.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(query.params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    };
    const page = planOf({ limit: 5, cursor: { updatedAt: '2026-01-01T00:00:00.000Z', id }, filter: { headline: 'a' } });
    expect(page).toMatch(/SEARCH s USING COVERING INDEX article_summaries_list \(updated_at<\?\)/);
    expect(page).not.toMatch(/TEMP B-TREE|articles /);
    // The other orders seek their own index; the Spiked view reads the spiked rows alone.
    expect(planOf({ limit: 5, sort: 'created', cursor: { createdAt: '2026-01-01T00:00:00.000Z', id } })).toMatch(/SEARCH s USING INDEX article_summaries_created \(created_at<\?\)/);
    expect(planOf({ limit: 5, sort: 'headline', cursor: { headlineKey: 'm', id } })).toMatch(/SEARCH s USING INDEX article_summaries_headline \(headline_key>\?\)/);
    expect(planOf({ limit: 5, filter: { spiked: true } })).toMatch(/SCAN s USING INDEX article_summaries_spiked/);
    for (const plan of [planOf({ limit: 5, sort: 'headline' }), planOf({ limit: 5, sort: 'created' }), planOf({ limit: 5, filter: { spiked: true } })]) {
      expect(plan).not.toMatch(/TEMP B-TREE|articles /);
    }
    const related = plan(
      "SELECT id, headline, slug, status, section, updated_at FROM article_summaries WHERE status = 'published' AND spiked_at IS NULL AND id <> @exclude AND trim(headline, @blank) <> '' ORDER BY updated_at DESC, id LIMIT @limit",
    );
    expect(related).toMatch(/SCAN article_summaries USING COVERING INDEX article_summaries_published/);
    expect(related).not.toMatch(/TEMP B-TREE/);
  });
});

describe('"More from"', () => {
  it('is the newest five published articles other than this one, never a draft, whatever else is newer', () => {
    let tick = Date.parse('2026-11-25T09:00:00Z');
    store = new ArticleStore(services.db, () => new Date((tick += 1000)));
    const published = Array.from({ length: 7 }, (_, i) => store.create({ headline: `Published ${i}`, status: 'published' }));
    store.create({ headline: '   ', status: 'published' });
    for (const status of ['draft', 'editing', 'ready'] as const) store.create({ headline: `Unpublished ${status}`, status });
    const related = store.related(published[6]!.id);
    expect(related.map((r) => r.headline)).toEqual(['Published 5', 'Published 4', 'Published 3', 'Published 2', 'Published 1']);
    expect(related[0]).toEqual({ id: published[5]!.id, headline: 'Published 5', slug: 'published-5', status: 'published', section: '', updatedAt: published[5]!.updatedAt });
    expect(store.related(null)).toHaveLength(5);
  });
});

describe('listArticles and existingArticles through dispatch', () => {
  const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
  it('refuse a limit, cursor or filter out of bounds with a sentence, and change nothing', async () => {
    const { id } = services.articles.create({ headline: 'Kept' });
    services.close();
    const before = fingerprint(services.dbPath);
    services = openServices(services.dbPath);
    const again = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
    const bad: unknown[] = [
      {},
      { limit: 0 },
      { limit: 501 },
      { limit: 2.5 },
      { limit: '10' },
      { limit: 10, cursor: { updatedAt: 'yesterday', id } },
      { limit: 10, cursor: { updatedAt: '2026-11-24T09:00:00.000Z', id: 'nope' } },
      { limit: 10, cursor: { updatedAt: '2026-11-24T09:00:00.000Z', id, extra: 1 } },
      { limit: 10, filter: { headline: 'x'.repeat(501) } },
      { limit: 10, filter: 'cafe' },
      { limit: 10, offset: 20 },
    ];
    for (const payload of bad) {
      const result = (await again(METHODS.listArticles, payload, APP)) as { ok: boolean; error: { code: string; message: string } };
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      expect(result.error.code).toBe('bad-request');
      expect(result.error.message.length).toBeGreaterThan(5);
    }
    const existing = await again(METHODS.existingArticles, { ids: [id, '00000000-0000-4000-8000-000000000000'] }, APP);
    expect(existing).toEqual({ ok: true, value: { ids: [id] } });
    expect(await again(METHODS.existingArticles, { ids: ['x'] }, APP)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    services.close();
    expect(fingerprint(services.dbPath)).toBe(before);
    services = openServices(services.dbPath);
  });
});
