// Articles in SQLite. Every write is checked against the shared schema, derives
// plain text and word count, and bumps the revision. A save names the revision
// it was based on; if someone else saved since, it is a conflict, never an overwrite.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/result';
import {
  ArticleFields,
  emptyFields,
  type Article,
  type ArticleChanges,
  type ArticleSummary,
  type BodyJSON,
} from '../../../shared/article/fields';
import { bodyFromJSON, countWords, plainText, checkBody } from '../../../shared/article/body';
import { slugify } from '../../../shared/article/slug';
import type { SaveAck } from '../../../shared/ipc/contract';
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
  body_json: string;
  word_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

export class ArticleStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): ArticleSummary[] {
    const rows = this.db
      .prepare(
        'SELECT id, headline, status, section, word_count, revision, updated_at FROM articles ORDER BY updated_at DESC, id',
      )
      .all() as Pick<ArticleRow, 'id' | 'headline' | 'status' | 'section' | 'word_count' | 'revision' | 'updated_at'>[];
    return rows.map((row) => ({
      id: row.id,
      headline: row.headline,
      status: row.status,
      section: row.section,
      wordCount: row.word_count,
      revision: row.revision,
      updatedAt: row.updated_at,
    }));
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
    const fields = validateFields({ ...emptyFields(), ...changes });
    const id = randomUUID();
    const time = this.now().toISOString();
    const derived = derive(fields.body);
    this.db
      .prepare(
        `INSERT INTO articles (id, slug, headline, standfirst, byline, dateline, section, tags_json, status,
           body_json, plain_text, word_count, revision, created_at, updated_at)
         VALUES (@id, @slug, @headline, @standfirst, @byline, @dateline, @section, @tags_json, @status,
           @body_json, @plain_text, @word_count, 1, @time, @time)`,
      )
      .run({ id, time, ...toColumns(fields), ...derived });
    return this.get(id);
  }

  save(id: string, baseRevision: number, changes: ArticleChanges): SaveAck {
    return this.db
      .transaction((): SaveAck => {
        const current = this.get(id);
        if (current.revision !== baseRevision) {
          throw new AppError(
            'conflict',
            `This article was saved elsewhere since you opened it (your copy is revision ${baseRevision}, the stored one is ${current.revision}).`,
          );
        }
        const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...before } = current;
        const fields = validateFields({ ...before, ...changes });
        const revision = current.revision + 1;
        // Never let the clock run backwards within one article (clock changes, fast saves).
        const time = maxIso(this.now().toISOString(), current.updatedAt);
        const derived = derive(fields.body);
        this.db
          .prepare(
            `UPDATE articles SET slug = @slug, headline = @headline, standfirst = @standfirst, byline = @byline,
               dateline = @dateline, section = @section, tags_json = @tags_json, status = @status,
               body_json = @body_json, plain_text = @plain_text, word_count = @word_count,
               revision = @revision, updated_at = @time
             WHERE id = @id AND revision = @base`,
          )
          .run({ id, base: baseRevision, revision, time, ...toColumns(fields), ...derived });
        if (changes.body !== undefined) releaseDroppedAssets(this.db, current.body, fields.body, this.now().toISOString());
        return { id, revision, updatedAt: time, wordCount: derived.word_count };
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

function validateFields(candidate: unknown): ArticleFields {
  const parsed = ArticleFields.safeParse(candidate);
  if (!parsed.success) throw new AppError('bad-request', describeIssues(parsed.error.issues));
  // The zod schema already ran checkBody; check again right before the write
  // so no code path can store a body the schema rejects.
  const problem = checkBody(parsed.data.body);
  if (problem) throw new AppError('bad-request', problem);
  return parsed.data;
}

function derive(body: BodyJSON): { plain_text: string; word_count: number } {
  const text = plainText(bodyFromJSON(body));
  return { plain_text: text, word_count: countWords(text) };
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
    body_json: JSON.stringify(fields.body),
  };
}

/** A stored row as an article; AppError 'damaged' (naming it) when its body or tags no longer parse. */
function readRow(row: ArticleRow): Article {
  const tags = parseOrNull(row.tags_json);
  const body = parseOrNull(row.body_json);
  const problem = !Array.isArray(tags) || tags.some((t) => typeof t !== 'string') ? 'its tags are not a list of text' : checkBody(body);
  if (problem) throw damagedArticle(row, problem);
  return rowToArticle(row);
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

function rowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    headline: row.headline,
    standfirst: row.standfirst,
    byline: row.byline,
    dateline: row.dateline,
    section: row.section,
    tags: JSON.parse(row.tags_json) as string[],
    status: row.status,
    body: JSON.parse(row.body_json) as BodyJSON,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}
