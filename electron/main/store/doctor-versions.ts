// `copydesk doctor` on History (migration 008): every version's stored sha256
// against its content, its body and tags still JSON, and no version left
// behind by an article that no longer exists.
import type Database from 'better-sqlite3';
import { contentSha256, type ContentRow } from './versions';

export function checkVersions(db: Database.Database, say: (problem: string) => void): void {
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'article_versions'").get()) return;
  const rows = db.prepare(
    `SELECT v.article_id, v.number, v.content_sha256, v.headline, v.standfirst, v.byline, v.dateline, v.section, v.tags_json, v.status, v.body_json,
       json_valid(v.body_json) AND json_valid(v.tags_json) AS readable, a.id IS NULL AS orphan
     FROM article_versions v LEFT JOIN articles a ON a.id = v.article_id`,
  );
  for (const row of rows.iterate() as IterableIterator<Omit<ContentRow, 'revision' | 'word_count'> & { article_id: string; number: number; content_sha256: string; readable: number; orphan: number }>) {
    const name = `version ${row.number} of the article ${row.article_id}`;
    if (row.orphan) say(`${name} belongs to an article that no longer exists`);
    else if (!row.readable) say(`${name} is damaged: its stored text is no longer JSON (the article itself and its other versions are not affected)`);
    else if (contentSha256(row) !== row.content_sha256) say(`${name} is damaged: its content no longer matches the checksum stored with it`);
  }
}
