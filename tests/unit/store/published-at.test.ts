// publishedAt (migration 009): set by the save that first makes the status
// "published", kept through unpublishing and republishing, editable, carried
// by the interchange JSON, and what a page calls datePublished.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/store/open-database';
import { ArticleStore } from '../../../electron/main/store/article-store';
import { InterchangeInput, interchangeToFields } from '../../../shared/article/fields';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-published-');
afterAll(() => tmp.cleanup());

/** A store whose clock is set by the test. */
function store(name: string) {
  let now = new Date('2026-12-01T09:00:00.000Z');
  const db = openDatabase(tmp.file(name));
  const services = { articles: new ArticleStore(db, () => now), close: () => db.close() };
  return { services, at: (iso: string) => (now = new Date(iso)) };
}

describe('publishedAt', () => {
  it('is set when the status first becomes published, and kept through unpublishing and republishing', () => {
    const { services, at } = store('first.db');
    try {
      const { id } = services.articles.create({ headline: 'Flood', body: doc(p('Words.')) });
      expect(services.articles.get(id).publishedAt).toBeNull();
      at('2026-12-01T09:10:00.000Z');
      services.articles.save(id, 1, { status: 'ready' });
      expect(services.articles.get(id).publishedAt).toBeNull();
      at('2026-12-01T09:30:00.000Z');
      services.articles.save(id, 2, { status: 'published' });
      expect(services.articles.get(id).publishedAt).toBe('2026-12-01T09:30:00.000Z');
      at('2026-12-01T11:00:00.000Z');
      services.articles.save(id, 3, { headline: 'Flood: river peaks' });
      services.articles.save(id, 4, { status: 'editing' });
      services.articles.save(id, 5, { status: 'published' });
      const stored = services.articles.get(id);
      expect(stored.publishedAt).toBe('2026-12-01T09:30:00.000Z');
      expect(stored.updatedAt).toBe('2026-12-01T11:00:00.000Z');
    } finally {
      services.close();
    }
  });

  it('restoring a version from before publication keeps the article published when it was', () => {
    const { services, at } = store('restore.db');
    try {
      const { id } = services.articles.create({ headline: 'Draft words', body: doc(p('First draft.')) });
      at('2026-12-01T09:30:00.000Z');
      services.articles.save(id, 1, { status: 'published', headline: 'Published words' });
      at('2026-12-01T12:00:00.000Z');
      // Version 1 is the draft as created: its words come back, the publication time stays.
      services.articles.restore(id, 1);
      const restored = services.articles.get(id);
      expect(restored.headline).toBe('Draft words');
      expect(restored.publishedAt).toBe('2026-12-01T09:30:00.000Z');
      expect(restored.status).toBe('published');
    } finally {
      services.close();
    }
  });

  it('can be corrected or cleared by a save, and an article created as published is published then', () => {
    const { services } = store('edit.db');
    try {
      const made = services.articles.create({ headline: 'Wire copy', status: 'published' });
      expect(made.publishedAt).toBe('2026-12-01T09:00:00.000Z');
      expect(services.articles.get(made.id).publishedAt).toBe('2026-12-01T09:00:00.000Z');
      services.articles.save(made.id, 1, { publishedAt: '2026-11-30T18:45:00.000Z' });
      expect(services.articles.get(made.id).publishedAt).toBe('2026-11-30T18:45:00.000Z');
      services.articles.save(made.id, 2, { status: 'draft', publishedAt: null });
      expect(services.articles.get(made.id).publishedAt).toBeNull();
      expect(() => services.articles.save(made.id, 3, { publishedAt: 'yesterday' as never })).toThrow(/publishedAt must be a date and time/);
    } finally {
      services.close();
    }
  });

  it('is part of the interchange JSON; a file from before it reads as never published', () => {
    const { services } = store('json.db');
    try {
      const made = services.articles.create({ headline: 'Out', status: 'published', publishedAt: '2026-11-01T07:00:00.000Z' });
      const json = JSON.parse(JSON.stringify(services.articles.get(made.id))) as Record<string, unknown>;
      expect(json.publishedAt).toBe('2026-11-01T07:00:00.000Z');
      expect(interchangeToFields(InterchangeInput.parse(json)).publishedAt).toBe('2026-11-01T07:00:00.000Z');
      const { publishedAt: _gone, ...older } = json;
      expect(interchangeToFields(InterchangeInput.parse(older)).publishedAt).toBeNull();
    } finally {
      services.close();
    }
  });
});
