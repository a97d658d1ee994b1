// The search text, written behind the saves (issue 11, migration 018). A save
// stores the body and its exact word count and records the article in
// search_pending, in its own transaction; the stored plain text and the
// full-text index rows follow here, a moment later. Tokenizing the new text
// and rewriting the plain-text column were most of a long save; now the
// journalist's save pays neither.
//
// Search stays exact because everything that reads the plain text or the
// index catches up first, in whichever process reads (ArticleStore's search
// and recovery, search-check, the CLI): pending rows are committed with their
// saves, so another process sees them, and a crash before the catch-up loses
// nothing — the next reader, or the next start, does it.
//
// Each article is caught up in one IMMEDIATE transaction that writes only if
// the article is still at the revision its text was derived from and its
// pending row is the one the step read: a save landing in between leaves the
// row waiting for the next step. A row's revision is the one the article
// started waiting at (record(): later saves leave the row as it is). A body that cannot be read (damaged) does not block the queue: its
// row keeps a sentence saying why, its plain text is left as it was (it is
// what "Open as plain text" recovers), and `copydesk doctor` reports it.
import type { Database, Statement } from 'better-sqlite3';
import type { BodyJSON } from '../../../shared/article/fields';
import { bodyFromJSON, checkBody, plainText } from '../../../shared/article/body';
import { photoCreditsOfNode, tagsText, type SearchDocument } from '../../../shared/search/document';
import { SearchIndex } from './search-index';
import { statementCache } from './statements';
import { parseOrNull, stringList } from './lenient-json';

/** Articles per step of the idle catch-up: a long article's step is a few milliseconds. */
export const CATCH_UP_STEP = 8;
/** Bodies whose text a save derived, kept for the catch-up that follows (an optimisation, never needed for correctness). */
const KNOWN_BODIES = 4;

interface StoredArticle {
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  tags_json: string;
  body_json: string;
  revision: number;
}

/** A body a save stored, its JSON exactly as stored and the plain text derived from it. */
export interface KnownBody {
  text: string;
  body: BodyJSON;
  json: string;
}

export interface SearchCatchUpOptions {
  /** Tests: runs after an article's text is derived and before it is written (where another save could land). */
  beforeWrite?: (id: string) => void;
}

