import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/main/services';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { doc, everyNodeBody, link, p } from '../../support/docs';
import { appError } from '../../support/app-error';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
let services: Services;
beforeEach(() => {
  services = openServices(tmp.file(`store-${Math.random().toString(16).slice(2)}.db`));
});
afterEach(() => {
  services.close();
});
afterAll(() => tmp.cleanup());

describe('ArticleStore', () => {
  it('creates an empty draft at revision 1', () => {
    const article = services.articles.create();
    expect(article).toMatchObject({ headline: '', status: 'draft', revision: 1, tags: [] });
    expect(article.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(article.createdAt).toBe(article.updatedAt);
  });

  it('saves with the current revision, bumps it, and derives text and word count', () => {
    const { id } = services.articles.create();
    const ack = services.articles.save(id, 1, { headline: 'Budget passes', body: everyNodeBody() });
    expect(ack.revision).toBe(2);
    const stored = services.articles.get(id);
    expect(stored.headline).toBe('Budget passes');
    expect(stored.body).toEqual(everyNodeBody());
    const [summary] = services.articles.list();
    expect(summary!.wordCount).toBe(ack.wordCount);
    expect(ack.wordCount).toBeGreaterThan(30);
    // The stored plain text follows the save (store/search-catch-up.ts); every reader of it catches up first.
    services.articles.searchCatchUp.catchUp();
    const text = (services.db.prepare('SELECT plain_text FROM articles WHERE id = ?').get(id) as { plain_text: string }).plain_text;
    expect(text).toContain('First quoted paragraph.');
    expect(text).toContain('Talks in Geneva');
  });

  it('refuses a save based on a stale revision as a conflict and keeps the stored version', () => {
    const { id } = services.articles.create();
    services.articles.save(id, 1, { headline: 'Mine' });
    const error = appError(() => services.articles.save(id, 1, { headline: 'Theirs' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/revision 1.*stored one is 2/);
    expect(services.articles.get(id).headline).toBe('Mine');
  });

  it('refuses bodies the schema rejects and leaves the article as it was', () => {
    const { id } = services.articles.create({ headline: 'Safe' });
    const before = services.articles.get(id);
    const bad: unknown[] = [
      { type: 'doc', content: [{ type: 'script', content: [] }] },
      doc(p(link('javascript:alert(1)', 'click'))),
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'h1' }] }] },
      { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'attribution', content: [{ type: 'text', text: 'x' }] }] }] },
      { type: 'paragraph' },
      'not a doc',
    ];
    for (const body of bad) {
      const error = appError(() => services.articles.save(id, 1, { body } as never));
      expect(error.code).toBe('bad-request');
    }
    expect(services.articles.get(id)).toEqual(before);
  });

  it('says "not found" for unknown ids', () => {
    expect(appError(() => services.articles.get('00000000-0000-4000-8000-000000000000')).code).toBe('not-found');
    expect(appError(() => services.articles.delete('00000000-0000-4000-8000-000000000000')).code).toBe('not-found');
  });

  it('lists the most recently saved first, and deletes', () => {
    let tick = Date.parse('2026-11-24T09:00:00Z');
    const store = new ArticleStore(services.db, () => new Date((tick += 1000)));
    const a = store.create({ headline: 'A' });
    const b = store.create({ headline: 'B' });
    expect(store.list().map((s) => s.headline)).toEqual(['B', 'A']);
    store.save(a.id, 1, { headline: 'A2' });
    expect(store.list().map((s) => s.headline)).toEqual(['A2', 'B']);
    store.spike(b.id);
    expect(store.list().map((s) => s.headline)).toEqual(['A2']);
    store.delete(b.id);
    expect(store.listPage({ limit: 10, filter: { spiked: true } }).items).toEqual([]);
  });

  it('discards a draft only while nothing was ever written in it, and only at the revision the window saw', () => {
    const blank = services.articles.create();
    expect(services.articles.discardIfBlank(blank.id, blank.revision)).toBe(true);
    expect(() => services.articles.get(blank.id)).toThrow(/No article/);
    expect(services.articles.discardIfBlank(blank.id, 1)).toBe(false); // already gone: nothing to do

    // Typed in, even one space of a headline or an empty list: kept.
    const typed = services.articles.create();
    services.articles.save(typed.id, 1, { byline: 'J' });
    expect(services.articles.discardIfBlank(typed.id, 2)).toBe(false);
    const withRule = services.articles.create({ body: { type: 'doc', content: [{ type: 'horizontal_rule' }] } });
    expect(services.articles.discardIfBlank(withRule.id, 1)).toBe(false);

    // Emptied again by the writer: blank again, and discardable at its new revision only.
    const emptied = services.articles.create({ headline: 'Draft' });
    services.articles.save(emptied.id, 1, { headline: '   ', body: doc(p(), p(' ')) });
    expect(services.articles.discardIfBlank(emptied.id, 1)).toBe(false);
    expect(services.articles.discardIfBlank(emptied.id, 2)).toBe(true);

    // Filled in elsewhere (the CLI) after this window saw it blank: kept.
    const raced = services.articles.create();
    services.articles.save(raced.id, 1, { headline: 'Filled in from the CLI' });
    expect(services.articles.discardIfBlank(raced.id, 1)).toBe(false);
    expect(services.articles.get(raced.id).headline).toBe('Filled in from the CLI');
    expect(services.articles.list().map((a) => a.id).sort()).toEqual([typed.id, withRule.id, raced.id].sort());
  });

  it('keeps a body of 5,000 paragraphs intact', () => {
    const big = doc(...Array.from({ length: 5000 }, (_, i) => p(`Paragraph ${i} of a very long article.`)));
    const { id } = services.articles.create({ body: big });
    expect(services.articles.get(id).body).toEqual(big);
  });
});
