// Articles in SQLite. Every write is checked against the shared schema, derives
// plain text and word count, keeps the article's list row (summaries.ts) in
// step, and bumps the revision. A save names the revision
// it was based on; if someone else saved since, it is a conflict, never an overwrite.
import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/result';
import {
  ArticleFields,
  emptyFields,
  type Article,
  ArticleChanges,
  type ArticleSummary,
  type BodyJSON,
} from '../../../shared/article/fields';
import { bodyFromJSON, checkBody, countWords, plainText } from '../../../shared/article/body';
import { slugify } from '../../../shared/article/slug';
import { MAX_PAGE, type ArticlePage, type ListArticlesRequest, type ListCursor, type SaveAck } from '../../../shared/ipc/contract';
import type { RelatedArticle } from '../../../shared/render/types';
import { Summaries, toSummary } from './summaries';
import { statementCache } from './statements';
import { describeIssues } from '../../../shared/ipc/result';
import { releaseDroppedAssets } from '../assets/release';
import { isBlankArticle } from '../../../shared/article/blank';
import { bodyFromPlainText } from '../../../shared/article/plain-text-body';
import { LIMITS } from '../../../shared/limits';

interface ArticleRow {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  section: string;
  tags_json: string;
  status: Article['status'];
  published_at: string | null;
  body_json: string;
  word_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** The list's page size when the caller names none. */
const DEFAULT_PAGE = 100;

export class ArticleStore {
  private readonly summaries: Summaries;
  private readonly statement: (sql: string) => Statement;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.summaries = new Summaries(db);
    this.statement = statementCache(db);
  }

  /** One page of the library (newest first, keyset cursor, headline filter): what the window and export read. */
  listPage(request: Partial<ListArticlesRequest> = {}): ArticlePage {
    return this.summaries.page({ limit: DEFAULT_PAGE, ...request });
  }

  /**
   * Every article's list row, newest first, read a page at a time. For tests
   * and checks on small databases; the window and export use listPage, the
   * CLI eachSummary.
   */
  list(): ArticleSummary[] {
    return [...this.eachSummary()];
  }

