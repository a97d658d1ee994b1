// Articles in SQLite. Every write is checked against the shared schema, derives
// the word count, keeps the article's list row (summaries.ts) in step in the
// same transaction, records the article for the search catch-up (the stored
// plain text and the full-text index follow behind the save and are brought up
// to date before anything reads them: search-catch-up.ts), and bumps the revision. A save names the revision
// it was based on; if someone else saved since, it is a conflict, never an overwrite.
import { stampPublishedAt } from '../../../shared/article/published-at';
import type { Database, Statement } from 'better-sqlite3';
import { nodeCrypto } from '../lazy-builtins';
import { AppError } from '../../../shared/errors/app-error';
import {
  ArticleFields,
  emptyFields,
  type Article,
  ArticleChanges,
  type ArticleSummary,
  type BodyJSON,
} from '../../../shared/article/fields';
import { bodyFromJSON, bodyJSONText, checkBody, photoDigestsOf } from '../../../shared/article/body';
import { slugify } from '../../../shared/article/slug';
import { MAX_PAGE, type ArticlePage, type ListArticlesRequest, type ListCursor, type DeskRow, type ListFilter } from '../../../shared/article/list-page';
import { type SaveAck } from '../../../shared/article/fields';
import { SearchIndex } from './search-index';
import { SearchCatchUp, type SearchCatchUpOptions } from './search-catch-up';
import { toDeskRow } from './desk-page';
import type { RelatedArticle } from '../../../shared/render/types';
import { Summaries } from './summaries';
import { toSummary } from './summary-row';
import { parseOrNull } from './lenient-json';
import { statementCache } from './statements';
import { describeIssues } from '../../../shared/errors/app-error';
import { releaseDroppedAssets, StoredPhotoDigests } from '../assets/release';
import { digestsIn } from '../../../shared/article/assets-used';
import { DerivedTextCounter } from './derived-text';
import { isBlankArticle } from '../../../shared/article/blank';
import { bodyFromPlainText } from '../../../shared/article/plain-text-body';
import { LIMITS } from '../../../shared/limits';
import { headerOf } from '../../../shared/article/header';
import { VersionStore, type AutosaveState } from './versions';
import { RESTORED_FIELDS, type VersionReason } from '../../../shared/history/version';

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
  target_words: number | null;
  dialect: '' | 'en-US' | 'en-GB';
  body_json: string;
  word_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
  spiked_at: string | null;
  spiked_status: Article['status'] | null;
}

/** The list's page size when the caller names none. */
const DEFAULT_PAGE = 100;

export interface SaveOptions {
  /** This save brings back that version (History → Restore): the state it replaces is kept first as `before-restore`. */
  restoreFrom?: number;
}

