// An article as an older Copydesk's store wrote it, straight into a database
// file migrated only so far (for the tests of each migration on a database
// made by the version before): its row and its list summary (migration 006).
import type { Database } from 'better-sqlite3';

export function insertOldArticle(db: Database, article: { id: string; headline: string; body: object; plainText: string; wordCount: number }): void {
  db.prepare(
    `INSERT INTO articles (id, slug, headline, status, body_json, plain_text, word_count, created_at, updated_at)
     VALUES (@id, 'old', @headline, 'editing', @body, @plainText, @wordCount, '2026-01-01T08:00:00.000Z', '2026-01-01T08:00:00.000Z')`,
  ).run({ ...article, body: JSON.stringify(article.body) });
  db.prepare(
    `INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
     SELECT updated_at, id, headline, lower(headline), slug, status, section, word_count, revision FROM articles WHERE id = ?`,
  ).run(article.id);
}
