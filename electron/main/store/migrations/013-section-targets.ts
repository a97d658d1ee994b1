// Migration 13: a default length target per section (issue 18). Append-only:
// never edit a released migration. Adds a table only.
//
// section_targets: the desk's default word target for each section, used by
// an article of that section with no target of its own (articles.target_words,
// migration 012, overrides it). Sections are compared as the desk's section
// filter compares them, ignoring case and accents: section_key is the folded
// name (shared/article/section-targets.ts, sectionKey), section the name as
// the desk last typed it, for showing.
import type { Migration } from './migration';

export const migration013: Migration = {
  version: 13,
  name: 'section-targets',
  up(db) {
    db.exec(`
      CREATE TABLE section_targets (
        section_key TEXT PRIMARY KEY CHECK (length(section_key) BETWEEN 1 AND 100),
        section TEXT NOT NULL CHECK (length(section) BETWEEN 1 AND 100),
        target_words INTEGER NOT NULL CHECK (target_words BETWEEN 1 AND 100000),
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
