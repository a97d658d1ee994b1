// The full-text index against a rebuild from the articles: what `copydesk
// doctor` and the tests use to say the index is in step. Read-only; reads
// every article a batch at a time (better-sqlite3 runs no other statement
// while one is iterated).
//
// Since migration 010 the index keeps no copy of the text, so the per-article
// check compares the fingerprint of what the index was last given
// (article_search_keys.digest) with the fingerprint of the article's own
// fields; indexDifferencesFromRebuild compares the index's terms themselves
// with a fresh index built from the articles (the tests, small libraries).
// Since migration 015 a long article's chunk rows (store/search-rows.ts) are
// checked too: the chunks kept beside the key against the article's layout.
//
// Since migration 018 the text follows the saves (search-catch-up.ts): on a
// connection that can write, both checks catch up first, as every reader of
// the index does; on a read-only one (`copydesk doctor`) the articles still
// waiting are left out of the comparison, since the next reader brings them up
// to date, and those whose body could not be indexed are reported.
import type { Database } from 'better-sqlite3';
import { SEARCH_COLUMNS, documentDigest, searchDocument, type SearchDocument } from '../../../shared/search/document';
import { foldForSearch } from '../../../shared/article/headline-search';
import { parseOrNull, stringList } from './lenient-json';
import type { StoredText } from './search-index';
import { chunkRowidSql, indexRows, writeRowSql } from './search-rows';
import { catchUpSearchText } from './search-catch-up';

const BATCH = 500;
const MAX_LISTED = 20;

interface ArticleRow extends StoredText {
  r: number;
  id: string;
  body_json: string;
}

/** Each article as the index should hold it, a batch at a time, in rowid order. */
function* expectedDocuments(db: Database): Generator<{ row: ArticleRow; tags: string[]; doc: SearchDocument }> {
  const batch = db.prepare(
    `SELECT rowid AS r, id, headline, standfirst, byline, dateline, tags_json, plain_text, body_json
     FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH}`,
  );
  let after = -Infinity;
  for (let rows = batch.all(after) as ArticleRow[]; rows.length; rows = batch.all(after) as ArticleRow[]) {
    for (const row of rows) {
      const tags = stringList(row.tags_json);
      yield { row, tags, doc: searchDocument({ ...row, tags, plainText: row.plain_text, body: parseOrNull(row.body_json) }) };
    }
    after = rows[rows.length - 1]!.r;
  }
}

/** Before migration 018 every article's text was written in its save: nothing waits. */
function hasPendingTable(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_pending'").get() !== undefined;
}

/** The articles still waiting for their search text after catching up what this connection can (a writable one catches up all). */
function waitingArticles(db: Database): Map<string, string | null> {
  if (!hasPendingTable(db)) return new Map();
  catchUpSearchText(db);
  const rows = db.prepare('SELECT id, problem FROM search_pending').all() as { id: string; problem: string | null }[];
  return new Map(rows.map((r) => [r.id, r.problem]));
}