export class ArticleStore {
  private readonly summaries: Summaries;
  private readonly search: SearchIndex;
  /** The plain text and full-text index, written behind the saves; every reader of them catches it up first. */
  readonly searchCatchUp: SearchCatchUp;
  private readonly statement: (sql: string) => Statement;
  /** Every version of every article, written in the same transactions as the saves that make them. */
  readonly versions: VersionStore;
  /** Word counts of the last body derived, reused for the blocks the next one shares (derived-text.ts). */
  private readonly derived = new DerivedTextCounter();
  /** The photos each stored body uses, by revision: a save need not read back the body it replaces. */
  private readonly photos = new StoredPhotoDigests();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    catchUpOptions: SearchCatchUpOptions = {},
  ) {
    this.search = new SearchIndex(db);
    this.searchCatchUp = new SearchCatchUp(db, this.search, catchUpOptions);
    this.summaries = new Summaries(db, this.search);
    this.statement = statementCache(db);
    this.versions = new VersionStore(db, now);
  }

  /** One page of the library (newest first, keyset cursor, headline filter): what the window and export read. */
  listPage(request: Partial<ListArticlesRequest> = {}): ArticlePage {
    if (request.filter?.query) this.searchCatchUp.catchUp();
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

  /** Every row of the list (or of a filter or search), a page at a time (the CLI's `list` and `search`). */
  *eachSummary(pageSize = MAX_PAGE, filter?: ListFilter): Generator<DeskRow> {
    let cursor: ListCursor | undefined;
    if (filter?.query) this.searchCatchUp.catchUp();
    do {
      const page = this.summaries.page({ limit: pageSize, cursor, ...(filter ? { filter } : {}) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Sections or tags already used that start with `prefix`, for the metadata row's suggestions (bounded reads). */
  suggestions(field: 'section' | 'tag', prefix: string, limit = 20): string[] {
    return field === 'section' ? this.summaries.sections(prefix, limit) : this.summaries.tags(prefix, limit);
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
    const article = readRow(row);
    this.photos.remember(id, article.revision, digestsOf(article.body));
    return article;
  }

  /**
   * "Open as plain text" for a damaged article: a new article with the same
   * fields and the stored plain text as paragraphs. The damaged row is left
   * exactly as it is (its body may hold more than the plain text: marks,
   * photos, quotes), so nothing is lost either way.
   */
  recoverAsPlainText(id: string): Article {
    // Its text as of its last save when that body could be read; left as it was when it could not.
    this.searchCatchUp.catchUpOne(id);
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as (ArticleRow & { plain_text: string }) | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return this.create(recoveredFields(row));
  }

  /** The stored revision, or AppError 'not-found'; reads no body. */
  revisionOf(id: string): number {
    const revision = this.statement('SELECT revision FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
    if (revision === undefined) throw new AppError('not-found', `No article with id ${id}.`);
    return revision;
  }

  slugOf(id: string): string {
    const row = this.db.prepare('SELECT slug FROM articles WHERE id = ?').get(id) as { slug: string } | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return row.slug;
  }

  /** A new article and its first version (`created`, or `import` when it came from outside). */
  create(changes: ArticleChanges = {}, reason: Extract<VersionReason, 'created' | 'import'> = 'created'): Article {
    const valid = validateFields({ ...emptyFields(), ...changes });
    const id = nodeCrypto().randomUUID();
    const time = this.now().toISOString();
    // Created as published (an import, the CLI): published now, unless the input says when.
    const fields = { ...valid, publishedAt: stampPublishedAt(valid.status, valid.publishedAt, time) };
    const derived = this.derived.derive(fields.body);
    const columns = toColumns(fields);
    this.db
      .transaction(() => {
        this.statement(
          `INSERT INTO articles (id, slug, headline, standfirst, byline, dateline, section, tags_json, status, published_at,
             target_words, dialect, body_json, plain_text, word_count, revision, created_at, updated_at)
           VALUES (@id, @slug, @headline, @standfirst, @byline, @dateline, @section, @tags_json, @status, @published_at,
             @target_words, @dialect, @body_json, @plain_text, @word_count, 1, @time, @time)`,
          // The plain text is written with a new article (only the index waits for the catch-up): a body damaged
          // before the first catch-up still has its words for "Open as plain text". Saves leave it to the catch-up.
        ).run({ id, time, ...columns, target_words: fields.targetWords ?? null, dialect: fields.dialect ?? '', word_count: derived.word_count, plain_text: derived.plain_text });
        this.summaries.write({ id, ...columns, word_count: derived.word_count, revision: 1, updated_at: time, created_at: time, spiked_at: null });
        this.search.insertKey(id, fields.tags);
        this.searchCatchUp.record(id, 1);
        const { slug: _slug, ...content } = columns;
        this.versions.record(id, reason, { row: { ...content, revision: 1, word_count: derived.word_count }, at: time });
      })
      .immediate();
    this.photos.remember(id, 1, digestsOf(fields.body));
    this.searchCatchUp.remember(id, 1, { text: derived.plain_text, body: fields.body, json: columns.body_json });
    return { id, ...fields, revision: 1, createdAt: time, updatedAt: time };
  }

  /**
   * Stores the changed fields onto baseRevision. The body is parsed and checked
   * once (the node the IPC boundary built is reused, shared/article/body.ts)
   * and its plain text and word count come from that node; a save that does
   * not change the body neither reads nor re-derives it. Nor does a save read
   * back the body it replaces: the photos that body used are remembered
   * (StoredPhotoDigests), and only those the new one drops are released.
   *
   * Versions (versions.ts) are taken in the same transaction: on a status
   * change, on a restore (and of the state it replaces), and otherwise by the
   * 5-minute rule for automatic versions.
   */
  save(id: string, baseRevision: number, changes: ArticleChanges, options: SaveOptions = {}): SaveAck {
    let photosAfter: ReadonlySet<string> | null = null;
    let derivedText: { text: string; body: BodyJSON; json: string } | null = null;
    let autosaved: AutosaveState | null = null;
    const ack = this.db
      .transaction((): SaveAck => {
        const current = this.statement('SELECT revision, updated_at, status FROM articles WHERE id = ?').get(id) as
          | Pick<ArticleRow, 'revision' | 'updated_at' | 'status'>
          | undefined;
        if (!current) throw new AppError('not-found', `No article with id ${id}.`);
        if (current.revision !== baseRevision) {
          throw new AppError(
            'conflict',
            `This article was saved elsewhere since you opened it (your copy is revision ${baseRevision}, the stored one is ${current.revision}).`,
          );
        }
        const valid = validateChanges(changes);
        const versionsBefore = this.versions.beforeSave(id, { revision: current.revision, updatedAt: current.updated_at });
        if (options.restoreFrom !== undefined) this.versions.record(id, 'before-restore');
        const revision = current.revision + 1;
        // Never let the clock run backwards within one article (clock changes, fast saves).
        const time = maxIso(this.now().toISOString(), current.updated_at);
        // The body as sent when it came as text (an autosave), else serialized (bodyJSONText).
        const bodyChange = valid.body === undefined ? null : { json: bodyJSONText(valid.body), ...this.derived.derive(valid.body) };
        // What the body being replaced uses, before it is replaced (read back only when not remembered).
        if (bodyChange && valid.body !== undefined) derivedText = { text: bodyChange.plain_text, body: valid.body, json: bodyChange.json };
        const photosBefore = bodyChange ? this.photos.of(id, current.revision, () => this.storedBodyOf(id)) : null;
        // An autosave of the body alone names only the columns it changes (binding every column's parameter
        // was a fifth of a short save's statements); any other save passes unchanged columns as NULL, which keep their value.
        const bodyOnly = bodyChange !== null && Object.keys(valid).length === 1;
        const row = (bodyOnly
          ? this.statement(
              `UPDATE articles SET body_json = @body_json, word_count = @word_count, revision = @revision, updated_at = @time
               WHERE id = @id AND revision = @base
               RETURNING slug, headline, status, section, word_count, created_at, spiked_at`,
            ).get({ id, base: baseRevision, revision, time, body_json: bodyChange.json, word_count: bodyChange.word_count })
          : this.statement(
              `UPDATE articles SET slug = coalesce(@slug, slug), headline = coalesce(@headline, headline),
                 standfirst = coalesce(@standfirst, standfirst), byline = coalesce(@byline, byline),
                 dateline = coalesce(@dateline, dateline), section = coalesce(@section, section),
                 tags_json = coalesce(@tags_json, tags_json), status = coalesce(@status, status),
                 published_at = CASE WHEN @published_given THEN @published_at
                   WHEN published_at IS NULL AND coalesce(@status, status) = 'published' THEN @time
                   ELSE published_at END,
                 target_words = CASE WHEN @target_given THEN @target_words ELSE target_words END,
                 dialect = coalesce(@dialect, dialect),
                 body_json = coalesce(@body_json, body_json),
                 word_count = coalesce(@word_count, word_count), revision = @revision, updated_at = @time
               WHERE id = @id AND revision = @base
               RETURNING slug, headline, status, section, word_count, created_at, spiked_at`,
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
              target_given: valid.targetWords === undefined ? 0 : 1,
              target_words: valid.targetWords ?? null,
              dialect: valid.dialect ?? null,
              body_json: bodyChange?.json ?? null,
              word_count: bodyChange?.word_count ?? null,
            })) as Pick<ArticleRow, 'slug' | 'headline' | 'status' | 'section' | 'word_count' | 'created_at' | 'spiked_at'>;
        // Every column, not only those changed: a save is also what repairs a list row out of step (copydesk doctor says so).
        this.summaries.write({ id, ...row, revision, updated_at: time });
        if (valid.tags) this.search.writeTags(id, valid.tags);
        this.searchCatchUp.record(id, revision);
        if (photosBefore && valid.body !== undefined) {
          photosAfter = digestsOf(valid.body);
          releaseDroppedAssets(this.db, photosBefore, photosAfter, this.now().toISOString());
        }
        if (options.restoreFrom !== undefined) this.versions.record(id, 'restore', { restoredFrom: options.restoreFrom });
        else if (valid.status !== undefined && valid.status !== current.status) this.versions.record(id, 'status');
        else autosaved = this.versions.afterAutosave(id, versionsBefore);
        return toSummary({ id, ...row, revision, updated_at: time });
      })
      .immediate();
    // Only once committed: a save rolled back leaves the stored body, and what is remembered of it, as they were.
    // Typed as read inside the closure (TypeScript cannot see the assignment there).
    const versionsLeft = autosaved as AutosaveState | null;
    // Only a save that was its own transaction is committed here: one inside a caller's can still be rolled back.
    if (versionsLeft && !this.db.inTransaction) this.versions.committed(id, ack.revision, versionsLeft);
    if (photosAfter) this.photos.remember(id, ack.revision, photosAfter);
    else this.photos.advance(id, baseRevision, ack.revision);
    // Typed as read inside the closure (TypeScript cannot see the assignment there).
    const known = derivedText as { text: string; body: BodyJSON; json: string } | null;
    if (known) this.searchCatchUp.remember(id, ack.revision, known);
    else this.searchCatchUp.advance(id, baseRevision, ack.revision);
    return ack;
  }

  private storedBodyOf(id: string): string {
    return (this.statement('SELECT body_json FROM articles WHERE id = ?').get(id) as { body_json: string }).body_json;
  }

  /**
   * Brings back version `number` as a new revision (`copydesk restore`): its
   * words (shared/history/version.ts RESTORED_FIELDS) saved onto the current
   * revision, or onto `baseRevision` (a stale one is a conflict), through save().
   */
  restore(id: string, number: number, baseRevision?: number): SaveAck {
    return this.db
      .transaction((): SaveAck => {
        const version = this.versions.get(id, number);
        const changes = Object.fromEntries(RESTORED_FIELDS.map((field) => [field, version[field]])) as ArticleChanges;
        return this.save(id, baseRevision ?? this.revisionOf(id), changes, { restoreFrom: number });
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
        this.photos.forget(id);
        return true;
      })
      .immediate();
  }

  /**
   * Deletes an article for good. Only a spiked one, unless `force` (the CLI's
   * --force): deleting is what the Spiked view does, after spiking.
   */
  delete(id: string, options: { force?: boolean } = {}): void {
    this.db
      .transaction(() => {
        const row = this.statement('SELECT headline, body_json, spiked_at FROM articles WHERE id = ?').get(id) as
          | Pick<ArticleRow, 'headline' | 'body_json' | 'spiked_at'>
          | undefined;
        if (!row) throw new AppError('not-found', `No article with id ${id}.`);
        if (!row.spiked_at && !options.force) {
          throw new AppError('bad-request', `“${row.headline || 'Untitled'}” is not spiked: only a spiked article can be deleted permanently. Spike it first.`);
        }
        this.remove(id, row.body_json);
      })
      .immediate();
  }

  /** Whether the article is on the spike (AppError 'not-found' when there is no such article). */
  isSpiked(id: string): boolean {
    const row = this.statement('SELECT spiked_at FROM articles WHERE id = ?').get(id) as Pick<ArticleRow, 'spiked_at'> | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return row.spiked_at !== null;
  }

  /**
   * Spikes an article: it leaves the list and search for the Spiked view,
   * keeping its status to return to. Not an edit of its words, so its
   * revision and last-saved time stay as they are. Spiking a spiked article
   * changes nothing.
   */
  spike(id: string): DeskRow {
    return this.db
      .transaction((): DeskRow => {
        const time = this.now().toISOString();
        const spiked = this.statement('UPDATE articles SET spiked_at = @time, spiked_status = status WHERE id = @id AND spiked_at IS NULL').run({ id, time });
        this.statement('UPDATE article_summaries SET spiked_at = (SELECT spiked_at FROM articles WHERE id = @id) WHERE id = @id').run({ id });
        // The state it was spiked in is kept as a version, in the same transaction (History).
        if (spiked.changes > 0) this.versions.record(id, 'spike');
        return this.deskRow(id);
      })
      .immediate();
  }

  /** Back from the spike, with the status it had when it was spiked. */
  unspike(id: string): DeskRow {
    return this.db
      .transaction((): DeskRow => {
        this.statement(
          'UPDATE articles SET status = coalesce(spiked_status, status), spiked_at = NULL, spiked_status = NULL WHERE id = @id AND spiked_at IS NOT NULL',
        ).run({ id });
        this.statement(
          'UPDATE article_summaries SET spiked_at = NULL, status = (SELECT status FROM articles WHERE id = @id) WHERE id = @id',
        ).run({ id });
        return this.deskRow(id);
      })
      .immediate();
  }

  /**
   * Deletes the articles spiked before `before` (start-up, after the
   * publication's purge age); their photos are released and then follow the
   * unused-photo rules (assets/collect-unused.ts). Reads the spiked rows only
   * (a partial index). Says how many were deleted.
   */
  purgeSpiked(before: Date): number {
    return this.db
      .transaction((): number => {
        const ids = this.statement('SELECT id FROM article_summaries WHERE spiked_at IS NOT NULL AND spiked_at < ?')
          .pluck()
          .all(before.toISOString()) as string[];
        for (const id of ids) {
          const body = this.statement('SELECT body_json FROM articles WHERE id = ?').pluck().get(id) as string | undefined;
          if (body !== undefined) this.remove(id, body);
        }
        return ids.length;
      })
      .immediate();
  }

  private remove(id: string, bodyJson: string): void {
    // Its summary, index row and tags go by trigger (migrations 006, 007).
    this.statement('DELETE FROM articles WHERE id = ?').run(id);
    // A damaged body names no photos we can trust; they stay until gc finds them unused.
    const body = parseOrNull(bodyJson);
    if (body) releaseDroppedAssets(this.db, digestsIn(body), null, this.now().toISOString());
    this.photos.forget(id);
  }

  private deskRow(id: string): DeskRow {
    const row = this.statement(
      'SELECT id, headline, status, section, word_count, revision, updated_at, spiked_at FROM article_summaries WHERE id = ?',
    ).get(id) as Parameters<typeof toDeskRow>[0] | undefined;
    if (!row) throw new AppError('not-found', `No article with id ${id}.`);
    return toDeskRow(row);
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

/** The photos a checked body uses, from its check's walk (shared/article/body.ts). */
function digestsOf(body: BodyJSON): ReadonlySet<string> {
  return photoDigestsOf(body) ?? digestsIn(body);
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
    body_json: bodyJSONText(fields.body),
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
    ...headerOf(row),
    section: row.section,
    tags,
    status: row.status,
    publishedAt: row.published_at,
    // Left out when unset, so an article without them reads (and exports) as before migration 012.
    ...(row.target_words !== null && row.target_words !== undefined ? { targetWords: row.target_words } : {}),
    ...(row.dialect ? { dialect: row.dialect } : {}),
    body,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}
