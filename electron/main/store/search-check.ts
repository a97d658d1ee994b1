// The full-text index against a rebuild from the articles: what `copydesk
// doctor` and the tests use to say the index is in step. Read-only; reads
// every article a batch at a time (better-sqlite3 runs no other statement
// while one is iterated).
import type { Database } from 'better-sqlite3';
import { SEARCH_COLUMNS, searchDocument, type SearchDocument } from '../../../shared/search/document';
import { foldForSearch } from '../../../shared/article/headline-search';
import { parseOrNull, stringList } from './lenient-json';

const BATCH = 500;
const MAX_LISTED = 20;

interface ArticleRow {
  r: number;
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  tags_json: string;
  plain_text: string;
  body_json: string;
}

/** Sentences naming each article whose index row or tags differ from what its stored fields make; [] when in step. */
export function searchIndexProblems(db: Database): string[] {
  const problems: string[] = [];
  let count = 0;
  const say = (problem: string) => {
    if (++count <= MAX_LISTED) problems.push(problem);
  };
  const batch = db.prepare(
    `SELECT rowid AS r, id, headline, standfirst, byline, dateline, tags_json, plain_text, body_json
     FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH}`,
  );
  const indexed = db.prepare(
    `SELECT ${SEARCH_COLUMNS.map((c) => `s.${c}`).join(', ')} FROM article_search_keys k JOIN article_search s ON s.rowid = k.rowid WHERE k.id = ?`,
  );
  const tagKeys = db.prepare('SELECT tag_key FROM article_tags WHERE id = ? ORDER BY tag_key').pluck();
  let after = -Infinity;
  for (let rows = batch.all(after) as ArticleRow[]; rows.length; rows = batch.all(after) as ArticleRow[]) {
    for (const row of rows) {
      const name = `article “${row.headline || '(untitled)'}” (${row.id})`;
      const tags = stringList(row.tags_json);
      const expected = searchDocument({ ...row, tags, plainText: row.plain_text, body: parseOrNull(row.body_json) });
      const stored = indexed.get(row.id) as SearchDocument | undefined;
      if (!stored) say(`${name} is missing from the search index (search would not find it)`);
      else {
        const wrong = SEARCH_COLUMNS.filter((c) => stored[c] !== expected[c]);
        if (wrong.length) say(`${name}: its search index row is out of step with the article (${wrong.join(', ')})`);
      }
      const keys = [...new Set(tags.map(foldForSearch))].sort();
      if (JSON.stringify(tagKeys.all(row.id)) !== JSON.stringify(keys)) say(`${name}: its tags for the tag filter are out of step with the article`);
    }
    after = rows[rows.length - 1]!.r;
  }
  const orphans = db
    .prepare('SELECT count(*) FROM article_search_keys k WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = k.id)')
    .pluck()
    .get() as number;
  if (orphans) say(`the search index holds ${orphans} article(s) that no longer exist`);
  const unkeyed = db.prepare('SELECT count(*) FROM article_search s WHERE s.rowid NOT IN (SELECT rowid FROM article_search_keys)').pluck().get() as number;
  if (unkeyed) say(`the search index holds ${unkeyed} row(s) that belong to no article`);
  if (count > MAX_LISTED) problems.push(`…and ${count - MAX_LISTED} more search index problems`);
  return problems;
}
