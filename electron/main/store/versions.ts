// Every version of every article (migration 008). A version is taken of the
// article as it is stored, inside the transaction of the write that makes it
// (ArticleStore's create and save call in here), so a crash leaves an article
// and its versions consistent: both or neither. A version whose content is
// identical to the article's newest is not stored again.
//
// Costs: deciding whether a save takes a version reads one or two small index
// rows; only a save that takes one reads the row back and hashes it. Listing
// reads no bodies (they are the last column). Thinning reads only what crossed
// its line since the last run (the version_thinning watermarks).
import type { Database, Statement } from 'better-sqlite3';
import { nodeCrypto } from '../lazy-builtins';
import { headerOf } from '../../../shared/article/header';
import { AppError } from '../../../shared/errors/app-error';
import { MAX_VERSION_PAGE, Version, type VersionPage, type VersionReason, type VersionSummary } from '../../../shared/history/version';
import { autoVersionDue } from '../../../shared/history/auto-version';
import { DAILY_AFTER_MS, HOURLY_AFTER_MS, isThinnable, versionsToThin, type ThinCandidate } from '../../../shared/history/thinning';
import { statementCache } from './statements';

/** The article columns a version copies, as stored. */
export interface ContentRow {
  revision: number;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  section: string;
  tags_json: string;
  status: string;
  word_count: number;
  body_json: string;
}

interface VersionRow extends Omit<ContentRow, 'revision'> {
  article_id: string;
  number: number;
  revision: number;
  created_at: string;
  reason: VersionReason;
  name: string | null;
  restored_from: number | null;
  content_sha256: string;
}

export interface RecordOptions {
  name?: string | null;
  restoredFrom?: number | null;
  /** The row as stored, when the caller has it already (create). */
  row?: ContentRow;
  /** When the state was the article's (default now): a first version of an older article is dated by its last save. */
  at?: string;
}

/** What a save read of an article's versions before writing (beforeSave). */
export interface AutosaveState {
  /** When its newest automatic version was taken (ISO), or null when it has none. */
  lastAutomaticAt: string | null;
}

/** The stored article a save is about to replace. */
export interface SavedState {
  revision: number;
  /** When it was saved (ISO): the date of a first version taken of it. */
  updatedAt: string;
}

const CONTENT = 'revision, headline, standfirst, byline, dateline, section, tags_json, status, word_count, body_json';
const SUMMARY = 'number, revision, created_at, reason, name, restored_from, word_count';
const DEFAULT_PAGE = 50;

export class VersionStore {
  private readonly statement: (sql: string) => Statement;

