// Migration 8: every version of an article (issue 16, History). Append-only:
// never edit a released migration. Number 7 belongs to the desk's search
// index; this one only adds tables, so it does not depend on it.
//
// A version is the whole article as it was (every field and the body), with
// the article revision it was taken at, when, why (`reason`, see
// shared/history/version.ts), an optional name and the sha256 of its content,
// so a version identical to the one before is not stored twice. Versions are
// numbered per article (1, 2, 3…): the number is what the History panel and
// `copydesk history/show --version/diff/restore` name. The small columns come
// first and the body last, so listing versions reads no overflow pages.
// Deleting an article deletes its versions (by trigger, whoever deletes it).
// Existing articles get their first version lazily, from their stored state,
// the first time anything is saved onto them (store/versions.ts): a backfill
// here would copy every body of a 100,000-article library at once.
import type { Migration } from './migration';

export const migration008: Migration = {
  version: 8,
  name: 'article-versions',
  up(db) {
    db.exec(`
      CREATE TABLE article_versions (
        article_id     TEXT NOT NULL,
        number         INTEGER NOT NULL CHECK (number > 0),
        revision       INTEGER NOT NULL CHECK (revision > 0),
        created_at     TEXT NOT NULL CHECK (length(created_at) > 0),
        reason         TEXT NOT NULL CHECK (length(reason) > 0),
        name           TEXT CHECK (name IS NULL OR length(name) > 0),
        restored_from  INTEGER,
        word_count     INTEGER NOT NULL,
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        headline       TEXT NOT NULL,
        standfirst     TEXT NOT NULL,
        byline         TEXT NOT NULL,
        dateline       TEXT NOT NULL,
        section        TEXT NOT NULL,
        tags_json      TEXT NOT NULL,
        status         TEXT NOT NULL,
        body_json      TEXT NOT NULL,
        UNIQUE (article_id, number)
      ) STRICT;
      -- Thinning reads only automatic versions, oldest first, from the time a run last reached.
      CREATE INDEX article_versions_automatic ON article_versions (created_at, article_id, number)
        WHERE reason = 'autosave' AND name IS NULL;
      CREATE TRIGGER article_versions_delete AFTER DELETE ON articles
        BEGIN DELETE FROM article_versions WHERE article_id = OLD.id; END;
      -- How far each thinning rule has got, so a run reads only what crossed its line since.
      CREATE TABLE version_thinning (
        rule         TEXT PRIMARY KEY,
        done_through TEXT NOT NULL
      ) STRICT;
    `);
  },
};
