// Migration 14: every article's stored word count recounted the one way
// Copydesk now counts words (issue 18: Intl.Segmenter's word-like segments,
// shared/article/word-count.ts), so Japanese, Chinese and Thai stories, which
// the old scan counted as one word per run of text, and figures such as
// "1,200", which it counted as two, agree with the status bar. Append-only:
// never edit a released migration.
//
// The stored plain text is the published text (notes left out) with blocks
// joined by a separator no word spans, so its count is the body's. Only rows
// whose count changes are written, in articles and the list's summaries alike;
// revision and updated_at stay (a recount is not an edit). Read a batch at a
// time, as migration 010 does: better-sqlite3 runs no other statement while one
// is being iterated. Versions keep the count they were taken with.
import type { Migration } from './migration';
import { countWords } from '../../../../shared/article/word-count';

export const migration014: Migration = {
  version: 14,
  name: 'recount-words',
  up(db) {
    const batch = db.prepare('SELECT rowid AS r, id, plain_text, word_count FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 500');
    const article = db.prepare('UPDATE articles SET word_count = ? WHERE id = ?');
    const summary = db.prepare('UPDATE article_summaries SET word_count = ? WHERE id = ?');
    type Row = { r: number; id: string; plain_text: string; word_count: number };
    let after = -Infinity;
    for (let rows = batch.all(after) as Row[]; rows.length > 0; rows = batch.all(after) as Row[]) {
      for (const row of rows) {
        const words = countWords(row.plain_text);
        if (words === row.word_count) continue;
        article.run(words, row.id);
        summary.run(words, row.id);
      }
      after = rows[rows.length - 1]!.r;
    }
  },
};
