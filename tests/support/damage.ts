// Ways a stored file goes bad, made on purpose for tests: a garbled article
// row (as a bad disk sector, a hand edit or an old bug would leave it), a
// broken foreign key, an overwritten page.
import Database from 'better-sqlite3';
import fs from 'node:fs';

/** Overwrites an article's stored body with text that is not JSON at all (past the json_valid CHECK). */
export function garbleBody(file: string, id: string, body = '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"half a sen'): void {
  const db = new Database(file);
  try {
    db.pragma('ignore_check_constraints = ON');
    db.prepare('UPDATE articles SET body_json = ? WHERE id = ?').run(body, id);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * A row whose foreign key points at nothing. Copydesk's own tables have no
 * foreign keys yet, so this adds one the way a later migration would (notes
 * on an article) and leaves a note whose article is gone — what a write with
 * foreign keys switched off (an old tool, a hand edit) leaves behind.
 */
export function breakForeignKey(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec('CREATE TABLE IF NOT EXISTS article_notes (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles (id), note TEXT)');
    db.prepare("INSERT INTO article_notes (article_id, note) VALUES ('00000000-0000-0000-0000-000000000000', 'orphan')").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** Overwrites the last page of the file (a table or index page) with garbage, keeping the header and schema page. */
export function damagePage(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  if (pages < 3) throw new Error('file too small to damage one page');
  bytes.fill(0xa5, (pages - 1) * pageSize + 8, pages * pageSize);
  fs.writeFileSync(file, bytes);
}