/** Everything waiting on this connection (a backup, a check): for a reader that has no store of its own. */
export function catchUpSearchText(db: Database): void {
  if (db.readonly || db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_pending'").get() === undefined) return;
  new SearchCatchUp(db, new SearchIndex(db)).catchUp();
}

export class SearchCatchUp {
  private readonly statement: (sql: string) => Statement;
  /** The text a save in this process derived, by article, with the revision it was saved as. */
  private readonly known = new Map<string, KnownBody & { revision: number }>();

  constructor(
    private readonly db: Database,
    private readonly search: SearchIndex,
    private readonly options: SearchCatchUpOptions = {},
  ) {
    this.statement = statementCache(db);
  }

  /**
   * In the writer's transaction: the article is waiting to be indexed, from this
   * revision on. An article already waiting keeps its row untouched (no page of
   * it is written: most autosaves come while the one before is still waiting),
   * unless the row holds a problem, which the new save clears. The catch-up
   * writes only what it derived from the article's current revision, so the
   * row need not follow every save.
   */
  record(id: string, revision: number): void {
    this.statement(
      `INSERT INTO search_pending (id, revision, problem) VALUES (?, ?, NULL)
       ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, problem = NULL WHERE search_pending.problem IS NOT NULL`,
    ).run(id, revision);
  }

  /** After a commit: the text the save derived for this revision, so the catch-up need not parse the body again. */
  remember(id: string, revision: number, body: KnownBody): void {
    this.known.delete(id);
    this.known.set(id, { ...body, revision });
    if (this.known.size > KNOWN_BODIES) this.known.delete(this.known.keys().next().value!);
  }

  /** After a commit that left the body as it was: what was known of it holds for the new revision too. */
  advance(id: string, from: number, to: number): void {
    const known = this.known.get(id);
    if (known?.revision === from) known.revision = to;
  }

  /** Whether anything is waiting (rows that failed for a damaged body are not). */
  waiting(): boolean {
    return this.statement('SELECT 1 FROM search_pending WHERE problem IS NULL LIMIT 1').get() !== undefined;
  }

  /** Up to `limit` waiting articles brought up to date; says how many were (rows skipped by a race stay waiting). */
  step(limit = CATCH_UP_STEP): number {
    const rows = this.statement('SELECT id, revision FROM search_pending WHERE problem IS NULL LIMIT ?').all(limit) as { id: string; revision: number }[];
    let done = 0;
    for (const row of rows) if (this.catchUpArticle(row.id, row.revision)) done++;
    return done;
  }

  /** Everything waiting, an article at a time: what every reader of the plain text or the index calls first. */
  catchUp(): void {
    // A step where nothing could be written means another writer keeps saving the same articles: a second try, then read.
    for (let idle = 0; idle < 2; ) {
      if (!this.waiting()) return;
      idle = this.step(64) === 0 ? idle + 1 : 0;
    }
  }

  /** One article, if it is waiting: before its own stored text is read (recovery). */
  catchUpOne(id: string): void {
    const revision = this.statement('SELECT revision FROM search_pending WHERE id = ? AND problem IS NULL').pluck().get(id) as number | undefined;
    if (revision !== undefined) this.catchUpArticle(id, revision);
  }

  private catchUpArticle(id: string, pendingRevision: number): boolean {
    const article = this.statement('SELECT headline, standfirst, byline, dateline, tags_json, body_json, revision FROM articles WHERE id = ?').get(id) as StoredArticle | undefined;
    if (!article) {
      this.statement('DELETE FROM search_pending WHERE id = ?').run(id);
      return true;
    }
    const derived = this.derive(id, article);
    this.options.beforeWrite?.(id);
    const write = () => {
      const pending = this.statement('SELECT revision FROM search_pending WHERE id = ?').pluck().get(id) as number | undefined;
      const revision = this.statement('SELECT revision FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
      // Saved again since it was read: its text is not this one; the row waits for the next step.
      if (pending !== pendingRevision || revision !== article.revision) return false;
      if ('problem' in derived) {
        this.statement('UPDATE search_pending SET problem = ? WHERE id = ? AND revision = ?').run(derived.problem, id, pendingRevision);
        return true;
      }
      this.statement('UPDATE articles SET plain_text = ? WHERE id = ? AND plain_text IS NOT ?').run(derived.doc.body, id, derived.doc.body);
      this.search.update(id, derived.doc);
      this.statement('DELETE FROM search_pending WHERE id = ? AND revision = ?').run(id, pendingRevision);
      return true;
    };
    // Inside a caller's transaction (a read that catches up first) it is a savepoint of that transaction.
    const transaction = this.db.transaction(write);
    return this.db.inTransaction ? transaction() : transaction.immediate();
  }

  /** The article's index document from its stored columns and its body's text, or why its body cannot give one. */
  private derive(id: string, article: StoredArticle): { doc: SearchDocument } | { problem: string } {
    const known = this.known.get(id);
    let text: string;
    let body: BodyJSON;
    // Reused only for the very JSON stored (a memory compare): a save rolled back by an enclosing transaction is never trusted.
    if (known?.revision === article.revision && known.json === article.body_json) ({ text, body } = known);
    else {
      const parsed = parseOrNull(article.body_json);
      const problem = parsed === null ? 'its body is not readable JSON' : checkBody(parsed);
      if (problem) return { problem: `its body cannot be read for search (${problem})` };
      body = parsed as BodyJSON;
      text = plainText(bodyFromJSON(body));
    }
    const columns = { headline: article.headline, standfirst: article.standfirst, byline: article.byline, dateline: article.dateline };
    return { doc: { ...columns, tags: tagsText(stringList(article.tags_json)), body: text, credits: photoCreditsOfNode(bodyFromJSON(body)) } };
  }
}
