// `copydesk doctor`: everything that can be checked about a database file
// without changing it — SQLite's own integrity check (quick, or full with
// --full), foreign keys, every article body against the schema, the derived
// columns (plain text, word count) against their body, the library list's
// rows (article_summaries) against their articles, any full-text index
// against its table, and the desk's search index against a rebuild from the
// articles (store/search-check.ts). Read-only throughout: a damaged file is looked at,
// never "repaired" behind the journalist's back.
import { checkVersions } from './doctor-versions';
import Database from 'better-sqlite3';
import { checkBody, bodyFromJSON, plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import { APPLICATION_ID } from './application-id';
import { LATEST_VERSION } from './migrations';
import { explainFailure } from './explain-failure';
import { searchIndexProblems } from './search-check';
import { headlineSearchKey } from '../../../shared/article/headline-search';

export interface DoctorReport {
  file: string;
  /** What was checked, in order: "quick_check", "foreign keys"… */
  checked: string[];
  problems: string[];
  articles: number;
}

const MAX_LISTED = 20;

export function examineDatabase(file: string, options: { full?: boolean } = {}): DoctorReport {
  const report: DoctorReport = { file, checked: [], problems: [], articles: 0 };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 3000 });
  } catch (error) {
    report.problems.push(explainFailure(error, { dbPath: file })?.message ?? `the file cannot be opened: ${(error as Error).message}`);
    return report;
  }
  try {
    const step = (name: string, run: () => void) => {
      report.checked.push(name);
      try {
        run();
      } catch (error) {
        report.problems.push(`${name}: ${explainFailure(error, { dbPath: file })?.message ?? (error as Error).message}`);
      }
    };
    step('file header', () => {
      const appId = db.pragma('application_id', { simple: true }) as number;
      const version = db.pragma('user_version', { simple: true }) as number;
      if (appId !== APPLICATION_ID) report.problems.push('this is not a Copydesk database (its application id is not Copydesk’s)');
      if (version > LATEST_VERSION) report.problems.push(`written by a newer Copydesk (database version ${version}; this one knows ${LATEST_VERSION})`);
    });
    step(options.full ? 'integrity_check' : 'quick_check', () => {
      const rows = db.pragma(options.full ? 'integrity_check' : 'quick_check', { simple: false }) as Record<string, string>[];
      const lines = rows.map((r) => Object.values(r)[0]!).filter((line) => line !== 'ok');
      for (const line of lines.slice(0, MAX_LISTED)) report.problems.push(`damaged page or index: ${line}`);
      if (lines.length > MAX_LISTED) report.problems.push(`…and ${lines.length - MAX_LISTED} more from the integrity check`);
    });
    step('foreign keys', () => {
      const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
      for (const r of rows.slice(0, MAX_LISTED)) report.problems.push(`foreign key: row ${r.rowid ?? '?'} of ${r.table} refers to a ${r.parent} row that does not exist`);
      if (rows.length > MAX_LISTED) report.problems.push(`…and ${rows.length - MAX_LISTED} more broken foreign keys`);
    });
    step('article bodies and derived columns', () => checkArticles(db, report));
    step('library list rows', () => checkSummaries(db, report));
    step('full-text indexes', () => checkFullText(file, db, report));
    step('article versions', () => {
      let listed = 0;
      checkVersions(db, (problem) => ++listed <= MAX_LISTED && report.problems.push(problem));
      if (listed > MAX_LISTED) report.problems.push(`…and ${listed - MAX_LISTED} more version problems`);
    });
    step('search index against the articles', () => {
      if (hasSearchIndex(db)) report.problems.push(...searchIndexProblems(db));
    });
  } finally {
    db.close();
  }
  return report;
}

interface Row {
  id: string;
  headline: string;
  body_json: string;
  tags_json: string;
  plain_text: string;
  word_count: number;
  waiting: 0 | 1;
}

