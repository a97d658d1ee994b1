// The library's list rows (migrations 006, 007): written by the store with
// every create, save and spike, read a page at a time (desk-page.ts). Nothing
// here reads `articles`, so no list, filter, search or "More from" query ever
// touches a body.
import type { Database, Statement } from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/article/fields';
import type { ArticlePage, ListArticlesRequest, StatusCounts } from '../../../shared/article/list-page';
import { foldForSearch, headlineSearchKey } from '../../../shared/article/headline-search';
import type { RelatedArticle } from '../../../shared/render/types';
import { MORE_LIMIT } from '../../../shared/render/related';
import { statementCache } from './statements';
import { readPage } from './desk-page';
import { toSummary, type SummaryRow } from './summary-row';
import type { SearchIndex } from './search-index';

export interface SummaryColumns {
  id: string;
  headline: string;
  slug: string;
  status: ArticleSummary['status'];
  section: string;
  word_count: number;
  revision: number;
  updated_at: string;
  created_at: string;
  spiked_at: string | null;
}


/** Sections read for suggestions at most (a desk has tens). */
const MAX_SECTIONS = 200;

// What JavaScript's trim() treats as blank in a headline (SQLite's trim() alone takes only spaces).
const BLANK = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

export class Summaries {
  private readonly statement: (sql: string) => Statement;

  constructor(
    db: Database,
    private readonly search: SearchIndex,
  ) {
    this.statement = statementCache(db);
  }

  /**
   * Writes every column of the row, naming in its SET only the columns that
   * changed. SQLite rewrites the entry of every index on a column an UPDATE
   * names, even to the same value, and status_counts' trigger (migration 007)
   * fires on any UPDATE that names status or spiked_at. So: an autosave (only
   * the time, word count and revision differ from what is stored) rewrites the
   * row and the list index's entry (migration 019) and nothing else; a save
   * that keeps the status rewrites the other columns too; anything else (a new
   * row, a status change, a row out of step) is the upsert.
   */
  write(row: SummaryColumns): void {
    const values = { ...row, headline_key: headlineSearchKey(row.headline) };
    const autosaved = this.statement(
      `UPDATE article_summaries SET updated_at = @updated_at, word_count = @word_count, revision = @revision
       WHERE id = @id AND status = @status AND spiked_at IS @spiked_at AND headline = @headline AND headline_key = @headline_key
         AND slug = @slug AND section = @section AND created_at = @created_at`,
    ).run(values);
    if (autosaved.changes > 0) return;
    const kept = this.statement(
      `UPDATE article_summaries SET updated_at = @updated_at, headline = @headline, headline_key = @headline_key, slug = @slug,
         section = @section, word_count = @word_count, revision = @revision, created_at = @created_at
       WHERE id = @id AND status = @status AND spiked_at IS @spiked_at`,
    ).run(values);
    if (kept.changes > 0) return;
    this.statement(
      `INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision, created_at, spiked_at)
       VALUES (@updated_at, @id, @headline, @headline_key, @slug, @status, @section, @word_count, @revision, @created_at, @spiked_at)
       ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, headline = excluded.headline,
         headline_key = excluded.headline_key, slug = excluded.slug, status = excluded.status,
         section = excluded.section, word_count = excluded.word_count, revision = excluded.revision,
         created_at = excluded.created_at, spiked_at = excluded.spiked_at`,
    ).run(values);
  }

  /** One page of the list, a filter or a search (desk-page.ts). */
  page(request: ListArticlesRequest): ArticlePage {
    return readPage(request, { statement: this.statement, search: this.search, counts: () => this.counts(), sectionSpellings: (section) => this.spellingsOf(section) });
  }

  /**
   * The section filter ignores case and accents ("politics" finds "Politics"
   * and "Polítics"): the stored spellings that fold to the same words, found
   * among the desk's distinct sections by the same skip-scan as the suggestions.
   */
  spellingsOf(section: string): string[] {
    const key = foldForSearch(section.trim());
    return this.distinct('article_summaries', 'section', '', MAX_SECTIONS).filter((s) => foldForSearch(s.trim()) === key);
  }

  /** Articles per status, spiked ones apart (kept by migration 007's triggers). */
  counts(): StatusCounts {
    const rows = this.statement('SELECT status, n FROM status_counts').all() as { status: keyof StatusCounts; n: number }[];
    const counts: StatusCounts = { draft: 0, editing: 0, ready: 0, published: 0, spiked: 0 };
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  /**
   * Sections already used whose name starts with `prefix` (ignoring case and
   * accents), A to Z. A desk has tens of sections: the distinct ones are read
   * by a skip-scan (one index seek each, at most MAX_SECTIONS of them), never
   * by a walk of the library.
   */
  sections(prefix: string, limit: number): string[] {
    const start = foldForSearch(prefix.trim());
    return this.distinct('article_summaries', 'section', '', MAX_SECTIONS)
      .filter((s) => foldForSearch(s).startsWith(start))
      .slice(0, limit);
  }

  /** Tags already used that start with `prefix` (ignoring case and accents), by the same skip-scan on their folded keys. */
  tags(prefix: string, limit: number): string[] {
    const keys = this.distinct('article_tags', 'tag_key', foldForSearch(prefix.trim()), limit);
    // Show each tag as it was written somewhere.
    const shown = this.statement('SELECT tag FROM article_tags WHERE tag_key = ? LIMIT 1').pluck();
    return keys.map((key) => (shown.get(key) as string | undefined) ?? key);
  }

  /** Distinct non-empty values of an indexed column that start with `start`, in order. */
  private distinct(table: string, column: string, start: string, limit: number): string[] {
    return this.statement(
      `WITH RECURSIVE next(v) AS (
         SELECT min(${column}) FROM ${table} WHERE ${column} >= @start AND ${column} <> ''
         UNION ALL
         SELECT (SELECT min(${column}) FROM ${table} WHERE ${column} > next.v) FROM next
         WHERE next.v IS NOT NULL AND substr(next.v, 1, length(@start)) = @start
         LIMIT @limit + 1
       )
       SELECT v FROM next WHERE v IS NOT NULL AND substr(v, 1, length(@start)) = @start LIMIT @limit`,
    )
      .pluck()
      .all({ start, limit }) as string[];
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
       WHERE status = 'published' AND spiked_at IS NULL AND id <> @exclude AND trim(headline, @blank) <> ''
       ORDER BY updated_at DESC, id LIMIT @limit`,
    ).all({ exclude: excludeId ?? '', blank: BLANK, limit }) as (Omit<RelatedArticle, 'updatedAt'> & { updated_at: string })[];
    return rows.map(({ updated_at, ...rest }) => ({ ...rest, updatedAt: updated_at }));
  }
}
