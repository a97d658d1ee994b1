// Migration 12: per-article settings of the copy desk (issue 18). Append-only:
// never edit a released migration. Adds columns only.
//
// articles.target_words is the length the desk assigned, in words (NULL: none);
// the status bar shows the count against it ("612 / 800 words"), the
// interchange JSON carries it as targetWords and `copydesk set --target` sets it.
// articles.dialect overrides the publication's spelling dialect for this one
// article ('' = the publication's): a British correspondent's piece in an
// American paper is checked en-GB, the rest of the paper en-US.
import type { Migration } from './migration';

export const migration012: Migration = {
  version: 12,
  name: 'article-targets',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN target_words INTEGER CHECK (target_words IS NULL OR (target_words BETWEEN 1 AND 100000));
      ALTER TABLE articles ADD COLUMN dialect TEXT NOT NULL DEFAULT '' CHECK (dialect IN ('', 'en-US', 'en-GB'));
    `);
  },
};