  /** Every article's list row, a page at a time (the CLI's `list`). */
  *eachSummary(pageSize = MAX_PAGE): Generator<ArticleSummary> {
    let cursor: ListCursor | undefined;
    do {
      const page = this.summaries.page({ limit: pageSize, cursor });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Which of these ids are articles. */
  existing(ids: readonly string[]): string[] {
    return this.summaries.existing(ids);
  }

  /** Up to `limit` articles whose id starts with `prefix`, in id order (the CLI's short ids). */
  withIdPrefix(prefix: string, limit: number): { id: string; headline: string }[] {
    return this.summaries.withIdPrefix(prefix, limit);
  }

  /** "More from": up to five newest published articles other than this one, by one indexed query. */
  related(excludeId: string | null): RelatedArticle[] {
    return this.summaries.related(excludeId);
  }

  /**
   * Runs fn on one consistent snapshot of the database (a read transaction):
   * what another connection commits meanwhile is not seen, so a long export
   * is not broken by an article deleted halfway through it.
   */
  snapshot<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }

  /** The article, or AppError 'not-found', or 'damaged' when its stored row no longer reads as an article. */
  get(id: string): Article {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return readRow(row);
  }

  /**
   * "Open as plain text" for a damaged article: a new article with the same
   * fields and the stored plain text as paragraphs. The damaged row is left
   * exactly as it is (its body may hold more than the plain text: marks,
   * photos, quotes), so nothing is lost either way.
   */
  recoverAsPlainText(id: string): Article {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as (ArticleRow & { plain_text: string }) | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return this.create(recoveredFields(row));
  }

  slugOf(id: string): string {
    const row = this.db.prepare('SELECT slug FROM articles WHERE id = ?').get(id) as { slug: string } | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return row.slug;
  }

  create(changes: ArticleChanges = {}): Article {
    const valid = validateFields({ ...emptyFields(), ...changes });
    const id = randomUUID();
    const time = this.now().toISOString();
    // Created as published (an import, the CLI): published now, unless the input says when.
    const fields = valid.status === 'published' && valid.publishedAt === null ? { ...valid, publishedAt: time } : valid;
    const derived = derive(fields.body);
    const columns = toColumns(fields);
    this.db
      .transaction(() => {
        this.statement(
          `INSERT INTO articles (id, slug, headline, standfirst, byline, dateline, section, tags_json, status, published_at,
             body_json, plain_text, word_count, revision, created_at, updated_at)
           VALUES (@id, @slug, @headline, @standfirst, @byline, @dateline, @section, @tags_json, @status, @published_at,
             @body_json, @plain_text, @word_count, 1, @time, @time)`,
        ).run({ id, time, ...columns, ...derived });
        this.summaries.write({ id, ...columns, word_count: derived.word_count, revision: 1, updated_at: time });
      })
      .immediate();
    return { id, ...fields, revision: 1, createdAt: time, updatedAt: time };
  }

  /**
   * Stores the changed fields onto baseRevision. The body is parsed and checked
   * once (the node the IPC boundary built is reused, shared/article/body.ts)
   * and its plain text and word count come from that node; a save that does
   * not change the body neither reads nor re-derives it.
   */
  save(id: string, baseRevision: number, changes: ArticleChanges): SaveAck {
    return this.db
      .transaction((): SaveAck => {
        const current = this.statement('SELECT revision, updated_at FROM articles WHERE id = ?').get(id) as
          | Pick<ArticleRow, 'revision' | 'updated_at'>
          | undefined;
        if (!current) throw new AppError('not-found', `No article with id ${id}.`);
        if (current.revision !== baseRevision) {
          throw new AppError(
            'conflict',
            `This article was saved elsewhere since you opened it (your copy is revision ${baseRevision}, the stored one is ${current.revision}).`,
          );
        }
        const valid = validateChanges(changes);
        const revision = current.revision + 1;
        // Never let the clock run backwards within one article (clock changes, fast saves).
        const time = maxIso(this.now().toISOString(), current.updated_at);
        const bodyChange = valid.body === undefined ? null : { json: JSON.stringify(valid.body), ...derive(valid.body) };
        const before = bodyChange ? (this.statement('SELECT body_json FROM articles WHERE id = ?').get(id) as { body_json: string }).body_json : null;
        // Unchanged columns are passed as NULL and keep their stored value.
        const row = this.statement(
          `UPDATE articles SET slug = coalesce(@slug, slug), headline = coalesce(@headline, headline),
             standfirst = coalesce(@standfirst, standfirst), byline = coalesce(@byline, byline),
             dateline = coalesce(@dateline, dateline), section = coalesce(@section, section),
             tags_json = coalesce(@tags_json, tags_json), status = coalesce(@status, status),
             published_at = CASE WHEN @published_given THEN @published_at
               WHEN published_at IS NULL AND coalesce(@status, status) = 'published' THEN @time
               ELSE published_at END,
             body_json = coalesce(@body_json, body_json), plain_text = coalesce(@plain_text, plain_text),
             word_count = coalesce(@word_count, word_count), revision = @revision, updated_at = @time
           WHERE id = @id AND revision = @base
           RETURNING slug, headline, status, section, word_count`,
        ).get({
          id,
          base: baseRevision,
          revision,
          time,
          slug: valid.headline === undefined ? null : slugify(valid.headline),
          headline: valid.headline ?? null,
          standfirst: valid.standfirst ?? null,
          byline: valid.byline ?? null,
          dateline: valid.dateline ?? null,
          section: valid.section ?? null,
          tags_json: valid.tags === undefined ? null : JSON.stringify(valid.tags),
          status: valid.status ?? null,
          // Given (a date, or null to clear it) it is stored as given; otherwise the first save as published sets it.
          published_given: valid.publishedAt === undefined ? 0 : 1,
          published_at: valid.publishedAt ?? null,
          body_json: bodyChange?.json ?? null,
          plain_text: bodyChange?.plain_text ?? null,
          word_count: bodyChange?.word_count ?? null,
        }) as Pick<ArticleRow, 'slug' | 'headline' | 'status' | 'section' | 'word_count'>;
        this.summaries.write({ id, ...row, revision, updated_at: time });
        if (before !== null && mayHoldDigests(before)) releaseDroppedAssets(this.db, JSON.parse(before), valid.body, this.now().toISOString());
        return toSummary({ id, ...row, revision, updated_at: time });
      })
      .immediate();
  }

  /**
   * Deletes a draft nothing was ever written in, if it is still exactly the
   * revision the caller saw: a draft someone filled in meanwhile (the CLI,
   * another window) is kept. Says whether it was deleted.
   */
  discardIfBlank(id: string, revision: number): boolean {
    return this.db
      .transaction((): boolean => {
        const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
        const article = row && row.revision === revision ? readRowOrNull(row) : null;
        if (!article || !isBlankArticle(article)) return false;
        this.db.prepare('DELETE FROM articles WHERE id = ? AND revision = ?').run(id, revision);
        return true;
      })
      .immediate();
  }

  delete(id: string): void {
    this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT body_json FROM articles WHERE id = ?').get(id) as { body_json: string } | undefined;
        if (!row) throw new AppError('not-found', `No article with id ${id}.`);
        this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
        // A damaged body names no photos we can trust; they stay until gc finds them unused.
        const body = parseOrNull(row.body_json);
        if (body) releaseDroppedAssets(this.db, body, null, this.now().toISOString());
      })
      .immediate();
  }
}