/** Sentences naming each article whose index row or tags differ from what its stored fields make; [] when in step. */
export function searchIndexProblems(db: Database): string[] {
  const problems: string[] = [];
  let count = 0;
  const say = (problem: string) => {
    if (++count <= MAX_LISTED) problems.push(problem);
  };
  const waiting = waitingArticles(db);
  const key = db.prepare('SELECT rowid AS key, digest, credits FROM article_search_keys WHERE id = ?');
  // A database not yet at migration 015 (doctor reads files as they are) has one row per article.
  const layout = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'article_search_chunks'").get() !== undefined;
  const chunks = layout ? db.prepare('SELECT n, digest FROM article_search_chunks WHERE key = ? ORDER BY n') : null;
  const tagKeys = db.prepare('SELECT tag_key FROM article_tags WHERE id = ? ORDER BY tag_key').pluck();
  for (const { row, tags, doc } of expectedDocuments(db)) {
    const name = `article “${row.headline || '(untitled)'}” (${row.id})`;
    const stored = key.get(row.id) as { key: number; digest: string; credits: string } | undefined;
    const problem = waiting.get(row.id);
    if (problem) say(`${name}: its search text could not be brought up to date since its last save (${problem}); search finds it by its earlier words`);
    // Still waiting: its index rows are those of an earlier revision, by design.
    const caughtUp = !waiting.has(row.id);
    if (!stored) say(`${name} is missing from the search index (search would not find it)`);
    else if (caughtUp && stored.digest !== documentDigest(doc)) {
      const credits = stored.credits !== doc.credits ? ' (its photo credits among them)' : '';
      say(`${name}: its search index row is out of step with the article${credits}`);
    } else if (caughtUp && chunks) {
      const expected = indexRows(stored.key, doc).flatMap((r) => (r.chunk ? [r.chunk] : []));
      if (JSON.stringify(chunks.all(stored.key)) !== JSON.stringify(expected)) say(`${name}: its search index rows are not laid out as its length asks (long articles are indexed in chunks)`);
    }
    const keys = [...new Set(tags.map(foldForSearch))].sort();
    if (JSON.stringify(tagKeys.all(row.id)) !== JSON.stringify(keys)) say(`${name}: its tags for the tag filter are out of step with the article`);
  }
  const orphans = db
    .prepare('SELECT count(*) FROM article_search_keys k WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = k.id)')
    .pluck()
    .get() as number;
  if (orphans) say(`the search index holds ${orphans} article(s) that no longer exist`);
  // Where rows should be: a short article's at its key, a long one's at its chunks (an article still waiting may have none yet).
  const rowsExpected = (unlessWaiting: boolean) =>
    layout
      ? `SELECT k.rowid AS r FROM article_search_keys k WHERE NOT EXISTS (SELECT 1 FROM article_search_chunks c WHERE c.key = k.rowid)${unlessWaiting && waiting.size ? ' AND k.id NOT IN (SELECT id FROM search_pending)' : ''}
    UNION ALL SELECT ${chunkRowidSql('c.key', 'c.n')} FROM article_search_chunks c`
      : 'SELECT rowid AS r FROM article_search_keys';
  const unkeyed = db.prepare(`SELECT count(*) FROM article_search s WHERE s.rowid NOT IN (${rowsExpected(false)})`).pluck().get() as number;
  if (unkeyed) say(`the search index holds ${unkeyed} row(s) that belong to no article`);
  const unindexed = db.prepare(`SELECT count(*) FROM (${rowsExpected(true)}) e WHERE e.r NOT IN (SELECT rowid FROM article_search)`).pluck().get() as number;
  if (unindexed) say(`${unindexed} article(s) have a search key but no row in the search index (search would not find them)`);
  if (count > MAX_LISTED) problems.push(`…and ${count - MAX_LISTED} more search index problems`);
  return problems;
}

/**
 * The index's terms (term, article, column, position) against those of an
 * index built afresh from the articles in a temporary table: how many
 * entries each holds that the other does not. Costs a rebuild: for the
 * tests and small libraries, not for every doctor run at 100,000 articles.
 */
export function indexDifferencesFromRebuild(db: Database): { missing: number; extra: number } {
  catchUpSearchText(db);
  db.exec(`
    DROP TABLE IF EXISTS temp.search_rebuild;
    CREATE VIRTUAL TABLE temp.search_rebuild USING fts5(${SEARCH_COLUMNS.join(', ')}, content = '', tokenize = 'unicode61 remove_diacritics 2');
    DROP TABLE IF EXISTS temp.search_rebuild_terms;
    DROP TABLE IF EXISTS temp.search_terms;
    CREATE VIRTUAL TABLE temp.search_rebuild_terms USING fts5vocab(temp, search_rebuild, instance);
    CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, article_search, instance);
  `);
  try {
    const keyOf = db.prepare('SELECT rowid FROM article_search_keys WHERE id = ?').pluck();
    const insert = db.prepare(writeRowSql(false, 'temp.search_rebuild'));
    let unkeyed = 0;
    for (const { row, doc } of expectedDocuments(db)) {
      const rowid = keyOf.get(row.id) as number | undefined;
      if (rowid === undefined) unkeyed++;
      else for (const r of indexRows(rowid, doc)) insert.run({ rowid: r.rowid, ...r.doc });
    }
    const count = (sql: string) => db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number;
    const columns = 'term, doc, col, offset';
    return {
      missing: unkeyed + count(`SELECT ${columns} FROM temp.search_rebuild_terms EXCEPT SELECT ${columns} FROM temp.search_terms`),
      extra: count(`SELECT ${columns} FROM temp.search_terms EXCEPT SELECT ${columns} FROM temp.search_rebuild_terms`),
    };
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.search_terms; DROP TABLE IF EXISTS temp.search_rebuild_terms; DROP TABLE IF EXISTS temp.search_rebuild;');
  }
}