  /**
   * What autosaves committed in this process left of each article's versions,
   * by the revision they left it at: the next autosave onto that revision
   * need not read them (beforeSave; a read was a quarter of a short save's
   * statements). Anything else that takes, changes or thins versions here
   * drops what it touches; a save from another process moves the revision on,
   * which makes the entry unused. What another process could do without
   * saving (a version of its own, thinning) leaves the entry later than the
   * truth at worst: the next automatic version then comes up to five minutes
   * after one that existed, never more often.
   */
  private readonly autosaved = new Map<string, { revision: number } & AutosaveState>();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statement = statementCache(db);
  }

  /**
   * Takes a version of the article as it is stored now, with this reason,
   * unless its content is identical to the newest version: then nothing is
   * stored (null), except that an automatic newest version takes a protecting
   * reason and a name (Save Version) goes on a newest version that has none.
   * Joins the caller's transaction when there is one. This is also the hook
   * for other features' versions, e.g. `versions.record(id, 'spike')`.
   */
  record(articleId: string, reason: VersionReason, options: RecordOptions = {}): VersionSummary | null {
    this.autosaved.delete(articleId);
    return this.inTransaction((): VersionSummary | null => {
      const row = options.row ?? (this.statement(`SELECT ${CONTENT} FROM articles WHERE id = ?`).get(articleId) as ContentRow | undefined);
      if (!row) throw new AppError('not-found', `No article with id ${articleId}.`);
      const sha = contentSha256(row);
      const newest = this.newest(articleId);
      if (newest && newest.content_sha256 === sha) {
        // The same content is not stored twice; but when it is kept for a reason that protects it
        // (a restore is about to replace it, Save Version), an automatic version that thinning
        // could remove becomes that reason's version, and a name is put on one that has none.
        const promote = reason !== 'autosave' && isThinnable(newest);
        const name = newest.name ?? (options.name || null);
        if (!promote && name === newest.name) return null;
        const updated = {
          ...newest,
          name,
          reason: promote ? reason : newest.reason,
          restored_from: promote ? (options.restoredFrom ?? null) : newest.restored_from,
        };
        this.statement('UPDATE article_versions SET reason = @reason, name = @name, restored_from = @restored_from WHERE article_id = @article_id AND number = @number').run({
          ...updated,
          article_id: articleId,
        });
        return toSummary(updated);
      }
      const version = {
        article_id: articleId,
        number: (newest?.number ?? 0) + 1,
        created_at: options.at ?? this.now().toISOString(),
        reason,
        name: options.name || null,
        restored_from: options.restoredFrom ?? null,
        content_sha256: sha,
        ...row,
      };
      this.statement(
        `INSERT INTO article_versions (article_id, number, revision, created_at, reason, name, restored_from, word_count, content_sha256,
           headline, standfirst, byline, dateline, section, tags_json, status, body_json)
         VALUES (@article_id, @number, @revision, @created_at, @reason, @name, @restored_from, @word_count, @content_sha256,
           @headline, @standfirst, @byline, @dateline, @section, @tags_json, @status, @body_json)`,
      ).run(version);
      return toSummary(version);
    });
  }

  /**
   * Called by a save, in its transaction, before it writes: an article that
   * has no version yet (one stored before versions existed) first gets one of
   * the state it is about to leave, dated when that state was saved. Answers
   * when its newest automatic version was taken, for afterAutosave: one read
   * for both (the save's own write changes no version).
   */
  beforeSave(articleId: string, stored: SavedState): AutosaveState {
    const remembered = this.autosaved.get(articleId);
    if (remembered?.revision === stored.revision) return { lastAutomaticAt: remembered.lastAutomaticAt };
    const known = this.statement(
      `SELECT EXISTS (SELECT 1 FROM article_versions WHERE article_id = @id) AS any,
         (SELECT created_at FROM article_versions WHERE article_id = @id AND reason = 'autosave' ORDER BY number DESC LIMIT 1) AS last`,
    ).get({ id: articleId }) as { any: number; last: string | null };
    if (!known.any) this.record(articleId, 'created', { at: stored.updatedAt });
    return { lastAutomaticAt: known.last };
  }

  /**
   * Called by an autosave, in its transaction, after it wrote: the 5-minute
   * rule (shared/history/auto-version.ts), on what beforeSave read, or read now.
   * Answers the state it leaves, for committed().
   */
  afterAutosave(articleId: string, known: AutosaveState = { lastAutomaticAt: this.lastAutomaticAt(articleId) }): AutosaveState {
    if (!autoVersionDue(known.lastAutomaticAt, this.now())) return known;
    const taken = this.record(articleId, 'autosave');
    return { lastAutomaticAt: taken?.reason === 'autosave' ? taken.createdAt : known.lastAutomaticAt };
  }

  /** After an autosave's commit (never before: a transaction rolled back must leave nothing remembered): what it left at `revision`. */
  committed(articleId: string, revision: number, state: AutosaveState): void {
    this.autosaved.set(articleId, { revision, ...state });
  }

  private lastAutomaticAt(articleId: string): string | null {
    return (
      (this.statement("SELECT created_at FROM article_versions WHERE article_id = ? AND reason = 'autosave' ORDER BY number DESC LIMIT 1")
        .pluck()
        .get(articleId) as string | undefined) ?? null
    );
  }

  /**
   * The article is being closed (the window leaves it, or quits): an automatic
   * version of what is stored, if anything was saved since its newest version.
   */
  closing(articleId: string): VersionSummary | null {
    return this.db
      .transaction((): VersionSummary | null => {
        const revision = this.statement('SELECT revision FROM articles WHERE id = ?').pluck().get(articleId) as number | undefined;
        if (revision === undefined) throw new AppError('not-found', `No article with id ${articleId}.`);
        if (this.newest(articleId)?.revision === revision) return null;
        return this.record(articleId, 'autosave');
      })
      .immediate();
  }

  /**
   * Save Version (Mod-S): a `manual` version of the stored article, which must
   * still be at `revision` — the one the window has saved everything onto.
   * Identical content is not stored again: the newest version is returned
   * (and named, when it has no name).
   */
  saveVersion(articleId: string, revision: number, name: string | null): VersionSummary {
    return this.db
      .transaction((): VersionSummary => {
        const stored = this.statement('SELECT revision FROM articles WHERE id = ?').pluck().get(articleId) as number | undefined;
        if (stored === undefined) throw new AppError('not-found', `No article with id ${articleId}.`);
        if (stored !== revision) {
          throw new AppError(
            'conflict',
            `This article was saved elsewhere since you opened it (your copy is revision ${revision}, the stored one is ${stored}); no version was saved.`,
          );
        }
        const taken = this.record(articleId, 'manual', { name });
        if (taken) return taken;
        return toSummary(this.newest(articleId)!);
      })
      .immediate();
  }

  /** Versions newest first, a page at a time (keyset on the number). */
  list(articleId: string, options: { limit?: number; before?: number } = {}): VersionPage {
    const limit = Math.min(options.limit ?? DEFAULT_PAGE, MAX_VERSION_PAGE);
    if (!this.statement('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw new AppError('not-found', `No article with id ${articleId}.`);
    const rows = this.statement(
      `SELECT ${SUMMARY} FROM article_versions WHERE article_id = @id AND number < @before ORDER BY number DESC LIMIT @limit`,
    ).all({ id: articleId, before: options.before ?? Number.MAX_SAFE_INTEGER, limit: limit + 1 }) as VersionRow[];
    const items = rows.slice(0, limit).map(toSummary);
    return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.number : null };
  }

  /** One whole version, or AppError 'not-found'. */
  get(articleId: string, number: number): Version {
    const row = this.statement('SELECT * FROM article_versions WHERE article_id = ? AND number = ?').get(articleId, number) as VersionRow | undefined;
    if (!row) {
      const exists = this.statement('SELECT 1 FROM articles WHERE id = ?').get(articleId);
      throw new AppError('not-found', exists ? `The article ${articleId} has no version ${number}.` : `No article with id ${articleId}.`);
    }
    let tags: unknown;
    let body: unknown;
    try {
      tags = JSON.parse(row.tags_json);
      body = JSON.parse(row.body_json);
    } catch {
      throw damagedVersion(articleId, number);
    }
    const parsed = Version.safeParse({
      ...toSummary(row),
      articleId,
      ...headerOf(row),
      section: row.section,
      tags,
      status: row.status,
      body,
    });
    if (!parsed.success) throw damagedVersion(articleId, number);
    return parsed.data;
  }

  /**
   * Thins automatic versions (shared/history/thinning.ts), reading only those
   * that crossed the 7-day or 90-day line since the last run. Runs at start-up
   * and in `copydesk gc`. Says how many it removed.
   */
  thin(): { removed: number } {
    this.autosaved.clear();
    const now = this.now();
    return this.db
      .transaction(() => {
        const hourlyLine = new Date(now.getTime() - HOURLY_AFTER_MS).toISOString();
        const dailyLine = new Date(now.getTime() - DAILY_AFTER_MS).toISOString();
        const doneThrough = (rule: string) =>
          (this.statement('SELECT done_through FROM version_thinning WHERE rule = ?').pluck().get(rule) as string | undefined) ?? '';
        // From the start of the hour (day) the last run reached: buckets are always seen whole.
        const hourlyFrom = doneThrough('hourly').slice(0, 13);
        const dailyFrom = doneThrough('daily').slice(0, 10);
        const candidates = this.statement(
          `SELECT v.article_id AS articleId, v.number, v.created_at AS createdAt, v.reason, v.name,
             v.number = (SELECT max(number) FROM article_versions AS w WHERE w.article_id = v.article_id) AS newest
           FROM article_versions AS v
           WHERE v.reason = 'autosave' AND v.name IS NULL
             AND ((v.created_at >= @hourlyFrom AND v.created_at < @hourlyLine) OR (v.created_at >= @dailyFrom AND v.created_at < @dailyLine))`,
        ).all({ hourlyFrom, hourlyLine, dailyFrom, dailyLine }) as Array<Omit<ThinCandidate, 'newest'> & { newest: number }>;
        const remove = versionsToThin(
          candidates.map((c) => ({ ...c, newest: c.newest === 1 })),
          now,
        );
        const drop = this.statement('DELETE FROM article_versions WHERE article_id = ? AND number = ?');
        for (const v of remove) drop.run(v.articleId, v.number);
        const mark = this.statement(
          'INSERT INTO version_thinning (rule, done_through) VALUES (?, ?) ON CONFLICT (rule) DO UPDATE SET done_through = max(done_through, excluded.done_through)',
        );
        mark.run('hourly', hourlyLine);
        mark.run('daily', dailyLine);
        return { removed: remove.length };
      })
      .immediate();
  }

  /** The caller's transaction when there is one, else an IMMEDIATE one of its own (it reads, then writes). */
  private inTransaction<T>(fn: () => T): T {
    return this.db.inTransaction ? fn() : this.db.transaction(fn).immediate();
  }

  private newest(articleId: string): VersionRow | undefined {
    return this.statement(
      `SELECT ${SUMMARY}, content_sha256 FROM article_versions WHERE article_id = ? ORDER BY number DESC LIMIT 1`,
    ).get(articleId) as VersionRow | undefined;
  }
}

/** The sha256 of a version's content: every field and the body, as stored. */
export function contentSha256(row: Omit<ContentRow, 'revision' | 'word_count'>): string {
  const content = JSON.stringify([row.headline, row.standfirst, row.byline, row.dateline, row.section, row.tags_json, row.status, row.body_json]);
  return nodeCrypto().createHash('sha256').update(content).digest('hex');
}

function damagedVersion(articleId: string, number: number): AppError {
  return new AppError(
    'damaged',
    `Version ${number} of the article ${articleId} is damaged: its stored text can no longer be read. The other versions and the article itself are not affected; run “copydesk doctor” to check the rest of the file.`,
  );
}

function toSummary(row: Pick<VersionRow, 'number' | 'revision' | 'created_at' | 'reason' | 'name' | 'restored_from' | 'word_count'>): VersionSummary {
  return {
    number: row.number,
    revision: row.revision,
    createdAt: row.created_at,
    reason: row.reason,
    name: row.name,
    restoredFrom: row.restored_from,
    wordCount: row.word_count,
  };
}
