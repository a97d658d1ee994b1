// Migration 11: copy checks (issue 18). Append-only: never edit a released
// migration. Adds tables only, so it depends on nothing before it but 010's
// number.
//
// newsroom_words: the newsroom dictionary — names, places, organisations —
// shared by every article, kept as written (case matters: "Okafor" accepts
// "Okafor" and "OKAFOR", "dataset" any capitals; shared/checks/spelling).
//
// house_rules: the publication's style sheet, in its order. Empty until the
// desk imports or edits one: until then the default sheet in the code
// (shared/checks/rules/default-rules.ts) applies, so a newer release's better
// defaults reach a publication that never customised them.
// check_settings.custom_rules says which applies (an emptied custom sheet is
// a choice, not a reason to bring the defaults back); its dialect overrides
// the one the publication's locale implies ('' = from the locale).
import type { Migration } from './migration';

export const migration011: Migration = {
  version: 11,
  name: 'checks',
  up(db) {
    db.exec(`
      CREATE TABLE newsroom_words (
        word TEXT PRIMARY KEY CHECK (length(word) BETWEEN 1 AND 100),
        added_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE house_rules (
        position INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 80),
        type TEXT NOT NULL CHECK (type IN ('regex', 'regex-case', 'words')),
        pattern TEXT NOT NULL,
        replacement TEXT NOT NULL,
        category TEXT NOT NULL,
        description TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('style', 'grammar')),
        auto_fix INTEGER NOT NULL CHECK (auto_fix IN (0, 1)),
        dialect TEXT NOT NULL CHECK (dialect IN ('', 'en-US', 'en-GB'))
      );
      CREATE TABLE check_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        custom_rules INTEGER NOT NULL DEFAULT 0 CHECK (custom_rules IN (0, 1)),
        dialect TEXT NOT NULL DEFAULT '' CHECK (dialect IN ('', 'en-US', 'en-GB'))
      );
      INSERT INTO check_settings (id) VALUES (1);
    `);
  },
};
