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

  get(id: string): Article {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return rowToArticle(row);
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
        if (!row || row.revision !== revision || !isBlankArticle(rowToArticle(row))) return false;
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
        releaseDroppedAssets(this.db, JSON.parse(row.body_json), null, this.now().toISOString());
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
