// The library's list rows (migration 006): written by the store with every
// create and save, read a page at a time. Nothing here reads `articles`, so no
// list, filter or "More from" query ever touches a body.
import type { Database, Statement } from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/article/fields';
import type { ArticlePage, ListArticlesRequest } from '../../../shared/ipc/contract';
import { headlineQuery, headlineSearchKey } from '../../../shared/article/headline-search';
import type { RelatedArticle } from '../../../shared/render/types';
import { MORE_LIMIT } from '../../../shared/render/related';
import { statementCache } from './statements';

export interface SummaryColumns {
  id: string;
  headline: string;
  slug: string;
  status: ArticleSummary['status'];
  section: string;
  word_count: number;
  revision: number;
  updated_at: string;
}

export interface SummaryRow {
  id: string;
  headline: string;
  status: ArticleSummary['status'];
  section: string;
  word_count: number;
  revision: number;
  updated_at: string;
}

const COLUMNS = 'id, headline, status, section, word_count, revision, updated_at';
// Keyset: rows after the cursor in (updated_at DESC, id) order. The first
// conjunct is a plain range on the primary key, so SQLite seeks to it.
const AFTER = '(updated_at <= @after AND (updated_at < @after OR id > @afterId))';
const MATCHES = 'instr(headline_key, @q) > 0';
// What JavaScript's trim() treats as blank in a headline (SQLite's trim() alone takes only spaces).
const BLANK = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

export class Summaries {
  private readonly statement: (sql: string) => Statement;

  constructor(db: Database) {
    this.statement = statementCache(db);
  }

  write(row: SummaryColumns): void {
    this.statement(
      `INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
       VALUES (@updated_at, @id, @headline, @headline_key, @slug, @status, @section, @word_count, @revision)
       ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, headline = excluded.headline,
         headline_key = excluded.headline_key, slug = excluded.slug, status = excluded.status,
         section = excluded.section, word_count = excluded.word_count, revision = excluded.revision`,
    ).run({ ...row, headline_key: headlineSearchKey(row.headline) });
  }

  /** One page, newest first, after the cursor; the headline filter runs here, in SQLite. */
  page(request: ListArticlesRequest): ArticlePage {
    const q = headlineQuery(request.filter?.headline ?? '');
    const where = [request.cursor ? AFTER : '', q ? MATCHES : ''].filter(Boolean).join(' AND ');
    const sql = `SELECT ${COLUMNS} FROM article_summaries ${where ? `WHERE ${where}` : ''} ORDER BY updated_at DESC, id LIMIT @n`;
    const params: Record<string, unknown> = { n: request.limit + 1 };
    if (request.cursor) Object.assign(params, { after: request.cursor.updatedAt, afterId: request.cursor.id });
    if (q) params.q = q;
    const rows = this.statement(sql).all(params) as SummaryRow[];
    const more = rows.length > request.limit;
    const items = (more ? rows.slice(0, request.limit) : rows).map(toSummary);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: more && last ? { updatedAt: last.updatedAt, id: last.id } : null,
      // Counting is a walk of the narrow id index: done once, for the unfiltered first page.
      total: !request.cursor && !q ? this.count() : null,
    };
  }

  count(): number {
    return (this.statement('SELECT count(*) AS n FROM article_summaries').get() as { n: number }).n;
  }

  existing(ids: readonly string[]): string[] {
    if (ids.length === 0) return [];
    return (
      this.statement('SELECT id FROM article_summaries WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
        id: string;
      }[]
    ).map((r) => r.id);
  }

  /**
   * Articles whose id starts with `prefix` (the CLI's short ids), in id order:
   * a range read of the id index, whatever the size of the library. Ids are
   * ASCII, so every one with the prefix sorts below prefix + U+FFFF.
   */
  withIdPrefix(prefix: string, limit: number): { id: string; headline: string }[] {
    return this.statement('SELECT id, headline FROM article_summaries WHERE id >= @lo AND id < @hi ORDER BY id LIMIT @limit').all({
      lo: prefix,
      hi: `${prefix}\uffff`,
      limit,
    }) as { id: string; headline: string }[];
  }

  /**
   * "More from {publication}": the newest published articles other than this
   * one, from the partial index article_summaries_published. Constant cost,
   * whatever the size of the library.
   */
  related(excludeId: string | null, limit = MORE_LIMIT): RelatedArticle[] {
    const rows = this.statement(
      `SELECT id, headline, slug, status, section, updated_at FROM article_summaries
       WHERE status = 'published' AND id <> @exclude AND trim(headline, @blank) <> ''
       ORDER BY updated_at DESC, id LIMIT @limit`,
    ).all({ exclude: excludeId ?? '', blank: BLANK, limit }) as (Omit<RelatedArticle, 'updatedAt'> & { updated_at: string })[];
    return rows.map(({ updated_at, ...rest }) => ({ ...rest, updatedAt: updated_at }));
  }
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    status: row.status,
    section: row.section,
    wordCount: row.word_count,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}