// Every write is checked here, whoever calls (IPC, CLI, tests). The zod Body
// schema's check leaves its node with the JSON (shared/article/body.ts), so a
// body already checked at the IPC boundary is not parsed again.
function validateFields(candidate: unknown): ArticleFields {
  const parsed = ArticleFields.safeParse(candidate);
  if (!parsed.success) throw new AppError('bad-request', describeIssues(parsed.error.issues));
  return parsed.data;
}

function validateChanges(candidate: unknown): ArticleChanges {
  const parsed = ArticleChanges.safeParse(candidate);
  if (!parsed.success) throw new AppError('bad-request', describeIssues(parsed.error.issues));
  return parsed.data;
}

function derive(body: BodyJSON): { plain_text: string; word_count: number } {
  const text = plainText(bodyFromJSON(body));
  return { plain_text: text, word_count: countWords(text) };
}

// Releasing photos parses and walks the old body; a body with no run of 64 hex
// digits (what release.ts counts as a reference) has none to release. A plain
// scan: /[0-9a-f]{64}/i took twice as long, and SQLite's GLOB four times.
function mayHoldDigests(bodyJson: string): boolean {
  let run = 0;
  for (let i = 0; i < bodyJson.length; i++) {
    const c = bodyJson.charCodeAt(i) | 0x20; // ASCII lower case
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)) {
      if (++run === 64) return true;
    } else run = 0;
  }
  return false;
}

function toColumns(fields: ArticleFields) {
  return {
    slug: slugify(fields.headline),
    headline: fields.headline,
    standfirst: fields.standfirst,
    byline: fields.byline,
    dateline: fields.dateline,
    section: fields.section,
    tags_json: JSON.stringify(fields.tags),
    status: fields.status,
    published_at: fields.publishedAt,
    body_json: JSON.stringify(fields.body),
  };
}

/** A stored row as an article; AppError 'damaged' (naming it) when its body or tags no longer parse. */
function readRow(row: ArticleRow): Article {
  const tags = parseOrNull(row.tags_json);
  const body = parseOrNull(row.body_json);
  const problem = !Array.isArray(tags) || tags.some((t) => typeof t !== 'string') ? 'its tags are not a list of text' : checkBody(body);
  if (problem) throw damagedArticle(row, problem);
  // The very objects just checked: their checked node is reused by the IPC response check (body.ts).
  return rowToArticle(row, tags as string[], body as BodyJSON);
}

/** A damaged row is never blank: it is kept for "Open as plain text". */
function readRowOrNull(row: ArticleRow): Article | null {
  try {
    return readRow(row);
  } catch {
    return null;
  }
}

export function damagedArticle(row: { id: string; headline: string }, problem: string): AppError {
  return new AppError(
    'damaged',
    `The article “${row.headline || '(untitled)'}” (${row.id}) is damaged: its stored text can no longer be read (${problem}). ` +
      'Its words can still be recovered: open it in Copydesk and choose “Open as plain text”, and run “copydesk doctor” to check the rest of the file.',
  );
}

function parseOrNull(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** The fields of a damaged row that still read, and its plain text as paragraphs. */
function recoveredFields(row: ArticleRow & { plain_text: string }): ArticleChanges {
  const tags = parseOrNull(row.tags_json);
  const candidate = {
    headline: `${row.headline || 'Untitled'} (recovered text)`.slice(0, LIMITS.headline),
    standfirst: row.standfirst,
    byline: row.byline,
    dateline: row.dateline,
    section: row.section,
    tags: Array.isArray(tags) && tags.every((t) => typeof t === 'string') ? tags : [],
    status: 'draft' as const,
    body: bodyFromPlainText(row.plain_text),
  };
  // Anything else in the row that no longer parses is left behind rather than blocking the words.
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(candidate)) {
    if (key === 'body' || ArticleFields.shape[key as keyof typeof ArticleFields.shape].safeParse(value).success) fields[key] = value;
  }
  return fields as ArticleChanges;
}

function rowToArticle(row: ArticleRow, tags: string[], body: BodyJSON): Article {
  return {
    id: row.id,
    headline: row.headline,
    standfirst: row.standfirst,
    byline: row.byline,
    dateline: row.dateline,
    section: row.section,
    tags,
    status: row.status,
    publishedAt: row.published_at,
    body,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}
