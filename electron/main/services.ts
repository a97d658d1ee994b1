// Everything the main process, the CLI and the tests share: no `electron` here.
import type { Database } from 'better-sqlite3';
import { openDatabase, type OpenOptions } from './store/open-database';
import { ArticleStore } from './store/article-store';
import type { VersionStore } from './store/versions';
import { AssetStore } from './assets/asset-store';
import { SettingsStore } from './settings/settings-store';
import { UserSettingsStore } from './settings/user-settings-store';
import { CheckStore } from './checks/check-store';
import { SectionTargetStore } from './settings/section-target-store';
import { AcceptedFlags } from './checks/accepted-flags';
import { HtmlExporter } from './export/html-exporter';
import { explainFailure } from './store/explain-failure';
import { AppError } from '../../shared/errors/app-error';

export interface Services {
  readonly dbPath: string;
  readonly db: Database;
  readonly articles: ArticleStore;
  /** Every version of every article (the same object as articles.versions). */
  readonly versions: VersionStore;
  /** Photos, content-addressed by sha256. */
  readonly assets: AssetStore;
  readonly settings: SettingsStore;
  /** The person at this computer's settings: the initials on their editorial notes (migration 017). */
  readonly userSettings: UserSettingsStore;
  /** Copy checks: the newsroom dictionary, the house rules and the dialect (migration 011). */
  readonly checks: CheckStore;
  /** The desk's default length target per section (migration 013). */
  readonly sectionTargets: SectionTargetStore;
  /** The flags marked correct in each article (the accepted_flags table). */
  readonly acceptedFlags: AcceptedFlags;
  /** Article → self-contained HTML (shared renderer, images embedded). */
  readonly exporter: HtmlExporter;
  /** A failure of the machine on this database (full, read-only, locked…) in words, or null for anything else. */
  explain(error: unknown): AppError | null;
  /**
   * Checkpoints the WAL into the main file and closes it. Never throws: the
   * connection is closed whatever happens, and a checkpoint that failed (a
   * read-only or full disk) is returned, to be reported. Safe to call twice.
   */
  close(): AppError | null;
}

/** While closing, another program holding the file gets this long before the checkpoint is skipped. */
const CLOSE_WAIT_MS = 250;

export function openServices(dbPath: string, options: OpenOptions = {}): Services {
  const db = openDatabase(dbPath, options);
  let closed = false;
  const articles = new ArticleStore(db);
  const settings = new SettingsStore(db);
  const assets = new AssetStore(db);
  return {
    dbPath,
    db,
    articles,
    versions: articles.versions,
    assets,
    settings,
    userSettings: new UserSettingsStore(db),
    checks: new CheckStore(db),
    sectionTargets: new SectionTargetStore(db),
    acceptedFlags: new AcceptedFlags(db),
    exporter: new HtmlExporter({ articles, settings, assets }),
    explain: (error) => explainFailure(error, { dbPath, db }),
    close() {
      if (closed) return null;
      closed = true;
      let problem: AppError | null = null;
      let catchUpProblem: AppError | null = null;
      try {
        // The file left behind is whole for any reader: the search text the last saves left behind is written first.
        articles.searchCatchUp.catchUp();
      } catch (error) {
        catchUpProblem = describeCatchUpFailure(error, dbPath, db);
      }
      try {
        // TRUNCATE leaves a single self-contained file behind: what a user copies is complete.
        // Every committed save is already in the WAL, so a checkpoint that cannot run loses nothing.
        db.pragma(`busy_timeout = ${CLOSE_WAIT_MS}`);
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        problem ??= describeCloseFailure(error, dbPath, db);
      }
      try {
        db.close();
      } catch (error) {
        problem ??= describeCloseFailure(error, dbPath, db);
      }
      // A WAL left unfolded matters more to someone copying the file than a search index to finish at the next open.
      return problem ?? catchUpProblem;
    },
  };
}

function describeCatchUpFailure(error: unknown, dbPath: string, db: Database): AppError {
  const explained = explainFailure(error, { dbPath, db });
  const why = explained?.message ?? (error instanceof Error ? error.message : String(error));
  return new AppError(explained?.code ?? 'internal', `Every saved change is kept, but the search index could not be brought up to date; that happens the next time ${dbPath} opens. ${why}`);
}

function describeCloseFailure(error: unknown, dbPath: string, db: Database): AppError {
  const explained = explainFailure(error, { dbPath, db });
  const why = explained?.message ?? (error instanceof Error ? error.message : String(error));
  return new AppError(
    explained?.code ?? 'internal',
    `Every saved change is kept, but the database's write-ahead log (${dbPath}-wal) could not be folded back into the file; that happens the next time it opens. ${why}`,
  );
}