function checkArticles(db: Database.Database, report: DoctorReport): void {
  let listed = 0;
  const say = (problem: string) => {
    if (++listed <= MAX_LISTED) report.problems.push(problem);
  };
  // Since migration 018 the plain text follows the save (store/search-catch-up.ts): an article still waiting is not out of step.
  const pending = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_pending'").get() !== undefined;
  const columns = `id, headline, body_json, tags_json, plain_text, word_count${pending ? ', EXISTS (SELECT 1 FROM search_pending p WHERE p.id = articles.id) AS waiting' : ', 0 AS waiting'}`;
  for (const row of db.prepare(`SELECT ${columns} FROM articles`).iterate() as IterableIterator<Row>) {
    report.articles++;
    const name = `article “${row.headline || '(untitled)'}” (${row.id})`;
    let body: unknown;
    try {
      body = JSON.parse(row.body_json);
    } catch {
      say(`${name}: its body is not readable JSON (damaged); "Open as plain text" in the app recovers its words`);
      continue;
    }
    const problem = checkBody(body);
    if (problem) {
      say(`${name}: its body does not match the schema (${problem})`);
      continue;
    }
    try {
      const tags = JSON.parse(row.tags_json) as unknown;
      if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) say(`${name}: its tags are not a list of text`);
    } catch {
      say(`${name}: its tags are not readable JSON`);
    }
    const text = plainText(bodyFromJSON(body));
    if (!row.waiting && text !== row.plain_text) say(`${name}: its stored plain text is out of step with its body (search and word counts would be wrong)`);
    const words = countWords(text);
    if (words !== row.word_count) say(`${name}: its stored word count (${row.word_count}) is out of step with its body (${words})`);
  }
  if (listed > MAX_LISTED) report.problems.push(`…and ${listed - MAX_LISTED} more article problems`);
}

// The columns the list row copies from its article (summaries.ts writes them with every save).
const COPIED = ['headline', 'slug', 'status', 'section', 'word_count', 'revision', 'updated_at'] as const;

/**
 * Every article has exactly its list row and every list row its article: a
 * row out of step shows the journalist a wrong headline, status or date in
 * the library (or an article that is gone), and one missing hides an article.
 * Saving the article again rewrites its row.
 */
function checkSummaries(db: Database.Database, report: DoctorReport): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'article_summaries'").get();
  if (!exists) return;
  let listed = 0;
  const say = (problem: string) => {
    if (++listed <= MAX_LISTED) report.problems.push(problem);
  };
  // Since migration 007 the row also carries when the article was created and spiked.
  const desk = db.prepare("SELECT 1 FROM pragma_table_info('article_summaries') WHERE name = 'spiked_at'").get() !== undefined;
  const copied = desk ? [...COPIED, 'created_at', 'spiked_at'] : COPIED;
  const pairs = db.prepare(
    `SELECT a.id, a.headline AS name, ${copied.map((c) => `a.${c} AS a_${c}, s.${c} AS s_${c}`).join(', ')}, s.headline_key, s.id IS NULL AS missing
     FROM articles a LEFT JOIN article_summaries s ON s.id = a.id`,
  );
  for (const row of pairs.iterate() as IterableIterator<Record<string, unknown>>) {
    const name = `article “${(row.name as string) || '(untitled)'}” (${row.id as string})`;
    if (row.missing) {
      say(`${name} has no row in the library list, so the app does not show it; its words are safe, and "copydesk show ${row.id as string} --json | copydesk import-json -" makes a copy the list shows`);
      continue;
    }
    const stale: string[] = copied.filter((c) => row[`a_${c}`] !== row[`s_${c}`]);
    if (row.headline_key !== headlineSearchKey(row.a_headline as string)) stale.push('headline_key');
    if (stale.length > 0) say(`${name}: its row in the library list is out of step with it (${stale.join(', ')}), so the list shows it wrongly; saving the article again rewrites the row`);
  }
  const orphans = db.prepare('SELECT s.id, s.headline FROM article_summaries s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.id)');
  for (const row of orphans.iterate() as IterableIterator<{ id: string; headline: string }>) {
    say(`the library list has a row for “${row.headline || '(untitled)'}” (${row.id}), an article that no longer exists: the list shows it, but it cannot be opened`);
  }
  if (listed > MAX_LISTED) report.problems.push(`…and ${listed - MAX_LISTED} more library list problems`);
}

/** FTS5's own check compares each full-text index with its table; it is an INSERT, so it runs in a transaction rolled back. */
function checkFullText(file: string, db: Database.Database, report: DoctorReport): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
    .pluck()
    .all() as string[];
  if (tables.length === 0) return;
  const writer = new Database(file, { fileMustExist: true, timeout: 3000 });
  try {
    for (const table of tables) {
      writer.exec('BEGIN');
      try {
        writer.prepare(`INSERT INTO "${table}" ("${table}") VALUES ('integrity-check')`).run();
      } catch (error) {
        report.problems.push(`full-text index ${table} is out of step with its table (${(error as Error).message})`);
      } finally {
        writer.exec('ROLLBACK');
      }
    }
  } finally {
    writer.close();
  }
}

/** Databases before migration 007 have no search index to compare. */
function hasSearchIndex(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'article_search_keys'").get() !== undefined;
}
